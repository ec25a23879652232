namespace Convening.Web.Hosting;

public static class Errors
{
    /// <summary>Friendly error pages for people; details stay in the log.</summary>
    public static WebApplication UseConveningErrors(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // GraphQL clients get a GraphQL answer (JSON, a stable code) for a fault before their document runs.
        app.UseWhen(http => http.Request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase), api => api.UseMiddleware<GraphQL.GraphQLFaults>());
        return app;
    }
}
