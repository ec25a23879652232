using Convening.Contracts.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class SectorType : EnumerationGraphType<Sector>
{
    public SectorType()
    {
        Name = "Sector";
        Description = "The sector someone works in, or LIVED_EXPERIENCE for people who bring their own experience of services.";
    }
}
