using System.Net;
using System.Text;
using Convening.Web.GraphQL;
using Convening.Web.Tests.Boards;

namespace Convening.Web.Tests;

/// <summary>
/// Abuse limits at the GraphQL edge: documents that crashed the process or took seconds of CPU
/// are refused with a stable code before validation, the server keeps answering, and the
/// ordinary big reads (a whole board, the standard introspection query) still work.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GraphQLLimitsTests(WebAppFixture app)
{
    /// <summary>graphql 16.15.0's getIntrospectionQuery() as GraphiQL sends it by default.</summary>
    private const string Introspection = "query IntrospectionQuery { __schema { queryType { name kind } mutationType { name kind } subscriptionType { name kind } types { ...FullType } directives { name description locations args { ...InputValue } } } } fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } } }";

    /// <summary>Just under the 1 MB a request may be, leaving room for the JSON around the query.</summary>
    private const int OneMegabyte = 1024 * 1024 - 100;

    private async Task Refused(string query, string code)
    {
        var reply = await app.GraphQL().Post(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Null(reply.Data);
        Assert.Equal(code, reply.ErrorCode);
        (await app.GraphQL().Post("{ __typename }")).ShouldSucceed();
    }

    private static string FragmentChain(int links)
    {
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < links; i++)
            query.Append(" fragment F").Append(i).Append(" on Query { __typename ...F").Append(i + 1).Append(" }");
        return query.Append(" fragment F").Append(links).Append(" on Query { __typename }").ToString();
    }

    private static string Fill(string start, string repeated, string end, int length)
    {
        var query = new StringBuilder(start);
        while (query.Length + repeated.Length + end.Length < length)
            query.Append(repeated);
        return query.Append(end).ToString();
    }

    [Fact]
    public async Task FragmentChainOf1500Links_IsRefused_AndTheServerLives() =>
        await Refused(FragmentChain(1_500), "graphql.too-many-fragments");

    [Fact]
    public async Task OneMegabyteOfNestedFragments_IsRefused() =>
        await Refused(FragmentChain(OneMegabyte / 45)[..OneMegabyte], "graphql.document-too-large");

    [Fact]
    public async Task OneMegabyteOfAliases_IsRefused() =>
        await Refused(Fill("{ ", "a: __typename ", "}", OneMegabyte), "graphql.document-too-large");

    [Fact]
    public async Task OneMegabyteOfDirectives_IsRefused() =>
        await Refused(Fill("{ __typename ", "@include(if: true) ", "}", OneMegabyte), "graphql.too-many-directives");

    [Fact]
    public async Task SixteenThousandRepeatsOfOneAlias_AreRefused() =>
        await Refused("{ " + string.Concat(Enumerable.Repeat("a: __typename ", 16_000)) + "}", "graphql.document-too-large");

    [Fact]
    public async Task ThousandAliasedLookupsOfRandomIds_AreRefused() =>
        await Refused("{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"p{i}: place(slug: \"{Guid.NewGuid():N}\") {{ name }} ")) + "}",
            "graphql.too-many-aliases");

    [Fact]
    public async Task FieldsBeyondTheLimit_AreRefused() =>
        await Refused("{ " + string.Concat(Enumerable.Repeat("__typename ", DocumentLimits.MaxFields + 1)) + "}", "graphql.too-many-fields");

    [Fact]
    public async Task FragmentsThatDoubleAtEachStep_AreRefused()
    {
        // 40 fragments, each spreading the next twice: 2^40 fields once expanded, in 1 KB.
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < 40; i++)
            query.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        await Refused(query.Append(" fragment F40 on Query { __typename }").ToString(), "graphql.too-many-fields");
    }

    [Fact]
    public async Task ListsNestedInAnArgument_AreRefused() =>
        await Refused("{ places(first: " + new string('[', 5_000) + "1" + new string(']', 5_000) + ") { totalCount } }", "graphql.too-deep");

    [Fact]
    public async Task FragmentCycle_IsRefused_NotACrash() =>
        await Refused("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }", "graphql.fragment-cycle");

    [Fact]
    public async Task OneListFieldRepeated250Times_IsRefused() =>
        // Within the field, alias and depth limits, this cost about 224 ms of CPU in field merging.
        await Refused("{ " + string.Concat(Enumerable.Repeat("places(first: 1) { nodes { slug } } ", 250)) + "}", "graphql.too-many-repeats");

    [Fact]
    public async Task RepeatsMergedUnderOneName_AreCountedTogether()
    {
        // Five of each at every level, but merged under 'places' the set holds 25 'nodes'.
        var nodes = string.Concat(Enumerable.Repeat("nodes { slug } ", 5));
        await Refused("{ " + string.Concat(Enumerable.Repeat("places(first: 1) { " + nodes + "} ", 5)) + "}", "graphql.too-many-repeats");
    }

    [Fact]
    public async Task RepeatsSpreadFromFragments_AreCountedWhereTheyAreSpread()
    {
        var count = DocumentLimits.MaxRepeats + 1;
        var query = new StringBuilder("{ ");
        for (var i = 0; i < count; i++)
            query.Append("...F").Append(i).Append(' ');
        query.Append('}');
        for (var i = 0; i < count; i++)
            query.Append(" fragment F").Append(i).Append(" on Query { __typename }");
        await Refused(query.ToString(), "graphql.too-many-repeats");
    }

    [Fact]
    public async Task AFewRepeatsOfOneName_AreAnswered()
    {
        var reply = (await app.GraphQL().Post("{ ...A ...B __typename } fragment A on Query { __typename } fragment B on Query { __typename }")).ShouldSucceed();
        Assert.Equal("Query", reply.Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task FragmentsThatDoubleDownToAMissingFragment_AreRefused()
    {
        // No field at all once expanded, but 2^41 spreads for anything that expands them.
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < 40; i++)
            query.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        await Refused(query.Append(" fragment F40 on Query { ...Missing }").ToString(), "graphql.too-many-spreads");
    }

    [Fact]
    public async Task IntrospectionOfTheFieldsOfFieldsTypes_IsRefused() =>
        // Each step multiplies by the fields of every type found; introspection has no complexity cost.
        await Refused("{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }", "graphql.introspection-too-deep");

    [Fact]
    public async Task AliasedIntrospection_IsRefused() =>
        await Refused("{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}", "graphql.introspection-alias");

    [Fact]
    public async Task StandardIntrospectionQuery_Works()
    {
        var reply = (await app.GraphQL().Post(Introspection)).ShouldSucceed();
        Assert.Contains(reply.Data!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Board");
    }

    [Fact]
    public async Task WholeBoardWithCardsAndComments_ReadsInOneQuery()
    {
        var s = await BoardScenario.Create(app);
        const string change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { lanes { cards { id } } } } }";
        var board = (await s.Member.Api.Post(change, new { i = new { boardId = s.BoardId, action = "ADD_CARD", laneId = s.FirstLaneId, text = "Ask young people first" } }))
            .ShouldSucceed().Data!["changeBoard"]!["board"]!;
        var card = board["lanes"]![0]!["cards"]![0]!["id"]!.GetValue<string>();
        (await s.Convenor.Api.Post(change, new { i = new { boardId = s.BoardId, action = "ADD_COMMENT", cardId = card, text = "Yes" } })).ShouldSucceed();

        var reply = (await s.Member.Api.Post("""
            query($id: ID!) { board(id: $id) {
              id groupId title version locked timerEndsAt focusLaneId canEdit canFacilitate
              present { id name }
              vote { open votesPerPerson closesAt myVotesUsed }
              lanes { id title cards { id text html colour createdAt votes author { id name } comments { id text authorName at } } }
            } }
            """, new { id = s.BoardId })).ShouldSucceed();
        var read = reply.Data!["board"]!["lanes"]![0]!["cards"]![0]!;
        Assert.Equal("Yes", read["comments"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(s.Member.Name, read["author"]!["name"]!.GetValue<string>());
    }
}
