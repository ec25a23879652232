using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Convening.Grains;

/// <summary>
/// The time as grains see it ("is this gathering in the past?"). A service of its own rather than
/// the TimeProvider Orleans runs its timers on, so that tests can move a gathering into the past
/// without moving the silo's clock.
/// </summary>
public sealed class GrainClock(TimeProvider time)
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}

public static class GrainServices
{
    /// <summary>What the grains need from the silo's services beyond storage; hosts call this once.</summary>
    public static IServiceCollection AddConveningGrains(this IServiceCollection services)
    {
        services.TryAddSingleton(new GrainClock(TimeProvider.System));
        services.TryAddSingleton<Accounts.PasswordHashing>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, LifePictures.RetentionStartup>();
        return services;
    }
}
