using Convening.Contracts.LifePictures;
using Convening.Grains.LifePictures;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;
using Convening.Testing;
using Microsoft.Data.Sqlite;
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

    /// <remarks>
    /// A second place's pictures are stored as a version before retention would have stored them: its schedule
    /// and its job's reminder are deleted from the file while the silo is down. It joins the schedule on its own
    /// (decision 0057): one picture counted in the totals, one not (found on its practitioner's shelf).
    /// </remarks>
    [Fact]
    public async Task RetentionJobSetBeforeAStop_ErasesTheDuePictureAfterTheRestart_WithoutAnyoneOpeningIt_AndKeepsTheNewerOne_AndPicturesFromBeforeRetentionJoin()
    {
        using var data = new TempDir("retention-restart");
        PictureWorld world, older;
        string oldId, newerId;
        string[] olderIds;
        var cluster = await Start(data.Path);
        try
        {
            world = await PictureWorld.Create(cluster.GrainFactory);
            older = await PictureWorld.Create(cluster.GrainFactory, "Essex");
            oldId = (await world.ClaimedPicture()).GetPrimaryKeyString();
            olderIds = [(await older.ClaimedPicture()).GetPrimaryKeyString(), (await older.ClaimedPicture(counts: false)).GetPrimaryKeyString()];
            Clock.Advance(ThreeYears);
            newerId = (await world.ClaimedPicture()).GetPrimaryKeyString();
            Assert.Equal(2, (await cluster.GrainFactory.GetGrain<IPlaceRetentionGrain>(world.Place.Slug).Get(world.Steward.Id)).Pictures);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
        ForgetRetention(data.Path, older.Place.Slug);

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

            var olderSchedule = grains.GetGrain<IPlaceRetentionGrain>(older.Place.Slug);
            await Eventually.True(async () => (await olderSchedule.Get(older.Steward.Id)).Log.Count == 2,
                "the pictures stored before retention existed to be enrolled and erased", seconds: 60);
            Assert.Equal(olderIds.Order(), (await olderSchedule.Get(older.Steward.Id)).Log.Select(e => e.PictureId).Order());
            foreach (var id in olderIds)
                await Refused.With("picture.withdrawn", () => grains.GetGrain<ILifePictureGrain>(id).Get(older.Person.Id));
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }

    /// <summary>What a version before retention left: no schedule for the place and no reminder for its job.</summary>
    private static void ForgetRetention(string dataPath, string slug)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "convening.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM grain_state WHERE state_name = 'retention' AND grain_id LIKE '%' || $slug;
            DELETE FROM reminders WHERE name = 'retention' AND grain_id LIKE '%' || $slug;
            SELECT total_changes();
            """;
        command.Parameters.AddWithValue("$slug", slug);
        Assert.Equal(2L, command.ExecuteScalar());
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
