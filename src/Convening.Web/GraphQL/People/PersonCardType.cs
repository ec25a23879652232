using Convening.Contracts.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class PersonCardType : ObjectGraphType<PersonCard>
{
    public PersonCardType()
    {
        Name = "PersonCard";
        Description = "What the members of a person's groups see of them.";
        Field(x => x.Id).Description("The person's id.");
        Field(x => x.DisplayName).Description("Their name as they want it shown.");
        Field(x => x.Email).Description("Their email address, for contacting them.");
        Field<NonNullGraphType<SectorType>, Sector>("sector").Description("The sector they work in.").Resolve(ctx => ctx.Source.Sector);
        Field(x => x.Organisation).Description("Their organisation.");
        Field<NonNullGraphType<AvailabilityType>, Availability>("availability").Description("When they can usually meet.").Resolve(ctx => ctx.Source.Availability);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceType>>>, IReadOnlyList<Absence>>("absences")
            .Description("Days they are known to be away, soonest first.")
            .Resolve(ctx => ctx.Source.Absences);
        Field<DeputyType, Deputy>("deputy").Description("Who to contact while they are away, if they have named someone.").Resolve(ctx => ctx.Source.Deputy);
    }
}
