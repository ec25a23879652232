namespace Convening.Contracts.Principles;

/// <summary>
/// A principle: a short statement of what matters, what it means in practice, and the evidence it
/// came from. A place drafts and publishes it to the shared library; other places adopt it, or
/// adapt its wording to local circumstances, and tell stories of it in action ("processes don't
/// travel, principles do"). The first principle of a lineage keeps the whole lineage tree.
/// </summary>
public interface IPrincipleGrain : IGrainWithStringKey
{
    /// <summary>Drafts a new principle for a place; its stewards and group convenors only.</summary>
    Task<PrincipleView> Draft(DraftPrinciple command, string? callerId);

    Task<PrincipleView> Revise(DraftPrinciple command, string? callerId);

    Task<PrincipleView> Publish(string? callerId);

    /// <summary>Takes it out of the library; it can no longer be adopted or adapted.</summary>
    Task<PrincipleView> Withdraw(string? callerId);

    /// <summary>Published principles for anyone; drafts for the place's curators only.</summary>
    Task<PrincipleView> Get(string? callerId);

    /// <summary>This (new) principle adopts or adapts another for a place; published at once.</summary>
    Task<PrincipleView> Adopt(AdoptPrinciple command, string? callerId);

    /// <summary>Every place that adopted or adapted this principle's lineage, as a tree.</summary>
    Task<IReadOnlyList<LineageNode>> Lineage();

    Task<PrincipleView> AddStory(string markdown, string? callerId);

    Task<PrincipleView> Endorse(bool endorse, string? callerId);

    Task<PrincipleView> Follow(bool follow, string? callerId);

    /// <summary>Called on a lineage's first principle when a place joins it; refuses a place already in it.</summary>
    Task JoinLineage(LineageNode node);

    /// <summary>Called on a lineage's first principle when one of its principles changes.</summary>
    Task UpdateLineage(LineageNode node);
}
