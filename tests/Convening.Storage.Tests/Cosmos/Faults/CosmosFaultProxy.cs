using System.Net;
using Convening.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>What the proxy does to the requests it is told to fault.</summary>
public enum Fault
{
    /// <summary>Answers 429 (request rate too large) as Cosmos DB does, without passing the request on.</summary>
    Throttle,

    /// <summary>Answers 503 (service unavailable), without passing the request on.</summary>
    Unavailable,

    /// <summary>Never passes the request on and never answers: the database never sees it.</summary>
    NoAnswer,

    /// <summary>Passes the request on, so the database applies it, then never answers: the answer is lost.</summary>
    AnswerLost,
}

/// <summary>
/// A reverse proxy on a loopback port in front of the real emulator, behaving as a struggling Cosmos
/// DB would for the requests it is told to fault; everything else passes through unchanged. The
/// stores under test talk to it; tests check what was really stored by talking to the emulator itself.
/// </summary>
public sealed class CosmosFaultProxy : IAsyncDisposable
{
    /// <summary>The wait a throttled answer asks for; Cosmos DB asks for a few to a few hundred ms.</summary>
    public const int RetryAfterMs = 20;

    private readonly WebApplication _app;
    private readonly HttpClient _emulator;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _answerLost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (Fault Fault, int Times, bool AllRequests)? _plan;
    private int _throttled;
    private int _unanswered;

    private CosmosFaultProxy(WebApplication app, Uri emulator)
    {
        _app = app;
        _emulator = new HttpClient(new HttpClientHandler
        {
            // The emulator's own self-signed certificate; test only.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            AllowAutoRedirect = false,
            UseCookies = false,
        }) { BaseAddress = emulator, Timeout = Timeout.InfiniteTimeSpan };
        app.Run(Handle);
    }

    public int Port { get; private init; }

    /// <summary>Throttled answers given so far: 1 + the retries the store made.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Requests held without an answer so far.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    public static async Task<CosmosFaultProxy> Start(CosmosServer emulator)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var proxy = new CosmosFaultProxy(builder.Build(), new Uri($"https://127.0.0.1:{emulator.Port}")) { Port = port };
        await proxy._app.StartAsync();
        return proxy;
    }

    /// <summary>
    /// Faults the next <paramref name="times"/> document writes (creates, replaces, upserts and
    /// deletes; not queries), or every request of any kind when <paramref name="allRequests"/>.
    /// </summary>
    public void Inject(Fault fault, int times = int.MaxValue, bool allRequests = false)
    {
        lock (_gate)
            _plan = (fault, times, allRequests);
    }

    public void Heal()
    {
        lock (_gate)
            _plan = null;
    }

    /// <summary>Completes once a faulted request has been applied by the emulator and its answer dropped.</summary>
    public Task AnswerLost => _answerLost.Task;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _emulator.Dispose();
    }

    private async Task Handle(HttpContext http)
    {
        switch (Take(http.Request))
        {
            case Fault.Throttle:
                Interlocked.Increment(ref _throttled);
                await CosmosAnswers.Throttled(http.Response, RetryAfterMs);
                return;
            case Fault.Unavailable:
                await CosmosAnswers.Unavailable(http.Response);
                return;
            case Fault.NoAnswer:
                await HoldUnanswered(http);
                return;
            case Fault.AnswerLost:
                // Passed on whatever the client does meanwhile, so the database surely applies it.
                using (await Forward(http.Request, CancellationToken.None))
                    _answerLost.TrySetResult();
                await HoldUnanswered(http);
                return;
            default:
                using (var answer = await Forward(http.Request, http.RequestAborted))
                    await CosmosAnswers.Copy(answer, http.Response, http.RequestAborted);
                return;
        }
    }

    private Fault? Take(HttpRequest request)
    {
        lock (_gate)
        {
            if (_plan is not { } plan || plan.Times <= 0 || !(plan.AllRequests || CosmosAnswers.IsDocumentWrite(request)))
                return null;
            _plan = plan with { Times = plan.Times - 1 };
            return plan.Fault;
        }
    }

    /// <summary>Holds the request until the client gives up on it (its timeout), then drops the connection.</summary>
    private async Task HoldUnanswered(HttpContext http)
    {
        Interlocked.Increment(ref _unanswered);
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(2), http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // the client timed out, as it should
        }
        http.Abort();
    }

    private async Task<HttpResponseMessage> Forward(HttpRequest request, CancellationToken cancellation)
    {
        using var forwarded = await CosmosAnswers.Copy(request, cancellation);
        return await _emulator.SendAsync(forwarded, HttpCompletionOption.ResponseContentRead, cancellation);
    }
}
