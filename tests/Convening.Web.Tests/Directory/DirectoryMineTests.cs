using System.Net;
using Convening.Testing;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>A submitter's "your entries" page and the moderators' count of entries waiting: each private to its people.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryMineTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task YourEntries_ShowsWaitingSentBackWithCommentsAndPublished_ToTheSubmitterOnly()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Sol"), await _scenario.Register("Ola"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var (waiting, returned, published) = ($"Waiting {Word()}", $"Returned {Word()}", $"Published {Word()}");
        await Submit(submitter, Content(place, waiting));
        var returnedId = await Submit(submitter, Content(place, returned));
        (await TryReview(moderator, returnedId, "RETURN", "Please say where you meet.")).ShouldSucceed();
        await Published(submitter, moderator, Content(place, published));

        var html = await (await CookieBrowserSession.SignIn(app, submitter)).Html("/directory/mine");

        Assert.True(Section(html, "sent-back").Contains(returned) && Section(html, "sent-back").Contains("1 comment from the moderators"));
        Assert.Contains("Please say where you meet.", Section(html, "sent-back"), StringComparison.Ordinal);
        Assert.Contains(waiting, Section(html, "waiting"));
        Assert.Contains(published, Section(html, "published"));
        var theirs = await (await CookieBrowserSession.SignIn(app, other)).Html("/directory/mine");
        Assert.DoesNotContain(waiting, theirs);
        Assert.DoesNotContain(returned, theirs);
        Assert.Contains("You have no entries yet", theirs);
        var anonymous = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Url }.GetAsync("/directory/mine");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Review_TellsTheSubmitterByEmail_SentBackOrPublished_LinkingToTheEntry_WithoutTheComment()
    {
        var (sentBackTo, publishedTo, moderator) = (await _scenario.Register("Rae"), await _scenario.Register("Pim"), await Moderator(app));
        var place = await Scenario.CreatePlace(sentBackTo);
        var (returned, published) = ($"Returned {Word()}", $"Published {Word()}");
        var returnedId = await Submit(sentBackTo, Content(place, returned));

        (await TryReview(moderator, returnedId, "RETURN", "Between us: the manager there is hard to reach.")).ShouldSucceed();
        var publishedId = await Published(publishedTo, moderator, Content(place, published));

        var sentBack = await TestMail.Next(sentBackTo.Email, "Your directory entry was sent back: " + returned);
        Assert.EndsWith($"/directory/organisations/{returnedId}", TestMail.Link(sentBack));
        Assert.DoesNotContain("manager", sentBack.TextBody + sentBack.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<http", sentBack.Headers["List-Unsubscribe"]);
        var isPublished = await TestMail.Next(publishedTo.Email, "Your directory entry is published: " + published);
        Assert.EndsWith($"/directory/organisations/{publishedId}", TestMail.Link(isPublished));
        Assert.DoesNotContain(TestMail.All(sentBackTo.Email), m => m.Subject!.Contains(published, StringComparison.Ordinal));
        Assert.DoesNotContain(TestMail.All(moderator.Email), m => m.Subject!.StartsWith("Your directory entry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitingCount_IsShownToModerators_AndNotToOthers()
    {
        var (submitter, moderator) = (await _scenario.Register("Sia"), await Moderator(app));
        await Submit(submitter, Content(await Scenario.CreatePlace(submitter), $"Queued {Word()}"));

        var moderatorSession = await CookieBrowserSession.SignIn(app, moderator);
        var directory = await moderatorSession.Html("/directory");
        var moderation = await moderatorSession.Html("/directory/moderation");
        var submitterDirectory = await (await CookieBrowserSession.SignIn(app, submitter)).Html("/directory");

        Assert.Matches(@"Entries waiting for review \([1-9][0-9]*\)", directory);
        Assert.Matches(@"id=""waiting-count""><strong>[1-9][0-9,]* entr(y|ies) waiting for review", moderation);
        Assert.DoesNotContain("waiting-link", submitterDirectory);
        var refused = await (await CookieBrowserSession.SignIn(app, submitter)).Http.GetAsync("/directory/moderation");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("<h2", start + 1, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }
}
