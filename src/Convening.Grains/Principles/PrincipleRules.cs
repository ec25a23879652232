using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;
using Convening.Grains.Cycles;

namespace Convening.Grains.Principles;

/// <summary>Who may speak for a place's principles, and what may be cited as evidence.</summary>
public static class PrincipleRules
{
    /// <summary>A place's curators: its stewards and the convenors of its approved groups (<see cref="AccessPolicy.CanCurate"/>).</summary>
    public static async Task<bool> CanCurate(IGrainFactory grains, string slug, string? personId)
    {
        if (string.IsNullOrEmpty(personId))
            return false;
        var place = await grains.GetGrain<IPlaceGrain>(slug).Get();
        if (AccessPolicy.IsSteward(place, personId))
            return true;
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        return AccessPolicy.CanCurate(place, person.Memberships, personId);
    }

    public static async Task<PlaceView> RequireCurator(IGrainFactory grains, string slug, string personId)
    {
        var place = await grains.GetGrain<IPlaceGrain>(Check.Slug(slug)).Get();
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        AccessPolicy.Curator(place, person.Memberships, personId);
        return place;
    }

    /// <summary>
    /// Evidence must be something the author can see and that is already shared: a principle is
    /// public, so citing a private reflection (even one's own) would leak it. Both cases get the
    /// same answer, so the refusal does not reveal whether a private entry exists.
    /// </summary>
    public static async Task<IReadOnlyList<Evidence>> Evidence(IGrainFactory grains, IReadOnlyList<Evidence>? evidence, string personId)
    {
        var list = (evidence ?? []).DistinctBy(e => (e.Kind, e.Reference)).ToList();
        if (list.Count > Limits.EvidencePerPrinciple)
            throw new ConveningException("principle.too-much-evidence", $"Cite at most {Limits.EvidencePerPrinciple} pieces of evidence.");
        var clean = new List<Evidence>();
        foreach (var e in list)
        {
            var note = Check.Optional(e.Note, "note", Limits.ShortText);
            var reference = (e.Reference ?? "").Trim();
            if (e.Kind == EvidenceKind.Link)
            {
                if (!Uri.TryCreate(reference, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                    throw new ConveningException("principle.evidence-bad-link", "Evidence links must be web addresses starting https:// or http://.");
            }
            else if (e.Kind is EvidenceKind.Cycle or EvidenceKind.Experiment)
            {
                reference = await CycleReference(grains, e.Kind, reference, personId);
            }
            else if (e.Kind == EvidenceKind.Card)
            {
                reference = await CardReference(grains, reference, personId);
            }
            else if (!await Shared(grains, reference, personId))
            {
                throw ConveningException.Forbidden("principle.evidence-not-visible",
                    "You can only cite reflections that are shared with a group or place and that you can see. A principle cannot carry private material.");
            }
            clean.Add(new Evidence(e.Kind, reference, note));
        }
        return clean;
    }

    /// <summary>A cycle or experiment is citable only by members of the cycle's group; the cycle grain decides.</summary>
    private static async Task<string> CycleReference(IGrainFactory grains, EvidenceKind kind, string reference, string personId)
    {
        var parts = reference.Split('/', 2);
        var wanted = kind == EvidenceKind.Experiment
            ? new WorkLink(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : "-")
            : new WorkLink(parts.Length == 1 ? parts[0] : "-", null);
        var link = await WorkLinks.Visible(grains, wanted, personId, "principle.evidence-not-visible");
        return link!.ExperimentId is null ? link.CycleId : $"{link.CycleId}/{link.ExperimentId}";
    }

    /// <summary>A board's card is citable only by someone who can see it: a member of the board's group, the card not private.</summary>
    private static async Task<string> CardReference(IGrainFactory grains, string reference, string personId)
    {
        var parts = reference.Split('/', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw NotVisible();
        try
        {
            var card = await grains.GetGrain<IBoardGrain>(parts[0]).CardFor(personId, parts[1]);
            return card.Private ? throw NotVisible() : $"{parts[0]}/{card.Id}";
        }
        catch (ConveningException e) when (e.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            throw NotVisible();
        }
    }

    private static ConveningException NotVisible() => ConveningException.Forbidden("principle.evidence-not-visible",
        "You can only cite a card on a board you take part in, once it is no longer private.");

    private static async Task<bool> Shared(IGrainFactory grains, string reflectionId, string personId)
    {
        if (!Guid.TryParseExact(reflectionId, "N", out _))
            return false;
        try
        {
            var entry = await grains.GetGrain<IReflectionGrain>(reflectionId).Get(personId);
            return entry.Visibility != ReflectionVisibility.Private;
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
