using System.Text.Json.Nodes;
using Convening.Contracts.Places;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Export, import into a fresh Convening, export again: the same HSDS, ids and all.</summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class RoundTripTests(DirectoryHost host)
{
    [Fact]
    public async Task ExportImportExport_IntoAFreshHost_GivesTheSameJson()
    {
        var place = await host.Place("Round Trip Town");
        foreach (var i in Enumerable.Range(61, 5))
            await host.Publish(HsdsDataset.Content(i, [place, "northfield"]));
        var original = await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}");

        using var fresh = new DirectoryHost();
        await fresh.InitializeAsync();
        await fresh.Grains.GetGrain<IPlaceGrain>(place).Create(new CreatePlace("Round Trip Town", "Working together"), fresh.Moderator.Id);
        var browser = await fresh.SignedIn(fresh.Moderator);
        var (progress, _) = await ImportJobs.Import(browser, original);
        var again = await fresh.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}");

        Assert.Equal(5, progress["imported"]!.GetValue<int>());
        Assert.Equal(WithoutDates(original), WithoutDates(again));
        Assert.Contains("northfield", again);
    }

    /// <summary>The export less the dates an import sets anew (when the entry was assured).</summary>
    private static string WithoutDates(string export)
    {
        var organizations = JsonNode.Parse(export)!.AsArray();
        foreach (var organization in organizations)
        {
            foreach (var metadata in organization!["metadata"]!.AsArray())
                metadata!["last_action_date"] = "";
            foreach (var service in organization["services"]!.AsArray())
                service!["assured_date"] = "";
        }
        return organizations.ToJsonString();
    }
}
