using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceStewardType : ObjectGraphType<PlaceSteward>
{
    public PlaceStewardType()
    {
        Name = "PlaceSteward";
        Description = "A person with a role in a place: a steward (approves the groups convened in it, curates its principles) or a commissioner (sees only its suppressed totals).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The steward's person id.");
        Field(x => x.DisplayName).Description("Their name.");
        Field(x => x.Organisation).Description("Their organisation, if they gave one.");
    }
}

public sealed class GroupStandingType() : DescribedEnumType<GroupStanding>(
    "Where a group stands with its place: REQUESTED until a steward decides; only APPROVED groups give their members standing in the place.");

public sealed class GroupRequestType : ObjectGraphType<GroupRequest>
{
    public GroupRequestType()
    {
        Name = "GroupRequest";
        Description = "A group asking to be convened in a place, waiting for a steward to approve or decline it.";
        Field<NonNullGraphType<GroupType>, GroupSummary>("group").Description("The group asking.").Resolve(ctx => ctx.Source.Group);
        Field(x => x.RequestedById, type: typeof(NonNullGraphType<IdGraphType>)).Description("Who convened it.");
        Field(x => x.RequestedByName).Description("Their name.");
        Field(x => x.RequestedAt).Description("When they asked.");
    }
}

/// <summary>A place and the person to appoint or remove.</summary>
public sealed record StewardInput(string PlaceSlug, string PersonId);

public sealed class StewardInputType : CommandInputType<StewardInput>
{
    public StewardInputType() : base("StewardInput", "A person to appoint as, or remove from being, one of a place's stewards; stewards only.")
    {
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The person.");
    }
}

/// <summary>A place and the group waiting for its stewards' decision.</summary>
public sealed record GroupDecisionInput(string PlaceSlug, string GroupId);

public sealed class GroupDecisionInputType : CommandInputType<GroupDecisionInput>
{
    public GroupDecisionInputType() : base("GroupDecisionInput", "A group waiting for approval in a place; stewards only.")
    {
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.GroupId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The group.");
    }
}
