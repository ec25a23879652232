using System.Collections.Concurrent;
using System.Net;
using Convening.Web.Tests.Gatherings;
using Microsoft.AspNetCore.SignalR.Client;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// The centre without JavaScript (the header count, the list, mark read by forms, the preferences
/// page) and with it (the count pushed over SignalR to that person's connections only).
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationCentrePageTests(NotificationHost host)
{
    [Fact]
    public async Task Centre_WithoutJavaScript_ListsCountsAndMarksRead_ByPlainForms()
    {
        var s = await GatheringApi.Setup(host.App);
        await AddAction(s, "Print the agenda");
        await AddAction(s, "Order the lunch");
        using var browser = await FormClient.SignedIn(host.App.Url, s.Member);

        var page = await browser.Text("/notifications");
        Assert.Contains("Notifications<span data-unread-count aria-live=\"polite\"> (2 unread)</span>", page);
        Assert.Contains("You have a new action from Trailblazer check-in: Print the agenda", page);
        var first = (await host.Centre(s.Member)).Items[0].Id;

        var one = await browser.Post("/notifications", $"/notifications?handler=Read&id={first}");
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(1, (await host.Centre(s.Member)).Unread);
        var all = await browser.Post("/notifications", "/notifications?handler=ReadAll");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, (await host.Centre(s.Member)).Unread);
        Assert.Contains("Notifications<span data-unread-count aria-live=\"polite\"></span>", await browser.Text("/notifications"));
    }

    [Fact]
    public async Task Preferences_Page_SavesEachKindsChoice()
    {
        var s = await GatheringApi.Setup(host.App);
        using var browser = await FormClient.SignedIn(host.App.Url, s.Member);

        var saved = await browser.Post("/notifications/preferences", "/notifications/preferences",
            ("actions", "Digest"), ("mentions", "Off"), ("gatherings", "AtOnce"), ("directory", "AtOnce"), ("signals", "Off"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var choices = (await s.Member.Api.Post("{ notificationPreferences { choices { kind delivery } } }")).ShouldSucceed()
            .Data!["notificationPreferences"]!["choices"]!.AsArray().ToDictionary(c => c!["kind"]!.GetValue<string>(), c => c!["delivery"]!.GetValue<string>());
        Assert.Equal("DIGEST", choices["ACTIONS"]);
        Assert.Equal("OFF", choices["MENTIONS"]);
        Assert.Equal("OFF", choices["SIGNALS"]);
        Assert.Contains("value=\"Digest\" checked=\"checked\"", await browser.Text("/notifications/preferences"));
    }

    [Fact]
    public async Task Centre_SignedOut_IsSentToSignIn()
    {
        using var browser = new FormClient(host.App.Url);
        var reply = await browser.Get("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains("/account/sign-in", reply.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnreadCount_IsPushedLive_ToThatPersonsConnectionsOnly()
    {
        var s = await GatheringApi.Setup(host.App);
        await using var member = await Counter.Connect(host.App.Url, s.Member.Token);
        await using var convenor = await Counter.Connect(host.App.Url, s.Convenor.Token);
        Assert.Equal(0, await member.Ask());

        await AddAction(s, "Write up the check-in round");
        await member.Until(1);

        await GatheringApi.Mutate(s.Member, "addAction", "AddActionInput",
            new { gatheringId = s.GatheringId, text = "Approve the write-up", ownerId = s.Convenor.Id, due = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(9).ToString("yyyy-MM-dd") });
        await convenor.Until(1);

        // The convenor's connection heard only of their own count, never the member's.
        Assert.Equal([1], convenor.Heard);
        Assert.Equal([1], member.Heard);
    }

    [Fact]
    public async Task Hub_WithoutSigningIn_IsRefused()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => Counter.Connect(host.App.Url, ""));
        Assert.Contains("401", ex.Message);
    }

    private Task AddAction(GatheringSetup s, string text) =>
        GatheringApi.Mutate(s.Convenor, "addAction", "AddActionInput",
            new { gatheringId = s.GatheringId, text, ownerId = s.Member.Id, due = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(9).ToString("yyyy-MM-dd") });

    /// <summary>A real SignalR client on the notification hub, recording the counts it is sent.</summary>
    private sealed class Counter : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly ConcurrentQueue<int> _heard = new();
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private Counter(Uri server, string token)
        {
            _connection = new HubConnectionBuilder()
                .WithUrl(new Uri(server, "/hubs/notifications"), o =>
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token.Length > 0 ? token : null);
                    o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                })
                .Build();
            _connection.On<int>("Unread", n =>
            {
                _heard.Enqueue(n);
                Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
            });
        }

        public IReadOnlyList<int> Heard => [.. _heard];

        public static async Task<Counter> Connect(Uri server, string token)
        {
            var counter = new Counter(server, token);
            await counter._connection.StartAsync();
            return counter;
        }

        public Task<int> Ask() => _connection.InvokeAsync<int>("Unread");

        public async Task Until(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                var changed = _changed.Task;
                if (_heard.Contains(count))
                    return;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || await Task.WhenAny(changed, Task.Delay(left)) != changed)
                    throw new TimeoutException($"The count {count} was not pushed; heard {string.Join(", ", _heard)}.");
            }
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
