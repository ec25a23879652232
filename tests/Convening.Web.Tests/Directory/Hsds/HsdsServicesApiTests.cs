using System.Net;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>GET /hsds/services and /hsds/services/{id}: the HSDS 3.0 API's shapes, published services only.</summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class HsdsServicesApiTests(DirectoryHost host)
{
    [Fact]
    public async Task ServiceList_IsAnHsdsPage_PagedByPerPage()
    {
        await host.Publish(HsdsDataset.Content(11, [await host.Place()]));
        var http = host.App.CreateClient();

        var first = JsonNode.Parse(await http.GetStringAsync("/hsds/services?per_page=1"))!;
        var total = first["total_items"]!.GetValue<int>();
        var last = JsonNode.Parse(await http.GetStringAsync($"/hsds/services?per_page=1&page={total}"))!;
        var beyond = JsonNode.Parse(await http.GetStringAsync($"/hsds/services?per_page=1&page={total + 1}"))!;

        var schema = await HsdsSchemaFiles.PagedServiceList();
        Assert.Empty(schema.Validate(first.ToJsonString()));
        Assert.Empty(schema.Validate(last.ToJsonString()));
        Assert.True(total >= 2);
        Assert.Equal((total, 1, 1, true, false, false), (first["total_pages"]!.GetValue<int>(), first["page_number"]!.GetValue<int>(), first["contents"]!.AsArray().Count,
            first["first_page"]!.GetValue<bool>(), first["last_page"]!.GetValue<bool>(), first["empty"]!.GetValue<bool>()));
        Assert.True(last["last_page"]!.GetValue<bool>());
        Assert.True(beyond["empty"]!.GetValue<bool>());
        Assert.NotEqual(first["contents"]![0]!["id"]!.GetValue<string>(), last["contents"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ServiceList_PerPage_IsCappedAt100_AndSizeCountsThePage()
    {
        await host.Publish(HsdsDataset.Content(14, [await host.Place()]));
        var page = JsonNode.Parse(await host.App.CreateClient().GetStringAsync("/hsds/services?per_page=5000"))!;

        Assert.Equal(page["contents"]!.AsArray().Count, page["size"]!.GetValue<int>());
        Assert.InRange(page["size"]!.GetValue<int>(), 1, 100);
    }

    [Fact]
    public async Task OneService_IsAnHsdsService_WithItsLocations()
    {
        var content = HsdsDataset.Content(12, [await host.Place()]);
        await host.Publish(content);

        var json = await host.App.CreateClient().GetStringAsync($"/hsds/services/{content.Services[0].Id}");

        Assert.Empty(await HsdsSchemaFiles.Schemas.Validate("service.json", json));
        var service = JsonNode.Parse(json)!;
        Assert.Equal("Drop-in café", service["name"]!.GetValue<string>());
        Assert.Equal(["physical", "virtual"], service["service_at_locations"]!.AsArray().Select(l => l!["location"]!["location_type"]!.GetValue<string>()));
        Assert.Equal(content.Name, service["organization"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownOrUnpublishedService_IsNotFound_AsProblemJson()
    {
        var unpublished = HsdsDataset.Content(13, [await host.Place()]);
        await host.Submit(unpublished);
        var http = host.App.CreateClient();

        foreach (var id in new[] { unpublished.Services[0].Id, Guid.NewGuid().ToString("D"), "not-a-uuid" })
        {
            var response = await http.GetAsync($"/hsds/services/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("service.not-found", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        }
        var list = await http.GetStringAsync("/hsds/services?per_page=100");
        Assert.DoesNotContain(unpublished.Services[0].Id, list);
    }

    [Fact]
    public async Task ServiceList_WithABadPage_IsABadRequest()
    {
        var response = await host.App.CreateClient().GetAsync("/hsds/services?page=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page.invalid", await response.Content.ReadAsStringAsync());
    }
}
