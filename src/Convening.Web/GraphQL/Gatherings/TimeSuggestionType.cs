using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class TimeSuggestionType : ObjectGraphType<TimeSuggestion>
{
    public TimeSuggestionType()
    {
        Name = "TimeSuggestion";
        Description = "A suggested time, with who can come, which sectors that brings and which it leaves out.";
        Field(x => x.Start).Description("When it would start (UTC).");
        Field(x => x.End).Description("When it would end (UTC).");
        Field(x => x.CanComeCount).Description("How many members can come.");
        Field(x => x.MemberCount).Description("How many members the group has.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorCountType>>>, IReadOnlyList<SectorCount>>("sectors")
            .Description("The sectors that can come, with how many from each.").Resolve(ctx => ctx.Source.Sectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>, IReadOnlyList<Sector>>("missingSectors")
            .Description("Sectors in the group that nobody from can come.").Resolve(ctx => ctx.Source.MissingSectors);
        Field(x => x.LeavesOutLivedExperience).Description("True when nobody with lived experience can come: think twice.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRefType>>>, IReadOnlyList<PersonRef>>("canCome")
            .Description($"Some of those who can come (at most {GatheringLimits.PeopleNamedPerSuggestion}), lived experience first.").Resolve(ctx => ctx.Source.CanCome);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CannotComeType>>>, IReadOnlyList<CannotCome>>("cannotCome")
            .Description($"Some of those who cannot (at most {GatheringLimits.PeopleNamedPerSuggestion}), with why and their deputy.").Resolve(ctx => ctx.Source.CannotCome);
        Field(x => x.CannotComeCount).Description("How many cannot come in all.");
    }
}

public sealed class SectorCountType : ObjectGraphType<SectorCount>
{
    public SectorCountType()
    {
        Name = "SectorCount";
        Description = "How many from one sector can come.";
        Field<NonNullGraphType<SectorType>, Sector>("sector").Description("The sector.").Resolve(ctx => ctx.Source.Sector);
        Field(x => x.Count).Description("How many.");
    }
}

public sealed class CannotComeType : ObjectGraphType<CannotCome>
{
    public CannotComeType()
    {
        Name = "CannotCome";
        Description = "Someone who cannot make a suggested time.";
        Field<NonNullGraphType<PersonRefType>, PersonRef>("person").Description("Who.").Resolve(ctx => ctx.Source.Person);
        Field(x => x.Organisation).Description("Their organisation.");
        Field<NonNullGraphType<CannotComeReasonType>, CannotComeReason>("reason").Description("Why not.").Resolve(ctx => ctx.Source.Reason);
        Field<DeputyType, Deputy>("deputy").Description("Who to contact instead, if they named someone.").Resolve(ctx => ctx.Source.Deputy);
    }
}

public sealed class AgencyHoursType : ObjectGraphType<AgencyHours>
{
    public AgencyHoursType()
    {
        Name = "AgencyHours";
        Description = "When an agency works; its members are only suggested times inside these hours.";
        Field(x => x.Organisation).Description("The agency, matched to members' organisation ignoring case.");
        Field<NonNullGraphType<AvailabilityType>, Availability>("hours").Description("Its weekly hours, in its time zone.").Resolve(ctx => ctx.Source.Hours);
    }
}
