using Convening.Contracts;
using Convening.Web.GraphQL.Accounts;
using Convening.Web.GraphQL.Common;
using Convening.Web.Hosting;
using GraphQL;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Convening.Web.GraphQL;

public static class GraphQLSetup
{
    public const int MaxComplexity = 2_000;

    /// <summary>Adds the schema and endpoint; introspection can be switched off by configuration.</summary>
    public static IServiceCollection AddConveningGraphQL(this IServiceCollection services, ConveningOptions options)
    {
        services.AddTransient(typeof(PayloadType<,>));
        services.AddHttpContextAccessor();
        services.AddTransient(typeof(NewestFirstConnectionType<,>));
        services.AddGraphQL(b =>
        {
            if (!options.GraphQLIntrospection)
                b.AddValidationRule(NoIntrospectionValidationRule.Instance, useForCachedDocuments: true);
            b.AddValidationRule(SecondFactorRule.Instance, useForCachedDocuments: true);
            b.AddSchema<ConveningSchema>()
                .AddSystemTextJson()
                .AddGraphTypes(typeof(ConveningSchema).Assembly)
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = DocumentLimits.MaxDepth;
                    c.MaxComplexity = MaxComplexity;
                    // Introspection reads the schema in memory: it costs nothing, so a tool's
                    // standard introspection query works whenever introspection is on.
                    var standard = c.DefaultComplexityImpactDelegate;
                    c.DefaultComplexityImpactDelegate = ctx =>
                        ctx.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || ctx.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                            ? new FieldComplexityResult(0, 1)
                            : standard(ctx);
                })
                .AddErrorInfoProvider(new ConveningErrorInfoProvider())
                .AddUnhandledExceptionHandler(ctx =>
                {
                    ctx.Exception = ctx.OriginalException switch
                    {
                        ConveningException e => new ExecutionError(e.Message, e) { Code = e.Code },
                        _ when StorageFaults.Find(ctx.OriginalException) is { } fault => new ExecutionError(StorageFaults.Message, fault) { Code = fault.Code },
                        InconsistentStateException => new ExecutionError("Someone else changed this at the same moment. Please try again.") { Code = "storage.conflict" },
                        TimeoutException => new ExecutionError("The service took too long to answer. Please try again.") { Code = "service.timeout" },
                        _ => new ExecutionError("Something went wrong on our side. It has been logged.") { Code = "internal" },
                    };
                });
        });
        services.AddSingleton<GraphQLHttpEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapConveningGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post],
                ctx => ctx.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().Handle(ctx))
            .DisableAntiforgery();
        // The schema as SDL (the same text as docs/schema.graphql), linked from the explorer.
        endpoints.MapGet("/graphql/schema.graphql", (ConveningSchema schema, IOptions<ConveningOptions> options) =>
            options.Value.GraphQLIntrospection
                ? Results.Text(schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n", "text/plain; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }
}
