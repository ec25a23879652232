using Convening.Testing;
using Convening.Web.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SchemaTests(WebAppFixture app)
{
    [Fact]
    public void DocsSchema_IsCurrent()
    {
        var printed = Schema().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(Repo.Root, "docs", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);
        Assert.True(File.Exists(path), "docs/schema.graphql is missing: run UPDATE_SCHEMA=1 dotnet test --filter DocsSchema_IsCurrent");
        Assert.Equal(printed, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EveryTypeFieldAndArgument_HasADescription()
    {
        var missing = new List<string>();
        foreach (var type in Schema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is not IComplexGraphType complex)
                continue;
            foreach (var field in complex.Fields)
            {
                if (string.IsNullOrWhiteSpace(field.Description))
                    missing.Add($"{type.Name}.{field.Name}");
                missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
            }
        }
        Assert.Empty(missing);
    }

    private ISchema Schema()
    {
        var schema = app.Services.GetRequiredService<ConveningSchema>();
        schema.Initialize();
        return schema;
    }
}
