using System.Text.Json;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>What an organization's attributes say in our taxonomies; attributes of any other taxonomy are ignored.</summary>
public sealed record HsdsAttributes(
    OrganisationKind Kind,
    IReadOnlyList<string> Places,
    IReadOnlyList<Sector> Sectors,
    IReadOnlyList<string> PeopleServed,
    IReadOnlyList<ApproachClaim> Approaches,
    IReadOnlyList<SelfAssessmentItem> SelfAssessment);

public static class HsdsAttributeReader
{
    public static HsdsAttributes Read(JsonElement organization, HsdsFields read)
    {
        var kind = OrganisationKind.Other;
        var places = new List<string>();
        var sectors = new List<Sector>();
        var people = new List<string>();
        var practice = new Dictionary<string, string>();
        var evidence = new Dictionary<string, string>();
        var answers = new List<SelfAssessmentItem>();
        foreach (var attribute in read.Objects(organization, "attributes", "The organisation"))
        {
            if (read.Object(attribute, "taxonomy_term", "An attribute") is not { } term)
                continue;
            var taxonomy = read.Text(term, "taxonomy", "A taxonomy term");
            if (taxonomy.Length == 0 && read.Object(term, "taxonomy_detail", "A taxonomy term") is { } detail)
                taxonomy = read.Text(detail, "name", "A taxonomy");
            if (!taxonomy.StartsWith("convening-", StringComparison.Ordinal))
                continue;
            var code = read.Text(term, "code", "A taxonomy term");
            var value = read.Text(attribute, "value", "An attribute");
            switch (taxonomy)
            {
                case HsdsTaxonomies.Kind:
                    kind = HsdsVocabulary.KindFor(code) ?? Unknown(read, "kind", code, OrganisationKind.Other);
                    break;
                case HsdsTaxonomies.Place:
                    places.Add(code);
                    break;
                case HsdsTaxonomies.Sector:
                    if (HsdsVocabulary.SectorFor(code) is { } sector)
                        sectors.Add(sector);
                    else
                        Unknown(read, "sector", code, 0);
                    break;
                case HsdsTaxonomies.PeopleServed:
                    people.Add(Known(read, DirectoryTaxonomy.PeopleServed, "people-served", code));
                    break;
                case HsdsTaxonomies.Approach:
                    practice.TryAdd(Known(read, DirectoryTaxonomy.Approaches, "approach", code), value);
                    break;
                case HsdsTaxonomies.ApproachEvidence:
                    evidence.TryAdd(code, value);
                    break;
                case HsdsTaxonomies.SelfAssessment:
                    var statement = Known(read, DirectoryTaxonomy.SelfAssessment, "self-assessment", code);
                    var answer = HsdsVocabulary.AnswerFor(value) ?? Unknown(read, "self-assessment-answer", value, SelfAssessmentAnswer.NotYet);
                    if (answers.All(a => a.Statement != statement))
                        answers.Add(new SelfAssessmentItem(statement, answer));
                    break;
                default:
                    read.Add("taxonomy.unknown", $"The taxonomy '{taxonomy}' is not one of Convening's.");
                    break;
            }
        }
        foreach (var code in evidence.Keys.Where(c => !practice.ContainsKey(c)))
            practice[Known(read, DirectoryTaxonomy.Approaches, "approach", code)] = "";
        var approaches = practice.Select(p => new ApproachClaim(p.Key, p.Value, evidence.GetValueOrDefault(p.Key) ?? "")).ToList();
        return new HsdsAttributes(kind, [.. places.Distinct()], [.. sectors.Distinct()], [.. people.Distinct()], approaches, answers);
    }

    private static string Known(HsdsFields read, IReadOnlyList<Term> terms, string what, string code)
    {
        if (DirectoryTaxonomy.Find(terms, code) is null)
            Unknown(read, what, code, 0);
        return code;
    }

    private static T Unknown<T>(HsdsFields read, string what, string code, T fallback)
    {
        read.Add($"{what}.unknown", $"Unknown {what.Replace('-', ' ')} code '{code}'.");
        return fallback;
    }
}
