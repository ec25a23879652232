using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.People;

public sealed class SectorType() : DescribedEnumType<Sector>(
    "The sector someone works in, or LIVED_EXPERIENCE for people who bring their own experience of services.");
