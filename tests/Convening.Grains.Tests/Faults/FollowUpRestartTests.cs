using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.OrganisationDirectory;
using Convening.Grains.Tests.Gatherings;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Faults;

/// <summary>Not in the shared collection: each test stops its own cluster and starts another on the same file.</summary>
[RunsLong] // Three full cluster restarts: about 40 s in CI.
public sealed class FollowUpRestartTests
{
    [Fact]
    public async Task FollowUpThatFailedBeforeAStop_IsRepairedAfterTheRestart()
    {
        string placeSlug = "", groupId = "", stewardId = "";
        await AcrossARestart("follow-ups", async (grains, data) =>
        {
            var steward = await grains.Person("Sam");
            var place = await grains.Place(steward);
            var convenor = await grains.Person("Asha");
            (placeSlug, stewardId, groupId) = (place.Slug, steward.Id, Guid.NewGuid().ToString("N"));
            // The place refuses to store anything until after the stop, so no in-memory retry can succeed.
            var refused = new RefusedWrites(data, placeSlug);
            var convened = await grains.GetGrain<IGroupGrain>(groupId).Convene(new ConveneGroup(placeSlug, "Housing and health", ""), convenor.Id);
            Assert.Equal(GroupStanding.Requested, convened.Standing);
            return refused;
        }, async grains =>
        {
            var place = grains.GetGrain<IPlaceGrain>(placeSlug);
            await Eventually.True(async () => (await place.Requests(stewardId)).Any(r => r.Group.Id == groupId),
                "the reminder kept in the store to tell the place after the restart", seconds: 120);
        });
    }

    [Fact]
    public async Task PlannedGathering_WhoseGroupListFailedBeforeAStop_IsListedAfterTheRestart()
    {
        string groupId = "", gatheringId = Guid.NewGuid().ToString("N"), convenorId = "";
        await AcrossARestart("gathering-follow-ups", async (grains, data) =>
        {
            var convenor = await grains.Person("Asha");
            var group = await grains.Group(convenor);
            (groupId, convenorId) = (group.GetPrimaryKeyString(), convenor.Id);
            // The group's list of gatherings (keyed by the group's id) refuses to store anything until after the stop.
            var refused = new RefusedWrites(data, groupId);
            var planned = await grains.GetGrain<IGatheringGrain>(gatheringId).Plan(groupId, GivenGathering.Details("Planned before the stop"), convenor.Id);
            Assert.Equal(gatheringId, planned.Summary.Id);
            return refused;
        }, async grains =>
        {
            var list = grains.GetGrain<IGroupGatheringsGrain>(groupId);
            await Eventually.True(async () => (await list.List(false, 50, null, convenorId)).Items.Any(g => g.Id == gatheringId),
                "the reminder kept in the store to tell the group's list after the restart", seconds: 120);
        });
    }

    [Fact]
    public async Task ReflectionAndDirectoryEntry_WhoseFollowUpsFailedBeforeAStop_AreJournalledAndQueuedAfterTheRestart()
    {
        string authorId = "", reflectionId = Guid.NewGuid().ToString("N"), entryId = Guid.NewGuid().ToString("D");
        await AcrossARestart("reflection-and-entry-follow-ups", async (grains, data) =>
        {
            var author = await grains.Person("Rhiannon");
            var place = await grains.Place(author);
            authorId = author.Id;
            // The author's journal (keyed by the author's id) and the moderation queue refuse to store
            // anything until after the stop, so no in-memory retry can succeed.
            var journalRefused = new RefusedWrites(data, author.Id);
            var queueRefused = new RefusedWrites(data, IModerationQueueGrain.Key);
            var saved = await grains.GetGrain<IReflectionGrain>(reflectionId).Save(Reflections.Write.Entry("Written before the stop"), author.Id);
            var submitted = await grains.GetGrain<IOrganisationGrain>(entryId).Submit(Entries.Content(place.Slug, "Queued after the restart"), author.Id);
            Assert.Equal((1, entryId), (saved.Version, submitted.Id));
            return new AllOf(journalRefused, queueRefused);
        }, async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>(authorId);
            await Eventually.True(async () => (await journal.List(new JournalQuery(20, null, null, null), authorId)).Items.Any(r => r.Id == reflectionId),
                "the reflection's reminder kept in the store to tell the journal after the restart", seconds: 120);
            var moderator = await grains.Moderator();
            var queue = grains.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key);
            await Eventually.True(async () => (await queue.List(50, null, moderator.Id)).Items.Any(i => i.Id == entryId),
                "the entry's reminder kept in the store to tell the moderation queue after the restart", seconds: 120);
        });
    }

    /// <summary>
    /// Runs <paramref name="before"/> on one cluster (its refusal of writes lasting until that cluster
    /// has stopped), then <paramref name="after"/> on a new cluster on the same data folder.
    /// </summary>
    private static async Task AcrossARestart(string name, Func<IGrainFactory, string, Task<IDisposable>> before, Func<IGrainFactory, Task> after)
    {
        using var data = new TempDir(name);
        var cluster = await ClusterHost.StartAsync(data.Path);
        IDisposable? refused = null;
        try
        {
            refused = await before(cluster.GrainFactory, data.Path);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
            refused?.Dispose();
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            await after(cluster.GrainFactory);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }

    private sealed class AllOf(params IDisposable[] each) : IDisposable
    {
        public void Dispose()
        {
            foreach (var one in each)
                one.Dispose();
        }
    }
}
