using System.Net;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>The directory's glossary: moderators change it (API and page), searches use it, nobody else may change it.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryGlossaryTests(WebAppFixture app)
{
    private const string Set = "mutation($i: SetDirectoryGlossaryInput!) { setDirectoryGlossary(input: $i) { directoryGlossary { groups } } }";
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task ModeratorsSynonym_MakesASearchForOneWordFindTheOther()
    {
        var (submitter, moderator) = (await _scenario.Register("Gia"), await Moderator(app));
        var (word, synonym) = (Word(), Word());
        await Published(submitter, moderator, Content(await Scenario.CreatePlace(submitter), $"Club {word}"));
        Assert.Equal(0, (await Search(app.GraphQL(), new { text = synonym }))["totalCount"]!.GetValue<int>());

        (await moderator.Api.Post(Set, new { i = new { groups = new[] { new[] { "young people", "youth" }, new[] { word, synonym } } } })).ShouldSucceed();

        Assert.Equal([$"Club {word}"], Names(await Search(app.GraphQL(), new { text = synonym })));
        var glossary = (await app.GraphQL().Post("{ directoryGlossary { groups } }")).ShouldSucceed();
        Assert.Contains(glossary.Data!["directoryGlossary"]!["groups"]!.AsArray(), g => g!.AsArray().Select(p => p!.GetValue<string>()).SequenceEqual([word, synonym]));
    }

    [Fact]
    public async Task NonModerators_CannotChangeTheGlossary_ByApiOrPage()
    {
        var person = await _scenario.Register("Noa");

        Assert.Equal("directory.not-a-moderator", (await person.Api.Post(Set, new { i = new { groups = new[] { new[] { "a", "b" } } } })).ErrorCode);
        Assert.Equal("auth.required", (await app.GraphQL().Post(Set, new { i = new { groups = new[] { new[] { "a", "b" } } } })).ErrorCode);
        var page = await (await CookieBrowserSession.SignIn(app, person)).Http.GetAsync("/directory/glossary");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task GlossaryGroupOfOneWord_IsAClearError()
    {
        var moderator = await Moderator(app);

        var reply = await moderator.Api.Post(Set, new { i = new { groups = new[] { new[] { "lonely" } } } });

        Assert.Equal("glossary.group-too-small", reply.ErrorCode);
    }

    [Fact]
    public async Task GlossaryPage_ShowsTheGlossary_AndSavesItForModerators()
    {
        var moderator = await Moderator(app);
        var session = await CookieBrowserSession.SignIn(app, moderator);
        var (a, b) = (Word(), Word());

        Assert.Contains("young people, youth", await session.Html("/directory/glossary"));
        var response = await session.Http.PostAsync("/directory/glossary", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("groups", $"young people, youth\n{a}, {b}"),
            KeyValuePair.Create("__RequestVerificationToken", await session.Token("/directory/glossary")),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"{a}, {b}", await session.Html("/directory/glossary"));
    }
}
