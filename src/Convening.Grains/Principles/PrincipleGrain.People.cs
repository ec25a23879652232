using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Contracts.Principles;

namespace Convening.Grains.Principles;

public sealed partial class PrincipleGrain
{
    /// <summary>Anyone convened in the principle's place may tell how it works for them there.</summary>
    public async Task<PrincipleView> AddStory(string markdown, string? callerId, string? requestId = null)
    {
        var caller = Caller.Required(callerId);
        requestId = RequestIds.Check(requestId);
        if (S.Exists && S.Requests.Find(caller, requestId) is not null)
            return View(caller);
        EnsurePublished();
        var person = await GrainFactory.GetGrain<IPersonGrain>(caller).Get(caller);
        AccessPolicy.Standing(await GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).Get(), person.Memberships, caller);
        if (S.Stories.Count >= Limits.StoriesPerPrinciple)
            throw new ConveningException("principle.too-many-stories", "This principle has as many stories as it can hold.");
        var story = await NewStory(Check.Multiline(markdown, "story", Limits.StoryLength), caller);
        S.Stories.Add(story);
        S.Requests.Remember(caller, requestId, story.Id);
        await state.Write(this);
        return View(caller);
    }

    public async Task<PrincipleView> Endorse(bool endorse, string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsurePublished();
        if (endorse ? S.Endorsers.Add(caller) : S.Endorsers.Remove(caller))
        {
            await state.Write(this);
            await Announced();
        }
        return View(caller);
    }

    public async Task<PrincipleView> Follow(bool follow, string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsurePublished();
        if (follow ? S.Followers.Add(caller) : S.Followers.Remove(caller))
            await state.Write(this);
        await GrainFactory.GetGrain<IPrincipleFollowsGrain>(caller).Set(Id, follow);
        return View(caller);
    }

    private async Task<Story> NewStory(string markdown, string caller)
    {
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        return new Story(Guid.NewGuid().ToString("N"), card.DisplayName, markdown, clock.UtcNow);
    }

    private void EnsurePublished()
    {
        if (!S.Exists || S.Status == PrincipleStatus.Draft)
            throw NotFound();
        if (S.Status == PrincipleStatus.Withdrawn)
            throw ConveningException.Conflict("principle.withdrawn", "This principle has been withdrawn.");
    }

    private PrincipleView View(string? callerId) =>
        new(Id, S.RootId, S.ParentId, S.PlaceSlug, S.PlaceName, S.Statement, S.Practice, [.. S.Themes], [.. S.Evidence],
            S.Origin, S.Status, [.. S.Stories], S.Endorsers.Count,
            callerId is not null && S.Endorsers.Contains(callerId), callerId is not null && S.Followers.Contains(callerId), S.CreatedAt);
}
