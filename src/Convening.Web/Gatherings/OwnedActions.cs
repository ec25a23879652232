using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Web.Gatherings;

public static class OwnedActions
{
    /// <summary>
    /// Someone who has left a group can no longer open its gatherings, so its actions drop off
    /// their list; the gathering shows the action as needing a new owner instead.
    /// </summary>
    public static IReadOnlyList<OwnedAction> InCurrentGroups(PersonView person, IReadOnlyList<OwnedAction> actions) =>
        [.. actions.Where(a => person.Memberships.Any(m => m.GroupId == a.GroupId))];
}
