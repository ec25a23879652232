using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class PersonRefType : ObjectGraphType<PersonRef>
{
    public PersonRefType()
    {
        Name = "PersonRef";
        Description = "Someone as a gathering records them.";
        Field(x => x.Id).Description("Their person id.");
        Field(x => x.Name).Description("Their name when they acted.");
        Field<NonNullGraphType<SectorType>, Sector>("sector").Description("Their sector.").Resolve(ctx => ctx.Source.Sector);
    }
}

public sealed class GatheringResponseType : ObjectGraphType<GatheringResponse>
{
    public GatheringResponseType()
    {
        Name = "GatheringResponse";
        Description = "One member's reply.";
        Field<NonNullGraphType<PersonRefType>, PersonRef>("person").Description("Who replied.").Resolve(ctx => ctx.Source.Person);
        Field<NonNullGraphType<ResponseAnswerType>, ResponseAnswer>("answer").Description("Yes, no or maybe.").Resolve(ctx => ctx.Source.Answer);
        Field(x => x.Note).Description("What they added, e.g. who will come instead.");
        Field(x => x.At).Description("When they replied.");
    }
}

public sealed class AgendaItemType : ObjectGraphType<AgendaItem>
{
    public AgendaItemType()
    {
        Name = "AgendaItem";
        Description = "One item on the agenda.";
        Field(x => x.Id).Description("The item's id.");
        Field(x => x.Title).Description("What is to be discussed.");
        Field(x => x.Minutes).Description("Minutes set aside; 0 if untimed.");
    }
}

public sealed class CheckInAnswerType : ObjectGraphType<CheckInAnswer>
{
    public CheckInAnswerType()
    {
        Name = "CheckInAnswer";
        Description = "One person's answer in the check-in round.";
        Field<NonNullGraphType<PersonRefType>, PersonRef>("person").Description("Who answered.").Resolve(ctx => ctx.Source.Person);
        Field(x => x.Answer).Description("Their answer.");
        Field(x => x.At).Description("When.");
    }
}

public sealed class SharedNotesType : ObjectGraphType<SharedNotes>
{
    public SharedNotesType()
    {
        Name = "SharedNotes";
        Description = "The gathering's shared notes, in Markdown.";
        Field(x => x.Markdown).Description("The notes as written (Markdown).");
        Field(x => x.Version).Description("Pass this as baseVersion when saving, so a save never overwrites someone else's.");
        Field(x => x.UpdatedBy, nullable: true).Description("Who saved them last.");
        Field(x => x.UpdatedAt, nullable: true).Description("When they were saved last.");
    }
}

public sealed class DecisionType : ObjectGraphType<Decision>
{
    public DecisionType()
    {
        Name = "Decision";
        Description = "A decision the gathering made.";
        Field(x => x.Id).Description("The decision's id.");
        Field(x => x.Text).Description("What was decided.");
        Field<NonNullGraphType<PersonRefType>, PersonRef>("recordedBy").Description("Who recorded it.").Resolve(ctx => ctx.Source.RecordedBy);
        Field(x => x.At).Description("When.");
    }
}

public sealed class ActionType : ObjectGraphType<ActionItem>
{
    public ActionType()
    {
        Name = "Action";
        Description = "Something someone will do, by a date. Open actions show on their owner's own page.";
        Field(x => x.Id).Description("The action's id.");
        Field(x => x.Text).Description("What is to be done.");
        Field<NonNullGraphType<PersonRefType>, PersonRef>("owner").Description("Who will do it.").Resolve(ctx => ctx.Source.Owner);
        Field<NonNullGraphType<DateOnlyGraphType>, DateOnly>("due").Description("When it is due.").Resolve(ctx => ctx.Source.Due);
        Field(x => x.Done).Description("Whether it is done.");
        Field(x => x.DoneAt, nullable: true).Description("When it was done.");
        Field(x => x.OwnerHasLeft).Description("Its owner has left the group: give it to someone else.");
    }
}

public sealed class ConversationReflectionType : ObjectGraphType<Reflection>
{
    public ConversationReflectionType()
    {
        Name = "ConversationReflection";
        Description = "How one participant felt the conversation went.";
        Field<NonNullGraphType<ConversationLevelType>, ConversationLevel>("level").Description("Transactional, positional or transformational.").Resolve(ctx => ctx.Source.Level);
        Field(x => x.Note).Description("What they noticed; private to them.");
        Field(x => x.At).Description("When.");
    }
}
