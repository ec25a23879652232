using System.Text;
using Convening.Web.Groups;
using Convening.Web.People;
using Convening.Web.Pages.People;

namespace Convening.Web.Demo;

public static class DemoData
{
    /// <summary>Every demo account's password: the data is public, so the password may be too.</summary>
    public const string Password = "lantern orchard kettle harbour";

    /// <summary>
    /// With --demo, makes the demo moderator a directory moderator, beside any configured ones
    /// (a high index, so it never replaces Convening:Directory:Moderators:0).
    /// </summary>
    public static void AddDemoSettings(this WebApplicationBuilder builder, bool demo)
    {
        if (demo)
            builder.Configuration.AddInMemoryCollection([new("Convening:Directory:Moderators:1000", $"{DemoDirectory.Moderator}@demo.convening.org")]);
    }

    /// <summary>Loads the demo places, groups and people when started with --demo; call once the host has started.</summary>
    public static async Task LoadDemoDataIfAsked(this WebApplication app, bool demo)
    {
        if (!demo)
            return;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Convening.Demo");
        var loader = new DemoLoader(app.Services.GetRequiredService<IGrainFactory>(), app.Services.GetRequiredService<TimeProvider>());
        var people = await loader.People(DemoPeople.All);
        foreach (var place in DemoPlaces.All)
            await loader.Place(place, people);
        await DemoCycles.Load(app.Services.GetRequiredService<IGrainFactory>(), people);
        await new DemoPrinciples(app.Services.GetRequiredService<IGrainFactory>(), people).Load();
        await new DemoDirectory(app.Services.GetRequiredService<IGrainFactory>(), people).Load();
        await new DemoPictures(app.Services.GetRequiredService<IGrainFactory>(), people).Load();
        log.LogInformation("{Summary}", Summary(app.Urls.FirstOrDefault() ?? "http://localhost:5000"));
    }

    private static string Summary(string url)
    {
        var text = new StringBuilder()
            .AppendLine($"Demo data is ready. Open {url} and sign in with any of these accounts; the password is \"{Password}\".");
        foreach (var p in DemoPeople.All)
        {
            var roles = DemoPlaces.All.SelectMany(place => place.Groups)
                .SelectMany(g => g.Convenor == p.Key
                    ? [$"convenor of {g.Name}"]
                    : g.Members.Where(m => m.Person == p.Key).Select(m => $"{Roles.Name(m.Role).ToLowerInvariant()} of {g.Name}"));
            text.AppendLine($"  {p.Email,-28} {p.Name}, {Sectors.Name(p.Sector)}: {string.Join("; ", roles)}");
        }
        text.AppendLine("  amara@ (Essex) and imran@ (Lincolnshire) are also their places' commissioners: /places/essex/totals and /places/lincolnshire/totals add up the synthetic people's life pictures; dev@ holds one Essex picture as the person it is about.");
        text.AppendLine($"  {DemoDirectory.Moderator}@demo.convening.org is also a directory moderator: /directory/moderation lists entries waiting for review.");
        foreach (var (email, group) in DemoPlaces.All.SelectMany(place => place.Groups).SelectMany(g => g.Invited.Select(i => (i.Email, g.Name))))
            text.AppendLine($"  {email} is invited to {group} and has no account yet: create one with that address to accept.");
        return text.ToString();
    }
}
