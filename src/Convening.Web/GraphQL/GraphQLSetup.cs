using Convening.Contracts;
using Convening.Web.GraphQL.Common;
using Convening.Web.Hosting;
using GraphQL;
using GraphQL.Validation.Rules.Custom;
using Orleans.Storage;

namespace Convening.Web.GraphQL;

public static class GraphQLSetup
{
    public const int MaxDepth = 12;
    public const int MaxComplexity = 2_000;

    /// <summary>Adds the schema and endpoint; introspection can be switched off by configuration.</summary>
    public static IServiceCollection AddConveningGraphQL(this IServiceCollection services, bool introspection)
    {
        services.AddTransient(typeof(PayloadType<,>));
        services.AddHttpContextAccessor();
        services.AddTransient(typeof(NewestFirstConnectionType<,>));
        services.AddGraphQL(b =>
        {
            if (!introspection)
                b.AddValidationRule(NoIntrospectionValidationRule.Instance, useForCachedDocuments: true);
            b.AddSchema<ConveningSchema>()
                .AddSystemTextJson()
                .AddGraphTypes(typeof(ConveningSchema).Assembly)
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = MaxDepth;
                    c.MaxComplexity = MaxComplexity;
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
        return endpoints;
    }
}
