using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Places;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>
/// A Convening host with a directory moderator and the dataset's places, for the directory's data
/// tests. Entries are arranged through the grains as the host's own code calls them.
/// </summary>
public sealed class DirectoryHost : IAsyncLifetime, IDisposable
{
    public DirectoryHost() => App = new WebAppFixture();

    public WebAppFixture App { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public Person Moderator { get; private set; } = null!;

    public Person Submitter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Moderator = await Register("Morgan", App.ModeratorEmail);
        Submitter = await new Scenario(App).Register("Sasha");
        foreach (var (slug, name) in HsdsDataset.PlaceNames)
            await Grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace(name, "Working together"), Moderator.Id);
    }

    /// <summary>A new place for one test, so its exports hold only that test's entries.</summary>
    public async Task<string> Place(string name = "Test place")
    {
        var slug = "place-" + Guid.NewGuid().ToString("N")[..10];
        await Grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace(name, "Working together"), Moderator.Id);
        return slug;
    }

    /// <summary>Publishes an entry at once, as an import does; returns its id.</summary>
    public async Task<string> Publish(EntryContent content, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("D");
        await Grains.GetGrain<IOrganisationGrain>(id).Import(content, Moderator.Id);
        return id;
    }

    /// <summary>Submits an entry for review (not yet public); returns its id.</summary>
    public async Task<string> Submit(EntryContent content)
    {
        var id = Guid.NewGuid().ToString("D");
        await Grains.GetGrain<IOrganisationGrain>(id).Submit(content, Submitter.Id);
        return id;
    }

    public Task<CookieBrowserSession> SignedIn(Person person) => CookieBrowserSession.SignIn(App, person);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => App.Dispose();

    private Task<Person> Register(string name, string email) => new Scenario(App).Register(name, email);
}

[CollectionDefinition(Name)]
public sealed class DirectoryHostCollection : ICollectionFixture<DirectoryHost>
{
    public const string Name = "directory-data";
}
