using System.Globalization;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Directory entries like real ones: services in buildings and online, approaches with evidence, a self-assessment.</summary>
public static class HsdsDataset
{
    public static readonly string[] Places = ["northfield", "southbank"];

    public static EntryContent Content(int i, IReadOnlyList<string>? places = null) => new(
        $"Organisation {i:D3} – community café & advice",
        (OrganisationKind)(i % DirectoryTaxonomy.Kinds.Count),
        $"We run a **community café** (number {i}) where people find each other.\n\nSee <https://example.org/{i}>.",
        $"https://example.org/organisations/{i}",
        i % 3 == 0 ? "" : $"hello{i}@example.org",
        i % 4 == 0 ? "" : "+44 20 7946 0" + (i % 1000).ToString("D3"),
        places ?? Places.Take(1 + i % 2).ToList(),
        new[] { Sector.VoluntaryCommunity, (Sector)(i % 7) }.Distinct().ToList(),
        [DirectoryTaxonomy.PeopleServed[i % DirectoryTaxonomy.PeopleServed.Count].Code],
        [
            new ServiceOffer(Id(i, 1), "Drop-in café", "Tea, toast and someone to talk to.", "Just come along, or call us first.", "Tuesdays and Thursdays, 10am to 2pm",
            [
                new ServiceLocation(Id(i, 2), LocationKind.Physical, "The Old Library", "1 High Street", "Northfield", "NF1 2AB", ""),
                new ServiceLocation(Id(i, 3), LocationKind.Virtual, "Video call", "", "", "", $"https://meet.example.org/{i}"),
            ]),
            new ServiceOffer(Id(i, 4), "Coaching", "Person-led coaching.", "Ask for a referral from your GP.", "", []),
        ],
        [
            new ApproachClaim("strengths-based", "We start from what people can do.", "Our 2024 evaluation with 40 members."),
            new ApproachClaim(DirectoryTaxonomy.Approaches[1 + i % 7].Code, "We take time to build trust.", ""),
        ],
        [.. DirectoryTaxonomy.SelfAssessment.Select((s, k) => new SelfAssessmentItem(s.Code, (SelfAssessmentAnswer)((i + k) % 4)))],
        [new OrgIdentifier("GB-CHC", (1_000_000 + i % 9_000_000).ToString(CultureInfo.InvariantCulture)), new OrgIdentifier("GB-COH", (i % 100_000_000).ToString("D8", CultureInfo.InvariantCulture))]);

    public static DirectoryDocument Document(int i) =>
        new(Id(i, 0), Content(i), new DateTimeOffset(2025, 3, 1 + i % 28, 9, 30, 0, TimeSpan.Zero), []);

    public static IReadOnlyList<DirectoryDocument> Documents(int count) => [.. Enumerable.Range(1, count).Select(Document)];

    public static IReadOnlyDictionary<string, string> PlaceNames { get; } =
        new Dictionary<string, string> { ["northfield"] = "Northfield", ["southbank"] = "South Bank" };

    /// <summary>A stable uuid for entry <paramref name="i"/>'s part <paramref name="part"/>.</summary>
    public static string Id(int i, int part) => $"{i:x8}-{part:x4}-4000-8000-{i * 31 + part:x12}";
}
