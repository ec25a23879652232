using Convening.Contracts;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

public sealed partial class ReflectionGrain
{
    /// <summary>Keeps the version about to be replaced, newest first, within the history limit.</summary>
    private void Remember()
    {
        if (!S.Exists || S.NeverSaved)
            return;
        S.History.Insert(0, new ReflectionRevision(S.Version, S.Title, [.. S.Sections], [.. S.Themes], S.Visibility, S.UpdatedAt));
        if (S.History.Count > Limits.ReflectionHistory)
            S.History.RemoveRange(Limits.ReflectionHistory, S.History.Count - Limits.ReflectionHistory);
    }

    private IJournalGrain Journal(string authorId) => GrainFactory.GetGrain<IJournalGrain>(authorId);

    private IReflectionIndexGrain Index(string audience) => GrainFactory.GetGrain<IReflectionIndexGrain>(audience);

    private static ConveningException NotFound() =>
        ConveningException.NotFound("reflection.not-found", "There is no reflection here that you can see.");

    /// <summary>The author sees their draft, if autosave kept one; everyone else what was last saved.</summary>
    private ReflectionView View(string? viewerId) =>
        viewerId == S.AuthorId && S.Draft is { } d
            ? new(Id, S.AuthorId, S.AuthorName, d.Title, d.Structure, [.. d.Sections], [.. d.Themes],
                d.Visibility, d.GroupId, d.PlaceSlug, S.Version, S.CreatedAt, d.SavedAt, d.Link, IsDraft: true)
            : new(Id, S.AuthorId, S.AuthorName, S.Title, S.Structure, [.. S.Sections], [.. S.Themes],
                S.Visibility, S.GroupId, S.PlaceSlug, S.Version, S.CreatedAt, S.UpdatedAt, S.Link);

    /// <summary>The author's own journal lists the draft as they left it.</summary>
    private ReflectionSummary DraftSummary(ReflectionDraft d) =>
        new(Id, S.AuthorId, S.AuthorName, d.Title, ReflectionRules.Excerpt(d.Sections), [.. d.Themes],
            d.Visibility, d.GroupId, d.PlaceSlug, S.CreatedAt, d.SavedAt);

    private ReflectionSummary Summary() =>
        new(Id, S.AuthorId, S.AuthorName, S.Title, ReflectionRules.Excerpt(S.Sections), [.. S.Themes],
            S.Visibility, S.GroupId, S.PlaceSlug, S.CreatedAt, S.UpdatedAt);
}
