using Convening.Contracts.Boards;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Boards;

/// <summary>Clusters and undo as plain forms, for the board without JavaScript (the live board sends the same commands through the hub).</summary>
public sealed partial class ShowModel
{
    [BindProperty(Name = "cluster")] public string? ClusterId { get; set; }

    public Task<IActionResult> OnPostAddCluster() => Do(new AddCluster(Text ?? ""), "Cluster added");

    public Task<IActionResult> OnPostRenameCluster() => Do(new RenameCluster(ClusterId ?? "", Text ?? ""), "Cluster renamed");

    public Task<IActionResult> OnPostRemoveCluster() => Do(new RemoveCluster(ClusterId ?? ""), "Cluster removed: its cards stay where they are");

    /// <summary>Puts the card in the chosen cluster; the empty choice takes it out of its cluster.</summary>
    public Task<IActionResult> OnPostCluster() =>
        Do(new ClusterCard(CardId ?? "", string.IsNullOrEmpty(ClusterId) ? null : ClusterId), string.IsNullOrEmpty(ClusterId) ? "Card taken out of its cluster" : "Card put in the cluster");

    public Task<IActionResult> OnPostUndo() => Do(new Undo(), "Your last change has been undone");

    /// <summary>The name of the cluster a card is in, if any.</summary>
    public string? ClusterOf(Card card) => card.ClusterId is null ? null : Board.Clusters.FirstOrDefault(k => k.Id == card.ClusterId)?.Title;

    public bool MayEditNow => Board.CanEdit && (!Board.Locked || Board.CanFacilitate);
}
