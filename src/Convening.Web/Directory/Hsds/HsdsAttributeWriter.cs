using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// What HSDS has no field for (kind, sectors, people served, places, approaches with their
/// practice and evidence, the self-assessment) as attributes linking the organization to a term of
/// one of <see cref="HsdsTaxonomies"/>; the attribute's value carries the organisation's own words.
/// </summary>
public static class HsdsAttributeWriter
{
    public static JsonArray Attributes(string id, EntryContent content, IReadOnlyDictionary<string, string> placeNames)
    {
        var attributes = new JsonArray();
        void Add(string taxonomy, string linkType, Term term, string? value = null)
        {
            var termId = HsdsIds.Term(taxonomy, term.Code);
            var attribute = new JsonObject
            {
                ["id"] = HsdsIds.For(id, $"attribute/{taxonomy}/{term.Code}"),
                ["link_id"] = id,
                ["link_type"] = linkType,
                ["link_entity"] = "organization",
                ["taxonomy_term_id"] = termId,
                ["taxonomy_term"] = new JsonObject
                {
                    ["id"] = termId,
                    ["code"] = term.Code,
                    ["name"] = term.Name,
                    ["description"] = term.Description,
                    ["taxonomy"] = taxonomy,
                    ["taxonomy_id"] = HsdsIds.Taxonomy(taxonomy),
                },
            };
            if (value is not null)
                attribute["value"] = value;
            attributes.Add(attribute);
        }

        Add(HsdsTaxonomies.Kind, "organization_kind", DirectoryTaxonomy.Kinds[(int)content.Kind]);
        foreach (var sector in content.Sectors)
            Add(HsdsTaxonomies.Sector, "sector", HsdsVocabulary.Sectors.First(t => t.Code == HsdsVocabulary.SectorCode(sector)));
        foreach (var code in content.PeopleServed)
            Add(HsdsTaxonomies.PeopleServed, "audience", DirectoryTaxonomy.Find(DirectoryTaxonomy.PeopleServed, code) ?? Unknown(code));
        foreach (var slug in content.Places)
        {
            var name = placeNames.GetValueOrDefault(slug) ?? slug;
            Add(HsdsTaxonomies.Place, "area", new Term(slug, name, $"The place {name}, where the organisation works."));
        }
        foreach (var claim in content.Approaches)
        {
            var term = DirectoryTaxonomy.Find(DirectoryTaxonomy.Approaches, claim.Approach) ?? Unknown(claim.Approach);
            Add(HsdsTaxonomies.Approach, "approach", term, claim.Practice);
            if (claim.Evidence.Length > 0)
                Add(HsdsTaxonomies.ApproachEvidence, "approach_evidence", term, claim.Evidence);
        }
        foreach (var item in content.SelfAssessment)
            Add(HsdsTaxonomies.SelfAssessment, "self_assessment",
                DirectoryTaxonomy.Find(DirectoryTaxonomy.SelfAssessment, item.Statement) ?? Unknown(item.Statement),
                HsdsVocabulary.AnswerCode(item.Answer));
        return attributes;
    }

    /// <summary>A code the vocabulary no longer has still exports, under its own code.</summary>
    private static Term Unknown(string code) => new(code, code, code);
}
