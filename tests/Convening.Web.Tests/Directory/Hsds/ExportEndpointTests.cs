using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>GET /directory/export.json and .csv: the published directory (or a search's part of it), as files to download.</summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class ExportEndpointTests(DirectoryHost host)
{
    [Fact]
    public async Task JsonExport_IsValidHsds_AndHoldsOnlyPublishedEntries()
    {
        var place = await host.Place();
        var published = new[] { await host.Publish(HsdsDataset.Content(1, [place])), await host.Publish(HsdsDataset.Content(2, [place])) };
        var submitted = await host.Submit(HsdsDataset.Content(3, [place]));
        var withdrawn = await host.Publish(HsdsDataset.Content(4, [place]));
        await host.Grains.GetGrain<IOrganisationGrain>(withdrawn).Withdraw(host.Moderator.Id);

        var response = await host.App.CreateClient().GetAsync($"/directory/export.json?place={place}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("convening-directory.json", response.Content.Headers.ContentDisposition?.FileName);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(await HsdsSchemaFiles.Schemas.Validate("organization_package.json", json));
        var ids = JsonNode.Parse(json)!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(published.Order(), ids.Order());
        Assert.DoesNotContain(submitted, json);
        Assert.DoesNotContain(withdrawn, json);
    }

    [Fact]
    public async Task JsonExport_TakesTheSearchFilters()
    {
        var place = await host.Place();
        var trauma = HsdsDataset.Content(5, [place]) with { Approaches = [new ApproachClaim("trauma-informed", "We avoid re-telling.", "")] };
        var coproduced = HsdsDataset.Content(6, [place]) with { Approaches = [new ApproachClaim("co-production", "Members design it.", "")] };
        var traumaId = await host.Publish(trauma);
        await host.Publish(coproduced);

        var json = await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}&approach=trauma-informed");

        Assert.Equal([traumaId], JsonNode.Parse(json)!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CsvExport_HasOneRowPerOrganisation_AndNoFormulas()
    {
        var place = await host.Place("Formula Town");
        var id = await host.Publish(HsdsDataset.Content(7, [place]) with { Name = "=HYPERLINK(\"https://evil.example\",\"Click\")", Phone = "+44 20 7946 0007" });
        await host.Submit(HsdsDataset.Content(8, [place]) with { Name = "Not yet reviewed" });

        var response = await host.App.CreateClient().GetAsync($"/directory/export.csv?place={place}");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("id,name,kind,website,email,phone,places,sectors,people_served,approaches,services,assured_date", rows[0]);
        Assert.StartsWith($"{id},\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",", rows[1]);
        Assert.Contains(",'+44 20 7946 0007,", rows[1]);
        Assert.Contains("Formula Town", rows[1]);
        Assert.DoesNotContain("Not yet reviewed", csv);
    }

    [Fact]
    public async Task Export_WithTooManyFilterValues_IsABadRequest()
    {
        var query = string.Join("&", Enumerable.Range(0, 60).Select(i => $"place=p{i}"));

        var response = await host.App.CreateClient().GetAsync($"/directory/export.json?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("place.too-many", await response.Content.ReadAsStringAsync());
    }
}
