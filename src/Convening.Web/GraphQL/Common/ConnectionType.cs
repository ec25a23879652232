using Convening.Contracts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

/// <summary>One page of a list (nodes, endCursor, hasNextPage, totalCount); subclasses name it.</summary>
public abstract class ConnectionType<TGraph, TNode> : ObjectGraphType<Page<TNode>>
    where TGraph : IGraphType
{
    protected ConnectionType(string name, string description, string nodes)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraph>>>, IReadOnlyList<TNode>>("nodes")
            .Description($"The {nodes} on this page.")
            .Resolve(ctx => ctx.Source.Items);
        Field(x => x.EndCursor, nullable: true).Description("Pass as 'after' to get the next page.");
        Field(x => x.HasNextPage).Description($"Whether there are more {nodes} after this page.");
        Field(x => x.TotalCount).Description($"How many {nodes} there are in all.");
    }
}
