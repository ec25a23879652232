using Convening.Contracts.Places;
using Convening.Contracts.Principles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Principles;

/// <summary>Principles the way a place's steward would draft, publish and adopt them.</summary>
public static class Curate
{
    public static DraftPrinciple Draft(string placeSlug, string statement = "Start with what matters to the person", Evidence[]? evidence = null, string[]? themes = null) =>
        new(placeSlug, statement, "Ask 'what matters to you?' before 'what is the matter?'", themes ?? ["strengths"], evidence ?? []);

    public static async Task<IPrincipleGrain> Published(this IGrainFactory grains, TestPerson steward, PlaceView place, string statement = "Start with what matters to the person", string[]? themes = null)
    {
        var principle = grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
        await principle.Draft(Draft(place.Slug, statement, themes: themes), steward.Id);
        await principle.Publish(steward.Id);
        return principle;
    }

    public static async Task<IPrincipleGrain> Adopted(this IGrainFactory grains, IPrincipleGrain parent, TestPerson steward, PlaceView place, string? statement = null, string? story = null)
    {
        var child = grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
        await child.Adopt(new AdoptPrinciple(parent.GetPrimaryKeyString(), place.Slug, statement, null, story), steward.Id);
        return child;
    }
}
