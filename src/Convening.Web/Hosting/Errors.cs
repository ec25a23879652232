namespace Convening.Web.Hosting;

public static class Errors
{
    /// <summary>Friendly error pages for people; details stay in the log.</summary>
    public static WebApplication UseConveningErrors(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
