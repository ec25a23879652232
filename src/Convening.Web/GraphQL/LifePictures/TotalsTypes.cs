using Convening.Contracts.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class PlaceTotalsType : ObjectGraphType<PlaceTotals>
{
    public PlaceTotalsType()
    {
        Name = "PlaceTotals";
        Description = "A place's life pictures added up, for its commissioners: every null figure is suppressed (fewer than 5 people, or it would give away one that is).";
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.People).Description("How many people's pictures count (at least 5).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifeAreaTotalsType>>>, IReadOnlyList<AreaTotals>>("areas")
            .Description("By life area: what people want and how often support matches.").Resolve(ctx => ctx.Source.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifeAreaGapType>>>, IReadOnlyList<GapTotal>>("gaps")
            .Description("Life areas where support matches least, commonest first (suppressed ones last).").Resolve(ctx => ctx.Source.Gaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingCombinationType>>>, IReadOnlyList<CombinationTotal>>("combinations")
            .Description("Combinations of funding streams people draw on, with counts; those too small to show are in otherCombinations.").Resolve(ctx => ctx.Source.Combinations);
        Field(x => x.OtherCombinations, nullable: true).Description("People in combinations too small to show one by one, together (at least 5, or 0).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingStreamTotalType>>>, IReadOnlyList<StreamTotal>>("streams")
            .Description("People drawing on each funding stream.").Resolve(ctx => ctx.Source.Streams);
        Field(x => x.SuppressedFigures).Description("How many figures are suppressed.");
    }
}

public sealed class LifeAreaTotalsType : ObjectGraphType<AreaTotals>
{
    public LifeAreaTotalsType()
    {
        Name = "LifeAreaTotals";
        Description = "One life area across a place; null figures are suppressed.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area.").Resolve(ctx => ctx.Source.Area);
        Field(x => x.Recorded, nullable: true).Description("People with this area in their picture.");
        Field(x => x.NotRecorded, nullable: true).Description("People without it.");
        Field(x => x.Wanting, nullable: true).Description("People with a goal here.");
        Field(x => x.NoGoal, nullable: true).Description("People with the area recorded but no goal.");
        Field(x => x.Matches, nullable: true).Description("People whose support here matches what they want.");
        Field(x => x.PartlyMatches, nullable: true).Description("People whose support matches partly.");
        Field(x => x.DoesNotMatch, nullable: true).Description("People whose support does not match.");
    }
}

public sealed class LifeAreaGapType : ObjectGraphType<GapTotal>
{
    public LifeAreaGapType()
    {
        Name = "LifeAreaGap";
        Description = "How many people's support in a life area matches only partly or not at all; null when suppressed.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area.").Resolve(ctx => ctx.Source.Area);
        Field(x => x.NotMatched, nullable: true).Description("People whose support matches partly or not at all.");
    }
}

public sealed class FundingCombinationType : ObjectGraphType<CombinationTotal>
{
    public FundingCombinationType()
    {
        Name = "FundingCombination";
        Description = "People who draw on exactly this set of funding streams (empty: none of them).";
        Field(x => x.StreamIds).Description("The funding stream ids.");
        Field(x => x.People).Description("How many people (at least 5, or 0).");
    }
}

public sealed class FundingStreamTotalType : ObjectGraphType<StreamTotal>
{
    public FundingStreamTotalType()
    {
        Name = "FundingStreamTotal";
        Description = "People drawing on one funding stream; null when suppressed.";
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The funding stream id.");
        Field(x => x.People, nullable: true).Description("How many people.");
    }
}

public sealed class FundingVennType : ObjectGraphType<VennTotals>
{
    public FundingVennType()
    {
        Name = "FundingVenn";
        Description = "A Venn of up to three funding streams, every region summed from the same suppressed table as the place's totals.";
        Field(x => x.StreamIds).Description("The streams asked about.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingVennRegionType>>>, IReadOnlyList<VennRegion>>("regions")
            .Description("Every region: one for each combination of the streams asked about.").Resolve(ctx => ctx.Source.Regions);
    }
}

public sealed class FundingVennRegionType : ObjectGraphType<VennRegion>
{
    public FundingVennRegionType()
    {
        Name = "FundingVennRegion";
        Description = "People drawing on exactly these of the streams asked about (others regardless); null when suppressed.";
        Field(x => x.In).Description("The streams of those asked about that these people draw on.");
        Field(x => x.People, nullable: true).Description("How many people.");
    }
}
