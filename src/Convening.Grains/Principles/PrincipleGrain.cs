using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Grains.Reflections;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.Principles;

public sealed partial class PrincipleGrain(
    [PersistentState("principle", StorageNames.Main)] IPersistentState<PrincipleState> state,
    ILogger<PrincipleGrain> logger,
    GrainClock clock)
    : Grain, IPrincipleGrain, IRemindable, IRepairsFollowUps
{
    private PrincipleState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<PrincipleView> Draft(DraftPrinciple command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Exists && S.Requests.Find(caller, requestId) is not null)
            return View(caller); // the id came from this person's request id (RequestIds.NewId): a retry after a lost answer
        EnsureNew();
        var place = await PrincipleRules.RequireCurator(GrainFactory, command.PlaceSlug, caller);
        await Apply(command, caller);
        S.Exists = true;
        S.PlaceSlug = place.Slug;
        S.PlaceName = place.Name;
        S.Origin = PrincipleOrigin.Originated;
        S.Status = PrincipleStatus.Draft;
        S.RootId = Id;
        S.CreatedAt = clock.UtcNow;
        S.Requests.Remember(caller, requestId, Id);
        await state.Write(this);
        return View(caller);
    }

    public async Task<PrincipleView> Revise(DraftPrinciple command, string? callerId)
    {
        var caller = await RequireCurator(callerId);
        if (S.Status == PrincipleStatus.Withdrawn)
            throw ConveningException.Conflict("principle.withdrawn", "This principle has been withdrawn.");
        await Apply(command with { Evidence = S.Origin == PrincipleOrigin.Originated ? command.Evidence : S.Evidence }, caller);
        if (S.Origin == PrincipleOrigin.Adopted && S.ParentId is not null)
            S.Origin = PrincipleOrigin.Adapted;
        await state.Write(this);
        await Announced();
        return View(caller);
    }

    public async Task<PrincipleView> Publish(string? callerId)
    {
        var caller = await RequireCurator(callerId);
        if (S.Status != PrincipleStatus.Draft)
            throw ConveningException.Conflict("principle.not-a-draft", "Only a draft can be published.");
        S.Status = PrincipleStatus.Published;
        S.PublishedAt = clock.UtcNow;
        S.Lineage = [Node()];
        await state.Write(this);
        await Announced();
        return View(caller);
    }

    public async Task<PrincipleView> Withdraw(string? callerId)
    {
        var caller = await RequireCurator(callerId);
        S.Status = PrincipleStatus.Withdrawn;
        await state.Write(this);
        await Announced();
        return View(caller);
    }

    public async Task<PrincipleView> Get(string? callerId)
    {
        if (!S.Exists || (S.Status == PrincipleStatus.Draft && !await PrincipleRules.CanCurate(GrainFactory, S.PlaceSlug, callerId)))
            throw NotFound();
        return View(callerId);
    }

    private async Task Apply(DraftPrinciple command, string caller)
    {
        S.Statement = Check.Text(command.Statement, "statement", Limits.StatementLength);
        S.Practice = Check.OptionalMultiline(command.Practice, "practice", Limits.PracticeLength);
        S.Themes = [.. ReflectionRules.Themes(command.Themes)];
        S.Evidence = [.. await PrincipleRules.Evidence(GrainFactory, command.Evidence, caller)];
    }

    private async Task<string> RequireCurator(string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!S.Exists)
            throw NotFound();
        await PrincipleRules.RequireCurator(GrainFactory, S.PlaceSlug, caller);
        return caller;
    }

    private void EnsureNew()
    {
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("principle.bad-id", "A principle id is 32 hexadecimal characters.");
        if (S.Exists)
            throw ConveningException.Conflict("principle.exists", "That principle already exists.");
    }

    private static ConveningException NotFound() =>
        ConveningException.NotFound("principle.not-found", "There is no principle here that you can see.");
}
