using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>
/// What each event does to the stored board: the projection the grain runs after it appends an event,
/// and again when it replays the log after a snapshot, so both always build the same board. It decides
/// nothing (the event was decided and checked before it was written); it only applies.
/// </summary>
internal static class BoardProjection
{
    public static void Apply(BoardState s, BoardChange change)
    {
        switch (change.Event)
        {
            case BoardOpened e:
                (s.GroupId, s.Title, s.Context) = (e.GroupId, e.Title, e.Context);
                s.Lanes = [.. e.Lanes.Select(l => new LaneState { Id = l.LaneId, Title = l.Title })];
                s.FacilitatorIds = [change.Actor.Id];
                break;
            case CardAdded e:
                s.Cards[e.CardId] = new CardState { Id = e.CardId, LaneId = e.LaneId, Text = e.Text, Colour = e.Colour, Author = change.Actor, CreatedAt = change.At, PrivateFrom = e.Private ? change.Version : 0, ChangedAt = change.Version };
                if (!e.Private)
                    s.Lane(e.LaneId)!.CardIds.Add(e.CardId);
                break;
            case CardEdited e:
                (s.Cards[e.CardId].Text, s.Cards[e.CardId].Colour, s.Cards[e.CardId].ChangedAt) = (e.Text, e.Colour, change.Version);
                break;
            case CardMoved e:
                var moved = s.Cards[e.CardId];
                s.LaneOf(moved).CardIds.Remove(e.CardId);
                var target = s.Lane(e.LaneId)!;
                if (!moved.Private)
                    target.CardIds.Insert(Math.Clamp(e.Position, 0, target.CardIds.Count), e.CardId);
                (moved.LaneId, moved.ChangedAt) = (e.LaneId, change.Version);
                break;
            case CardDeleted e:
                var deleted = s.Cards[e.CardId];
                deleted.ChangedAt = change.Version;
                s.LaneOf(deleted).CardIds.Remove(e.CardId);
                s.Cards.Remove(e.CardId);
                if (s.FocusCardId == e.CardId)
                    s.FocusCardId = null;
                s.Vote?.Refund(e.CardId);
                s.DeletedCards.Add(deleted);
                if (s.DeletedCards.Count > BoardLimits.UndoableDeletions)
                    s.DeletedCards.RemoveAt(0);
                break;
            case CardRestored e:
                var was = s.DeletedCards.FindLast(c => c.Id == e.CardId);
                s.DeletedCards.RemoveAll(c => c.Id == e.CardId);
                var restored = s.Cards[e.CardId] = new CardState
                {
                    Id = e.CardId, LaneId = e.LaneId, Text = e.Text, Colour = e.Colour, Author = e.Author, CreatedAt = e.CreatedAt, Comments = [.. e.Comments],
                    PrivateFrom = was?.PrivateFrom ?? 0, RevealedAt = was?.RevealedAt, Anonymous = was?.Anonymous ?? false,
                    ClusterId = e.ClusterId, ChangedAt = change.Version, Outcomes = was?.Outcomes ?? [],
                };
                // Deleted while private and brought back after the reveal: it is shown from now on.
                if (restored.Private && !e.Private)
                    restored.RevealedAt = change.Version;
                if (!restored.Private)
                    s.Lane(e.LaneId)!.CardIds.Add(e.CardId);
                break;
            case PrivateWritingStarted:
                s.PrivateWriting = true;
                break;
            case CardsRevealed e:
                s.PrivateWriting = false;
                foreach (var shown in e.Cards)
                {
                    var card = s.Cards[shown.Card.Id];
                    (card.RevealedAt, card.Anonymous) = (change.Version, e.Anonymous);
                    s.Lane(card.LaneId)!.CardIds.Add(card.Id);
                }
                break;
            case CommentAdded e:
                s.Cards[e.CardId].Comments.Add(new Comment(e.CommentId, change.Actor, e.Text, change.At));
                break;
            case VoteCast e:
                s.Vote!.Ballots.TryAdd(change.Actor.Id, []);
                s.Vote.Ballots[change.Actor.Id].Add(e.CardId!);
                break;
            case VoteRetracted e:
                s.Vote!.Ballots[change.Actor.Id].Remove(e.CardId!);
                break;
            case LaneAdded e:
                s.Lanes.Add(new LaneState { Id = e.LaneId, Title = e.Title });
                break;
            case TemplateApplied e:
                s.Lanes.AddRange(e.Lanes.Select(l => new LaneState { Id = l.LaneId, Title = l.Title }));
                break;
            case LaneRenamed e:
                s.Lane(e.LaneId)!.Title = e.Title;
                break;
            case LaneRemoved e:
                s.Lanes.RemoveAll(l => l.Id == e.LaneId);
                if (s.FocusLaneId == e.LaneId)
                    (s.FocusLaneId, s.FocusCardId) = (null, null);
                break;
            case VoteOpened e:
                s.Vote = new VoteState { VotesPerPerson = e.VotesPerPerson, ClosesAt = e.ClosesAt };
                s.LastResults = null;
                break;
            case VoteClosed e:
                (s.Vote, s.LastResults) = (null, new Dictionary<string, int>(e.Results));
                break;
            case TimerStarted e:
                s.TimerEndsAt = e.EndsAt;
                break;
            case TimerStopped:
                s.TimerEndsAt = null;
                break;
            case LockChanged e:
                s.Locked = e.Locked;
                break;
            case LaneFocused e:
                (s.FocusLaneId, s.FocusCardId) = (e.LaneId, e.CardId);
                break;
            case ClusterAdded e:
                s.Clusters.Add(new Cluster(e.ClusterId, e.Title));
                break;
            case ClusterRenamed e:
                s.Clusters[s.Clusters.FindIndex(k => k.Id == e.ClusterId)] = new Cluster(e.ClusterId, e.Title);
                break;
            case ClusterRemoved e:
                s.Clusters.RemoveAll(k => k.Id == e.ClusterId);
                foreach (var card in s.Cards.Values.Where(c => c.ClusterId == e.ClusterId))
                    (card.ClusterId, card.ChangedAt) = (null, change.Version);
                break;
            case CardClustered e:
                (s.Cards[e.CardId].ClusterId, s.Cards[e.CardId].ChangedAt) = (e.ClusterId, change.Version);
                break;
            case CardPromoted e:
                s.Cards[e.CardId].Outcomes.Add(e.Outcome);
                break;
            default:
                throw new InvalidOperationException($"No projection for {change.Event.GetType().Name}.");
        }
    }
}
