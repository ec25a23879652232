namespace Convening.Web.Pages.OrganisationDirectory;

public static class PlaceOrganisations
{
    /// <summary>How many organisations a place page lists before linking to the directory for the rest.</summary>
    public const int Shown = 10;
}
