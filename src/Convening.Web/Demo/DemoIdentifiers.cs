using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Demo;

/// <summary>
/// The demo entries' registration numbers (org-id.guide schemes). Council codes are the councils'
/// real ISO 3166-2 codes and the NHS code is the Hackney trust's ODS code; the charity and company
/// numbers are invented, shaped as the registers' numbers are.
/// </summary>
internal static class DemoIdentifiers
{
    private static readonly Dictionary<string, OrgIdentifier[]> ByName = new()
    {
        ["Valuing Good Lives Lincolnshire"] = [new("GB-LAE", "LIN")],
        ["Lincolnshire Local Area Coordination"] = [new("GB-LAE", "LIN")],
        ["Northfield No Wrong Door"] = [new("GB-SC", "SC049112")],
        ["Foyer Coaching for Young People"] = [new("GB-COH", "11634280")],
        ["Trauma-informed Communities Partnership"] = [new("GB-CHC", "1187342"), new("GB-COH", "11203456")],
        ["Right to Control support planning"] = [new("GB-LAE", "ESS")],
        ["Essex Shared Lives"] = [new("GB-CHC", "1145021")],
        ["Homeshare Basildon"] = [new("GB-COH", "09876543")],
        ["Families Together Hackney"] = [new("GB-LAE", "HCK")],
        ["Hackney Family Nurse Partnership"] = [new("GB-NHS", "RQX")],
    };

    public static DemoOrganisation With(DemoOrganisation organisation) =>
        ByName.TryGetValue(organisation.Content.Name, out var identifiers)
            ? organisation with { Content = organisation.Content with { Identifiers = identifiers } }
            : organisation;
}
