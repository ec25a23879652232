using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Contracts.Storage;

namespace Convening.Testing;

/// <summary>A reproducible directory: entries spread over places, approaches, sectors and people served.</summary>
public static class GeneratedDirectory
{
    public static readonly string[] Places = ["essex", "hackney", "lincolnshire", "northfield", "gateshead"];
    private static readonly string[] Topics = ["housing", "debt", "loneliness", "employment", "gardening", "parenting", "recovery", "youth"];

    public static List<DirectoryDocument> Documents(int count, int seed = 7)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Document(i, random))];
    }

    public static DirectoryDocument Document(int i, Random random)
    {
        var topic = Topics[random.Next(Topics.Length)];
        var places = Pick(random, Places, 1, 2);
        var approaches = Pick(random, DirectoryTaxonomy.Approaches.Select(a => a.Code).ToArray(), 1, 3);
        var sectors = Pick(random, Enum.GetValues<Sector>(), 1, 2);
        var people = Pick(random, DirectoryTaxonomy.PeopleServed.Select(p => p.Code).ToArray(), 1, 2);
        var content = new EntryContent(
            $"Organisation {i:D6} {Capital(topic)}", OrganisationKind.Charity,
            $"We support people in {string.Join(" and ", places)} with {topic}, working alongside neighbours.",
            "", "", "", places, sectors, people,
            [new ServiceOffer(Id(i, 1), $"{Capital(topic)} drop-in", "Come along.", "Just turn up.", "Mondays", [])],
            [.. approaches.Select(a => new ApproachClaim(a, $"How we practise {a}.", ""))], []);
        return new DirectoryDocument(Id(i, 0), content, DateTimeOffset.UnixEpoch.AddDays(i), []);
    }

    /// <summary>Writes documents to the directory feed as the feed grain would: batches, one event each.</summary>
    public static async Task<long> Publish(IEventLog log, IEnumerable<DirectoryChange> changes, long version = 0, int batch = 100)
    {
        foreach (var chunk in changes.Chunk(batch))
            await log.Append(IDirectoryFeedGrain.Stream, version++, DirectoryFeedCodec.Encode(chunk));
        return version;
    }

    public static string Id(int i, int part) => new Guid(i, (short)part, 0, [0, 0, 0, 0, 0, 0, 0, 1]).ToString("D");

    private static T[] Pick<T>(Random random, T[] from, int min, int max) =>
        [.. from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
