using Convening.Contracts;
using Convening.Contracts.Groups;

namespace Convening.Grains.Groups;

/// <summary>
/// What a glossary entry may be, decided against the group's glossary as it is and nothing else:
/// one entry per agreed term (compared without case), a few agencies' terms each, kept in order of
/// the agreed term. Each returns the entry or throws the refusal with its stable code.
/// </summary>
internal static class GlossaryRules
{
    /// <summary>
    /// The entry already there for this agreed term if it is the same entry sent again (a retry after
    /// a lost answer), or null for a new term; a different entry for a term already there is refused,
    /// as is a new term once the glossary is full.
    /// </summary>
    public static GlossaryEntry? Again(List<GlossaryEntry> glossary, GlossaryEntryInput input, string by, DateTimeOffset at)
    {
        var existing = glossary.Find(e => string.Equals(e.AgreedTerm, input.AgreedTerm?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            var again = Entry(glossary, existing.Id, input, by, at);
            if (again.AgreedTerm == existing.AgreedTerm && again.Note == existing.Note && again.AgencyTerms.SequenceEqual(existing.AgencyTerms))
                return existing;
            throw ConveningException.Conflict("glossary.duplicate-term", $"The glossary already has '{existing.AgreedTerm}'. Change that entry instead.");
        }
        if (glossary.Count >= Limits.GlossaryTerms)
            throw new ConveningException("glossary.full", $"A glossary can hold at most {Limits.GlossaryTerms} terms.");
        return null;
    }

    /// <summary>The entry with id <paramref name="id"/> as <paramref name="by"/> wrote it, checked.</summary>
    public static GlossaryEntry Entry(List<GlossaryEntry> glossary, string id, GlossaryEntryInput input, string by, DateTimeOffset at)
    {
        var agreed = Check.Text(input.AgreedTerm, "agreed-term", Limits.ShortText);
        if (glossary.Any(e => e.Id != id && string.Equals(e.AgreedTerm, agreed, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("glossary.duplicate-term", $"The glossary already has '{agreed}'. Change that entry instead.");
        var terms = input.AgencyTerms ?? [];
        if (terms.Count > Limits.AgencyTermsPerEntry)
            throw new ConveningException("glossary.too-many-agency-terms", $"List at most {Limits.AgencyTermsPerEntry} agencies' terms.");
        var agencyTerms = terms
            .Select(t => new AgencyTerm(Check.Text(t.Agency, "agency", Limits.ShortText), Check.Text(t.Term, "term", Limits.ShortText)))
            .ToList();
        var note = Check.OptionalMultiline(input.Note, "note", Limits.NoteLength);
        return new GlossaryEntry(id, agreed, agencyTerms, note, by, at);
    }

    public static int At(List<GlossaryEntry> glossary, string entryId)
    {
        var at = glossary.FindIndex(e => e.Id == entryId);
        return at >= 0 ? at : throw ConveningException.NotFound("glossary.entry-not-found", "That glossary entry does not exist.");
    }

    public static void Sort(List<GlossaryEntry> glossary) =>
        glossary.Sort((a, b) => string.Compare(a.AgreedTerm, b.AgreedTerm, StringComparison.OrdinalIgnoreCase));
}
