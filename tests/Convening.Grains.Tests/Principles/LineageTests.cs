using Convening.Contracts.Principles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Principles;

[Collection(ClusterCollection.Name)]
public sealed class LineageTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Lineage_AcrossThreePlaces_ShowsOriginEveryAdaptationAndHowTheWordingChanged()
    {
        var (essexSteward, hackneySteward, lincsSteward) = (await _grains.Person("Ed"), await _grains.Person("Hana"), await _grains.Person("Lin"));
        var essex = await _grains.Place(essexSteward, "Essex");
        var hackney = await _grains.Place(hackneySteward, "Hackney");
        var lincs = await _grains.Place(lincsSteward, "Lincolnshire");
        var origin = await _grains.Published(essexSteward, essex, "People control their own support");
        var hackneys = await _grains.Adopted(origin, hackneySteward, hackney, "People and families control their own support", "We began with families in temporary housing.");
        var lincsAdoption = await _grains.Adopted(hackneys, lincsSteward, lincs);
        await hackneys.Revise(Curate.Draft(hackney.Slug, "Families control their own support"), hackneySteward.Id);

        foreach (var member in new[] { origin, hackneys, lincsAdoption })
        {
            var lineage = await member.Lineage();
            Assert.Equal(["Essex", "Hackney", "Lincolnshire"], lineage.Select(n => n.PlaceName));
            Assert.Equal([null, origin.GetPrimaryKeyString(), hackneys.GetPrimaryKeyString()], lineage.Select(n => n.ParentId));
            Assert.Equal([PrincipleOrigin.Originated, PrincipleOrigin.Adapted, PrincipleOrigin.Adopted], lineage.Select(n => n.Origin));
            Assert.Equal(["People control their own support", "Families control their own support", "People and families control their own support"], lineage.Select(n => n.Statement));
        }
        var view = await hackneys.Get(null);
        Assert.Equal(origin.GetPrimaryKeyString(), view.RootId);
        Assert.Equal("We began with families in temporary housing.", Assert.Single(view.Stories).Markdown);
    }

    [Fact]
    public async Task AdoptingTwice_OrInTheOriginPlace_IsRefused()
    {
        var (steward, other) = (await _grains.Person("Ed"), await _grains.Person("Hana"));
        var (home, away) = (await _grains.Place(steward), await _grains.Place(other));
        var origin = await _grains.Published(steward, home);
        var adoption = await _grains.Adopted(origin, other, away);

        await Refused.With("principle.already-adopted", () => _grains.Adopted(origin, other, away));
        await Refused.With("principle.already-adopted", () => _grains.Adopted(adoption, other, away, "Reworded again"));
        await Refused.With("principle.already-adopted", () => _grains.Adopted(adoption, steward, home));
        Assert.Equal(2, (await origin.Lineage()).Count);
    }

    [Fact]
    public async Task AdaptingAWithdrawnPrinciple_IsRefused_AndItLeavesTheLibrary()
    {
        var (steward, other) = (await _grains.Person("Ed"), await _grains.Person("Hana"));
        var (home, away) = (await _grains.Place(steward), await _grains.Place(other));
        var origin = await _grains.Published(steward, home);

        await origin.Withdraw(steward.Id);

        await Refused.With("principle.withdrawn", () => _grains.Adopted(origin, other, away, "Our version"));
        Assert.True(Assert.Single(await origin.Lineage()).Withdrawn);
        var library = await _grains.GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key).Search(new LibraryQuery(100, null, null, null, home.Slug));
        Assert.Empty(library.Items);
    }

    [Fact]
    public async Task Story_FromSomeoneNotConvenedInThePlace_IsRefused()
    {
        var (steward, stranger) = (await _grains.Person("Ed"), await _grains.Person("Zed"));
        var principle = await _grains.Published(steward, await _grains.Place(steward));

        await Refused.With(Convening.Contracts.AccessPolicy.NoStanding, () => principle.AddStory("It worked for us", stranger.Id));
        var view = await principle.AddStory("We tried it at the **panel**", steward.Id);
        Assert.Equal("We tried it at the **panel**", Assert.Single(view.Stories).Markdown);
    }
}
