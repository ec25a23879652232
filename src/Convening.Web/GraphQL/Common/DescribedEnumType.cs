using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

/// <summary>
/// The one way to expose a C# enum: named as the enum (unless the schema needs another name), with a
/// description; values are the enum's members in CONSTANT_CASE, as graphql-dotnet names them.
/// </summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumType(string description, string? name = null)
    {
        Name = name ?? typeof(TEnum).Name;
        Description = description;
    }
}
