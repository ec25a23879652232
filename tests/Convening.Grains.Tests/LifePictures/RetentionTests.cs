using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Convening.Grains.Tests.LifePictures;

/// <summary>Retention (decision 0050): the grains' clock is moved on years at a time and the place's retention job is run as its reminder runs it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RetentionTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static readonly TimeSpan ThreeYears = TimeSpan.FromDays(3 * 366);

    [Fact]
    public async Task PictureUnchangedForSixYears_IsErasedWithItsPlan_LeavesTheTotals_AndTheTrailSaysSo_NewerOnesAreKept()
    {
        var world = await PictureWorld.Create(_grains);
        var job = _grains.GetGrain<IRetentionJobGrain>(world.Place.Slug);
        var schedule = _grains.GetGrain<IPlaceRetentionGrain>(world.Place.Slug);
        var words = string.Join(' ', Enumerable.Range(0, 1_100).Select(i => $"river{i}"));
        var old = await world.ClaimedPicture(content: PictureWorld.Content(words));
        var oldId = old.GetPrimaryKeyString();
        await _grains.GetGrain<ISupportPlanGrain>(oldId).Save(
            new SavePlan(0, [new PlanStream("access-to-work", 300_00, "A taxi to work")], [], [], SavingsChoice.ThePerson), world.Practitioner.Id);
        var recorded = (await old.Get(world.Person.Id)).Versions[0].SavedAt;
        Assert.True(StoredSize(oldId) > words.Length, "the sealed picture is stored");

        using var later = TestClock.Instance.Advance(ThreeYears);
        var kept = new List<ILifePictureGrain>();
        for (var i = 0; i < 5; i++)
            kept.Add(await world.ClaimedPicture());
        var renewed = (await kept[0].Save(new SavePicture(1, PictureWorld.Content("Growing tomatoes")), world.Practitioner.Id)).ErasureDue;
        Assert.Equal(6, (await _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug).Totals(world.Commissioner.Id)).People);
        // Claiming it and saving its plan were changes too: the six years run from the last of them.
        Assert.InRange((await old.Get(world.Practitioner.Id)).ErasureDue!.Value, recorded.AddYears(6), recorded.AddYears(6).AddMinutes(1));
        Assert.Equal(0, await job.Run());

        using var due = TestClock.Instance.Advance(ThreeYears);
        Assert.Equal(1, await job.Run());

        var refusal = await Refused.With("picture.withdrawn", () => old.Get(world.Person.Id));
        Assert.Contains("not changed for as long as the place keeps pictures", refusal.Message);
        var trail = await old.AuditTrail(world.Person.Id);
        Assert.Equal((PictureAction.Erased, "The place's retention period"), (trail[0].Action, trail[0].ByName));
        Assert.True((await old.Summary(world.Person.Id)).ErasedByRetention);
        Assert.True(StoredSize(oldId) < 3_000, $"the erased picture's row still holds {StoredSize(oldId)} bytes");
        Assert.Equal(0, StoredRows(oldId, "support-plan"));
        Assert.Equal(5, (await _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug).Totals(world.Commissioner.Id)).People);
        Assert.Equal(PictureWorld.Words, (await kept[1].Get(world.Person.Id)).Content.WhatMatters);
        Assert.True(renewed > TestClock.Instance.GetUtcNow());
        var view = await schedule.Get(world.Steward.Id);
        Assert.Equal([(oldId, RetentionErased.Content)], view.Log.Select(e => (e.PictureId, e.What)));
        Assert.Equal((5, 1), (view.Pictures, view.Erased));

        // Run again (a tick after a lost answer, or two silos): nothing more happens.
        Assert.Equal(0, await job.Run());
        await old.Retain(RetentionRule.Default);
        Assert.Equal(trail.Count, (await old.AuditTrail(world.Person.Id)).Count);
        Assert.Single((await schedule.Get(world.Steward.Id)).Log);

        // Six years after the erasure, the record of who saw it goes too, and it leaves the person's list.
        using var afterwards = TestClock.Instance.Advance(ThreeYears + ThreeYears);
        Assert.Equal(6, await job.Run());
        await Refused.With(AccessPolicy.PictureNotShared, () => old.AuditTrail(world.Person.Id));
        Assert.Equal(0, StoredRows(oldId, "life-picture"));
        Assert.DoesNotContain((await _grains.GetGrain<ILifePictureShelfGrain>(world.Person.Id).List(world.Person.Id)), s => s.PictureId == oldId);
        Assert.Contains((await schedule.Get(world.Steward.Id)).Log, e => e.PictureId == oldId && e.What == RetentionErased.Record);
    }

    [Fact]
    public async Task RetentionPeriods_AreSetByStewardsOnly_FromOneToFiftyYears_AndAShorterOneErasesSooner()
    {
        var world = await PictureWorld.Create(_grains);
        var schedule = _grains.GetGrain<IPlaceRetentionGrain>(world.Place.Slug);
        var picture = await world.ClaimedPicture();

        var initial = await schedule.Get(world.Steward.Id);
        Assert.True(initial.IsDefault);
        Assert.Equal(RetentionRule.Default, initial.Rule);
        foreach (var other in new[] { world.Person, world.Practitioner, world.OtherPractitioner, world.Commissioner, world.Outsider })
        {
            await Refused.With(AccessPolicy.StewardsOnly, () => schedule.Set(new SetRetention(world.Place.Slug, 1, 1), other.Id));
            await Refused.With(AccessPolicy.StewardsOnly, () => schedule.Get(other.Id));
        }
        Assert.Equal("pictureYears", (await Refused.With("retention.years-out-of-range", () => schedule.Set(new SetRetention(world.Place.Slug, 0, 6), world.Steward.Id))).Field);
        Assert.Equal("auditYears", (await Refused.With("retention.years-out-of-range", () => schedule.Set(new SetRetention(world.Place.Slug, 6, 51), world.Steward.Id))).Field);
        await Refused.With("retention.years-out-of-range", () => schedule.Set(new SetRetention(world.Place.Slug, -3, 6), world.Steward.Id));
        Assert.True((await schedule.Get(world.Steward.Id)).IsDefault);

        var set = await schedule.Set(new SetRetention(world.Place.Slug, 1, 2), world.Steward.Id);

        Assert.Equal((new RetentionRule(1, 2), false), (set.Rule, set.IsDefault));
        var due = (await picture.Get(world.Practitioner.Id)).ErasureDue!.Value;
        Assert.True(due < TestClock.Instance.GetUtcNow().AddYears(1).AddMinutes(1), $"due {due}");
        using var ayear = TestClock.Instance.Advance(TimeSpan.FromDays(367));
        Assert.Equal(1, await _grains.GetGrain<IRetentionJobGrain>(world.Place.Slug).Run());
        await Refused.With("picture.withdrawn", () => picture.Get(world.Person.Id));
    }

    private long StoredSize(string id) => (long)(Query(id, "life-picture", "length(data)") ?? 0L);

    private int StoredRows(string id, string state) => (int)(long)Query(id, state, "count(*)")!;

    private object? Query(string id, string state, string what)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.DataPath, "convening.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {what} FROM grain_state WHERE state_name = $state AND grain_id LIKE '%' || $id";
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }
}
