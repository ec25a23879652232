using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.LifePictures;
using Convening.Web.OrganisationDirectory;

namespace Convening.Web.LifePictures;

/// <summary>Organisations in the place's directory whose services answer one of its commonest gaps.</summary>
public sealed record GapMatch(LifeArea Area, int People, IReadOnlyList<DirectoryDocument> Organisations);

/// <summary>
/// For a place's commonest unmet life areas (the gaps its totals show, at least 5 people each), the
/// published directory entries in that place whose words answer them (decision 0044). Each life area
/// maps to a group of words a service for it would use; the group is searched as one glossary entry,
/// so any of its words matches, in the same ranked search the directory's own page uses.
/// </summary>
public static class GapMatches
{
    public const int Areas = 3;
    public const int PerArea = 5;

    /// <summary>What a service answering each life area says about itself.</summary>
    public static IReadOnlyDictionary<LifeArea, string[]> Words { get; } = new Dictionary<LifeArea, string[]>
    {
        [LifeArea.Home] = ["home", "housing", "tenancy", "adaptation", "adaptations", "homeshare", "supported living", "independent living", "shared lives"],
        [LifeArea.WorkAndLearning] = ["employment", "job", "jobs", "training", "learning", "skills", "college", "apprenticeship"],
        [LifeArea.Relationships] = ["relationships", "befriending", "befriend", "loneliness", "isolation", "family", "families", "friendship", "peer support"],
        [LifeArea.HealthAndWellbeing] = ["health", "wellbeing", "mental health", "recovery", "counselling", "exercise", "therapy"],
        [LifeArea.Community] = ["community", "neighbours", "neighbourhood", "volunteering", "volunteer", "clubs", "local area coordination"],
        [LifeArea.Money] = ["money", "debt", "benefits", "welfare rights", "budgeting", "personal budget", "direct payment", "income"],
        [LifeArea.GettingAbout] = ["transport", "travel", "bus", "taxi", "mobility", "driving", "community transport"],
    };

    /// <summary>The top <see cref="Areas"/> shown gaps, each with up to <see cref="PerArea"/> organisations, best match first.</summary>
    public static async Task<IReadOnlyList<GapMatch>> Find(DirectorySearch directory, string placeSlug, PlaceTotals totals)
    {
        var matches = new List<GapMatch>();
        foreach (var gap in totals.Gaps.Where(g => g.NotMatched >= SmallNumbers.Threshold).OrderByDescending(g => g.NotMatched).Take(Areas))
        {
            var words = Words[gap.Area];
            var found = await directory.Search(new DirectoryQuery(Text: words[0], Places: [placeSlug], First: PerArea, Synonyms: [words]));
            matches.Add(new GapMatch(gap.Area, gap.NotMatched!.Value, found.Page.Items));
        }
        return matches;
    }
}
