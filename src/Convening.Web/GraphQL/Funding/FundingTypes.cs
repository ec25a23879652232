using Convening.Contracts;
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

public sealed class FundingInput
{
    public string PlaceSlug { get; set; } = "";
    public string? StreamId { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public string? Service { get; set; }
    public string? Unit { get; set; }
    public long Pence { get; set; }
}

public sealed class SaveFundingStreamInputType : InputObjectGraphType<FundingInput>
{
    public SaveFundingStreamInputType()
    {
        Name = "SaveFundingStreamInput";
        Description = "A new funding stream for a place, or a new name for one; stewards only.";
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The stream to rename; leave out to add one.");
        Field(x => x.Name, type: typeof(NonNullGraphType<StringGraphType>)).Description($"Its name, at most {Limits.NameLength} characters.");
        Field(x => x.Sector, nullable: true).Description("The sector it belongs to.");
    }
}

public sealed class SetUnitCostInputType : InputObjectGraphType<FundingInput>
{
    public SetUnitCostInputType()
    {
        Name = "SetUnitCostInput";
        Description = "A service priced per unit in one of a place's streams; a new price makes a new version; stewards only.";
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The funding stream.");
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The priced service to change; leave out to add one.");
        Field(x => x.Service, type: typeof(NonNullGraphType<StringGraphType>)).Description("What is provided.");
        Field(x => x.Unit, type: typeof(NonNullGraphType<StringGraphType>)).Description("What one unit is, such as 'journey'.");
        Field(x => x.Pence).Description($"The price of one unit in pence: more than 0 and at most {Limits.MaxUnitCostPence:N0} (funding.amount-out-of-range).");
    }
}

public sealed class FundingDefaultsInputType : InputObjectGraphType<FundingInput>
{
    public FundingDefaultsInputType()
    {
        Name = "FundingDefaultsInput";
        Description = "A place with no funding streams yet, to give the six Right to Control streams; stewards only.";
        Field(x => x.PlaceSlug).Description("The place's short name.");
    }
}
