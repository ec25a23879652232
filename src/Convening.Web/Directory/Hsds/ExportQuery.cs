using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>The search's filters from a query string (q, place, approach, sector, people; repeated for several values).</summary>
public static class ExportQuery
{
    public const int ValuesPerFacet = 50;

    public static DirectoryQuery From(IQueryCollection query)
    {
        var text = Check.Optional(query["q"].ToString(), "q", Limits.ShortText);
        return new DirectoryQuery(
            text.Length > 0 ? text : null,
            Values(query, Facets.Place),
            Values(query, Facets.Approach),
            Values(query, Facets.Sector),
            Values(query, Facets.PeopleServed));
    }

    private static IReadOnlyList<string>? Values(IQueryCollection query, string facet)
    {
        var values = query[facet].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct().ToList();
        if (values.Count > ValuesPerFacet)
            throw new ConveningException($"{facet}.too-many", $"Choose at most {ValuesPerFacet} values of {facet}.");
        return values.Count > 0 ? values : null;
    }
}
