using System.Diagnostics;
using Convening.Testing;
using System.Text.Json;

namespace Convening.Browser.Tests;

/// <summary>The graphql-http audit suite (npm) against the live server: no MUST may fail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphQLHttpAuditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraphQLOverHttpAudit_HasNoErrors()
    {
        var client = Path.Combine(Repo.Root, "src/Convening.Web/client");
        var start = new ProcessStartInfo("node", ["audit/graphql-http.mjs", fixture.Server.Url + "/graphql"])
        {
            WorkingDirectory = client,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"the audit did not run: {errors}");

        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(results.Count > 20, $"the audit ran only {results.Count} checks");
        var failures = results.Where(r => r.GetProperty("status").GetString() == "error").Select(r => r.ToString()).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit errors:\n" + string.Join("\n", failures));
    }
}
