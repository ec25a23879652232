using Convening.Contracts.Funding;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Funding;

public sealed class FundingType : ObjectGraphType<FundingView>
{
    public FundingType()
    {
        Name = "Funding";
        Description = "A place's funding streams (Right to Control) and the unit costs that cash-quantify what each pays for.";
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingStreamType>>>, IReadOnlyList<FundingStreamView>>("streams")
            .Description("The streams, in the order the stewards added them.").Resolve(ctx => ctx.Source.Streams);
    }
}

public sealed class FundingStreamType : ObjectGraphType<FundingStreamView>
{
    public FundingStreamType()
    {
        Name = "FundingStream";
        Description = "A pot of money a place's agencies fund support from, such as Access to Work.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The stream's id within the place, such as 'access-to-work'.");
        Field(x => x.Name).Description("Its name.");
        Field(x => x.Sector).Description("The sector it belongs to, such as Housing.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCostType>>>, IReadOnlyList<UnitCostView>>("unitCosts")
            .Description("The services it pays for, each priced per unit.").Resolve(ctx => ctx.Source.UnitCosts);
    }
}

public sealed class UnitCostType : ObjectGraphType<UnitCostView>
{
    public UnitCostType()
    {
        Name = "UnitCost";
        Description = "A service priced per unit (a journey, an hour), so a person can be offered its cash equivalent.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The priced service's id.");
        Field(x => x.Service).Description("What is provided.");
        Field(x => x.Unit).Description("What one unit is, such as 'journey'.");
        Field(x => x.Pence).Description("The current price of one unit, in pence.");
        Field(x => x.Version).Description("Goes up by one with each change of price; a plan priced earlier keeps its version.");
        Field(x => x.Since).Description("When the current price took effect.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceVersionType>>>, IReadOnlyList<PriceVersion>>("earlier")
            .Description("Earlier prices, newest first.").Resolve(ctx => ctx.Source.Earlier);
    }
}

public sealed class PriceVersionType : ObjectGraphType<PriceVersion>
{
    public PriceVersionType()
    {
        Name = "PriceVersion";
        Description = "A price a service had, and from when until when.";
        Field(x => x.Version).Description("The price's version number.");
        Field(x => x.Pence).Description("The price of one unit, in pence.");
        Field(x => x.From).Description("When it took effect.");
        Field(x => x.Until).Description("When it was replaced.");
    }
}
