using Convening.Contracts;
using Convening.Grains.Boards;
using Convening.Storage.Sqlite;

namespace Convening.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Co-hosts the Orleans silo: localhost clustering, grain storage on SQLite.</summary>
    public static WebApplicationBuilder AddConveningSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ConveningOptions.Section).Get<ConveningOptions>() ?? new();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            silo.Services.AddSqliteGrainStorage(StorageNames.Main, new SqliteStorageOptions { DataPath = options.DataPath });
            silo.Services.Configure<BoardOptions>(builder.Configuration.GetSection("Convening:Boards"));
        });
        return builder;
    }
}
