using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Convening.Web.Tests.Boards;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Faults;

/// <summary>No request a client can make is answered with a 500: what no handler takes is 404 or 405.</summary>
[Collection(SecondWebCollection.Name)]
public sealed partial class NoServerErrorTests(WebAppFixture app)
{
    [Fact]
    public async Task EveryPageRoute_WithABogusHandler_Is404Or405_NotA500()
    {
        var s = await BoardScenario.Create(app);
        var place = await Scenario.CreatePlace(s.Convenor);
        var cycle = (await s.Convenor.Api.Post("mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }",
            new { i = new { groupId = s.GroupId, question = "Why so many hand-offs?" } })).ShouldSucceed().Data!["startCycle"]!["cycle"]!["id"]!.GetValue<string>();
        var gathering = (await s.Convenor.Api.Post("mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId = s.GroupId, title = "Monthly check-in", format = "ONLINE", minutes = 60, timeZone = "Europe/London" } })).ShouldSucceed().Data!["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        var journal = await ReflectionApi.Write(s.Convenor, ReflectionApi.Entry("After the meeting", "We listened"));
        var browser = await CookieBrowserSession.SignIn(app, s.Convenor);

        var failures = new List<string>();
        foreach (var path in new[] { $"/boards/{s.BoardId}", $"/places/{place}", $"/groups/{s.GroupId}", $"/cycles/{cycle}", $"/gatherings/{gathering}", $"/journal/{journal}" })
        {
            var token = await browser.Token(path);
            foreach (var target in new[] { path, path + "?handler=Nope" })
            {
                var post = await browser.Http.PostAsync(target, new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
                if (post.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed) && (int)post.StatusCode >= 500)
                    failures.Add($"POST {target}: {(int)post.StatusCode}");
            }
            var nope = await browser.Http.PostAsync(path + "?handler=Nope", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
            if (nope.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
                failures.Add($"POST {path}?handler=Nope: {(int)nope.StatusCode}, expected 404 or 405");
            var get = await browser.Http.GetAsync(path + "?handler=Nope");
            if ((int)get.StatusCode >= 500)
                failures.Add($"GET {path}?handler=Nope: {(int)get.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryPageRouteTheAppHas_WithABogusHandler_Is404Or405_AndNeverA500()
    {
        var person = await new Scenario(app).Register("Prober");
        var browser = await CookieBrowserSession.SignIn(app, person);
        var token = await browser.Token("/places/new");
        var templates = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(d => "/" + d.AttributeRouteInfo!.Template)
            .Distinct()
            .OrderBy(t => t.Contains("sign-out", StringComparison.Ordinal)) // last: it ends the session the others use
            .ToList();
        Assert.True(templates.Count > 60, $"Only {templates.Count} page routes were found.");

        var failures = new List<string>();
        foreach (var template in templates)
        {
            // Every route value made up: the page's own checks (not found, not allowed) may answer, but never a 500.
            var path = RouteValue().Replace(template, m => m.Groups["constraint"].Value.StartsWith(":int", StringComparison.Ordinal) ? "404" : "nope");
            using var nope = await browser.Http.PostAsync(path + "?handler=Nope", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
            if (nope.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
                failures.Add($"POST {path}?handler=Nope ({template}): {(int)nope.StatusCode}, expected 404 or 405");
            using var post = await browser.Http.PostAsync(path, new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
            if ((int)post.StatusCode >= 500)
                failures.Add($"POST {path} ({template}): {(int)post.StatusCode}");
            using var get = await browser.Http.GetAsync(path + "?handler=Nope");
            if ((int)get.StatusCode >= 500)
                failures.Add($"GET {path}?handler=Nope ({template}): {(int)get.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [GeneratedRegex(@"\{(?<name>\w+)(?<constraint>:[^}?]*)?\??\}")]
    private static partial Regex RouteValue();

    [Fact]
    public async Task SavingANewJournalEntry_WithAVersionOtherThan0_IsAClearError()
    {
        var author = await new Scenario(app).Register("Journaller");
        var reply = await author.Api.Post(ReflectionApi.Save, new { i = ReflectionApi.Entry("First thoughts", "What happened", expectedVersion: 3) });
        Assert.Equal("reflection.not-saved-yet", reply.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);

        var browser = await CookieBrowserSession.SignIn(app, author);
        var token = await browser.Token("/journal/write");
        var page = await browser.Http.PostAsync("/journal/write", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("version", "3"), KeyValuePair.Create("title", "First thoughts"),
            KeyValuePair.Create("structure", "FreeText"), KeyValuePair.Create("section", "What happened"), KeyValuePair.Create("visibility", "Private"),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("has not been saved before", await page.Content.ReadAsStringAsync());
    }
}
