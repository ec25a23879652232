using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>The demand log: what people asked for, in their words, as value or failure demand; entries can be corrected or removed, with why.</summary>
public sealed partial class LearningCycleGrain
{
    public async Task<DemandEntry> LogDemand(LogDemand command, string? callerId)
    {
        var editor = await Editor(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (demand.State.Requests.Find(editor.Person.Id, requestId) is { } logged && demand.State.Entries.Find(e => e.Id == logged) is { } entered)
            return entered;
        if (demand.State.Entries.Count >= CycleLimits.DemandEntries)
            throw new ConveningException("demand.too-many", $"A cycle's demand log can hold {CycleLimits.DemandEntries:N0} entries. Start a new cycle to keep learning.");
        if (!Enum.IsDefined(command.Kind))
            throw new ConveningException("demand.bad-kind", "Demand is value demand or failure demand.");
        var entry = new DemandEntry(NewId(), DemandDate(command.Date),
            Check.Multiline(command.Words, "demand", CycleLimits.DemandWordsLength), command.Kind,
            editor.Person, clock.UtcNow);
        demand.State.Entries.Add(entry);
        demand.State.Requests.Remember(editor.Person.Id, requestId, entry.Id);
        await demand.Write(this);
        return entry;
    }

    public async Task<DemandEntry> CorrectDemand(string entryId, LogDemand corrected, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = Reason(reason);
        var index = DemandIndex(entryId);
        var old = demand.State.Entries[index];
        if (!Enum.IsDefined(corrected.Kind))
            throw new ConveningException("demand.bad-kind", "Demand is value demand or failure demand.");
        var entry = old with
        {
            Date = DemandDate(corrected.Date),
            Words = Check.Multiline(corrected.Words, "demand", CycleLimits.DemandWordsLength),
            Kind = corrected.Kind,
        };
        RememberDemand(new(clock.UtcNow, editor.Person, $"Corrected the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand) to {entry.Date:yyyy-MM-dd} ({entry.Kind} demand)", why));
        demand.State.Entries[index] = entry;
        await demand.Write(this);
        return entry;
    }

    public async Task RemoveDemand(string entryId, string reason, string? callerId)
    {
        var editor = await Editor(callerId);
        var why = Reason(reason);
        var index = DemandIndex(entryId);
        var old = demand.State.Entries[index];
        RememberDemand(new(clock.UtcNow, editor.Person, $"Removed the demand logged for {old.Date:yyyy-MM-dd} ({old.Kind} demand)", why));
        demand.State.Entries.RemoveAt(index);
        await demand.Write(this);
    }

    /// <summary>A demand's date: not in the future, not long before the cycle.</summary>
    private DateOnly DemandDate(DateOnly date)
    {
        if (date > Today())
            throw new ConveningException("demand.date-in-future", $"{date:yyyy-MM-dd} is in the future. Log demand once it has been made.") { Field = "date" };
        if (date < EarliestDataDate())
            throw new ConveningException("demand.date-too-early", $"{date:yyyy-MM-dd} is too long before the cycle: demand can go back to {EarliestDataDate():yyyy-MM-dd}.") { Field = "date" };
        return date;
    }

    private int DemandIndex(string entryId)
    {
        var index = demand.State.Entries.FindIndex(e => e.Id == entryId);
        return index >= 0 ? index : throw ConveningException.NotFound("demand.not-found", "There is no such demand entry in this cycle.");
    }

    private void RememberDemand(MeasureChange change)
    {
        demand.State.History.Add(change);
        TrimHistory(demand.State.History);
    }
}
