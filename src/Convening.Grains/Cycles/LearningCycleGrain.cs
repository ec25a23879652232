using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.Cycles;

public sealed partial class LearningCycleGrain(
    [PersistentState("cycle", StorageNames.Main)] IPersistentState<CycleState> state,
    [PersistentState("cycle-measures", StorageNames.Main)] IPersistentState<MeasurePointsState> measures,
    [PersistentState("cycle-demand", StorageNames.Main)] IPersistentState<DemandState> demand,
    GrainClock clock,
    ILogger<LearningCycleGrain> logger)
    : Grain, ILearningCycleGrain, IRemindable, IRepairsFollowUps
{
    /// <summary>The request id of the board's opening, fixed so a retried start finds the board the first attempt opened.</summary>
    private const string BoardOpening = "cycle-start";

    private CycleState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    /// <summary>The cycle's measures and demand log as they are now, to decide on (<see cref="CycleMeasures"/>).</summary>
    private CycleMeasures Data => new(S, measures.State, demand.State, DateOnly.FromDateTime(clock.UtcNow.UtcDateTime));

    /// <summary>A member or convenor about to change the cycle, with the name the cycle shows for them.</summary>
    private sealed record Editing(CyclePerson Person, GroupRole Role);

    public async Task<CycleView> Start(StartCycle command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("cycle.bad-id", "A cycle id is 32 hexadecimal characters.");
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Exists && S.Requests.Find(caller, requestId) is not null)
            return await StartRetried(command, caller);
        if (S.Exists)
            throw ConveningException.Conflict("cycle.exists", "That cycle has already been started.");
        if (string.IsNullOrWhiteSpace(command.GroupId))
            throw ConveningException.NotFound("group.not-found", "There is no such group.");
        var group = GrainFactory.GetGrain<IGroupGrain>(command.GroupId);
        RequireEditing(await group.RoleOf(caller));
        var question = Check.Text(command.Question, "question", CycleLimits.QuestionLength);
        var purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        var involved = Check.OptionalMultiline(command.Involved, "people-involved", Limits.NoteLength);
        var summary = await group.GetSummary();
        var steward = await PersonOf(caller);
        if (command.LinkTo is { } wanted)
            await Linkable(wanted.OtherCycleId, wanted.Relation, caller, summary.Id, summary.PlaceSlug);

        // The board opens first: if it cannot, no cycle is created, rather than one without its board.
        var boardId = "cycle-" + Id;
        await GrainFactory.GetGrain<IBoardGrain>(boardId).Open(new OpenBoard(summary.Id, CycleRules.BoardTitle(question)) { RequestId = BoardOpening, Context = new BoardContext(BoardContextKind.Cycle, Id) }, caller);

        S.Exists = true;
        S.GroupId = summary.Id;
        S.PlaceSlug = summary.PlaceSlug;
        S.Question = question;
        S.Purpose = purpose;
        S.Involved = involved;
        S.Steward = steward;
        S.BoardId = boardId;
        S.StartedAt = clock.UtcNow;
        S.Requests.Remember(caller, requestId, Id);
        await state.Write(this);
        await PublishSummary();
        if (command.LinkTo is { } link)
            return await Link(link.OtherCycleId, link.Relation, caller);
        return View(caller, GroupRole.Member);
    }

    /// <summary>
    /// A start sent again with the same request id after its answer was lost: the cycle is stored, so
    /// it answers with it, telling the lists again and making the link asked for if it is not made yet.
    /// </summary>
    private async Task<CycleView> StartRetried(StartCycle command, string caller)
    {
        await PublishSummary();
        if (command.LinkTo is { } link && !S.Links.Any(l => l.OtherId == link.OtherCycleId) && !S.PendingLinks.Any(p => p.OtherId == link.OtherCycleId))
            return await Link(link.OtherCycleId, link.Relation, caller);
        return View(caller, GroupRole.Member);
    }

    public Task<CycleSummary> GetSummary()
    {
        EnsureExists();
        return Task.FromResult(Summary());
    }

    public async Task<CycleView> Get(string? callerId)
    {
        var (caller, role) = await Access(callerId);
        return View(caller, role);
    }

    public async Task<CycleView> Update(UpdateCycle command, string? callerId)
    {
        var editor = await Editor(callerId);
        var question = Check.Text(command.Question, "question", CycleLimits.QuestionLength);
        S.Purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        S.Involved = Check.OptionalMultiline(command.Involved, "people-involved", Limits.NoteLength);
        var renamed = question != S.Question;
        S.Question = question;
        await state.Write(this);
        if (renamed)
            await PublishSummary();
        return View(editor);
    }

    public async Task<CycleView> MoveStage(CycleStage to, string? callerId)
    {
        var editor = await Editor(callerId);
        AccessPolicy.Steer(editor.Role, editor.Person.Id == S.Steward.Id);
        S.Stage = CycleRules.Move(S, to);
        if (to > S.Furthest)
            S.Furthest = to;
        await state.Write(this);
        await PublishSummary();
        return View(editor);
    }

    public async Task<CycleView> RecordStageOutput(CycleStage stage, string output, string? callerId)
    {
        var editor = await Editor(callerId);
        S.Outputs[stage] = CycleRules.Output(S, stage, output, editor.Person, clock.UtcNow);
        await state.Write(this);
        return View(editor);
    }

    /// <summary>Tells the group's and the place's lists of cycles, after the change is stored (a follow-up).</summary>
    private Task PublishSummary() => this.Run(logger, "updating the group's and the place's lists of cycles", [
        () => GrainFactory.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(S.GroupId)).Upsert(Summary()),
        () => GrainFactory.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForPlace(S.PlaceSlug)).Upsert(Summary())]);

    /// <summary>The group's and the place's lists of cycles, told again.</summary>
    public Task RepairFollowUps() => !S.Exists ? Task.CompletedTask : Task.WhenAll(
        GrainFactory.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(S.GroupId)).Upsert(Summary()),
        GrainFactory.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForPlace(S.PlaceSlug)).Upsert(Summary()));

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    private CycleSummary Summary() => new(Id, S.GroupId, S.PlaceSlug, S.Question, S.Stage, S.StartedAt);
}
