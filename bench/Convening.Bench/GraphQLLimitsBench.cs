using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Convening.Web.GraphQL;

namespace Convening.Bench;

/// <summary>
/// The most expensive GraphQL documents that fit within the abuse limits (DocumentLimits), and
/// the cost of refusing the ones that do not, each as a ratio to a simple query in the same run.
/// CPU is the whole process's (client and server share it), per request, requests one at a time.
/// </summary>
public static class GraphQLLimitsBench
{
    public static async Task Run(int iterations)
    {
        await using var host = new BenchHost();
        using var http = new HttpClient { BaseAddress = host.Url };
        // Aliases are capped, so the repeats are spent under as many aliases as fit.
        var aliasesRepeated = DocumentLimits.MaxAliases / DocumentLimits.MaxRepeats;
        var repeatedLists = Aliased(aliasesRepeated, i => Repeat($"a{i}: places(first: 1) {{ nodes {{ slug name purpose }} totalCount }} ", DocumentLimits.MaxRepeats));
        var cases = new (string Name, string Query)[]
        {
            ("simple: `{ places(first: 5) { nodes { slug } } }`", "{ places(first: 5) { nodes { slug } } }"),
            ("standard introspection query (what GraphiQL sends)", Introspection),
            ($"{aliasesRepeated} aliases × {DocumentLimits.MaxRepeats} repeats of a list with a sub-selection (merging within the repeat cap)", repeatedLists),
            ($"{DocumentLimits.MaxAliases} aliased lookups of a list with 3 fields each", Aliased(DocumentLimits.MaxAliases, i => $"a{i}: places(first: 1) {{ nodes {{ slug name purpose }} }} ")),
            ($"{DocumentLimits.MaxRepeats} × one field name spread from {DocumentLimits.MaxRepeats} fragments, {DocumentLimits.MaxAliases} aliases beside", SpreadRepeats()),
            ("refused: 1,000 × one field name (`graphql.too-many-repeats`)", "{ " + Repeat("__typename ", DocumentLimits.MaxFields) + "}"),
            ("refused: 250 × one list with a sub-selection (`graphql.too-many-repeats`)", "{ " + Repeat("places(first: 1) { nodes { slug } } ", 250) + "}"),
            ("refused: introspection of fields' types' fields (`graphql.introspection-too-deep`)", "{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }"),
            ("refused: 20 aliased `__schema` (`graphql.introspection-alias`)", Aliased(20, i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")),
            ("refused: 1 MB of aliases (`graphql.document-too-large`)", Fill("{ ", "a: __typename ", "}")),
            ("refused: 1,500-link fragment chain (`graphql.too-many-fragments`)", Chain(1_500)),
            ("refused: 2^40 fields from doubling fragments (`graphql.too-many-fields`)", Doubling(40, "__typename")),
            ("refused: 2^41 spreads doubling down to a missing fragment (`graphql.too-many-spreads`)", Doubling(40, "...Missing")),
        };

        Console.WriteLine($"# GraphQL abuse limits ({Environment.ProcessorCount} cores, {iterations} requests each, one at a time)\n");
        Console.WriteLine("| document | size (KB) | status | p50 ms | p99 ms | CPU ms per request | CPU ratio to simple |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        double? baseline = null;
        foreach (var (name, query) in cases)
        {
            var status = 0;
            for (var i = 0; i < Math.Max(3, iterations / 10); i++)
                status = await Send(http, query);
            var times = new List<double>(iterations);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < iterations; i++)
            {
                var start = Stopwatch.GetTimestamp();
                status = await Send(http, query);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
            baseline ??= cpuPer;
            times.Sort();
            Console.WriteLine($"| {name} | {Encoding.UTF8.GetByteCount(query) / 1024.0:F1} | {status} | {times[iterations / 2]:F2} | {times[Math.Min(iterations - 1, (int)(iterations * 0.99))]:F2} | {cpuPer:F2} | {cpuPer / baseline.Value:F1} |");
        }
    }

    private static async Task<int> Send(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Fill(string start, string repeated, string end)
    {
        var query = new StringBuilder(start);
        while (query.Length + repeated.Length + end.Length < 1024 * 1024 - 100)
            query.Append(repeated);
        return query.Append(end).ToString();
    }

    private static string Aliased(int count, Func<int, string> each) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(each)) + "}";

    private static string SpreadRepeats()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < DocumentLimits.MaxRepeats; i++)
            query.Append("...F").Append(i).Append(' ');
        query.Append(string.Concat(Enumerable.Range(0, DocumentLimits.MaxAliases).Select(i => $"x{i}: __typename "))).Append('}');
        for (var i = 0; i < DocumentLimits.MaxRepeats; i++)
            query.Append(" fragment F").Append(i).Append(" on Query { __typename places(first: 1) { nodes { slug } } }");
        return query.ToString();
    }

    private static string Chain(int links)
    {
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < links; i++)
            query.Append($" fragment F{i} on Query {{ __typename ...F{i + 1} }}");
        return query.Append($" fragment F{links} on Query {{ __typename }}").ToString();
    }

    private static string Doubling(int steps, string bottom)
    {
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < steps; i++)
            query.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        return query.Append($" fragment F{steps} on Query {{ {bottom} }}").ToString();
    }

    private const string Introspection = "query IntrospectionQuery { __schema { queryType { name kind } mutationType { name kind } subscriptionType { name kind } types { ...FullType } directives { name description locations args { ...InputValue } } } } fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } } }";
}
