using Convening.Testing;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Convening.Browser.Tests;

/// <summary>A convenor's first hour, in a real browser, checked by axe-core on every page.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class ConveningJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Convenor_SignsUp_CreatesPlaceAndGroup_Invites_AndTheInviteeJoins()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var convenor = await fixture.NewPage();
        await SignUp(convenor, "Amara Okafor", $"amara-{run}@example.org");
        await convenor.GotoAsync("/profile");
        await Expect(convenor.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();
        await Axe.AssertNoViolations(convenor);

        await convenor.GetByLabel("Social care").CheckAsync();
        await convenor.GetByLabel("Your organisation (optional)").FillAsync("Essex County Council");
        await Click(convenor, "Save profile");
        await Axe.AssertNoViolations(convenor);

        await convenor.GotoAsync("/places");
        await Axe.AssertNoViolations(convenor);
        await Click(convenor, "Create a place");
        await Axe.AssertNoViolations(convenor);
        await convenor.GetByLabel("Name of the place").FillAsync($"Essex {run}");
        await Click(convenor, "Create place");
        await Expect(convenor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Essex {run}");
        await Axe.AssertNoViolations(convenor);

        await convenor.GetByLabel("Name of the group").FillAsync("Right to Control Trailblazer");
        await Click(convenor, "Convene group");
        await Expect(convenor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Right to Control Trailblazer");
        await Axe.AssertNoViolations(convenor);

        var inviteeEmail = $"dev-{run}@example.org";
        await convenor.GetByLabel("Their email address").FillAsync(inviteeEmail);
        await Click(convenor, "Create invitation");
        var link = InvitationLink().Match(await convenor.ContentAsync()).Value;
        Assert.NotEmpty(link);
        await Axe.AssertNoViolations(convenor);

        var invitee = await fixture.NewPage();
        await invitee.GotoAsync(link);
        await Axe.AssertNoViolations(invitee);
        await invitee.GetByRole(AriaRole.Link, new() { Name = "Create an account to accept" }).ClickAsync();
        await Expect(invitee.GetByLabel("Email address")).ToHaveValueAsync(inviteeEmail);
        await SignUp(invitee, "Dev Sharma", inviteeEmail, navigate: false);
        await invitee.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor invited you to join Right to Control Trailblazer" }).ClickAsync();
        await Click(invitee, "Accept invitation");
        await Expect(invitee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Right to Control Trailblazer");
        await Axe.AssertNoViolations(invitee);

        await convenor.ReloadAsync();
        await Expect(convenor.GetByRole(AriaRole.Main)).ToContainTextAsync("Dev Sharma");
    }

    internal static async Task SignUp(IPage page, string name, string email, bool navigate = true)
    {
        if (navigate)
            await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync("a long enough password");
        await Click(page, "Create account");
        // As a person would: read the verification email (from the tests' real SMTP server) and follow it.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.GotoAsync(TestMail.Link(await TestMail.Next(email, "Confirm")));
        await Click(page, "Confirm my email address");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" })).ToHaveCountAsync(0);
    }

    internal static Task Click(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/invitations/[0-9a-f]{32}\.[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();
}
