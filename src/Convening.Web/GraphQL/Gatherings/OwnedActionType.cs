using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class OwnedActionType : ObjectGraphType<OwnedAction>
{
    public OwnedActionType()
    {
        Name = "OwnedAction";
        Description = "An action you own, from one of your groups' gatherings.";
        Field(x => x.ActionId).Description("The action's id within its gathering.");
        Field(x => x.Text).Description("What is to be done.");
        Field<NonNullGraphType<DateOnlyGraphType>, DateOnly>("due").Description("When it is due.").Resolve(ctx => ctx.Source.Due);
        Field(x => x.GatheringId).Description("The gathering it was agreed at.");
        Field(x => x.GatheringTitle).Description("That gathering's title.");
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.GroupName).Description("The group's name.");
    }
}

public static class OwnedActions
{
    /// <summary>
    /// Someone who has left a group can no longer open its gatherings, so its actions drop off
    /// their list; the gathering shows the action as needing a new owner instead.
    /// </summary>
    public static IReadOnlyList<OwnedAction> InCurrentGroups(PersonView person, IReadOnlyList<OwnedAction> actions) =>
        [.. actions.Where(a => person.Memberships.Any(m => m.GroupId == a.GroupId))];
}
