using Convening.Contracts;
using Convening.Contracts.Principles;

namespace Convening.Grains.Principles;

public sealed partial class PrincipleGrain
{
    public async Task<PrincipleView> Adopt(AdoptPrinciple command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Exists && S.Requests.Find(caller, requestId) is not null)
        {
            // The id came from this person's request id (RequestIds.NewId): a retry after a lost answer.
            await Adopted(Node());
            return View(caller);
        }
        EnsureNew();
        var parent = await GrainFactory.GetGrain<IPrincipleGrain>(command.ParentId ?? "").Get(caller);
        if (parent.Status != PrincipleStatus.Published)
            throw ConveningException.Conflict("principle.withdrawn", "That principle has been withdrawn, so it can no longer be adopted or adapted.");
        var place = await PrincipleRules.RequireCurator(GrainFactory, command.PlaceSlug, caller);
        var statement = string.IsNullOrWhiteSpace(command.Statement) ? parent.Statement : Check.Text(command.Statement, "statement", Limits.StatementLength);
        var practice = string.IsNullOrWhiteSpace(command.Practice) ? parent.Practice : Check.OptionalMultiline(command.Practice, "practice", Limits.PracticeLength);
        var story = Check.OptionalMultiline(command.Story, "story", Limits.StoryLength);
        var now = clock.UtcNow;
        var origin = statement == parent.Statement && practice == parent.Practice ? PrincipleOrigin.Adopted : PrincipleOrigin.Adapted;

        // The lineage's first principle refuses a place that already holds this principle, so it
        // is asked before anything is stored here; it is told once this principle is stored.
        await GrainFactory.GetGrain<IPrincipleGrain>(parent.RootId)
            .CheckJoin(new LineageNode(Id, parent.Id, place.Slug, place.Name, origin, statement, false, now));

        S.Exists = true;
        S.PlaceSlug = place.Slug;
        S.PlaceName = place.Name;
        S.Statement = statement;
        S.Practice = practice;
        S.Themes = [.. parent.Themes];
        S.Origin = origin;
        S.Status = PrincipleStatus.Published;
        S.RootId = parent.RootId;
        S.ParentId = parent.Id;
        S.CreatedAt = S.PublishedAt = now;
        if (story.Length > 0)
            S.Stories.Add(await NewStory(story, caller));
        S.Requests.Remember(caller, requestId, Id);
        await state.Write(this);
        await Adopted(Node());
        return View(caller);
    }

    /// <summary>What adopting tells others once this principle is stored: its place in the lineage, then the library.</summary>
    private Task Adopted(LineageNode node) => this.Run(logger, "adding the adoption to its lineage and the library", async () =>
    {
        await GrainFactory.GetGrain<IPrincipleGrain>(S.RootId).JoinLineage(node);
        await Announce();
    });

    public async Task<IReadOnlyList<LineageNode>> Lineage()
    {
        if (!S.Exists || S.Status == PrincipleStatus.Draft)
            throw NotFound();
        return S.RootId == Id ? [.. S.Lineage] : await GrainFactory.GetGrain<IPrincipleGrain>(S.RootId).Lineage();
    }

    public Task CheckJoin(LineageNode node)
    {
        RefuseJoin(node);
        return Task.CompletedTask;
    }

    public async Task JoinLineage(LineageNode node)
    {
        if (S.Lineage.Any(n => n.Id == node.Id))
            return;
        RefuseJoin(node);
        S.Lineage.Add(node);
        await state.Write(this);
    }

    private void RefuseJoin(LineageNode node)
    {
        if (S.Lineage.Any(n => n.PlaceSlug == node.PlaceSlug))
            throw ConveningException.Conflict("principle.already-adopted", $"{node.PlaceName} already holds this principle (or one of its adaptations).");
        if (S.Lineage.FirstOrDefault(n => n.Id == node.ParentId) is not { Withdrawn: false })
            throw ConveningException.Conflict("principle.withdrawn", "That principle has been withdrawn, so it can no longer be adopted or adapted.");
        if (S.Lineage.Count >= Limits.LineageSize)
            throw new ConveningException("principle.lineage-full", "This principle's lineage is as large as it can be.");
    }

    public async Task UpdateLineage(LineageNode node)
    {
        var at = S.Lineage.FindIndex(n => n.Id == node.Id);
        if (at < 0)
            return;
        S.Lineage[at] = node with { At = S.Lineage[at].At };
        await state.Write(this);
    }

    /// <summary>An adoption's place in its lineage, then the library and the lineage's copy, told again.</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists || S.Status == PrincipleStatus.Draft)
            return;
        if (S.RootId != Id)
            await GrainFactory.GetGrain<IPrincipleGrain>(S.RootId).JoinLineage(Node());
        await Announce();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    /// <summary>Announces a stored change as a follow-up: its failure is logged and retried, never the change's failure.</summary>
    private Task Announced() => this.Run(logger, "telling the library and the lineage", Announce);

    /// <summary>Tells the library and the lineage's first principle what this principle now says.</summary>
    private async Task Announce()
    {
        var library = GrainFactory.GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key);
        if (S.Status == PrincipleStatus.Published)
            await library.Upsert(new PrincipleSummary(Id, S.RootId, S.PlaceSlug, S.PlaceName, S.Statement, S.Practice, [.. S.Themes], S.Origin, S.Endorsers.Count, S.PublishedAt));
        else
            await library.Remove(Id);
        if (S.Status == PrincipleStatus.Draft)
            return;
        // A grain calling itself would wait on itself; the first principle updates its own copy.
        if (S.RootId == Id)
            await UpdateLineage(Node());
        else
            await GrainFactory.GetGrain<IPrincipleGrain>(S.RootId).UpdateLineage(Node());
    }

    private LineageNode Node() =>
        new(Id, S.ParentId, S.PlaceSlug, S.PlaceName, S.Origin, S.Statement, S.Status == PrincipleStatus.Withdrawn, S.PublishedAt);
}
