using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.OrganisationDirectory.Import;

[Collection(ClusterCollection.Name)]
public sealed class DirectoryImportGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Start_ByANonModerator_IsRefused()
    {
        var person = await _grains.Person("Pat");

        await Refused.With("directory.not-a-moderator", () => Job().Start(new ImportJobStart("orgs.json", 3, 0, []), person.Id));
        await Refused.With("auth.required", () => Job().Start(new ImportJobStart("orgs.json", 3, 0, []), null));
    }

    [Fact]
    public async Task Progress_AddsUp_AndTheJobFinishes()
    {
        var moderator = await _grains.Moderator();
        var job = Job();
        await job.Start(new ImportJobStart("orgs.json", 5, 1, [Rejection(4)]), moderator.Id);

        var running = await job.Report(new ImportJobProgress(2, 1, [Rejection(2)]), moderator.Id);
        Assert.Equal((ImportJobStatus.Running, 5, 2, 1, 2, 5), (running.Status, running.Done, running.Imported, running.Unchanged, running.Rejected, running.Total));

        var finished = await job.Finish(null, moderator.Id);
        Assert.Equal(ImportJobStatus.Finished, finished.Status);
        Assert.Equal([4, 2], finished.Rejections.Select(r => r.Index));
        await Refused.With("import.finished", () => job.Report(new ImportJobProgress(1, 0, []), moderator.Id));
    }

    [Fact]
    public async Task Report_BySomeoneElse_OrBeyondTheTotal_IsRefused()
    {
        var moderator = await _grains.Moderator();
        var other = await _grains.Person("Robin");
        var job = Job();
        await job.Start(new ImportJobStart("orgs.json", 2, 0, []), moderator.Id);

        await Refused.With("import.not-yours", () => job.Report(new ImportJobProgress(1, 0, []), other.Id));
        await Refused.With("import.invalid-counts", () => job.Report(new ImportJobProgress(3, 0, []), moderator.Id));
        await Refused.With("directory.not-a-moderator", () => job.Get(other.Id));
    }

    [Fact]
    public async Task Report_KeepsTheFirstRejections_AndCountsThemAll()
    {
        var moderator = await _grains.Moderator();
        var many = Enumerable.Range(0, DirectoryImportLimits.RejectionsKept + 50).Select(Rejection).ToList();
        var job = Job();

        var view = await job.Start(new ImportJobStart("orgs.json", many.Count, many.Count, many), moderator.Id);

        Assert.Equal(ImportJobStatus.Finished, view.Status);
        Assert.Equal(many.Count, view.Rejected);
        Assert.Equal(DirectoryImportLimits.RejectionsKept, view.Rejections.Count);
    }

    [Fact]
    public async Task AJobThatStopsReporting_ShowsAsInterrupted()
    {
        var moderator = await _grains.Moderator();
        var job = Job();
        await job.Start(new ImportJobStart("orgs.json", 2, 0, []), moderator.Id);

        using (TestClock.Instance.Advance(DirectoryImportLimits.Silence + TimeSpan.FromMinutes(1)))
            Assert.Equal(ImportJobStatus.Interrupted, (await job.Get(moderator.Id)).Status);
        Assert.Equal(ImportJobStatus.Running, (await job.Get(moderator.Id)).Status);
    }

    private IDirectoryImportGrain Job() => _grains.GetGrain<IDirectoryImportGrain>(Guid.NewGuid().ToString("N"));

    private static ImportRejection Rejection(int index) =>
        new(index, Guid.NewGuid().ToString("D"), $"Organisation {index}", [new ImportReason("name.empty", "The organisation's name is missing.")]);
}
