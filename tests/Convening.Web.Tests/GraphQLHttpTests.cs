using System.Net;
using System.Text;

namespace Convening.Web.Tests;

/// <summary>The GraphQL-over-HTTP contract: media types, methods, and request errors as 4xx.</summary>
[Collection(WebCollection.Name)]
public sealed class GraphQLHttpTests(WebAppFixture app)
{
    private const string PlacesQuery = "{ places(first: 5) { totalCount nodes { slug } } }";

    [Fact]
    public async Task Post_Query_AnswersJson()
    {
        var reply = await app.GraphQL().Post(PlacesQuery);
        reply.ShouldSucceed();
        Assert.Equal("application/json", reply.ContentType);
        Assert.NotNull(reply.Data!["places"]!["totalCount"]);
    }

    [Fact]
    public async Task Post_AcceptingGraphQLResponse_AnswersThatMediaType()
    {
        var reply = await app.GraphQL().Post(PlacesQuery, accept: "application/graphql-response+json");
        reply.ShouldSucceed();
        Assert.Equal("application/graphql-response+json", reply.ContentType);
    }

    [Fact]
    public async Task Get_Query_Works()
    {
        var reply = await app.GraphQL().Get(PlacesQuery);
        reply.ShouldSucceed();
    }

    [Fact]
    public async Task Get_Mutation_IsRefusedWith405()
    {
        var reply = await app.GraphQL().Get("mutation { createPlace(input: { name: \"Essex\" }) { place { slug } } }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("request.mutation-over-get", reply.ErrorCode);
    }

    [Fact]
    public async Task MalformedJson_Is400()
    {
        var reply = await app.GraphQL().Send("{\"query\": ");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("request.malformed-json", reply.ErrorCode);
    }

    [Fact]
    public async Task SyntaxError_Is400WithoutData()
    {
        var reply = await app.GraphQL().Post("{ places(", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Null(reply.Json!["data"]);
        Assert.NotNull(reply.ErrorCode);
    }

    [Fact]
    public async Task UnknownField_Is400()
    {
        var reply = await app.GraphQL().Post("{ places { nodes { slug secretField } } }");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("secretField", reply.Json!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownInputField_Is400()
    {
        var reply = await app.GraphQL().Post("mutation { createPlace(input: { name: \"X\", admin: true }) { place { slug } } }");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task QueryNested50Deep_IsRefused()
    {
        var query = new StringBuilder("{ place(slug: \"essex\") { ");
        for (var i = 0; i < 25; i++)
            query.Append("groups { place { ");
        query.Append("slug");
        query.Append(new string('}', 52));
        var reply = await app.GraphQL().Post(query.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Null(reply.Data);
        Assert.Equal("graphql.too-deep", reply.ErrorCode);
    }

    [Fact]
    public async Task BatchOf100_IsRefused()
    {
        var one = "{\"query\":\"{ places { totalCount } }\"}";
        var reply = await app.GraphQL().Send("[" + string.Join(',', Enumerable.Repeat(one, 100)) + "]");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("request.batch-size", reply.ErrorCode);
    }

    [Fact]
    public async Task SmallBatch_AnswersEachOperation()
    {
        var one = "{\"query\":\"{ places { totalCount } }\"}";
        var reply = await app.GraphQL().Send($"[{one},{one}]");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.Json!.AsArray().Count);
    }

    [Fact]
    public async Task FiveMegabyteRequest_Is413()
    {
        var reply = await app.GraphQL().Send("{\"query\":\"" + new string('a', 5 * 1024 * 1024) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("request.too-large", reply.ErrorCode);
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var reply = await app.GraphQL().Send("query=%7Bplaces%7D", contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
    }

    [Fact]
    public async Task VariablesAsString_Is400()
    {
        var reply = await app.GraphQL().Send("{\"query\":\"{ places { totalCount } }\",\"variables\":\"{}\"}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("request.invalid-parameter", reply.ErrorCode);
    }

    [Fact]
    public async Task UnacceptableMediaType_Is406()
    {
        var reply = await app.GraphQL().Post(PlacesQuery, accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, reply.Status);
    }
}
