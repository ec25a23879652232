using Convening.Contracts.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class GroupRoleType : EnumerationGraphType<GroupRole>
{
    public GroupRoleType()
    {
        Name = "GroupRole";
        Description = "A member's role: convenors run the group, members take part, observers watch.";
    }
}
