using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Faults;

/// <summary>Not in the shared collection: it stops its own cluster and starts another on the same file.</summary>
public sealed class FollowUpRestartTests
{
    [Fact]
    public async Task FollowUpThatFailedBeforeAStop_IsRepairedAfterTheRestart()
    {
        using var data = new TempDir("follow-ups");
        var cluster = await ClusterHost.StartAsync(data.Path);
        string placeSlug, groupId, stewardId;
        try
        {
            var steward = await cluster.GrainFactory.Person("Sam");
            var place = await cluster.GrainFactory.Place(steward);
            var convenor = await cluster.GrainFactory.Person("Asha");
            (placeSlug, stewardId, groupId) = (place.Slug, steward.Id, Guid.NewGuid().ToString("N"));
            // The place refuses to store anything until after the stop, so no in-memory retry can succeed.
            using var refused = new RefusedWrites(data.Path, placeSlug);
            var convened = await cluster.GrainFactory.GetGrain<IGroupGrain>(groupId).Convene(new ConveneGroup(placeSlug, "Housing and health", ""), convenor.Id);
            Assert.Equal(GroupStanding.Requested, convened.Standing);
            await ClusterHost.StopAsync(cluster);
        }
        catch
        {
            await ClusterHost.StopAsync(cluster);
            throw;
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var place = cluster.GrainFactory.GetGrain<IPlaceGrain>(placeSlug);
            await Eventually.True(async () => (await place.Requests(stewardId)).Any(r => r.Group.Id == groupId),
                "the reminder kept in the store to tell the place after the restart", seconds: 120);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
