using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Persistence;

/// <summary>Not in the shared collection: it stops its own cluster and starts another on the same file.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task GrainState_SurvivesAFullClusterRestart()
    {
        using var data = new TempDir("restart");
        var cluster = await ClusterHost.StartAsync(data.Path);
        TestPerson convenor, member;
        string groupId, placeSlug;
        try
        {
            convenor = await cluster.GrainFactory.Person("Asha");
            member = await cluster.GrainFactory.Person("Ben");
            var group = await cluster.GrainFactory.Group(convenor, "Housing and health");
            await group.Join(convenor, member, GroupRole.Observer);
            await group.AddGlossaryEntry(new GlossaryEntryInput("Person we support", [], ""), convenor.Id);
            (groupId, placeSlug) = (group.GetPrimaryKeyString(), (await group.GetSummary()).PlaceSlug);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var grains = cluster.GrainFactory;
            var details = await grains.GetGrain<IGroupGrain>(groupId).GetDetails(member.Id);
            Assert.Equal(GroupRole.Observer, details.MyRole);
            Assert.Equal(["Asha", "Ben"], details.Members.Select(m => m.Person.DisplayName).Order());
            Assert.Equal("Person we support", Assert.Single(details.Glossary).AgreedTerm);
            Assert.Equal("Housing and health", Assert.Single((await grains.GetGrain<IPlaceGrain>(placeSlug).Get()).Groups).Name);
            Assert.Contains((await grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key).List(100, null)).Items, p => p.Slug == placeSlug);
            Assert.Equal(groupId, Assert.Single((await grains.GetGrain<IPersonGrain>(member.Id).Get(member.Id)).Memberships).GroupId);
            Assert.Equal(member.Id, (await grains.GetGrain<Convening.Contracts.Accounts.IAccountGrain>(member.Email).SignIn(Given.Password, null, "Test")).PersonId);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
