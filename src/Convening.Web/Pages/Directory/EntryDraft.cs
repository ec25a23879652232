using System.Text.RegularExpressions;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>
/// The entry as typed, and where each service, location and approach came from on the form
/// (blank blocks are left out), so that the grain's "services[0].name" finds the right box.
/// </summary>
public sealed partial record EntryDraft(
    EntryContent Content, IReadOnlyList<int> ServiceRows, IReadOnlyList<IReadOnlyList<int>> LocationRows, IReadOnlyList<string> ApproachCodes,
    IReadOnlyList<int> IdentifierRows)
{
    public static EntryDraft From(EntryContent top, IReadOnlyList<ServiceForm> services, IReadOnlyList<ApproachClaim> approaches, IReadOnlyList<int> identifierRows)
    {
        var serviceRows = Enumerable.Range(0, services.Count).Where(i => !services[i].IsBlank).ToList();
        var locationRows = serviceRows.Select(i => (IReadOnlyList<int>)[.. Enumerable.Range(0, services[i].Locations.Count).Where(j => !services[i].Locations[j].IsBlank)]).ToList();
        var content = top with { Services = [.. serviceRows.Select(i => services[i].ToOffer())], Approaches = approaches };
        return new EntryDraft(content, serviceRows, locationRows, [.. approaches.Select(a => a.Approach)], identifierRows);
    }

    /// <summary>The form's field for a place in the entry the grain names, or null when the form has none.</summary>
    public string? FormField(string at)
    {
        switch (at)
        {
            case "peopleServed":
                return "people";
            case "selfAssessment":
                return $"assessment[{DirectoryTaxonomy.SelfAssessment[0].Code}]";
        }
        if (IdentifierPattern().Match(at) is { Success: true } x && int.Parse(x.Groups[1].Value) is var k && k < IdentifierRows.Count)
            return EntryFields.Identifier(IdentifierRows[k], "id");
        if (ApproachPattern().Match(at) is { Success: true } a && int.Parse(a.Groups[1].Value) is var n && n < ApproachCodes.Count)
            return $"{a.Groups[2].Value}[{ApproachCodes[n]}]";
        if (ServicePattern().Match(at) is not { Success: true } s || int.Parse(s.Groups[1].Value) is var i && i >= ServiceRows.Count)
            return null;
        var row = ServiceRows[i];
        var field = s.Groups[4].Success ? s.Groups[4].Value : "name";
        if (!s.Groups[2].Success)
            return field == "locations" ? EntryFields.Service(row, "name") : EntryFields.Service(row, field);
        var j = int.Parse(s.Groups[3].Value);
        return j < LocationRows[i].Count ? EntryFields.Location(row, LocationRows[i][j], field) : null;
    }

    [GeneratedRegex(@"^identifiers\[(\d{1,3})\]$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^approaches\[(\d{1,3})\]\.(practice|evidence)$")]
    private static partial Regex ApproachPattern();

    [GeneratedRegex(@"^services\[(\d{1,3})\](\.locations\[(\d{1,3})\])?(?:\.(\w+))?$")]
    private static partial Regex ServicePattern();
}
