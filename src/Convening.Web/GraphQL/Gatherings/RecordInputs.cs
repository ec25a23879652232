using Convening.Contracts.Gatherings;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>An agenda item: what, how long (0 for untimed) and the optional request id.</summary>
public sealed record AddAgendaItemInput(string Text, int Minutes, string? RequestId);

public sealed class AddAgendaItemInputType : CommandInputType<AddAgendaItemInput>
{
    public AddAgendaItemInputType() : base("AddAgendaItemInput", "An item for the end of the agenda; members and convenors.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.Text).Description("What is to be discussed.");
        Field(x => x.Minutes, nullable: true).Description("Minutes to set aside; leave out if untimed.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>One agenda item or decision, by its id.</summary>
public sealed record GatheringItemInput(string ItemId);

public sealed class GatheringItemInputType : CommandInputType<GatheringItemInput>
{
    public GatheringItemInputType() : base("GatheringItemInput", "One agenda item or decision of a gathering, by its id.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.ItemId).Description("The item's id.");
    }
}

/// <summary>A piece of text and the optional request id.</summary>
public sealed record GatheringTextInput(string Text, string? RequestId);

public sealed class GatheringTextInputType : CommandInputType<GatheringTextInput>
{
    public GatheringTextInputType() : base("GatheringTextInput", "A piece of text for a gathering: a check-in prompt or answer, or a decision.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.Text).Description("The text.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>The whole notes and the version they were edited from.</summary>
public sealed record UpdateGatheringNotesInput(string Text, int BaseVersion);

public sealed class UpdateGatheringNotesInputType : CommandInputType<UpdateGatheringNotesInput>
{
    public UpdateGatheringNotesInputType() : base("UpdateGatheringNotesInput", "New shared notes. If someone saved since baseVersion, the save is refused (notes.changed-elsewhere) so their work is not lost.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.Text).Description("The whole notes, in Markdown.");
        Field(x => x.BaseVersion).Description("The notes' version you started editing from.");
    }
}

public sealed class AddActionInputType : CommandInputType<ActionInput>
{
    public AddActionInputType() : base("AddActionInput", "An action for a member of the group, due on a date.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        ActionText.Fields(this);
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateActionInputType : CommandInputType<ActionInput>
{
    public UpdateActionInputType() : base("UpdateActionInput", "Changes an action: its words, owner or due date.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Key<StringGraphType>("itemId", "The action's id.");
        ActionText.Fields(this);
    }
}

/// <summary>An action, ticked off or reopened.</summary>
public sealed record SetActionDoneInput(string ItemId, bool Done);

public sealed class SetActionDoneInputType : CommandInputType<SetActionDoneInput>
{
    public SetActionDoneInputType() : base("SetActionDoneInput", "Ticks an action off, or reopens it.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.ItemId).Description("The action's id.");
        Field(x => x.Done).Description("True when done.");
    }
}

internal static class ActionText
{
    /// <summary>What an action says, the same when it is added and changed.</summary>
    public static void Fields(ComplexGraphType<ActionInput> type)
    {
        type.Field(x => x.Text).Description("What is to be done.");
        type.Field(x => x.OwnerId).Description("Who will do it: a member of the group.");
        type.Field(x => x.Due).Description("When it is due.");
    }
}
