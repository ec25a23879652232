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

    /// <summary>
    /// Cites one more piece of evidence (a board's card made evidence, say); its curators only, as for
    /// <see cref="Revise"/>. Citing what is already cited changes nothing, so a retry adds it once.
    /// </summary>
    Task<PrincipleView> AddEvidence(Evidence evidence, string? callerId);

    /// <summary>Takes it out of the library; it can no longer be adopted or adapted.</summary>
    Task<PrincipleView> Withdraw(string? callerId);

    /// <summary>Published principles for anyone; drafts for the place's curators only.</summary>
    Task<PrincipleView> Get(string? callerId);

    /// <summary>This (new) principle adopts or adapts another for a place; published at once.</summary>
    Task<PrincipleView> Adopt(AdoptPrinciple command, string? callerId);

    /// <summary>Every place that adopted or adapted this principle's lineage, as a tree.</summary>
    Task<IReadOnlyList<LineageNode>> Lineage();

    /// <summary>Adds a story of the principle in action. Optional <paramref name="requestId"/>: see <see cref="RequestIds"/>; telling it again with the same id adds it once.</summary>
    Task<PrincipleView> AddStory(string markdown, string? callerId, string? requestId = null);

    Task<PrincipleView> Endorse(bool endorse, string? callerId);

    Task<PrincipleView> Follow(bool follow, string? callerId);

    /// <summary>
    /// Asked of a lineage's first principle before a new adoption is stored: refuses as
    /// <see cref="JoinLineage"/> would (a place already in it, a withdrawn parent, a full lineage); changes nothing.
    /// </summary>
    Task CheckJoin(LineageNode node);

    /// <summary>
    /// Called on a lineage's first principle once an adoption is stored; refuses a place already in it.
    /// Told again (a retried follow-up), the same node is kept as it is.
    /// </summary>
    Task JoinLineage(LineageNode node);

    /// <summary>Called on a lineage's first principle when one of its principles changes.</summary>
    Task UpdateLineage(LineageNode node);
}
