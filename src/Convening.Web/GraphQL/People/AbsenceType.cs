using Convening.Contracts.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class AbsenceType : ObjectGraphType<Absence>
{
    public AbsenceType()
    {
        Name = "Absence";
        Description = "Days someone is known to be away, in their own time zone; gatherings are not suggested on them.";
        Field(x => x.Id).Description("The absence's id, to remove it.");
        Field<NonNullGraphType<DateOnlyGraphType>, DateOnly>("from").Description("The first day away.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>, DateOnly>("to").Description("The last day away (included).").Resolve(ctx => ctx.Source.To);
    }
}

public sealed class DeputyType : ObjectGraphType<Deputy>
{
    public DeputyType()
    {
        Name = "Deputy";
        Description = "Who to contact while someone is away.";
        Field(x => x.Name).Description("Their name.");
        Field(x => x.Contact).Description("How to reach them: an email address or phone number.");
    }
}
