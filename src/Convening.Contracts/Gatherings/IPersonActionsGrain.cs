namespace Convening.Contracts.Gatherings;

/// <summary>
/// The actions a person owns that are not done yet, across all their groups' gatherings, so that
/// their own page lists them. Keyed by the person's id; kept up to date by gathering grains.
/// </summary>
public interface IPersonActionsGrain : IGrainWithStringKey
{
    Task Upsert(OwnedAction action);

    Task Remove(string actionId);

    /// <summary>Soonest due first; the person only.</summary>
    Task<IReadOnlyList<OwnedAction>> List(string? callerId);
}

[GenerateSerializer, Immutable, Alias("convening.owned-action")]
public sealed record OwnedAction(
    [property: Id(0)] string ActionId,
    [property: Id(1)] string Text,
    [property: Id(2)] DateOnly Due,
    [property: Id(3)] string GatheringId,
    [property: Id(4)] string GatheringTitle,
    [property: Id(5)] string GroupId,
    [property: Id(6)] string GroupName);
