using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Groups;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class GatheringType : ObjectGraphType<GatheringView>
{
    public GatheringType()
    {
        Name = "Gathering";
        Description = "A meeting of a group: when and where, who is coming, and its agenda, check-in round, notes, decisions, actions and reflections. Members of the group only.";
        GatheringSummaryFields.Add(this, v => v.Summary);
        Field<NonNullGraphType<GroupType>, GroupSummary>("group")
            .Description("The group it is a gathering of.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IGroupGrain>(ctx.Source.Summary.GroupId).GetSummary());
        Field<NonNullGraphType<GroupRoleType>, GroupRole>("myRole").Description("Your role in the group.").Resolve(ctx => ctx.Source.MyRole);
        Field(x => x.CancelReason).Description("Why it was cancelled, if it was.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GatheringResponseType>>>, IReadOnlyList<GatheringResponse>>("responses")
            .Description("Replies so far: yes, then no, then maybe.").Resolve(ctx => ctx.Source.Responses);
        Field<GatheringResponseType, GatheringResponse?>("myResponse").Description("Your reply, if you have given one.")
            .Resolve(ctx => ctx.CallerId() is { } me ? ctx.Source.ResponseOf(me) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemType>>>, IReadOnlyList<AgendaItem>>("agenda")
            .Description("The agenda, in order.").Resolve(ctx => ctx.Source.Agenda);
        Field(x => x.CheckInPrompt).Description("The check-in round's question, e.g. \"What's been the highlight of your day?\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInAnswerType>>>, IReadOnlyList<CheckInAnswer>>("checkIns")
            .Description("Answers to the check-in prompt, in the order given.").Resolve(ctx => ctx.Source.CheckIns);
        Field<NonNullGraphType<SharedNotesType>, SharedNotes>("notes").Description("The shared notes.").Resolve(ctx => ctx.Source.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>, IReadOnlyList<Decision>>("decisions")
            .Description("Decisions made, in order.").Resolve(ctx => ctx.Source.Decisions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionType>>>, IReadOnlyList<ActionItem>>("actions")
            .Description("Actions agreed, each with an owner and a due date.").Resolve(ctx => ctx.Source.Actions);
        Field(x => x.BoardId, nullable: true).Description("The gathering's live board (see board(id)), once someone has opened it.");
        Field<ConversationReflectionType, Reflection?>("myReflection").Description("How you said the conversation went.").Resolve(ctx => ctx.Source.MyReflection);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeSuggestionType>>>, IReadOnlyList<TimeSuggestion>>("suggestedTimes")
            .Description("Times when the most, and the most varied, members can come, best first; from members' weekly hours, absences and their agencies' hours. Convenors only.")
            .Argument<IntGraphType>("weeks", $"How many weeks ahead to look (1 to {GatheringLimits.MaxWeeksToSearch}, default {GatheringLimits.DefaultWeeksToSearch}).")
            .Argument<IntGraphType>("count", $"How many times to suggest (1 to {GatheringLimits.MaxSuggestions}, default {GatheringLimits.DefaultSuggestions}).")
            // The search itself is the cost, and the list is as long as asked for, not the default guess.
            .WithComplexityImpact(ctx => new FieldComplexityResult(20, ctx.GetArgument("count", GatheringLimits.DefaultSuggestions)))
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IGatheringGrain>(ctx.Source.Id)
                .SuggestTimes(ctx.GetArgument("weeks", GatheringLimits.DefaultWeeksToSearch), ctx.GetArgument("count", GatheringLimits.DefaultSuggestions), ctx.CallerId()));
    }
}

public sealed class GatheringConnectionType() : ConnectionType<GatheringSummaryType, GatheringSummary>("GatheringConnection", "One page of a group's gatherings.", "gatherings");
