using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>A submitter's own entries: drafts, sent back with comments, waiting for review, published, withdrawn. Theirs only.</summary>
public sealed class MineModel : ConveningPageModel
{
    public IReadOnlyList<EditorEntry> Entries { get; private set; } = [];

    public IEnumerable<EditorEntry> Drafts => Entries.Where(e => e.HasDraft && e.Status != EntryStatus.Withdrawn);

    public IEnumerable<EditorEntry> SentBack => Entries.Where(e => e.SentBack && e.Status != EntryStatus.Withdrawn);

    public IEnumerable<EditorEntry> Waiting => Entries.Where(e => e.Waiting && e.Status != EntryStatus.Withdrawn);

    public IEnumerable<EditorEntry> Published => Entries.Where(e => e.Status == EntryStatus.Published && !e.Waiting && !e.SentBack);

    public IEnumerable<EditorEntry> Withdrawn => Entries.Where(e => e.Status == EntryStatus.Withdrawn);

    public Task<IActionResult> OnGet() => Load(async () =>
        Entries = await Grains.GetGrain<IEditorEntriesGrain>(CallerId ?? throw ConveningException.Unauthenticated()).List(CallerId));
}
