using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Groups;

/// <summary>
/// An invited person is told by email (read back from the test SMTP server), whether the convenor
/// invites through the API or the group page; the link in it is the one that accepts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InvitationMailTests(WebAppFixture app)
{
    [Fact]
    public async Task InviteThroughTheApi_EmailsTheInvitation_WhoseLinkAcceptsIt_AndTheStartPageAndProfileLinkToIt()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor), "Northfield carers");
        var email = $"dev-{Guid.NewGuid():N}@example.org";

        var reply = (await convenor.Api.Post("mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }",
            new { i = new { groupId, email, role = "OBSERVER" } })).ShouldSucceed();
        var code = reply.Data!["invite"]!["invitation"]!["code"]!.GetValue<string>();

        var mail = await TestMail.Next(email, "Cara invited you to join Northfield carers on Convening");
        Assert.Contains("as an observer", mail.TextBody, StringComparison.Ordinal);
        var link = new Uri(TestMail.Link(mail));
        Assert.Equal(new Uri(app.Url, $"/invitations/{Uri.EscapeDataString(code)}"), link);
        // Only what the invitation needs: not the group's purpose, nor who else is in it.
        Assert.DoesNotContain(convenor.Email, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Working together", mail.TextBody, StringComparison.Ordinal);

        // The address's owner signs up (the confirmation still arrives after the invitation) and accepts.
        var invitee = await scenario.Register("Dev", email);
        using var browser = await FormClient.SignedIn(app.Url, invitee);
        Assert.Contains("Northfield carers", await browser.Text(link.PathAndQuery), StringComparison.Ordinal);
        // The start page, the profile and the group's page link to it with the code as it is: generated addresses are lower-cased, codes are not.
        Assert.Contains($"href=\"/invitations/{code}\"", await browser.Text("/"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/invitations/{code}\"", await browser.Text($"/groups/{groupId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/invitations/{code}\"", await browser.Text("/profile"), StringComparison.Ordinal);
        (await invitee.Api.Post("mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }",
            new { i = new { code } })).ShouldSucceed();
    }

    [Fact]
    public async Task InviteFromTheGroupPage_EmailsTheInvitation()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor), "Hackney family hubs");
        var email = $"lee-{Guid.NewGuid():N}@example.org";
        using var browser = await FormClient.SignedIn(app.Url, convenor);

        var invited = await browser.Post($"/groups/{groupId}", $"/groups/{groupId}?handler=Invite", ("email", email), ("role", "Member"));

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("We have emailed them this link", await browser.Text($"/groups/{groupId}"), StringComparison.Ordinal);
        var mail = await TestMail.Next(email, "Cara invited you to join Hackney family hubs on Convening");
        Assert.Contains("as a member", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith(new Uri(app.Url, "/invitations/").ToString(), TestMail.Link(mail), StringComparison.Ordinal);
    }
}
