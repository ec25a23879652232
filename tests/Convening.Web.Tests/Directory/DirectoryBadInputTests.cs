using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>Bad entries are refused whole, with a stable code and the place in the entry it is about; nothing unsafe comes back.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryBadInputTests(WebAppFixture app)
{
    public static TheoryData<string, object, string, string> Cases() => new()
    {
        { "name", "  ", "name.empty", "name" },
        { "description", new string('x', 10_001), "description.too-long", "description" },
        { "website", "javascript:alert(1)", "website.invalid", "website" },
        { "email", "not an email", "email.invalid", "email" },
        { "places", Array.Empty<string>(), "places.empty", "places" },
        { "places", new[] { "no-such-place-anywhere" }, "place.not-found", "places" },
        { "peopleServed", new[] { "everyone", "everyone" }, "people-served.duplicate", "peopleServed" },
        { "approaches", new[] { new { approach = "astrology", practice = "Stars." } }, "approach.unknown", "approaches" },
        { "approaches", new[] { new { approach = "co-production", practice = "" } }, "practice.empty", "approaches[0].practice" },
        { "services", new[] { new { id = "not-a-uuid", name = "Drop-in" } }, "id.invalid", "services[0].id" },
        { "services", new[] { new { name = "Drop-in", locations = new[] { new { kind = "VIRTUAL", url = "ftp://files.example.org" } } } }, "location-url.invalid", "services[0].locations[0].url" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SubmitOrganisation_WithBadInput_IsRefusedWithAStableCode_AndNothingIsQueued(string field, object value, string code, string at)
    {
        var (submitter, moderator) = (await new Scenario(app).Register("Bea"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var name = "Bad input " + Word();
        var content = Content(place, name);
        content[field] = value;

        var reply = await TrySubmit(submitter, content);

        Assert.Equal(code, reply.ErrorCode);
        Assert.Equal(at, reply.Json?["errors"]?[0]?["extensions"]?["field"]?.GetValue<string>());
        Assert.True((int)reply.Status is >= 400 and < 500, $"expected a 4xx, got {(int)reply.Status}");
        var queue = (await moderator.Api.Post("{ directoryModerationQueue(first: 100) { nodes { name } } }")).ShouldSucceed();
        Assert.DoesNotContain(queue.Data!["directoryModerationQueue"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == name);
    }

    [Fact]
    public async Task ScriptInADescription_IsKeptAsText_AndRenderedHarmless()
    {
        var (submitter, moderator) = (await new Scenario(app).Register("Sol"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var id = await Published(submitter, moderator, Content(place, "Script " + Word(), "<script>alert(1)</script> [click](javascript:alert(2)) **bold**"));

        var html = (await app.GraphQL().Post("query($id: ID!) { organisation(id: $id) { published { description descriptionHtml summary } } }", new { id }))
            .ShouldSucceed().Data!["organisation"]!["published"]!;

        Assert.StartsWith("<script>", html["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html["descriptionHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html["descriptionHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html["descriptionHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html["descriptionHtml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_ThatAreNotEntries_GiveNullOrNotFound_NeverANewEntry()
    {
        var submitter = await new Scenario(app).Register("Ida");
        var place = await Scenario.CreatePlace(submitter);

        Assert.Null(await Organisation(app.GraphQL(), "not-a-uuid"));
        Assert.Equal("organisation.not-found", (await TryUpdate(submitter, "not-a-uuid", Content(place, "Nope"))).ErrorCode);
        Assert.Equal("organisation.not-found", (await TryEndorse(submitter, Guid.NewGuid().ToString("D"), "strengths-based")).ErrorCode);
        Assert.Equal("auth.required", (await TrySubmit(new Person("Anon", "", "", null!, app), Content(place, "Anonymous"))).ErrorCode);
    }
}
