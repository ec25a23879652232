using Convening.Contracts.Groups;

namespace Convening.Grains.Groups;

/// <summary>A group's shared language: what each agency says and what the group agrees to say (<see cref="GlossaryRules"/>).</summary>
public sealed partial class GroupGrain
{
    public async Task<GlossaryEntry> AddGlossaryEntry(GlossaryEntryInput input, string? callerId)
    {
        var me = Decide().Contributor(callerId);
        if (GlossaryRules.Again(S.Glossary, input, me.Card.DisplayName, Now) is { } existing)
            return existing;
        var entry = GlossaryRules.Entry(S.Glossary, Guid.NewGuid().ToString("N")[..12], input, me.Card.DisplayName, Now);
        S.Glossary.Add(entry);
        GlossaryRules.Sort(S.Glossary);
        await state.Write(this);
        return entry;
    }

    public async Task<GlossaryEntry> UpdateGlossaryEntry(string entryId, GlossaryEntryInput input, string? callerId)
    {
        var me = Decide().Contributor(callerId);
        var at = GlossaryRules.At(S.Glossary, entryId);
        var entry = GlossaryRules.Entry(S.Glossary, entryId, input, me.Card.DisplayName, Now);
        S.Glossary[at] = entry;
        GlossaryRules.Sort(S.Glossary);
        await state.Write(this);
        return entry;
    }

    public async Task RemoveGlossaryEntry(string entryId, string? callerId)
    {
        Decide().Contributor(callerId);
        S.Glossary.RemoveAt(GlossaryRules.At(S.Glossary, entryId));
        await state.Write(this);
    }
}
