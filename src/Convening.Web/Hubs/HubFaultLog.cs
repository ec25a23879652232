using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// SignalR logs every exception a hub method throws at Error with its stack trace, refusals
/// (<see cref="HubException"/>) included, so real faults drowned among ordinary "no". Its dispatcher's
/// log is switched off (see <see cref="HubsSetup"/>); refusals are logged at Information by the hub,
/// and anything else, a bug, is logged here, once, at Error with its stack trace.
/// </summary>
public sealed class HubFaultLog(ILogger<HubFaultLog> log) : IHubFilter
{
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is not HubException)
        {
            log.LogError(e, "Hub method {Method} failed", invocationContext.HubMethodName);
            throw;
        }
    }
}
