using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class MemberType : ObjectGraphType<Member>
{
    public MemberType()
    {
        Name = "Member";
        Description = "A person's membership of a group.";
        Field<NonNullGraphType<PersonCardType>, PersonCard>("person").Description("Who they are.").Resolve(ctx => ctx.Source.Person);
        Field<NonNullGraphType<GroupRoleType>, GroupRole>("role").Description("Their role in the group.").Resolve(ctx => ctx.Source.Role);
        Field(x => x.JoinedAt).Description("When they joined.");
    }
}
