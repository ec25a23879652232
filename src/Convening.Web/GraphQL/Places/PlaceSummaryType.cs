using Convening.Contracts.Places;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceSummaryType : ObjectGraphType<PlaceSummary>
{
    public PlaceSummaryType()
    {
        Name = "PlaceSummary";
        Description = "A place as it appears in the list of places.";
        Field(x => x.Slug).Description("The short name used in addresses.");
        Field(x => x.Name).Description("The place's name.");
        Field(x => x.Purpose).Description("What convening in this place is for.");
        Field(x => x.GroupCount).Description("How many groups are convened there.");
    }
}
