using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public static class GatheringFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<GatheringType, GatheringView>("gathering")
            .Description("A gathering by id, for members of its group; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The gathering's id.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Gathering(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId())));

        mutation.AddMutation<GatheringType, GatheringView, PlanGatheringInputType>("planGathering",
            "Plans a gathering of a group as a draft; convenors only. Then ask for suggestedTimes and schedule it.",
            ctx =>
            {
                var input = ctx.Input<PlanGatheringInput>();
                return Gathering(ctx, RequestIds.NewId(ctx.CallerId(), input.RequestId)).Plan(input.GroupId, input.Details(), ctx.CallerId());
            });
        Change<UpdateGatheringInputType, GatheringDetails>(mutation, "updateGathering", "Changes a gathering's details; convenors only.", (g, details, me) => g.UpdateDetails(details, me));
        Change<ScheduleGatheringInputType, ScheduleGatheringInput>(mutation, "scheduleGathering", "Sets or moves a gathering's time; convenors only.",
            (g, i, me) => g.Schedule(i.StartsAt, me));
        Change<CancelGatheringInputType, CancelGatheringInput>(mutation, "cancelGathering", "Cancels a gathering; convenors only.", (g, i, me) => g.Cancel(i.Reason, me));
        Change<RespondToGatheringInputType, RespondToGatheringInput>(mutation, "respondToGathering", "Says whether you are coming.",
            (g, i, me) => g.Respond(i.Answer, i.Note, me));
        Change<AddAgendaItemInputType, AddAgendaItemInput>(mutation, "addAgendaItem", "Adds an item to the end of the agenda.", (g, i, me) => g.AddAgendaItem(i.Text, i.Minutes, me, i.RequestId));
        Change<GatheringItemInputType, GatheringItemInput>(mutation, "removeAgendaItem", "Removes an agenda item.", (g, i, me) => g.RemoveAgendaItem(i.ItemId, me));
        Change<GatheringTextInputType, GatheringTextInput>(mutation, "setCheckInPrompt", "Sets the check-in round's question; convenors only.", (g, i, me) => g.SetCheckInPrompt(i.Text, me));
        Change<GatheringTextInputType, GatheringTextInput>(mutation, "answerCheckIn", "Gives your answer in the check-in round.", (g, i, me) => g.AnswerCheckIn(i.Text, me));
        Change<UpdateGatheringNotesInputType, UpdateGatheringNotesInput>(mutation, "updateGatheringNotes", "Saves the shared notes, unless someone else saved first.",
            (g, i, me) => g.UpdateNotes(i.Text, i.BaseVersion, me));
        Change<GatheringTextInputType, GatheringTextInput>(mutation, "recordDecision", "Records a decision.", (g, i, me) => g.RecordDecision(i.Text, me, i.RequestId));
        Change<GatheringItemInputType, GatheringItemInput>(mutation, "removeDecision", "Removes a decision; whoever recorded it, or a convenor.", (g, i, me) => g.RemoveDecision(i.ItemId, me));
        Change<AddActionInputType, ActionInput>(mutation, "addAction", "Agrees an action with an owner and a due date.", async (g, action, me) => (await g.AddAction(action, me)).Gathering);
        mutation.AddMutation<GatheringType, GatheringView, UpdateActionInputType>("updateAction", "Changes an action's words, owner or due date.",
            ctx =>
            {
                var (gatheringId, actionId, action) = ctx.Keyed<ActionInput>();
                return Gathering(ctx, gatheringId).UpdateAction(actionId, action, ctx.CallerId());
            });
        Change<SetActionDoneInputType, SetActionDoneInput>(mutation, "setActionDone", "Ticks an action off, or reopens it.", (g, i, me) => g.SetActionDone(i.ItemId, i.Done, me));
        Change<ReflectOnGatheringInputType, ReflectOnGatheringInput>(mutation, "reflectOnGathering", "Says how the conversation went.",
            (g, i, me) => g.Reflect(i.Level, i.Note, me));
        mutation.AddMutation<GatheringType, GatheringView, GatheringRefInputType>("openGatheringBoard",
            "Opens the gathering's live board (or returns the one already open); members, not observers.",
            ctx => Gathering(ctx, ctx.Input<GatheringRefInput>().GatheringId).OpenBoard(ctx.CallerId()));
        AwayFields.Add(mutation);
    }

    /// <summary>A gathering mutation: the input's key names the gathering, its grain does the change with the record, the payload is the gathering as the caller now sees it.</summary>
    private static void Change<TInput, T>(ObjectGraphType mutation, string name, string description,
        Func<IGatheringGrain, T, string?, Task<GatheringView>> change)
        where TInput : IGraphType =>
        mutation.AddMutation<GatheringType, GatheringView, TInput>(name, description, ctx =>
        {
            var (gatheringId, input) = ctx.Keyed<T>();
            return change(Gathering(ctx, gatheringId), input, ctx.CallerId());
        });

    private static IGatheringGrain Gathering(IResolveFieldContext ctx, string id) =>
        ctx.Grains().GetGrain<IGatheringGrain>(string.IsNullOrWhiteSpace(id) ? "-" : id);
}
