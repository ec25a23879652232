using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>What of an entry is searchable as text, by field, and its facet values: one definition for the index (and the search-engine bench).</summary>
public static class IndexedText
{
    /// <summary>The text fields (the first six in the order of the bench's FTS5 table's columns).</summary>
    public static IEnumerable<(string Field, string Text)> Fields(EntryContent content) =>
    [
        ("name", content.Name),
        ("description", content.Description),
        ("services", string.Join('\n', content.Services.Select(s => $"{s.Name}\n{s.Description}\n{s.HowToAccess}\n{s.When}\n{string.Join(' ', s.Locations.Select(l => $"{l.Name} {l.Address} {l.Town} {l.Postcode}"))}"))),
        ("approaches", string.Join('\n', content.Approaches.Select(a => $"{Term(DirectoryTaxonomy.Approaches, a.Approach)}\n{a.Practice}\n{a.Evidence}"))),
        ("places", string.Join(' ', content.Places.Select(p => p.Replace('-', ' ')))),
        ("people", People(content)),
        // Last, so the FTS5 baseline in the bench (six columns) is unchanged: a service's name is
        // strong evidence on its own, not one line among addresses and opening hours.
        ("servicenames", string.Join('\n', content.Services.Select(s => s.Name))),
    ];

    public static IEnumerable<(string Facet, string Value)> FacetValues(EntryContent content) =>
        content.Places.Select(p => (Facets.Place, p))
            .Concat(content.Approaches.Select(a => (Facets.Approach, a.Approach)))
            .Concat(content.Sectors.Select(s => (Facets.Sector, s.ToString())))
            .Concat(content.PeopleServed.Select(p => (Facets.PeopleServed, p)));

    /// <summary>
    /// Who the entry serves and what it is, in words, so that text finds what the filters find:
    /// people served, sectors and the kind of organisation ("NHS service"), by name.
    /// </summary>
    private static string People(EntryContent content) => string.Join('\n',
        content.PeopleServed.Select(p => Term(DirectoryTaxonomy.PeopleServed, p))
            .Concat(content.Sectors.Select(SectorWords))
            .Append(DirectoryTaxonomy.Kinds[(int)content.Kind].Name));

    private static string SectorWords(Sector sector) => sector switch
    {
        Sector.SocialCare => "Social care",
        Sector.VoluntaryCommunity => "Voluntary and community",
        Sector.LivedExperience => "Lived experience",
        Sector.Other => "",
        var other => other.ToString(),
    };

    private static string Term(IReadOnlyList<Term> terms, string code) => DirectoryTaxonomy.Find(terms, code)?.Name ?? code;
}
