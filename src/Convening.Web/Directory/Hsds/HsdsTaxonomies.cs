namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// The taxonomies our exports link organisations to through HSDS attributes. Their names and the
/// term codes are stable: imports read them back, and other tools may filter on them.
/// </summary>
public static class HsdsTaxonomies
{
    public const string Approach = "convening-approach";
    public const string ApproachEvidence = "convening-approach-evidence";
    public const string Sector = "convening-sector";
    public const string PeopleServed = "convening-people-served";
    public const string Place = "convening-place";
    public const string SelfAssessment = "convening-self-assessment";
    public const string Kind = "convening-organisation-kind";
}
