using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;

namespace Convening.Grains.LifePictures;

[GenerateSerializer, Alias("convening.place-retention-state")]
public sealed class PlaceRetentionState
{
    /// <summary>Null until a steward sets it: the default (6 and 6 years) applies.</summary>
    [Id(0)] public RetentionRule? Rule { get; set; }
    [Id(1)] public Dictionary<string, ScheduledPicture> Pictures { get; set; } = [];
    /// <summary>Oldest first; ids and dates only.</summary>
    [Id(2)] public List<RetentionErasure> Log { get; set; } = [];
    /// <summary>The last enrolment of every picture the place holds (decision 0057); 0 before any.</summary>
    [Id(3)] public int Enrolled { get; set; }
}

/// <summary>Since when a picture's retention clock runs, and whether its content is already erased.</summary>
[GenerateSerializer, Immutable, Alias("convening.scheduled-picture")]
public sealed record ScheduledPicture(
    [property: Id(0)] DateTimeOffset Since,
    [property: Id(1)] bool Erased);

/// <summary>
/// The single writer of a place's retention periods and schedule (decision 0050). Picture grains
/// tell it their last change; the retention job asks it what is due and tells it what it erased.
/// It never calls a picture, so nothing waits in a circle.
/// </summary>
public sealed class PlaceRetentionGrain(
    [PersistentState("retention", StorageNames.Main)] IPersistentState<PlaceRetentionState> state)
    : Grain, IPlaceRetentionGrain
{
    /// <summary>Erasures listed for stewards; older lines are dropped.</summary>
    public const int LogKept = 1_000;

    /// <summary>Pictures one run of the job erases at most, so a run ends well inside a call's timeout; the next run takes the rest.</summary>
    public const int DuePerRun = 200;

    private bool _jobStarted;

    private PlaceRetentionState S => state.State;
    private string Slug => this.GetPrimaryKeyString();
    private RetentionRule Current => S.Rule ?? RetentionRule.Default;

    public async Task<RetentionView> Get(string? callerId)
    {
        await RequireSteward(callerId);
        return View();
    }

    public async Task<RetentionView> Set(SetRetention command, string? callerId)
    {
        await RequireSteward(callerId);
        var rule = new RetentionRule(Years(command.PictureYears, "pictureYears"), Years(command.AuditYears, "auditYears"));
        if (rule != S.Rule)
        {
            S.Rule = rule;
            await state.Write(this);
        }
        return View();
    }

    private static int Years(int years, string field) =>
        years is >= RetentionRule.MinYears and <= RetentionRule.MaxYears
            ? years
            : throw new ConveningException("retention.years-out-of-range",
                $"Enter a whole number of years from {RetentionRule.MinYears} to {RetentionRule.MaxYears}.") { Field = field };

    public Task<RetentionRule> Rule() => Task.FromResult(Current);

    public async Task Track(RetentionMark mark)
    {
        var known = S.Pictures.GetValueOrDefault(mark.PictureId);
        if (mark.ErasedNow == RetentionErased.Record)
        {
            if (!S.Pictures.Remove(mark.PictureId))
                return;
        }
        else
        {
            var next = new ScheduledPicture(mark.Since, mark.Erased);
            if (next == known && mark.ErasedNow is null)
                return;
            S.Pictures[mark.PictureId] = next;
        }
        if (mark.ErasedNow is { } erased && (known is null || known.Erased == (erased == RetentionErased.Record)))
        {
            // Logged once: a job that runs again after a lost answer finds the picture already moved on.
            S.Log.Add(new RetentionErasure(mark.Since, mark.PictureId, erased));
            if (S.Log.Count > LogKept)
                S.Log.RemoveAt(0);
        }
        await state.Write(this);
        if (!_jobStarted)
        {
            await GrainFactory.GetGrain<IRetentionJobGrain>(Slug).Start();
            _jobStarted = true;
        }
    }

    public Task<int> Enrolled() => Task.FromResult(S.Enrolled);

    public async Task MarkEnrolled(int version)
    {
        if (version <= S.Enrolled)
            return;
        S.Enrolled = version;
        await state.Write(this);
    }

    public Task<IReadOnlyList<string>> Due(DateTimeOffset now) =>
        Task.FromResult<IReadOnlyList<string>>([.. S.Pictures.Where(p => DueAt(p.Value) <= now).OrderBy(p => DueAt(p.Value)).Take(DuePerRun).Select(p => p.Key)]);

    private DateTimeOffset DueAt(ScheduledPicture picture) => picture.Since.AddYears(picture.Erased ? Current.AuditYears : Current.PictureYears);

    private RetentionView View() =>
        new(Slug, Current, S.Rule is null, S.Pictures.Count(p => !p.Value.Erased), S.Pictures.Count(p => p.Value.Erased),
            S.Pictures.Count == 0 ? null : S.Pictures.Values.Min(DueAt), [.. Enumerable.Reverse(S.Log)]);

    private async Task RequireSteward(string? callerId) =>
        AccessPolicy.Steward(await GrainFactory.GetGrain<IPlaceGrain>(Slug).Get(), Caller.Required(callerId));
}
