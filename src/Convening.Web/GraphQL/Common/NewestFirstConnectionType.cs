using Convening.Contracts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

/// <summary>A page of a newest-first list, e.g. ReflectionConnection { nodes endCursor hasNextPage totalCount }.</summary>
public sealed class NewestFirstConnectionType<TGraph, TItem> : ObjectGraphType<Page<TItem>>
    where TGraph : IGraphType
{
    public NewestFirstConnectionType()
    {
        var noun = typeof(TGraph).Name.Replace("SummaryType", "", StringComparison.Ordinal).Replace("Type", "", StringComparison.Ordinal);
        var plural = noun.ToLowerInvariant() + "s";
        Name = noun + "Connection";
        Description = $"One page of {plural}, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraph>>>, IReadOnlyList<TItem>>("nodes")
            .Description($"The {plural} on this page.")
            .Resolve(ctx => ctx.Source.Items);
        Field(x => x.EndCursor, nullable: true).Description("Pass as 'after' to get the next page.");
        Field(x => x.HasNextPage).Description($"Whether there are more {plural} after this page.");
        Field(x => x.TotalCount).Description($"How many {plural} match in all.");
    }
}
