using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Funding;

public sealed class SaveFundingStreamInputType : CommandInputType<SaveFundingStream>
{
    public SaveFundingStreamInputType() : base("SaveFundingStreamInput", "A new funding stream for a place, or a new name for one; stewards only.")
    {
        Key<StringGraphType>("placeSlug", "The place's short name.");
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The stream to rename; leave out to add one.");
        Field(x => x.Name, type: typeof(NonNullGraphType<StringGraphType>)).Description($"Its name, at most {Limits.NameLength} characters.");
        Field(x => x.Sector, nullable: true).Description("The sector it belongs to.");
    }
}

public sealed class SetUnitCostInputType : CommandInputType<SetUnitCost>
{
    public SetUnitCostInputType() : base("SetUnitCostInput", "A service priced per unit in one of a place's streams; a new price makes a new version; stewards only.")
    {
        Key<StringGraphType>("placeSlug", "The place's short name.");
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The funding stream.");
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The priced service to change; leave out to add one.");
        Field(x => x.Service, type: typeof(NonNullGraphType<StringGraphType>)).Description("What is provided.");
        Field(x => x.Unit, type: typeof(NonNullGraphType<StringGraphType>)).Description("What one unit is, such as 'journey'.");
        Field(x => x.Pence).Description($"The price of one unit in pence: more than 0 and at most {Limits.MaxUnitCostPence:N0} (funding.amount-out-of-range).");
    }
}

/// <summary>A place to give the Right to Control streams.</summary>
public sealed record FundingDefaultsInput(string PlaceSlug);

public sealed class FundingDefaultsInputType : CommandInputType<FundingDefaultsInput>
{
    public FundingDefaultsInputType() : base("FundingDefaultsInput", "A place with no funding streams yet, to give the six Right to Control streams; stewards only.")
    {
        Field(x => x.PlaceSlug).Description("The place's short name.");
    }
}
