using Convening.Contracts.LifePictures;
using Convening.Grains.LifePictures;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Convening.Grains.Tests.LifePictures;

/// <summary>
/// Not in the shared collection: it stops its own cluster and starts another on the same SQLite file, with a
/// clock of its own (so moving it years on touches no other test) and the retention reminder ticking every
/// two seconds instead of hourly, so the stored reminder is seen to fire without waiting an hour.
/// </summary>
[RunsLong] // Two cluster starts and a reminder tick: about 20 s.
public sealed class RetentionRestartTests
{
    private static readonly TestClock Clock = new();
    private static readonly TimeSpan ThreeYears = TimeSpan.FromDays(3 * 366);

    [Fact]
    public async Task RetentionJobSetBeforeAStop_ErasesTheDuePictureAfterTheRestart_WithoutAnyoneOpeningIt_AndKeepsTheNewerOne()
    {
        using var data = new TempDir("retention-restart");
        PictureWorld world;
        string oldId, newerId;
        var cluster = await Start(data.Path);
        try
        {
            world = await PictureWorld.Create(cluster.GrainFactory);
            oldId = (await world.ClaimedPicture()).GetPrimaryKeyString();
            Clock.Advance(ThreeYears);
            newerId = (await world.ClaimedPicture()).GetPrimaryKeyString();
            Assert.Equal(2, (await cluster.GrainFactory.GetGrain<IPlaceRetentionGrain>(world.Place.Slug).Get(world.Steward.Id)).Pictures);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        // While the silo is down, the older picture's six years pass (the newer one has three to go).
        Clock.Advance(ThreeYears + TimeSpan.FromDays(30));
        cluster = await Start(data.Path);
        try
        {
            var grains = cluster.GrainFactory;
            var schedule = grains.GetGrain<IPlaceRetentionGrain>(world.Place.Slug);
            // Only the schedule's log is read: no picture is opened or changed, so only the stored reminder can erase it.
            await Eventually.True(async () => (await schedule.Get(world.Steward.Id)).Log.Any(e => e.PictureId == oldId),
                "the retention reminder kept in the store to erase the due picture after the restart", seconds: 60);

            var view = await schedule.Get(world.Steward.Id);
            Assert.Equal([(oldId, RetentionErased.Content)], view.Log.Select(e => (e.PictureId, e.What)));
            Assert.Equal((1, 1), (view.Pictures, view.Erased));
            var old = grains.GetGrain<ILifePictureGrain>(oldId);
            await Refused.With("picture.withdrawn", () => old.Get(world.Person.Id));
            Assert.Equal(PictureAction.Erased, (await old.AuditTrail(world.Person.Id))[0].Action);
            Assert.Equal(PictureWorld.Words, (await grains.GetGrain<ILifePictureGrain>(newerId).Get(world.Person.Id)).Content.WhatMatters);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }

    private static Task<TestCluster> Start(string dataPath) =>
        ClusterHost.StartAsync(dataPath, b => b.AddSiloBuilderConfigurator<QuickRetention>());

    /// <summary>This class's clock for the grains, and the retention reminder every two seconds.</summary>
    private sealed class QuickRetention : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton(new GrainClock(Clock));
            siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            siloBuilder.Services.Configure<RetentionOptions>(o => o.Every = TimeSpan.FromSeconds(2));
        }
    }
}
