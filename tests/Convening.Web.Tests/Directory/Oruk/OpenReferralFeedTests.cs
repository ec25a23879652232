using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.OrganisationDirectory.Oruk;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.OrganisationDirectory.Oruk;

/// <summary>
/// The directory as an Open Referral UK 3.0 feed under /hsds: every endpoint's responses, every
/// record, checked against the profile's schemas (and HSDS 3.0's where it has them), its / and paging.
/// </summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class OpenReferralFeedTests(DirectoryHost host)
{
    private static readonly (string List, string ListSchema, string ItemSchema)[] Endpoints =
    [
        ("services", "service_list.json", "service.json"),
        ("organizations", "organization_list.json", "organization.json"),
        ("taxonomies", "taxonomy_list.json", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term_list.json", "taxonomy_term.json"),
        ("service_at_locations", "service_at_location_list.json", "service_at_location.json"),
    ];

    [Fact]
    public async Task Root_SaysWhichVersionAndProfile_AndWhereItsOpenApiIs()
    {
        var http = host.App.CreateClient();

        var json = await http.GetStringAsync("/hsds/");

        Assert.Empty(await OrukSchemaFiles.Errors("api_details.json", json));
        var about = JsonNode.Parse(json)!;
        Assert.Equal("HSDS-UK-3.0", about["version"]!.GetValue<string>());
        var openApi = JsonNode.Parse(await http.GetStringAsync(about["openapi_url"]!.GetValue<string>()))!;
        string[] paths = ["/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/taxonomies", "/taxonomy_terms", "/service_at_locations"];
        Assert.All(paths, p => Assert.NotNull(openApi["paths"]![p]));
        Assert.EndsWith("/hsds", openApi["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryEndpoint_AndEveryRecord_MatchesTheOrukSchemas()
    {
        var place = await host.Place("Feed place");
        var mine = await host.Publish(HsdsDataset.Content(Fresh(), [place]));
        var http = host.App.CreateClient();

        foreach (var (list, listSchema, itemSchema) in Endpoints)
        {
            var filter = list is "services" or "service_at_locations" ? $"&organization_id={mine}" : "";
            foreach (var variant in new[] { "", "&full=true", "&full=true&full_service=true", "&minimal=true" })
            {
                var json = await http.GetStringAsync($"/hsds/{list}?per_page=100{filter}{variant}");
                Assert.Empty(await OrukSchemaFiles.Errors(listSchema, json));
                AssertNoEmptyOptionalFields(JsonNode.Parse(json)!, $"{list}{variant}");
            }
            var page = JsonNode.Parse(await http.GetStringAsync($"/hsds/{list}?per_page=100{filter}"))!;
            var ids = page["contents"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
            if (list == "organizations")
                ids = [mine];
            Assert.NotEmpty(ids);
            foreach (var id in ids)
            {
                var one = await http.GetStringAsync($"/hsds/{list}/{id}");
                Assert.Empty(await OrukSchemaFiles.Errors(itemSchema, one));
                AssertNoEmptyOptionalFields(JsonNode.Parse(one)!, $"{list}/{id}");
                if (list is "services" or "organizations")
                    Assert.Empty(await HsdsSchemaFiles.Schemas.Validate(itemSchema, one));
            }
        }
        var full = await http.GetStringAsync($"/hsds/organizations/{mine}?full_service=true");
        Assert.Empty(await OrukSchemaFiles.Errors("organization.json", full));
        Assert.Empty(await HsdsSchemaFiles.Schemas.Validate("organization.json", full));
    }

    [Fact]
    public async Task Organization_CarriesItsOrgIdIdentifiers_AsOrukDefinesThem()
    {
        var place = await host.Place("Identifier place");
        var i = Fresh();
        var mine = await host.Publish(HsdsDataset.Content(i, [place]));
        var http = host.App.CreateClient();

        var json = await http.GetStringAsync($"/hsds/organizations/{mine}");

        Assert.Empty(await OrukSchemaFiles.Errors("organization.json", json));
        var identifiers = JsonNode.Parse(json)!["organization_identifiers"]!.AsArray();
        Assert.Equal(["GB-CHC", "GB-COH"], identifiers.Select(x => x!["identifier_scheme"]!.GetValue<string>()));
        Assert.Equal((1_000_000 + i % 9_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture), identifiers[0]!["identifier"]!.GetValue<string>());
        Assert.Equal("Registered charity number (England and Wales)", identifiers[0]!["identifier_type"]!.GetValue<string>());
        Assert.Equal("Company number", identifiers[1]!["identifier_type"]!.GetValue<string>());
        Assert.All(identifiers, x => Assert.Equal(mine, x!["organization_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paging_SizeIsTheItemsOnThisPage_AndPastTheEndIsAnEmptyPage()
    {
        var mine = await host.Publish(HsdsDataset.Content(Fresh(), [await host.Place()]));
        var http = host.App.CreateClient();
        async Task<JsonNode> Get(string query) => JsonNode.Parse(await http.GetStringAsync($"/hsds/service_at_locations?organization_id={mine}&{query}"))!;

        var first = await Get("per_page=1");
        var all = await Get("per_page=100000");
        var beyond = await Get("per_page=1&page=3");
        var farBeyond = await Get("page=99999999999");

        Assert.Equal((2, 2, 1, 1, true, false, false), (first["total_items"]!.GetValue<int>(), first["total_pages"]!.GetValue<int>(), first["page_number"]!.GetValue<int>(),
            first["size"]!.GetValue<int>(), first["first_page"]!.GetValue<bool>(), first["last_page"]!.GetValue<bool>(), first["empty"]!.GetValue<bool>()));
        Assert.Equal((2, 1, true), (all["size"]!.GetValue<int>(), all["total_pages"]!.GetValue<int>(), all["last_page"]!.GetValue<bool>()));
        Assert.Equal((0, true, 3), (beyond["size"]!.GetValue<int>(), beyond["empty"]!.GetValue<bool>(), beyond["page_number"]!.GetValue<int>()));
        Assert.True(farBeyond["empty"]!.GetValue<bool>());
        foreach (var page in new[] { first, all, beyond })
            Assert.Empty(await OrukSchemaFiles.Errors("service_at_location_list.json", page.ToJsonString()));
    }

    [Theory]
    [InlineData("/hsds/")]
    [InlineData("/hsds/services?per_page=1")]
    [InlineData("/hsds/taxonomies")]
    [InlineData("/hsds/services/not-a-uuid")]
    [InlineData("/hsds/services?page=0")]
    [InlineData("/hsds/no-such-thing")]
    public async Task EveryResponse_LetsAnyOriginReadIt(string path)
    {
        var response = await host.App.CreateClient().GetAsync(path);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Preflight_IsAnsweredForAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/hsds/services");
        request.Headers.Add("Origin", "https://other-directory.example.org");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await host.App.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("services?page=0", "page.invalid")]
    [InlineData("services?per_page=ten", "page.invalid")]
    [InlineData("organizations?full=maybe", "full.invalid")]
    [InlineData("services?format=csv", "format.unsupported")]
    [InlineData("services?modified_after=yesterday", "modified_after.invalid")]
    [InlineData("service_at_locations?proximity=5", "proximity.unsupported")]
    public async Task BadParameters_AreClearErrors(string path, string code)
    {
        var response = await host.App.CreateClient().GetAsync($"/hsds/{path}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ThousandCharacterSearch_AndSearchSyntax_AreAClearErrorOrAStableResult()
    {
        var http = host.App.CreateClient();

        var tooLong = await http.GetAsync($"/hsds/services?search={new string('a', 1000)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("search.too-long", JsonNode.Parse(await tooLong.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        foreach (var syntax in new[] { "\"café", "caf* OR NOT x", "name:(a AND b)", "NEAR(a b, 2)", "a^3 ~2 {x TO y}", "-", "\\" })
        {
            var response = await http.GetAsync($"/hsds/services?search={Uri.EscapeDataString(syntax)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(await OrukSchemaFiles.Errors("service_list.json", await response.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task Filters_ByTermTaxonomySearchAndDate_FindTheRightRecords_AndUnknownIdsFindNothing()
    {
        var place = await host.Place("Filter place");
        var content = HsdsDataset.Content(Fresh(), [place]) with { Name = "Quillwort befriending circle" };
        var mine = await host.Publish(content);
        var http = host.App.CreateClient();
        async Task<List<string>> Organisations(string query) =>
            [.. JsonNode.Parse(await http.GetStringAsync($"/hsds/organizations?per_page=100&{query}"))!["contents"]!.AsArray().Select(o => o!["id"]!.GetValue<string>())];

        var terms = JsonNode.Parse(await http.GetStringAsync("/hsds/taxonomy_terms?per_page=100&search=Filter place"))!["contents"]!.AsArray();
        var placeTerm = Assert.Single(terms)!;
        Assert.Equal([mine], await Organisations($"taxonomy_term_id={placeTerm["id"]}"));
        Assert.Contains(mine, await Organisations($"taxonomy_id={placeTerm["taxonomy_id"]}"));
        Assert.Equal([mine], await Organisations("search=quillwort"));
        Assert.Empty(await Organisations($"search=quillwort&modified_after={DateTimeOffset.UtcNow.AddDays(1):yyyy-MM-ddTHH:mm:ssZ}"));
        Assert.Empty(await Organisations($"taxonomy_term_id={Guid.NewGuid()}"));
        Assert.Empty(await Organisations("taxonomy_id=not-a-taxonomy"));
        var unknown = await http.GetAsync($"/hsds/taxonomies/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("taxonomy.not-found", JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnpublishedEntries_AreInNoList_AndNoRecord()
    {
        var unpublished = HsdsDataset.Content(Fresh(), [await host.Place()]);
        var id = await host.Submit(unpublished);
        var http = host.App.CreateClient();

        foreach (var path in new[] { $"organizations/{id}", $"services/{unpublished.Services[0].Id}" })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/hsds/{path}")).StatusCode);
        foreach (var list in new[] { "organizations", "services", "service_at_locations" })
            Assert.Equal(0, JsonNode.Parse(await http.GetStringAsync($"/hsds/{list}?organization_id={id}"))!["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task ImportedRecord_TakingAnotherOrganisationsServiceIds_IsRejectedClearly_AndNothingIsOverwritten()
    {
        var place = await host.Place("Collision place");
        var owner = HsdsDataset.Content(Fresh(), [place]);
        var ownerId = await host.Publish(owner);
        var intruder = HsdsDataset.Content(Fresh(), [place]) with { Name = "Intruder", Services = owner.Services };
        var places = new Dictionary<string, string> { [place] = "Collision place" };
        var file = new JsonArray(
            HsdsWriter.Organization(new DirectoryDocument(Guid.NewGuid().ToString("D"), intruder, DateTimeOffset.UtcNow, []), places),
            HsdsWriter.Organization(new DirectoryDocument(ownerId, owner, DateTimeOffset.UtcNow, []), places));

        var read = await ImportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file.ToJsonString())), HsdsSchemaFiles.Schemas, new HashSet<string> { place }, null, CancellationToken.None);
        var plan = ImportCollisions.Check(read, await host.App.Services.GetRequiredService<FeedCatalog>().Current(CancellationToken.None));

        var rejection = Assert.Single(plan.Rejected);
        Assert.Equal(("Intruder", "id.taken"), (rejection.Name, rejection.Reasons[0].Code));
        Assert.Equal(ownerId, Assert.Single(plan.Valid).Record.Id);
        var service = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/hsds/services/{owner.Services[0].Id}"))!;
        Assert.Equal(ownerId, service["organization"]!["id"]!.GetValue<string>());
    }

    /// <summary>An entry number no other test uses, so its service and location ids are its own.</summary>
    private static int Fresh() => Random.Shared.Next(1_000_000, 100_000_000);

    /// <summary>The profile asks that empty optional fields be left out rather than sent as null or "".</summary>
    private static void AssertNoEmptyOptionalFields(JsonNode node, string where)
    {
        string[] requiredEvenIfEmpty = ["state_province", "field_name", "previous_value", "replacement_value"];
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Assert.True(value is not null, $"{where}: {key} is null");
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && !requiredEvenIfEmpty.Contains(key))
                        Assert.True(text.Length > 0, $"{where}: {key} is empty");
                    AssertNoEmptyOptionalFields(value!, where);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    AssertNoEmptyOptionalFields(item!, where);
                break;
        }
    }
}
