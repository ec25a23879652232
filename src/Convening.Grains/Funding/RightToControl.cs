namespace Convening.Grains.Funding;

/// <summary>
/// The six funding streams of the Right to Control Trailblazer across three sectors, with example
/// prices for the services the articles name (a taxi Access to Work would fund, hours of support).
/// Demo defaults only: each place's stewards set their own.
/// </summary>
internal static class RightToControl
{
    public static readonly (string Id, string Name, string Sector, (string Service, string Unit, long Pence)[] Costs)[] Streams =
    [
        ("adult-social-care", "Adult Social Care", "Social care", [("Personal assistant", "hour", 17_50), ("Day opportunity", "day", 62_00)]),
        ("independent-living-fund", "Independent Living Fund", "Social care", [("Support at home", "hour", 18_00)]),
        ("access-to-work", "Access to Work", "Employment", [("Taxi to work and back", "journey", 24_00), ("Support worker at work", "hour", 19_00)]),
        ("work-choice", "Work Choice", "Employment", [("Supported employment adviser", "week", 95_00)]),
        ("disabled-facilities-grant", "Disabled Facilities Grant", "Housing", [("Level-access shower", "adaptation", 6_500_00), ("Stairlift", "adaptation", 3_200_00)]),
        ("supporting-people", "Supporting People", "Housing", [("Housing-related support", "hour", 21_00)]),
    ];
}
