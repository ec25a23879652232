using Convening.Contracts;
using Convening.Contracts.Groups;

namespace Convening.Grains.Groups;

public sealed partial class GroupGrain
{
    public async Task<GlossaryEntry> AddGlossaryEntry(GlossaryEntryInput input, string? callerId)
    {
        var me = RequireContributor(callerId);
        // The agreed term is the entry's natural key: the same entry sent again (a retry after a lost
        // answer) answers with the one already there; a different entry for that term is still refused.
        var existing = S.Glossary.Find(e => string.Equals(e.AgreedTerm, input.AgreedTerm?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            var again = Validate(existing.Id, input, me.Card.DisplayName);
            if (again.AgreedTerm == existing.AgreedTerm && again.Note == existing.Note && again.AgencyTerms.SequenceEqual(existing.AgencyTerms))
                return existing;
            throw ConveningException.Conflict("glossary.duplicate-term", $"The glossary already has '{existing.AgreedTerm}'. Change that entry instead.");
        }
        if (S.Glossary.Count >= Limits.GlossaryTerms)
            throw new ConveningException("glossary.full", $"A glossary can hold at most {Limits.GlossaryTerms} terms.");
        var entry = Validate(Guid.NewGuid().ToString("N")[..12], input, me.Card.DisplayName);
        S.Glossary.Add(entry);
        SortGlossary();
        await state.Write(this);
        return entry;
    }

    public async Task<GlossaryEntry> UpdateGlossaryEntry(string entryId, GlossaryEntryInput input, string? callerId)
    {
        var me = RequireContributor(callerId);
        var at = FindEntry(entryId);
        var entry = Validate(entryId, input, me.Card.DisplayName);
        S.Glossary[at] = entry;
        SortGlossary();
        await state.Write(this);
        return entry;
    }

    public async Task RemoveGlossaryEntry(string entryId, string? callerId)
    {
        RequireContributor(callerId);
        S.Glossary.RemoveAt(FindEntry(entryId));
        await state.Write(this);
    }

    private GlossaryEntry Validate(string id, GlossaryEntryInput input, string by)
    {
        var agreed = Check.Text(input.AgreedTerm, "agreed-term", Limits.ShortText);
        if (S.Glossary.Any(e => e.Id != id && string.Equals(e.AgreedTerm, agreed, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("glossary.duplicate-term", $"The glossary already has '{agreed}'. Change that entry instead.");
        var terms = input.AgencyTerms ?? [];
        if (terms.Count > Limits.AgencyTermsPerEntry)
            throw new ConveningException("glossary.too-many-agency-terms", $"List at most {Limits.AgencyTermsPerEntry} agencies' terms.");
        var agencyTerms = terms
            .Select(t => new AgencyTerm(Check.Text(t.Agency, "agency", Limits.ShortText), Check.Text(t.Term, "term", Limits.ShortText)))
            .ToList();
        var note = Check.OptionalMultiline(input.Note, "note", Limits.NoteLength);
        return new GlossaryEntry(id, agreed, agencyTerms, note, by, Now);
    }

    private int FindEntry(string entryId)
    {
        var at = S.Glossary.FindIndex(e => e.Id == entryId);
        return at >= 0 ? at : throw ConveningException.NotFound("glossary.entry-not-found", "That glossary entry does not exist.");
    }

    private void SortGlossary() =>
        S.Glossary.Sort((a, b) => string.Compare(a.AgreedTerm, b.AgreedTerm, StringComparison.OrdinalIgnoreCase));
}
