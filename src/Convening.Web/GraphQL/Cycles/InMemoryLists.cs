using GraphQL;
using GraphQL.Builders;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>
/// A cycle arrives from one grain call; its stages, experiments, measures, points and chart are
/// read from that answer without further calls. Such list fields count once towards a query's
/// complexity instead of multiplying their children by the default guess of five rows, so a client
/// can ask for a cycle's charts in one query. Lists that call grains per item (links) keep the default.
/// </summary>
public static class InMemoryLists
{
    public static FieldBuilder<TSource, TReturn> InMemory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithComplexityImpact(1, 1);
}
