using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Principles;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Persistence;

/// <summary>Not in the shared collection: it stops its own cluster and starts another on the same file.</summary>
public sealed class ReflectionRestartTests
{
    [Fact]
    public async Task JournalHistoryThemesAndLineage_SurviveAFullClusterRestart()
    {
        using var data = new TempDir("reflections-restart");
        var cluster = await ClusterHost.StartAsync(data.Path);
        TestPerson author, other;
        string entryId, groupId, adoptionId;
        try
        {
            var grains = cluster.GrainFactory;
            (author, other) = (await grains.Person("Asha"), await grains.Person("Ben"));
            var group = await grains.Group(author);
            groupId = group.GetPrimaryKeyString();
            var entry = await grains.Reflection(author, Write.Entry("Before", ReflectionVisibility.Group, groupId));
            await entry.Save(Write.Entry("After", ReflectionVisibility.Group, groupId, expectedVersion: 1), author.Id);
            entryId = entry.GetPrimaryKeyString();
            var origin = await grains.Published(author, await grains.GetGrain<Contracts.Places.IPlaceGrain>((await group.GetSummary()).PlaceSlug).Get());
            adoptionId = (await grains.Adopted(origin, other, await grains.Place(other), "Our wording")).GetPrimaryKeyString();
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var grains = cluster.GrainFactory;
            var entry = grains.GetGrain<IReflectionGrain>(entryId);
            Assert.Equal(("After", 2), ((await entry.Get(author.Id)).Title, (await entry.Get(author.Id)).Version));
            Assert.Equal(["Before"], (await entry.History(author.Id)).Select(h => h.Title));
            await Refused.With("reflection.conflict", () => entry.Save(Write.Entry("Stale", expectedVersion: 1), author.Id));
            Assert.Equal([entryId], await grains.GetGrain<IJournalGrain>(author.Id).Ids(author.Id));
            Assert.Equal("After", Assert.Single((await grains.GetGrain<IReflectionIndexGrain>(ReflectionAudience.Group(groupId)).List(20, null, null, author.Id)).Items).Title);
            var lineage = await grains.GetGrain<IPrincipleGrain>(adoptionId).Lineage();
            Assert.Equal([PrincipleOrigin.Originated, PrincipleOrigin.Adapted], lineage.Select(n => n.Origin));
            Assert.Equal("Our wording", lineage[1].Statement);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
