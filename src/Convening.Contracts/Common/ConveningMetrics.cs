using System.Diagnostics.Metrics;

namespace Convening.Contracts;

/// <summary>Our own meters, exported with ASP.NET Core's and Orleans' by OpenTelemetry.</summary>
public static class ConveningMetrics
{
    public const string MeterName = "Convening";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Board changes made durable and broadcast.</summary>
    public static readonly Counter<long> BoardChanges = Meter.CreateCounter<long>("convening.board.changes", description: "Board changes stored and broadcast");

    /// <summary>GraphQL requests by HTTP status, so refusals and failures can be watched.</summary>
    public static readonly Counter<long> GraphQLRequests = Meter.CreateCounter<long>("convening.graphql.requests", description: "GraphQL requests by status");
}
