using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Boards;

/// <summary>Private writing in three browsers: a card is its author's alone until the reveal, on the page and on the wire.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivateWritingJourneyTests(BrowserFixture fixture)
{
    private const string Secret = "The discharge team never rings back";

    [Fact]
    public async Task PrivateCard_IsAbsentFromOthersPagesAndTraffic_AndARevealLosesNobodysTyping()
    {
        var world = await BoardWorld.Create(fixture);
        var frames = new ConcurrentQueue<string>();
        var lewis = await world.Open(fixture, world.Lewis);
        var morag = await world.Open(fixture, world.Morag);
        var aisha = await world.Open(fixture, world.Aisha, before: page => page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Enqueue(frame.Text ?? ""));
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "START_PRIVATE_WRITING" });
        await Assertions.Expect(aisha.Locator("#board-status")).ToContainTextAsync("Private writing");

        await morag.GetByLabel("Add a card to What we notice").FillAsync(Secret);
        await morag.GetByRole(AriaRole.Button, new() { Name = "Add card to What we notice" }).ClickAsync();
        await Assertions.Expect(morag.Locator("li.app-card", new() { HasText = Secret }).Locator(".app-card__meta")).ToHaveTextAsync("By you · only you can see it until the reveal");
        await Assertions.Expect(aisha.Locator("#board-status")).ToContainTextAsync("Others have written 1 card so far.");
        await Assertions.Expect(lewis.Locator("#board-status")).ToContainTextAsync("Others have written 1 card so far.");

        Assert.DoesNotContain(Secret, await aisha.ContentAsync());
        Assert.DoesNotContain(Secret, await lewis.ContentAsync());
        Assert.NotEmpty(frames);
        Assert.DoesNotContain(frames, f => f.Contains(Secret, StringComparison.Ordinal));

        // Aisha is half-way through her own card when Lewis reveals everyone's without names.
        var typing = aisha.GetByLabel("Add a card to What we'll try");
        await typing.FillAsync("Half a thought");
        await world.Change(world.Lewis, new { boardId = world.BoardId, action = "REVEAL_CARDS", anonymous = true });
        var revealed = aisha.Locator("li.app-card", new() { HasText = Secret });
        await Assertions.Expect(revealed.Locator(".app-card__meta")).ToHaveTextAsync("By Anonymous");
        await Assertions.Expect(typing).ToHaveValueAsync("Half a thought");
        await Assertions.Expect(typing).ToBeFocusedAsync();
        await Assertions.Expect(morag.Locator("li.app-card", new() { HasText = Secret }).Locator(".app-card__meta")).ToHaveTextAsync("By you");
        await Assertions.Expect(aisha.Locator("#board-status")).Not.ToContainTextAsync("Private writing");
        await Axe.AssertNoViolations(aisha);
    }
}
