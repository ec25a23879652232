using Convening.Contracts.Gatherings;
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
