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

        Change<PlanGatheringInputType>(mutation, "planGathering", "Plans a gathering of a group as a draft; convenors only. Then ask for suggestedTimes and schedule it.",
            (g, i, me) => g.Plan(i.GroupId ?? "", i.Details(), me), newId: true);
        Change<UpdateGatheringInputType>(mutation, "updateGathering", "Changes a gathering's details; convenors only.", (g, i, me) => g.UpdateDetails(i.Details(), me));
        Change<ScheduleGatheringInputType>(mutation, "scheduleGathering", "Sets or moves a gathering's time; convenors only.",
            (g, i, me) => g.Schedule(i.StartsAt ?? default, me));
        Change<CancelGatheringInputType>(mutation, "cancelGathering", "Cancels a gathering; convenors only.", (g, i, me) => g.Cancel(i.Reason ?? "", me));
        Change<RespondToGatheringInputType>(mutation, "respondToGathering", "Says whether you are coming.",
            (g, i, me) => g.Respond(i.Answer ?? ResponseAnswer.Yes, i.Note ?? "", me));
        Change<AddAgendaItemInputType>(mutation, "addAgendaItem", "Adds an item to the end of the agenda.", (g, i, me) => g.AddAgendaItem(i.Text ?? "", i.Minutes ?? 0, me, i.RequestId));
        Change<GatheringItemInputType>(mutation, "removeAgendaItem", "Removes an agenda item.", (g, i, me) => g.RemoveAgendaItem(i.ItemId ?? "", me));
        Change<GatheringTextInputType>(mutation, "setCheckInPrompt", "Sets the check-in round's question; convenors only.", (g, i, me) => g.SetCheckInPrompt(i.Text ?? "", me));
        Change<GatheringTextInputType>(mutation, "answerCheckIn", "Gives your answer in the check-in round.", (g, i, me) => g.AnswerCheckIn(i.Text ?? "", me));
        Change<UpdateGatheringNotesInputType>(mutation, "updateGatheringNotes", "Saves the shared notes, unless someone else saved first.",
            (g, i, me) => g.UpdateNotes(i.Text ?? "", i.BaseVersion ?? -1, me));
        Change<GatheringTextInputType>(mutation, "recordDecision", "Records a decision.", (g, i, me) => g.RecordDecision(i.Text ?? "", me, i.RequestId));
        Change<GatheringItemInputType>(mutation, "removeDecision", "Removes a decision; whoever recorded it, or a convenor.", (g, i, me) => g.RemoveDecision(i.ItemId ?? "", me));
        Change<AddActionInputType>(mutation, "addAction", "Agrees an action with an owner and a due date.", async (g, i, me) => (await g.AddAction(i.Action(), me)).Gathering);
        Change<UpdateActionInputType>(mutation, "updateAction", "Changes an action's words, owner or due date.", (g, i, me) => g.UpdateAction(i.ItemId ?? "", i.Action(), me));
        Change<SetActionDoneInputType>(mutation, "setActionDone", "Ticks an action off, or reopens it.", (g, i, me) => g.SetActionDone(i.ItemId ?? "", i.Done ?? true, me));
        Change<ReflectOnGatheringInputType>(mutation, "reflectOnGathering", "Says how the conversation went.",
            (g, i, me) => g.Reflect(i.Level ?? ConversationLevel.Transactional, i.Note ?? "", me));
        Change<GatheringRefInputType>(mutation, "openGatheringBoard", "Opens the gathering's live board (or returns the one already open); members, not observers.",
            (g, _, me) => g.OpenBoard(me));
        AwayFields.Add(mutation);
    }

    /// <summary>A gathering mutation: one input, the gathering grain does it, the payload is the gathering as the caller now sees it.</summary>
    private static void Change<TInput>(ObjectGraphType mutation, string name, string description,
        Func<IGatheringGrain, GatheringInput, string?, Task<GatheringView>> change, bool newId = false)
        where TInput : IGraphType =>
        mutation.AddMutation<GatheringType, GatheringView, TInput>(name, description, ctx =>
        {
            var input = ctx.Input<GatheringInput>();
            return change(Gathering(ctx, newId ? RequestIds.NewId(ctx.CallerId(), input.RequestId) : input.GatheringId), input, ctx.CallerId());
        });

    private static IGatheringGrain Gathering(IResolveFieldContext ctx, string id) =>
        ctx.Grains().GetGrain<IGatheringGrain>(string.IsNullOrWhiteSpace(id) ? "-" : id);
}
