using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

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
}
