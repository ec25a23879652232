using Convening.Contracts.Gatherings;
using Convening.Grains.Tests.Support;
using static Convening.Grains.Tests.Gatherings.GivenGathering;

namespace Convening.Grains.Tests.Gatherings;

[Collection(ClusterCollection.Name)]
public sealed class MeetingTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Respond_IsTalliedForTheGroup_AndAnsweringAgainReplacesIt()
    {
        var world = await _grains.World();

        await world.Gathering.Respond(ResponseAnswer.Yes, "", world.Member.Id);
        await world.Gathering.Respond(ResponseAnswer.Maybe, "Depends on cover", world.Observer.Id);
        var view = await world.Gathering.Respond(ResponseAnswer.No, "Clinic overran", world.Member.Id);

        Assert.Equal(new ResponseTally(0, 1, 1), view.Summary.Responses);
        Assert.Equal((ResponseAnswer.No, "Clinic overran"), (view.ResponseOf(world.Member.Id)!.Answer, view.ResponseOf(world.Member.Id)!.Note));
        var listed = Assert.Single((await _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId).List(false, 10, null, world.Member.Id)).Items);
        Assert.Equal(new ResponseTally(0, 1, 1), listed.Responses);
    }

    [Fact]
    public async Task Respond_BeforeATimeIsSet_IsRejected()
    {
        var world = await _grains.World(schedule: false);

        await Refused.With("gathering.not-scheduled", () => world.Gathering.Respond(ResponseAnswer.Yes, "", world.Member.Id));
    }

    [Fact]
    public async Task CheckIn_EveryoneAnswersThePrompt_InTheOrderTheyAnswered()
    {
        var world = await _grains.World();

        await Refused.With("group.not-a-convenor", () => world.Gathering.SetCheckInPrompt("What are you proud of?", world.Member.Id));
        await world.Gathering.SetCheckInPrompt("What's been the highlight of your week?", world.Convenor.Id);
        await world.Gathering.AnswerCheckIn("A tenant got their adaptations", world.Observer.Id);
        var view = await world.Gathering.AnswerCheckIn("Finally met the housing team", world.Member.Id);

        Assert.Equal("What's been the highlight of your week?", view.CheckInPrompt);
        Assert.Equal([("Olu", "A tenant got their adaptations"), ("Ben", "Finally met the housing team")], view.CheckIns.Select(c => (c.Person.Name, c.Answer)));
    }

    [Fact]
    public async Task Notes_SavedFromAnOldVersion_AreRefused_SoNobodysWorkIsLost()
    {
        var world = await _grains.World();
        var saved = await world.Gathering.UpdateNotes("## What we heard\n- Three assessments per person", 0, world.Member.Id);

        var clash = await Refused.With("notes.changed-elsewhere", () => world.Gathering.UpdateNotes("My version", 0, world.Convenor.Id));

        Assert.Contains("Ben", clash.Message);
        var notes = (await world.Gathering.Get(world.Convenor.Id)).Notes;
        Assert.Equal(("## What we heard\n- Three assessments per person", 1, "Ben"), (notes.Markdown, notes.Version, notes.UpdatedBy));
        Assert.Equal(2, (await world.Gathering.UpdateNotes("Merged", saved.Notes.Version, world.Convenor.Id)).Notes.Version);
    }

    [Fact]
    public async Task Observer_CanReplyAndCheckIn_ButNotChangeTheRecord()
    {
        var world = await _grains.World();

        await world.Gathering.Respond(ResponseAnswer.Yes, "", world.Observer.Id);
        await Refused.With("group.observer-read-only", () => world.Gathering.UpdateNotes("x", 0, world.Observer.Id));
        await Refused.With("group.observer-read-only", () => world.Gathering.RecordDecision("x", world.Observer.Id));
        await Refused.With("group.observer-read-only", () => world.Gathering.AddAgendaItem("x", 10, world.Observer.Id));

        var view = await world.Gathering.Get(world.Observer.Id);
        Assert.Equal((0, 0, 0), (view.Notes.Version, view.Decisions.Count, view.Agenda.Count));
    }

    [Fact]
    public async Task Decisions_AreRemovedOnlyByWhoeverRecordedThemOrAConvenor()
    {
        var world = await _grains.World();
        var third = await _grains.Person("Cal");
        await world.Group.Join(world.Convenor, third, Contracts.Groups.GroupRole.Member);
        var decision = (await world.Gathering.RecordDecision("Use 'person' in every agency's letters", world.Member.Id)).Decisions[0];

        await Refused.With("decision.not-yours", () => world.Gathering.RemoveDecision(decision.Id, third.Id));
        var view = await world.Gathering.RemoveDecision(decision.Id, world.Convenor.Id);

        Assert.Empty(view.Decisions);
    }

    [Fact]
    public async Task Agenda_KeepsItemsInOrder_AndRemovesThem()
    {
        var world = await _grains.World();

        await world.Gathering.AddAgendaItem("Check-in round", 10, world.Member.Id);
        await world.Gathering.AddAgendaItem("Who gets the savings?", 45, world.Convenor.Id);
        var view = await world.Gathering.AddAgendaItem("Actions", 5, world.Member.Id);
        view = await world.Gathering.RemoveAgendaItem(view.Agenda[1].Id, world.Member.Id);

        Assert.Equal([("Check-in round", 10), ("Actions", 5)], view.Agenda.Select(a => (a.Title, a.Minutes)));
        await Refused.With("agenda-title.empty", () => world.Gathering.AddAgendaItem(" ", 5, world.Member.Id));
    }

    [Fact]
    public async Task Reflect_OnlyOnceTheGatheringHasStarted_AndTheGroupSeesThePattern()
    {
        var world = await _grains.World();
        await Refused.With("gathering.not-yet-happened", () => world.Gathering.Reflect(ConversationLevel.Positional, "", world.Member.Id));

        using (TestClock.Instance.Advance(TimeSpan.FromDays(8)))
        {
            await world.Gathering.Reflect(ConversationLevel.Positional, "Everyone defended their budget", world.Member.Id);
            await world.Gathering.Reflect(ConversationLevel.Transformational, "", world.Convenor.Id);
            var mine = await world.Gathering.Reflect(ConversationLevel.Transformational, "We found common ground", world.Observer.Id);

            Assert.Equal((ConversationLevel.Transformational, "We found common ground"), (mine.MyReflection!.Level, mine.MyReflection.Note));
            var past = await _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId).List(true, 10, null, world.Member.Id);
            Assert.Equal(new ReflectionTally(0, 1, 2), Assert.Single(past.Items).Reflections);
            Assert.Empty((await _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId).List(false, 10, null, world.Member.Id)).Items);
            await Refused.With("gathering.already-happened", () => world.Gathering.Respond(ResponseAnswer.Yes, "", world.Member.Id));
        }
    }

    [Fact]
    public async Task OpenBoard_OpensOneLiveBoardForTheGroup_AndOpeningAgainReturnsIt()
    {
        var world = await _grains.World();

        await Refused.With("group.observer-read-only", () => world.Gathering.OpenBoard(world.Observer.Id));
        var first = await world.Gathering.OpenBoard(world.Member.Id);
        var again = await world.Gathering.OpenBoard(world.Convenor.Id);

        Assert.NotNull(first.BoardId);
        Assert.Equal(first.BoardId, again.BoardId);
        var board = await _grains.GetGrain<Contracts.Boards.IBoardGrain>(first.BoardId).Get(world.Observer.Id);
        Assert.Equal((world.GroupId, "Right to Control check-in"), (board.GroupId, board.Title));
    }
}
