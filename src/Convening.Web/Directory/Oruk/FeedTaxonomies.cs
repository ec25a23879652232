using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>
/// The taxonomies the feed's attributes link organisations to (<see cref="HsdsTaxonomies"/>), with
/// uuids derived from their stable names and codes, as /taxonomies and /taxonomy_terms serve them.
/// Places are terms too: one per place, named from the place index.
/// </summary>
public static class FeedTaxonomies
{
    public sealed record Taxonomy(string Name, string Title, string Description, IReadOnlyList<Term> Terms)
    {
        public string Id { get; } = HsdsIds.Taxonomy(Name);
    }

    public sealed record TaxonomyTerm(Taxonomy Taxonomy, Term Term)
    {
        public string Id { get; } = HsdsIds.Term(Taxonomy.Name, Term.Code);
    }

    public static IReadOnlyList<Taxonomy> All(IReadOnlyDictionary<string, string> placeNames) =>
    [
        new(HsdsTaxonomies.Kind, "Kind of organisation", "What kind of organisation an entry is.", DirectoryTaxonomy.Kinds),
        new(HsdsTaxonomies.Sector, "Sectors", "The sectors an organisation works in.", HsdsVocabulary.Sectors),
        new(HsdsTaxonomies.PeopleServed, "People served", "Who an organisation's services are for.", DirectoryTaxonomy.PeopleServed),
        new(HsdsTaxonomies.Place, "Places", "The Convening places an organisation works in.",
            [.. placeNames.OrderBy(p => p.Value, StringComparer.OrdinalIgnoreCase).Select(p => new Term(p.Key, p.Value, $"The place {p.Value}, where the organisation works."))]),
        new(HsdsTaxonomies.Approach, "Approaches", "Strengths-based approaches an organisation practises (the attribute's value says how).", DirectoryTaxonomy.Approaches),
        new(HsdsTaxonomies.ApproachEvidence, "Evidence of approaches", "Evidence an organisation gives of an approach it practises.", DirectoryTaxonomy.Approaches),
        new(HsdsTaxonomies.SelfAssessment, "Strengths-based self-assessment", "Statements an organisation assessed its practice against (the attribute's value is the answer).", DirectoryTaxonomy.SelfAssessment),
    ];

    public static IEnumerable<TaxonomyTerm> Terms(IReadOnlyList<Taxonomy> taxonomies) =>
        taxonomies.SelectMany(t => t.Terms.Select(term => new TaxonomyTerm(t, term)));

    /// <summary>The ids of the terms an entry's attributes link it to, as <see cref="HsdsAttributeWriter"/> writes them.</summary>
    public static IEnumerable<string> TermsOf(EntryContent content) =>
        new[] { HsdsIds.Term(HsdsTaxonomies.Kind, content.Kind.Code()) }
            .Concat(content.Sectors.Select(s => HsdsIds.Term(HsdsTaxonomies.Sector, HsdsVocabulary.SectorCode(s))))
            .Concat(content.PeopleServed.Select(p => HsdsIds.Term(HsdsTaxonomies.PeopleServed, p)))
            .Concat(content.Places.Select(p => HsdsIds.Term(HsdsTaxonomies.Place, p)))
            .Concat(content.Approaches.Select(a => HsdsIds.Term(HsdsTaxonomies.Approach, a.Approach)))
            .Concat(content.Approaches.Where(a => a.Evidence.Length > 0).Select(a => HsdsIds.Term(HsdsTaxonomies.ApproachEvidence, a.Approach)))
            .Concat(content.SelfAssessment.Select(s => HsdsIds.Term(HsdsTaxonomies.SelfAssessment, s.Statement)));

    public static JsonObject Json(Taxonomy taxonomy, bool withTerms)
    {
        // The name is the stable one that attributes' taxonomy_term.taxonomy carries.
        var json = new JsonObject { ["id"] = taxonomy.Id, ["name"] = taxonomy.Name, ["description"] = $"{taxonomy.Title}: {taxonomy.Description}" };
        if (withTerms)
            json["taxonomy_terms"] = new JsonArray([.. taxonomy.Terms.Select(t => (JsonNode)Json(new TaxonomyTerm(taxonomy, t)))]);
        return json;
    }

    public static JsonObject Json(TaxonomyTerm term) => new()
    {
        ["id"] = term.Id,
        ["code"] = term.Term.Code,
        ["name"] = term.Term.Name,
        ["description"] = term.Term.Description,
        ["taxonomy"] = term.Taxonomy.Name,
        ["taxonomy_id"] = term.Taxonomy.Id,
        ["term"] = term.Term.Code,
    };
}
