using Convening.Contracts;
using Convening.Grains.Boards;
using Convening.Grains.OrganisationDirectory;
using Convening.Grains.Tests.OrganisationDirectory;
using Convening.Storage.Keys;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Convening.Grains.Tests.Support;

/// <summary>Plugs the SQLite grain storage in under the one storage name, as the web host does.</summary>
public sealed class SqliteSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var dataPath = siloBuilder.Configuration[ClusterHost.DataPathKey]
            ?? throw new InvalidOperationException($"The test cluster needs '{ClusterHost.DataPathKey}'.");
        siloBuilder.Services.AddSqliteGrainStorage(StorageNames.Main, new SqliteStorageOptions { DataPath = dataPath });
        siloBuilder.Services.AddSingleton(new GrainClock(TestClock.Instance));
        siloBuilder.Services.AddConveningGrains();
        siloBuilder.Services.AddPlaceKeys(dataPath);
        siloBuilder.AddReminders();
        // Producers tell people through their notifications grain, which sets reminders and writes links.
        siloBuilder.Services.AddSingleton<Convening.Contracts.Notifications.INoticeLinks, TestNoticeLinks>();
        // Grain tests drive hundreds of board changes from one person; the web tests cover throttling.
        siloBuilder.Services.Configure<BoardOptions>(o => o.BurstOperations = 100_000);
        siloBuilder.Services.Configure<DirectoryOptions>(o => o.Moderators.Add(Entries.ModeratorEmail));
        // Passwords hash at a test cost; PasswordHashingTests checks the production default.
        siloBuilder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswords.HashIterations);
    }
}
