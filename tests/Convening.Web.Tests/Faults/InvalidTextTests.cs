using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Faults;

/// <summary>Text that cannot be stored honestly (broken UTF-16, control characters, direction overrides) is refused with one code everywhere.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class InvalidTextTests(WebAppFixture app)
{
    private const string CreatePlace = "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }";

    [Fact]
    public async Task LoneSurrogate_InAGraphQLBody_IsRefusedAsInvalidText_NotA500()
    {
        var person = await new Scenario(app).Register("Sender");
        var variables = """{"i": {"name": "Northfield \ud800", "purpose": "x"}}""";
        var reply = await person.Api.Send($$"""{"query": "{{CreatePlace}}", "variables": {{variables}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal("input.invalid-text", reply.ErrorCode);

        var inQuery = await person.Api.Send("""{"query": "{ place(slug: \"a\ud800\") { name } }"}""");
        Assert.Equal("input.invalid-text", inQuery.ErrorCode);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("Femi Bello (\u202Erotaredom)")]
    [InlineData("Northfield\u0007")]
    [InlineData("North\nfield")]
    public async Task NamesWithControlCharactersOrDirectionOverrides_AreRefused(string name)
    {
        var person = await new Scenario(app).Register("Checker");
        var place = await person.Api.Post(CreatePlace, new { i = new { name, purpose = "Working together" } });
        Assert.Equal("input.invalid-text", place.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, place.Status);

        var profile = await person.Api.Post("mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }",
            new { i = new { displayName = name, sector = "HEALTH" } });
        Assert.Equal("input.invalid-text", profile.ErrorCode);
    }

    [Fact]
    public async Task NewlinesInMarkdown_AreKept()
    {
        var person = await new Scenario(app).Register("Writer");
        var place = await person.Api.Post(CreatePlace, new { i = new { name = "Place " + Guid.NewGuid().ToString("N")[..8], purpose = "# Why\n\n- together\n- \tsoon" } });
        place.ShouldSucceed();
    }

    [Fact]
    public async Task LoneSurrogateNulOrOverride_OverTheHub_IsRefusedWithItsCode()
    {
        var s = await BoardScenario.Create(app);
        await using var watcher = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await watcher.Join(s.BoardId);
        await using var raw = await RawClient(s.Member.Token);

        // A browser's JSON.stringify sends a lone surrogate as "\ud800"; this client does the same.
        var surrogate = await Assert.ThrowsAsync<HubException>(() => raw.InvokeAsync<long>("Do", s.BoardId, (BoardCommand)new AddCard(s.FirstLaneId, "Broken \ud800 card")));
        Assert.Contains("input.invalid-text:", surrogate.Message);
        var overridden = await Assert.ThrowsAsync<HubException>(() => watcher.Do(s.BoardId, new AddCard(s.FirstLaneId, "Femi Bello (\u202Erotaredom)")));
        Assert.Contains("input.invalid-text:", overridden.Message);
        var nul = await Assert.ThrowsAsync<HubException>(() => watcher.Do(s.BoardId, new AddCard(s.FirstLaneId, "\u0000")));
        Assert.Contains("input.invalid-text:", nul.Message);

        var joined = await watcher.Join(s.BoardId);
        Assert.Empty(joined.Board!.Lanes.SelectMany(l => l.Cards));
    }

    private async Task<HubConnection> RawClient(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Url, "/hubs/boards"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new EscapingStringWriter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Writes strings as JavaScript's JSON.stringify does, lone surrogates as \uXXXX escapes (.NET's writer refuses them).</summary>
    private sealed class EscapingStringWriter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            var json = new StringBuilder("\"");
            foreach (var c in value)
                json.Append(c is '"' or '\\' || c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
            writer.WriteRawValue(json.Append('"').ToString(), skipInputValidation: true);
        }
    }
}
