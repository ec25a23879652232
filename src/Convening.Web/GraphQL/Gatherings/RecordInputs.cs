using Convening.Contracts.Gatherings;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class AddAgendaItemInputType : InputObjectGraphType<GatheringInput>
{
    public AddAgendaItemInputType()
    {
        Name = "AddAgendaItemInput";
        Description = "An item for the end of the agenda; members and convenors.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.Text, nullable: false).Description("What is to be discussed.");
        Field(x => x.Minutes, nullable: true).Description("Minutes to set aside; leave out if untimed.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class GatheringItemInputType : InputObjectGraphType<GatheringInput>
{
    public GatheringItemInputType()
    {
        Name = "GatheringItemInput";
        Description = "One agenda item or decision of a gathering, by its id.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.ItemId, nullable: false).Description("The item's id.");
    }
}

public sealed class GatheringTextInputType : InputObjectGraphType<GatheringInput>
{
    public GatheringTextInputType()
    {
        Name = "GatheringTextInput";
        Description = "A piece of text for a gathering: a check-in prompt or answer, or a decision.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.Text, nullable: false).Description("The text.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateGatheringNotesInputType : InputObjectGraphType<GatheringInput>
{
    public UpdateGatheringNotesInputType()
    {
        Name = "UpdateGatheringNotesInput";
        Description = "New shared notes. If someone saved since baseVersion, the save is refused (notes.changed-elsewhere) so their work is not lost.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.Text, nullable: false).Description("The whole notes, in Markdown.");
        Field<NonNullGraphType<IntGraphType>>("baseVersion").Description("The notes' version you started editing from.");
    }
}

public sealed class AddActionInputType : InputObjectGraphType<GatheringInput>
{
    public AddActionInputType()
    {
        Name = "AddActionInput";
        Description = "An action for a member of the group, due on a date.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.Text, nullable: false).Description("What is to be done.");
        Field(x => x.OwnerId, nullable: false).Description("Who will do it: a member of the group.");
        Field<NonNullGraphType<DateOnlyGraphType>>("due").Description("When it is due.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateActionInputType : InputObjectGraphType<GatheringInput>
{
    public UpdateActionInputType()
    {
        Name = "UpdateActionInput";
        Description = "Changes an action: its words, owner or due date.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.ItemId, nullable: false).Description("The action's id.");
        Field(x => x.Text, nullable: false).Description("What is to be done.");
        Field(x => x.OwnerId, nullable: false).Description("Who will do it: a member of the group.");
        Field<NonNullGraphType<DateOnlyGraphType>>("due").Description("When it is due.");
    }
}

public sealed class SetActionDoneInputType : InputObjectGraphType<GatheringInput>
{
    public SetActionDoneInputType()
    {
        Name = "SetActionDoneInput";
        Description = "Ticks an action off, or reopens it.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.ItemId, nullable: false).Description("The action's id.");
        Field<NonNullGraphType<BooleanGraphType>>("done").Description("True when done.");
    }
}

public sealed class ReflectOnGatheringInputType : InputObjectGraphType<GatheringInput>
{
    public ReflectOnGatheringInputType()
    {
        Name = "ReflectOnGatheringInput";
        Description = "How you felt the conversation went, once the gathering has started. The group sees the counts; your note is yours.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field<NonNullGraphType<ConversationLevelType>>("level").Description("Transactional, positional or transformational.");
        Field(x => x.Note, nullable: true).Description("What you noticed.");
    }
}

public sealed class GatheringRefInputType : InputObjectGraphType<GatheringInput>
{
    public GatheringRefInputType()
    {
        Name = "GatheringRefInput";
        Description = "A gathering, by its id.";
        Field(x => x.GatheringId).Description("The gathering.");
    }
}
