using Convening.Contracts.Groups;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Groups;

public sealed class GroupRoleType() : DescribedEnumType<GroupRole>(
    "A member's role: convenors run the group, members take part, observers watch.");
