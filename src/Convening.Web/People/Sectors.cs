using Convening.Contracts.People;
using Convening.Web.Pages;

namespace Convening.Web.People;

/// <summary>Sectors in the order pages list them: services first, lived experience and other last.</summary>
public static class Sectors
{
    public static IReadOnlyList<Sector> InOrder { get; } =
    [
        Sector.Health, Sector.SocialCare, Sector.Housing, Sector.Employment,
        Sector.VoluntaryCommunity, Sector.LivedExperience, Sector.Other,
    ];

    public static string Name(Sector sector) => sector switch
    {
        Sector.Health => "Health",
        Sector.SocialCare => "Social care",
        Sector.Housing => "Housing",
        Sector.Employment => "Employment",
        Sector.VoluntaryCommunity => "Voluntary and community",
        Sector.LivedExperience => "Lived experience",
        _ => "Other",
    };

    public static IReadOnlyList<Choice> Choices { get; } =
        [.. InOrder.Select(s => new Choice(s.ToString(), Name(s), s == Sector.LivedExperience ? "You bring your own experience of using services" : null))];
}
