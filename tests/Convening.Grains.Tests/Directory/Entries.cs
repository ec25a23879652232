using Convening.Contracts.Accounts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Contracts.Storage;
using Convening.Grains.Tests.Support;
using Convening.Storage.OrganisationDirectory;
using Convening.Storage.Sqlite;

namespace Convening.Grains.Tests.OrganisationDirectory;

/// <summary>Directory entries the way an organisation would write them, and the test cluster's moderator.</summary>
public static class Entries
{
    /// <summary>Configured as a directory moderator for the test cluster (see SqliteSiloConfigurator).</summary>
    public const string ModeratorEmail = "moderator@directory.example.org";

    public static EntryContent Content(string place, string name = "Northfield Community Hub", string description = "A warm place to meet, talk and find help.") =>
        new(name, OrganisationKind.Charity, description, "https://hub.example.org", "hello@hub.example.org", "01632 960 001",
            [place], [Sector.VoluntaryCommunity], ["everyone"],
            [new ServiceOffer("", "Drop-in", "Come for a cup of tea and a chat.", "Just turn up.", "Tuesdays 10am to 2pm",
                [new ServiceLocation("", LocationKind.Physical, "The hub", "1 High Street", "Northfield", "AB16 5AA", ""),
                 new ServiceLocation("", LocationKind.Virtual, "Online", "", "", "", "https://hub.example.org/online")])],
            [new ApproachClaim("strengths-based", "We ask what matters to people first.", "Our 2025 review with residents.")],
            [new SelfAssessmentItem("own-strengths", SelfAssessmentAnswer.Mostly)]);

    public static async Task<TestPerson> Moderator(this IGrainFactory grains) =>
        new(await grains.Verified(ModeratorEmail, "Morgan Moderator"), ModeratorEmail, "Morgan Moderator");

    public static IOrganisationGrain NewEntry(this IGrainFactory grains) => grains.GetGrain<IOrganisationGrain>(Guid.NewGuid().ToString("D"));

    public static async Task<IOrganisationGrain> PublishedEntry(this IGrainFactory grains, TestPerson submitter, EntryContent content)
    {
        var entry = grains.NewEntry();
        await entry.Submit(content, submitter.Id);
        await entry.Review(ReviewDecision.Publish, "", (await grains.Moderator()).Id);
        return entry;
    }

    /// <summary>An index over the cluster's own event log, as a web host keeps one.</summary>
    public static LuceneDirectoryIndex Index(ClusterFixture fixture, string name = "directory-index") =>
        new(Path.Combine(fixture.DataPath, Guid.NewGuid().ToString("N"), name), Log(fixture));

    public static IEventLog Log(ClusterFixture fixture) =>
        new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = fixture.DataPath }));

    public static async Task<DirectoryResult> SearchNow(this LuceneDirectoryIndex index, IGrainFactory grains, DirectoryQuery query)
    {
        await index.CatchUp(await grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Version());
        return await index.Search(query);
    }
}
