using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

/// <summary>A mutation payload holding one object, e.g. PlacePayload { place }.</summary>
public sealed class PayloadType<TGraph, TValue> : ObjectGraphType<TValue>
    where TGraph : IGraphType
{
    public PayloadType()
    {
        var name = typeof(TGraph).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = name + "Payload";
        Description = $"The result of a mutation that returns a {name}.";
        Field<NonNullGraphType<TGraph>>(char.ToLowerInvariant(name[0]) + name[1..])
            .Description($"The {name} after the change.")
            .Resolve(ctx => ctx.Source);
    }
}
