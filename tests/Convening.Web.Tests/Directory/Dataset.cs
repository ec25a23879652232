using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>
/// Thirty published entries sharing one unusual word, spread over three places, the approaches,
/// sectors and people served in a fixed pattern, so a test knows every count to expect.
/// </summary>
public sealed class Dataset
{
    public sealed record Entry(string Id, IReadOnlyList<string> Places, IReadOnlyList<string> Approaches, string Sector, string People);

    private static readonly string[] ApproachCodes = ["strengths-based", "relationship-first", "trauma-informed", "co-production", "asset-based", "place-based"];
    private static readonly string[] SectorNames = ["HOUSING", "HEALTH", "SOCIAL_CARE", "VOLUNTARY_COMMUNITY"];
    private static readonly string[] PeopleCodes = ["young-people", "older-people", "carers"];
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Dataset? _shared;

    public required string Word { get; init; }
    public required IReadOnlyList<string> Places { get; init; }
    public required IReadOnlyList<Entry> Entries { get; init; }

    /// <summary>One dataset for the test run: made by the first test that asks.</summary>
    public static async Task<Dataset> Of(WebAppFixture app)
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await Make(app);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The facet counts ("PLACE:essex" → 4) the entries that match should give.</summary>
    public Dictionary<string, int> Counts(Func<Entry, bool> matches) =>
        Entries.Where(matches)
            .SelectMany(e => e.Places.Select(p => $"PLACE:{p}").Concat(e.Approaches.Select(a => $"APPROACH:{a}")).Append($"SECTOR:{e.Sector}").Append($"PEOPLE_SERVED:{e.People}"))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    private static async Task<Dataset> Make(WebAppFixture app)
    {
        var (submitter, moderator) = (await new Scenario(app).Register("Dana"), await Moderator(app));
        var places = new[] { await Scenario.CreatePlace(submitter), await Scenario.CreatePlace(submitter), await Scenario.CreatePlace(submitter) };
        var word = Word();
        var entries = new List<Entry>();
        for (var i = 0; i < 30; i++)
        {
            string[] served = i % 5 == 0 ? [places[i % 3], places[(i + 1) % 3]] : [places[i % 3]];
            string[] approaches = i % 4 == 0 ? [ApproachCodes[i % 6], ApproachCodes[(i + 3) % 6]] : [ApproachCodes[i % 6]];
            var (sector, people) = (SectorNames[i % 4], PeopleCodes[i % 3]);
            var id = await Published(submitter, moderator, Content(served[0], $"Organisation {i:00}", $"Part of the {word} network.",
                approaches: approaches, sectors: [sector], people: [people], places: served));
            entries.Add(new Entry(id, served, approaches, sector, people));
        }
        return new Dataset { Word = word, Places = places, Entries = entries };
    }
}
