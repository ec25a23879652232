using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory;
using Convening.Web.People;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>One facet's checkboxes on the directory page: its values with counts, the chosen ones kept even at zero.</summary>
public sealed record FacetGroup(string Facet, string Name, string Legend, IReadOnlyList<FacetOption> Options)
{
    public static IReadOnlyList<FacetGroup> For(IReadOnlyList<FacetCount> counts, IReadOnlyDictionary<string, string> places,
        Dictionary<string, List<string>> chosen)
    {
        var groups = new List<FacetGroup>();
        foreach (var (facet, name, legend, order) in Definitions())
        {
            var byValue = counts.Where(c => c.Facet == facet).ToDictionary(c => c.Value, c => c.Count);
            var selected = chosen[facet];
            var options = byValue.Keys.Union(selected)
                .Select(v => new FacetOption(v, DirectoryText.Label(facet, v, places), byValue.GetValueOrDefault(v), selected.Contains(v)))
                .OrderBy(o => order.IndexOf(o.Value) is var i && i >= 0 ? i : int.MaxValue)
                .ThenBy(o => o.Label, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (options.Count > 0)
                groups.Add(new FacetGroup(facet, name, legend, options));
        }
        return groups;
    }

    private static IEnumerable<(string Facet, string Name, string Legend, List<string> Order)> Definitions()
    {
        yield return (Facets.Place, "place", "Place", []);
        yield return (Facets.Approach, "approach", "Approach", [.. DirectoryTaxonomy.Approaches.Select(t => t.Code)]);
        yield return (Facets.Sector, "sector", "Sector", [.. Sectors.InOrder.Select(DirectoryText.SectorValue)]);
        yield return (Facets.PeopleServed, "people", "People served", [.. DirectoryTaxonomy.PeopleServed.Select(t => t.Code)]);
    }
}

/// <summary>One facet value: its code, its name, how many results have it, and whether it is chosen.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected);
