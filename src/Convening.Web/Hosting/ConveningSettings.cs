using Convening.Web.Edge;
using Microsoft.Extensions.Options;

namespace Convening.Web.Hosting;

/// <summary>
/// The one way code reads the "Convening" section: bound to <see cref="ConveningOptions"/> and
/// checked by <see cref="ConveningOptionsValidation"/>, both before the host is built (storage,
/// clustering and the data checks need it then) and as <c>IOptions</c> checked at start.
/// </summary>
public static class ConveningSettings
{
    /// <summary>Registers <c>IOptions&lt;ConveningOptions&gt;</c>, validated when the host starts.</summary>
    public static IServiceCollection AddConveningOptions(this IServiceCollection services)
    {
        services.AddOptions<ConveningOptions>().BindConfiguration(ConveningOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConveningOptions>, ConveningOptionsValidation>();
        return services;
    }

    /// <summary>The section as the host's set-up code needs it before the host is built; a bad value stops start-up here, naming the setting.</summary>
    public static ConveningOptions Convening(this IConfiguration configuration)
    {
        var options = configuration.GetSection(ConveningOptions.Section).Get<ConveningOptions>() ?? new();
        var result = new ConveningOptionsValidation().Validate(null, options);
        if (result.Failed)
            throw new OptionsValidationException(ConveningOptions.Section, typeof(ConveningOptions), result.Failures);
        return options;
    }
}

/// <summary>Every rule for the "Convening" section, each failure naming the setting and what it must be.</summary>
public sealed class ConveningOptionsValidation : IValidateOptions<ConveningOptions>
{
    public ValidateOptionsResult Validate(string? name, ConveningOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(ConveningOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.DataPath))
            yield return "Convening:DataPath must name a folder (it is empty).";
        if (o.Storage is not ("Sqlite" or "Cosmos"))
            yield return $"Convening:Storage is '{o.Storage}'; use Sqlite or Cosmos.";
        if (o.Clustering is not ("Localhost" or "Redis"))
            yield return $"Convening:Clustering is '{o.Clustering}'; use Localhost or Redis.";
        if (o.Clustering == "Redis" && string.IsNullOrWhiteSpace(o.Redis))
            yield return "Convening:Clustering is Redis, so Convening:Redis must hold the Redis connection string.";
        if (o.SiloPort is < 1 or > 65535)
            yield return $"Convening:SiloPort must be a port number from 1 to 65535 (it is {o.SiloPort}).";
        if (o.GatewayPort is < 1 or > 65535)
            yield return $"Convening:GatewayPort must be a port number from 1 to 65535 (it is {o.GatewayPort}).";
        if (o.MembershipCheck <= TimeSpan.Zero)
            yield return $"Convening:MembershipCheck must be a positive time, such as 00:00:10 (it is {o.MembershipCheck}).";
        if (PublicOrigin.Problem(o.PublicOrigin) is not null)
            yield return "Convening:PublicOrigin must be the site's address with no path, such as https://convening.example.org.";
    }
}
