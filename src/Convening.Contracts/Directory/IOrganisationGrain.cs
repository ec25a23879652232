namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// One organisation's directory entry, keyed by its uuid (lower case, with hyphens, as HSDS
/// writes it); the single writer of that entry. Only published content is ever public.
/// </summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sends a new entry, or a change to one, for review; signed-in people only. The first
    /// submitter becomes the entry's editor. A published entry stays as it was until the change is published.
    /// </summary>
    Task<OrganisationView> Submit(EntryContent content, string? callerId, string? requestId = null);

    /// <summary>
    /// Saves a version without sending it for review: a new entry (the caller becomes its editor)
    /// or an editor's unsent change. Checked as an entry is, except that the description, places and
    /// what is done in practice for an approach may wait. Nobody else sees it, moderators included.
    /// </summary>
    Task<OrganisationView> SaveDraft(EntryContent content, string? callerId);

    /// <summary>Sends the saved draft for review, checked in full as <see cref="Submit"/> checks it; its editors only.</summary>
    Task<OrganisationView> SendDraft(string? callerId);

    /// <summary>Publishes the pending version (marking the entry assured today) or returns it with a comment; moderators only.</summary>
    Task<OrganisationView> Review(ReviewDecision decision, string comment, string? callerId);

    /// <summary>"We have worked alongside them": people in a group, or editors of another published entry; not the entry's own editors.</summary>
    Task<OrganisationView> Endorse(string approach, bool endorse, string? callerId);

    /// <summary>Takes the entry out of the directory (and drops any unsent draft); its editors or a moderator. An entry never sent is deleted.</summary>
    Task<OrganisationView> Withdraw(string? callerId);

    /// <summary>The entry as the caller may see it; not found for an unpublished entry the caller cannot edit or moderate.</summary>
    Task<OrganisationView> Get(string? callerId);

    /// <summary>
    /// Imports an entry from a trusted dataset, published at once; moderators only. Importing the
    /// same content again changes nothing and returns false.
    /// </summary>
    Task<bool> Import(EntryContent content, string? callerId);
}

/// <summary>The entries a person edits (keyed by person id), kept by the entry grains: for their "your entries" page, and because their people speak for another organisation.</summary>
public interface IEditorEntriesGrain : IGrainWithStringKey
{
    Task Set(string entryId, bool published);

    Task<bool> EditsPublishedEntryOtherThan(string entryId);

    /// <summary>Records where one of the person's entries now is (called by the entry's grain).</summary>
    Task Track(EditorEntry entry);

    /// <summary>Drops an entry from the list: a draft deleted before it was ever sent.</summary>
    Task Forget(string entryId);

    /// <summary>The person's entries, most recently changed first; only that person may list them.</summary>
    Task<IReadOnlyList<EditorEntry>> List(string? callerId);
}

/// <summary>Who may moderate the directory: the emails configured under Convening:Directory:Moderators and those appointed since.</summary>
public interface IDirectoryModeratorsGrain : IGrainWithStringKey
{
    const string Key = "all";

    Task<bool> IsModerator(string? personId);

    /// <summary>Makes the person with this email a moderator; moderators only.</summary>
    Task Appoint(string email, string? callerId);

    /// <summary>The moderators with a verified account (by configuration or appointment, whether or not they have acted yet) who still are: those the daily note about waiting entries goes to.</summary>
    Task<IReadOnlyList<string>> Known();

    /// <summary>Forgets what was known of a person whose address just changed (called by their person grain), so their moderation follows the new address.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task AddressChanged(string personId);
}

/// <summary>Entries waiting for review, oldest first; kept by the entry grains.</summary>
public interface IModerationQueueGrain : IGrainWithStringKey
{
    const string Key = "all";

    Task Upsert(ModerationItem item);

    Task Remove(string id);

    /// <summary>Moderators only; the cursor is the last item's submission time and id.</summary>
    Task<Page<ModerationItem>> List(int first, string? after, string? callerId);
}

/// <summary>
/// The ordered feed of published directory changes that every silo's search index follows.
/// Appends go through this one grain; concurrent publishes share one durable append.
/// </summary>
public interface IDirectoryFeedGrain : IGrainWithStringKey
{
    const string Key = "all";
    const string Stream = "directory-feed";

    /// <summary>Durably appends the change; returns the feed version that holds it.</summary>
    Task<long> Publish(DirectoryChange change);

    Task<long> Version();
}

/// <summary>An entry now published as <see cref="Document"/>, or (when null) no longer in the directory.</summary>
[GenerateSerializer, Immutable, Alias("convening.directory-change")]
public sealed record DirectoryChange(
    [property: Id(0)] string Id,
    [property: Id(1)] DirectoryDocument? Document);
