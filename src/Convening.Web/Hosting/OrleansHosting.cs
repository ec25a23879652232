using System.Diagnostics;
using System.Net;
using Convening.Contracts;
using Convening.Grains;
using Convening.Grains.Boards;
using Convening.Grains.LifePictures;
using Convening.Grains.OrganisationDirectory;
using Convening.Storage.Cosmos;
using Convening.Storage.Sqlite;
using Convening.Web.LifePictures;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Convening.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>
    /// Co-hosts the Orleans silo. Storage and clustering are chosen here, by configuration, under
    /// one storage name: grains never know whether they run on SQLite or Cosmos DB.
    /// </summary>
    public static WebApplicationBuilder AddConveningSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.Convening();
        EnsureFree(options.SiloPort, "Convening:SiloPort");
        EnsureFree(options.GatewayPort, "Convening:GatewayPort");
        builder.UseOrleans(silo =>
        {
            UseClustering(silo, options);
            UseStorage(silo, options, builder.Configuration);
            silo.Services.AddConveningGrains();
            silo.Services.AddLifePictureKeys(options.DataPath, options.DataProtection.KeyVaultKeyId);
            silo.Services.AddOptions<BoardOptions>().BindConfiguration(BoardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            silo.Services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
                .Validate(o => o.Every > TimeSpan.Zero, $"{RetentionOptions.Section}:Every must be positive.").ValidateOnStart();
            silo.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(OrleansSections.Membership).ValidateOnStart();
            silo.Services.AddOptions<SiloMessagingOptions>().BindConfiguration(OrleansSections.Messaging).ValidateOnStart();
            silo.Services.AddOptions<ReminderOptions>().BindConfiguration(OrleansSections.Reminders).ValidateOnStart();
        });
        return builder;
    }

    private static void UseClustering(ISiloBuilder silo, ConveningOptions options)
    {
        switch (options.Clustering)
        {
            case "Localhost":
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                break;
            case "Redis":
                silo.UseRedisClustering(options.Redis!);
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                    ActivatorUtilities.CreateInstance<MembershipTableCheck>(sp, options.MembershipCheck));
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, options.ServiceId));
                silo.ConfigureEndpoints(Advertised(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: options.AdvertisedAddress is not null);
                break;
            default:
                throw new UnreachableException("ConveningOptionsValidation allows Localhost or Redis.");
        }
    }

    /// <summary>Grain state, the event log and the reminder table, all on the chosen store.</summary>
    private static void UseStorage(ISiloBuilder silo, ConveningOptions options, IConfiguration configuration)
    {
        silo.AddReminders();
        switch (options.Storage)
        {
            case "Sqlite":
                silo.Services.AddSqliteGrainStorage(StorageNames.Main, new SqliteStorageOptions { DataPath = options.DataPath });
                break;
            case "Cosmos":
                var cosmos = configuration.GetSection(CosmosStorageOptions.Section).Get<CosmosStorageOptions>()
                    ?? throw new InvalidOperationException("Convening:Storage is Cosmos, so the Convening:Cosmos section (Endpoint, and Key or a managed identity) is needed.");
                silo.Services.AddCosmosStorage(StorageNames.Main, cosmos);
                break;
            default:
                throw new UnreachableException("ConveningOptionsValidation allows Sqlite or Cosmos.");
        }
    }

    /// <summary>
    /// Orleans starts without complaint on a port another silo holds, and then misroutes; so a
    /// taken port stops start-up here, with the setting to change.
    /// </summary>
    private static void EnsureFree(int port, string setting)
    {
        try
        {
            var listener = new System.Net.Sockets.TcpListener(IPAddress.Any, port);
            listener.Start();
            listener.Stop();
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new InvalidOperationException($"{setting} is {port}, which another process is already using (another silo on this machine?). Give each silo its own port.", e);
        }
    }

    /// <summary>Loopback by default; "*" means this machine's own address (each container replica's).</summary>
    private static IPAddress Advertised(ConveningOptions options) =>
        options.AdvertisedAddress is null ? IPAddress.Loopback
        : IPAddress.TryParse(options.AdvertisedAddress, out var address) ? address
        : Dns.GetHostAddresses(options.AdvertisedAddress == "*" ? Dns.GetHostName() : options.AdvertisedAddress)
            .First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
}
