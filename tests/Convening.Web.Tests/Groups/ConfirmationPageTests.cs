using System.Net;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Groups;

/// <summary>Removing someone and leaving a group ask first, on a page that works without JavaScript.</summary>
[Collection(WebCollection.Name)]
public sealed class ConfirmationPageTests(WebAppFixture app)
{
    [Fact]
    public async Task RemoveMember_FromTheGroupPage_AsksFirst_AndGoingBackKeepsThem()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var member = await scenario.Register("Mo");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        await Scenario.Join(convenor, groupId, member);
        using var browser = await FormClient.SignedIn(app.Url, convenor);

        var group = await browser.Text($"/groups/{groupId}");
        var confirm = $"/groups/{groupId}/members/{member.Id}/remove";
        Assert.Contains($"href=\"{confirm}\"", group, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=RemoveMember", group, StringComparison.OrdinalIgnoreCase);

        var question = await browser.Text(confirm);
        Assert.Contains("Are you sure you want to remove Mo from the group?", question, StringComparison.Ordinal);
        Assert.Contains($"href=\"/groups/{groupId}\">No, keep them in the group</a>", question, StringComparison.Ordinal);
        Assert.Contains("Mo", (await browser.Text($"/groups/{groupId}")), StringComparison.Ordinal);
        Assert.True(await IsMember(convenor, groupId, member.Id));

        var removed = await browser.Post(confirm, confirm);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Mo has been removed from the group.", await browser.Text($"/groups/{groupId}"), StringComparison.Ordinal);
        Assert.False(await IsMember(convenor, groupId, member.Id));
    }

    [Fact]
    public async Task RemoveMember_ConfirmationPage_IsOnlyForConvenors()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var member = await scenario.Register("Mo");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        await Scenario.Join(convenor, groupId, member);
        using var browser = await FormClient.SignedIn(app.Url, member);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Get($"/groups/{groupId}/members/{convenor.Id}/remove")).StatusCode);
    }

    [Fact]
    public async Task Leave_FromTheGroupPage_AsksFirst_ThenLeaves()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var member = await scenario.Register("Mo");
        var placeSlug = await Scenario.CreatePlace(convenor);
        var groupId = await Scenario.Convene(convenor, placeSlug, "Housing first");
        await Scenario.Join(convenor, groupId, member);
        using var browser = await FormClient.SignedIn(app.Url, member);

        var group = await browser.Text($"/groups/{groupId}");
        Assert.Contains($"href=\"/groups/{groupId}/leave\"", group, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Leave", group, StringComparison.OrdinalIgnoreCase);
        var question = await browser.Text($"/groups/{groupId}/leave");
        Assert.Contains("Are you sure you want to leave this group?", question, StringComparison.Ordinal);
        Assert.Contains(">Leave Housing first</button>", question, StringComparison.Ordinal);
        Assert.True(await IsMember(convenor, groupId, member.Id));

        var left = await browser.Post($"/groups/{groupId}/leave", $"/groups/{groupId}/leave");
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal($"/places/{placeSlug}", left.Headers.Location!.ToString());
        Assert.False(await IsMember(convenor, groupId, member.Id));
    }

    private static async Task<bool> IsMember(Person viewer, string groupId, string personId) =>
        (await Scenario.Group(viewer, groupId))["data"]!["group"]!["members"]!.AsArray()
            .Any(m => m!["person"]!["id"]!.GetValue<string>() == personId);
}
