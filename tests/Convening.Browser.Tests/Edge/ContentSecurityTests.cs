using System.Net;
using System.Net.Sockets;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Edge;

/// <summary>
/// The Content-Security-Policy as a browser applies it: a Markdown image pointing at another
/// host is never fetched (a tracker would learn who read the card, and when), and an image
/// from another host added by script is refused by the policy itself.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MarkdownImageFromAnotherHost_IsNotFetched_AndThePolicyBlocksOthers()
    {
        using var tracker = new Tracker();
        var api = new Api(new Uri(fixture.Server.Url));
        var (email, token) = await api.Register("Tracked");
        var group = await api.Group(token);
        var (board, lane) = await api.Board(token, group);
        Assert.True(await api.TryChangeBoard(token, board, lane, $"Who reads this? ![pixel]({tracker.Url}pixel.gif)"));

        var page = await fixture.NewPage();
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                refusals.Add(message.Text);
        };
        await SignIn.As(page, email);
        var response = await page.GotoAsync($"/boards/{board}");
        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy") ?? "");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "pixel", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".app-card__text img").CountAsync());

        // Past the renderer, the policy: an image from another host, added by script, is refused.
        await page.EvaluateAsync("url => new Promise(done => { const i = new Image(); i.onerror = done; i.onload = done; i.src = url; document.body.append(i); })", tracker.Url + "script.gif");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "pixel", Exact = true })).ToBeVisibleAsync();
        Assert.Contains(refusals, r => r.Contains("img-src", StringComparison.Ordinal));
        Assert.Equal(0, tracker.Connections);
    }

    /// <summary>A listener on another loopback port ("another host" to the browser) that counts who connects.</summary>
    private sealed class Tracker : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, FreePort.Next());
        private int _connections;

        public Tracker()
        {
            _listener.Start();
            _ = Accept();
        }

        public string Url => $"http://localhost:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public int Connections => Volatile.Read(ref _connections);

        private async Task Accept()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                }
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // stopped
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
