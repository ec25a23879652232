using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.OrganisationDirectory;

/// <summary>The people, places and entries the directory journeys need, arranged through the API.</summary>
public sealed class DirectoryWorld(BrowserFixture fixture)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public Api Api { get; } = new(new Uri(fixture.Server.Url));

    /// <summary>The server's configured moderator (TestModerator), registered by the first journey that needs them.</summary>
    public async Task<string> ModeratorToken()
    {
        await Gate.WaitAsync();
        try
        {
            return (await Api.Register(TestModerator.Name, TestModerator.Email)).Token;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A place with a name no other test uses; returns its slug and name.</summary>
    public async Task<(string Slug, string Name)> Place(string token, string prefix)
    {
        var name = $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";
        var data = await Api.Call(token, "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name } });
        return (data["createPlace"]!["place"]!["slug"]!.GetValue<string>(), name);
    }

    /// <summary>A published entry serving the place, practising strengths-based and co-production; returns its id.</summary>
    public async Task<string> PublishedEntry(string token, string place, string name)
    {
        var content = new
        {
            name, kind = "SOCIAL_ENTERPRISE", description = "Coaching that the person leads.", places = new[] { place }, sectors = new[] { "EMPLOYMENT" },
            peopleServed = new[] { "unemployed" },
            approaches = new[] { new { approach = "strengths-based", practice = "People set their own goals." }, new { approach = "co-production", practice = "Coachees shape the programme." } },
            selfAssessment = new[] { "own-strengths", "relationships-context", "co-produce", "services-change" }.Select(statement => new { statement, answer = "ALWAYS" }).ToArray(),
        };
        var id = (await Api.Call(token, "mutation($i: SubmitOrganisationInput!) { submitOrganisation(input: $i) { organisation { id } } }", new { i = content }))
            ["submitOrganisation"]!["organisation"]!["id"]!.GetValue<string>();
        await Api.Call(await ModeratorToken(), "mutation($i: ReviewOrganisationInput!) { reviewOrganisation(input: $i) { organisation { id } } }",
            new { i = new { id, decision = "PUBLISH" } });
        return id;
    }

    /// <summary>A visitor's page: no sign-in, and JavaScript on or off.</summary>
    public async Task<IPage> Visitor(bool javaScript)
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Server.Url, JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }
}
