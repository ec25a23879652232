using Convening.Contracts;
using Convening.Contracts.Notifications;
using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Notifications;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>
/// Who may change, review, see or endorse a directory entry, and what its moderation queue, its
/// editors' lists and the feed are told, decided against the entry as it is now and nothing else (no
/// storage, no other grain), like <c>BoardDecisions</c>. What needs another grain (is this person a
/// moderator, vouched for) the grain asks first and passes in. A refusal is a
/// <see cref="ConveningException"/> with a stable code.
/// </summary>
/// <param name="state">The entry; only read.</param>
/// <param name="id">The entry's id.</param>
/// <param name="now">The time of the decision.</param>
internal sealed class EntryDecisions(OrganisationState state, string id, DateTimeOffset now)
{
    private readonly OrganisationState _state = state;

    public static ConveningException NotFound() =>
        ConveningException.NotFound("organisation.not-found", "There is no directory entry here that you can see.");

    /// <summary>A new entry's id is a lower-case uuid, so the same organisation is not found under two spellings.</summary>
    public void EnsureId()
    {
        if (!Guid.TryParseExact(id, "D", out var guid) || guid.ToString("D") != id)
            throw new ConveningException("organisation.bad-id", "An entry id is a uuid in lower case, like 3f2b8c9e-1d4a-4e5b-9c6d-7e8f9a0b1c2d.");
    }

    /// <summary>Only an entry's editors change it; an entry never sent is not there for anyone else.</summary>
    public void MayEdit(string caller)
    {
        if (!_state.Exists || _state.Editors.Contains(caller) && !(_state.NeverSent && _state.Status == EntryStatus.Withdrawn))
            return;
        throw _state.NeverSent ? NotFound() : ConveningException.Forbidden("organisation.not-an-editor", "Only the people who submitted this entry can change it.");
    }

    /// <summary>A client that does not send identifiers (null, not an empty list) keeps the ones the entry has.</summary>
    public EntryContent KeepingIdentifiers(EntryContent content) =>
        content.Identifiers is null && (_state.Draft ?? _state.Pending ?? _state.Published) is { } current
            ? content with { Identifiers = current.Identifiers }
            : content;

    public EntryContent Draft() => _state.Draft
        ?? throw ConveningException.Conflict("organisation.no-draft", "There is no saved draft of this entry to send.");

    /// <summary>The moderator's comment on a change waiting for review: needed when it is sent back.</summary>
    public string ReviewComment(ReviewDecision decision, string comment)
    {
        if (_state.NeverSent)
            throw NotFound();
        if (_state.Pending is null || _state.PendingReturned)
            throw ConveningException.Conflict("organisation.nothing-to-review", "There is no change waiting for review.");
        return decision == ReviewDecision.Return
            ? Check.Multiline(comment, "comment", DirectoryLimits.CommentLength)
            : Check.OptionalMultiline(comment, "comment", DirectoryLimits.CommentLength);
    }

    /// <summary>What the entry's submitters are told of a review.</summary>
    public Notice ReviewNotice(ReviewDecision decision) => decision == ReviewDecision.Publish
        ? DirectoryNotices.Published(id, _state.Pending!.Name, _state.SubmittedAt ?? default)
        : DirectoryNotices.SentBack(id, _state.Pending!.Name, _state.SubmittedAt ?? default);

    /// <summary>
    /// Whether the entry is hidden from this person whatever their role: it does not exist, or it was never
    /// sent and they are not its editor (or it is withdrawn). Otherwise only a published entry is public.
    /// </summary>
    public bool HiddenFrom(string? callerId) =>
        !_state.Exists || (_state.NeverSent && (_state.Status == EntryStatus.Withdrawn || callerId is null || !_state.Editors.Contains(callerId)));

    /// <summary>An import never overwrites an entry an organisation submitted and keeps: that id is theirs.</summary>
    public void MayImport()
    {
        if (_state.Editors.Count > 0)
            throw ConveningException.Conflict("import.id-owned-elsewhere", "An entry with this id was submitted by an organisation and is kept by its editors. Import it under a new id.");
    }

    /// <summary>The import would change nothing the public sees.</summary>
    public bool Unchanged(EntryContent entry) =>
        _state.Status == EntryStatus.Published && _state.Pending is null && _state.Published is not null && DirectoryFeedCodec.Same(_state.Published, entry);

    /// <summary>An approach the published entry claims, endorsed by someone who is not its editor.</summary>
    public void MayEndorse(string approach, string caller)
    {
        if (_state.Status != EntryStatus.Published || _state.Published is null)
            throw NotFound();
        if (_state.Published.Approaches.All(a => a.Approach != approach))
            throw new ConveningException("endorsement.unknown-approach", "This organisation does not say it practises that approach.");
        if (_state.Editors.Contains(caller))
            throw ConveningException.Forbidden("endorsement.own-entry", "You cannot endorse your own organisation's entry.");
    }

    public void EnsureRoomForEndorsement(string approach)
    {
        if (_state.Endorsements.Count(e => e.Approach == approach) >= DirectoryLimits.EndorsementsPerApproach)
            throw ConveningException.Conflict("endorsement.full", $"An approach can have up to {DirectoryLimits.EndorsementsPerApproach} endorsements.");
    }

    /// <summary>The entry in its editors' lists, or null when there is nothing to list.</summary>
    public EditorEntry? Listed()
    {
        var current = _state.Draft ?? _state.Pending ?? _state.Published;
        if (current is null)
            return null;
        DateTimeOffset?[] times = [_state.DraftSavedAt, _state.SubmittedAt, _state.AssuredAt];
        return new EditorEntry(id, current.Name, _state.Status, _state.Pending is not null && !_state.PendingReturned, _state.PendingReturned,
            _state.Comments.Count(c => c.ByModerator), times.Max() ?? now, _state.Draft is not null, _state.Comments.LastOrDefault(c => c.ByModerator));
    }

    /// <summary>The entry in the moderation queue while a change waits for review; null when none does.</summary>
    public ModerationItem? Queued() =>
        _state.Pending is not null && !_state.PendingReturned && _state.SubmittedAt is { } submittedAt
            ? new ModerationItem(id, _state.Pending.Name, _state.Published is not null, _state.SubmitterName, submittedAt)
            : null;

    /// <summary>What the feed carries: the published entry, or null once it is not published.</summary>
    public DirectoryDocument? Document() =>
        _state.Status == EntryStatus.Published && _state.Published is not null
            ? new DirectoryDocument(id, _state.Published, _state.AssuredAt ?? now, [.. _state.Endorsements])
            : null;

    /// <summary>The entry as this person may see it: editors and moderators see what waits; only editors the draft.</summary>
    public OrganisationView View(string? callerId, bool canModerate)
    {
        var canEdit = callerId is not null && _state.Editors.Contains(callerId);
        var insider = canEdit || canModerate;
        var pendingStatus = _state.Pending is null ? (EntryStatus?)null : _state.PendingReturned ? EntryStatus.Returned : EntryStatus.Submitted;
        return new OrganisationView(
            id,
            _state.Status,
            _state.Status == EntryStatus.Published || insider ? _state.Published : null,
            insider ? _state.Pending : null,
            _state.AssuredAt,
            insider ? _state.SubmittedAt : null,
            _state.Status == EntryStatus.Published ? [.. _state.Endorsements] : [],
            insider ? [.. _state.Comments] : [],
            canEdit,
            canModerate,
            insider ? pendingStatus : null,
            canEdit ? _state.Draft : null,
            canEdit ? _state.DraftSavedAt : null);
    }
}
