using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Grains.Notifications;

namespace Convening.Grains.Gatherings;

/// <summary>Replies, and the record of the meeting itself: agenda, check-in round, notes, decisions, reflections.</summary>
public sealed partial class GatheringGrain
{
    public async Task<GatheringView> Respond(ResponseAnswer answer, string note, string? callerId)
    {
        var (caller, role) = await Member(callerId);
        EnsureOpen();
        EnsureScheduled();
        EnsureNotOver();
        if (!Enum.IsDefined(answer))
            throw new ConveningException("answer.invalid", "Answer yes, no or maybe.");
        var text = Check.OptionalMultiline(note, "note", GatheringLimits.AnswerLength);
        S.Responses[caller] = new GatheringResponse(await Person(caller), answer, text, Now);
        var view = await Save(caller, role);
        await ForgetReplyReminder(caller);
        return view;
    }

    public async Task<GatheringView> AddAgendaItem(string title, int minutes, string? callerId, string? requestId = null)
    {
        var (caller, role) = await Contributor(callerId);
        requestId = RequestIds.Check(requestId);
        if (S.Requests.Find(caller, requestId) is not null)
            return await View(caller, role);
        EnsureOpen();
        if (S.Agenda.Count >= GatheringLimits.AgendaItems)
            throw new ConveningException("agenda.full", $"An agenda can have at most {GatheringLimits.AgendaItems} items.");
        if (minutes is < 0 or > GatheringLimits.MaxMinutes)
            throw new ConveningException("agenda-minutes.out-of-range", "Give the item's minutes as a number up to 480, or 0 if you are not timing it.");
        var item = new AgendaItem(NewId(), Check.Text(title, "agenda-title", Limits.ShortText), minutes);
        S.Agenda.Add(item);
        S.Requests.Remember(caller, requestId, item.Id);
        return await Save(caller, role);
    }

    public async Task<GatheringView> RemoveAgendaItem(string itemId, string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        EnsureOpen();
        if (S.Agenda.RemoveAll(i => i.Id == itemId) == 0)
            throw ConveningException.NotFound("agenda.item-not-found", "That agenda item does not exist.");
        return await Save(caller, role);
    }

    public async Task<GatheringView> SetCheckInPrompt(string prompt, string? callerId)
    {
        var (caller, role) = await Convenor(callerId);
        EnsureOpen();
        S.CheckInPrompt = Check.Text(prompt, "prompt", Limits.ShortText);
        return await Save(caller, role);
    }

    public async Task<GatheringView> AnswerCheckIn(string answer, string? callerId)
    {
        var (caller, role) = await Member(callerId);
        EnsureOpen();
        S.CheckIns[caller] = new CheckInAnswer(await Person(caller), Check.Multiline(answer, "check-in", GatheringLimits.AnswerLength), Now);
        return await Save(caller, role);
    }

    public async Task<GatheringView> UpdateNotes(string notes, int baseVersion, string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        EnsureOpen();
        var text = Check.OptionalMultiline(notes, "notes", GatheringLimits.NotesLength);
        if (baseVersion != S.Notes.Version)
            throw ConveningException.Conflict("notes.changed-elsewhere",
                $"{S.Notes.UpdatedBy ?? "Someone"} saved the notes while you were editing. Copy your changes, reload the notes and add them again.");
        S.Notes = new SharedNotes(text, S.Notes.Version + 1, (await Person(caller)).Name, Now);
        var view = await Save(caller, role);
        if (text.Contains('@', StringComparison.Ordinal))
            await this.Run(logger, "telling the people mentioned in the notes", () => Mentions.Tell(GrainFactory, S.GroupId, text, caller,
                person => Mentions.InNotes(Id, S.Details.Title, S.GroupId, S.Notes.UpdatedBy ?? "Someone", person)));
        return view;
    }

    public async Task<GatheringView> RecordDecision(string text, string? callerId, string? requestId = null)
    {
        var (caller, role) = await Contributor(callerId);
        requestId = RequestIds.Check(requestId);
        if (S.Requests.Find(caller, requestId) is not null)
            return await View(caller, role);
        EnsureOpen();
        if (S.Decisions.Count >= GatheringLimits.Decisions)
            throw new ConveningException("decisions.full", $"A gathering can record at most {GatheringLimits.Decisions} decisions.");
        var decision = new Decision(NewId(), Check.Multiline(text, "decision", GatheringLimits.EntryLength), await Person(caller), Now);
        S.Decisions.Add(decision);
        S.Requests.Remember(caller, requestId, decision.Id);
        return await Save(caller, role);
    }

    public async Task<GatheringView> RemoveDecision(string decisionId, string? callerId)
    {
        var (caller, role) = await Contributor(callerId);
        EnsureOpen();
        var decision = S.Decisions.Find(d => d.Id == decisionId)
            ?? throw ConveningException.NotFound("decision.not-found", "That decision does not exist.");
        if (decision.RecordedBy.Id != caller && role != GroupRole.Convenor)
            throw ConveningException.Forbidden("decision.not-yours", "Only the person who recorded a decision, or a convenor, can remove it.");
        S.Decisions.Remove(decision);
        return await Save(caller, role);
    }

    public async Task<GatheringView> Reflect(ConversationLevel level, string note, string? callerId)
    {
        var (caller, role) = await Member(callerId);
        EnsureOpen();
        EnsureScheduled();
        if (S.Start > Now)
            throw ConveningException.Conflict("gathering.not-yet-happened", "You can reflect on the conversation once the gathering has started.");
        if (!Enum.IsDefined(level))
            throw new ConveningException("level.invalid", "Choose transactional, positional or transformational.");
        S.Reflections[caller] = new Reflection(level, Check.OptionalMultiline(note, "reflection-note", GatheringLimits.EntryLength), Now);
        return await Save(caller, role);
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
