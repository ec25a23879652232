using System.Text.Json.Nodes;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Our HSDS output checked by a real JSON Schema validator against the official HSDS 3.0 schema files.</summary>
public sealed class HsdsSchemaTests
{
    [Fact]
    public async Task Export_OfAGeneratedDirectory_ValidatesAgainstOrganizationPackage()
    {
        var export = new JsonArray([.. HsdsDataset.Documents(12).Select(d => (JsonNode)HsdsWriter.Organization(d, HsdsDataset.PlaceNames))]);

        var errors = await HsdsSchemaFiles.Schemas.Validate("organization_package.json", export.ToJsonString());

        Assert.Empty(errors);
        var first = export[0]!;
        Assert.Contains(first["locations"]!.AsArray(), l => l!["location_type"]!.GetValue<string>() == "virtual");
        Assert.Equal("GB", first["locations"]!.AsArray().First(l => l!["location_type"]!.GetValue<string>() == "physical")!["addresses"]![0]!["country"]!.GetValue<string>());
        Assert.Contains(first["attributes"]!.AsArray(), a => a!["taxonomy_term"]!["taxonomy"]!.GetValue<string>() == HsdsTaxonomies.Approach);
    }

    [Fact]
    public async Task BrokenOrganization_IsRejectedByTheValidator()
    {
        var organization = HsdsWriter.Organization(HsdsDataset.Document(1), HsdsDataset.PlaceNames);
        organization.Remove("name");
        organization["description"] = 42;
        organization["services"]![0]!["status"] = "open sometimes";
        organization["website"] = "not a web address";

        var errors = await HsdsSchemaFiles.Schemas.Validate("organization.json", organization.ToJsonString());

        var codes = errors.Select(e => e.Code).ToList();
        Assert.Contains("schema.property-required", codes);
        Assert.Contains("schema.string-expected", codes);
        Assert.Contains("schema.not-in-enumeration", codes);
        Assert.Contains("schema.uri-expected", codes);
        Assert.Contains(errors, e => e.Message.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokenPackage_IsRejectedByTheValidator()
    {
        var package = new JsonArray(HsdsWriter.Organization(HsdsDataset.Document(1), HsdsDataset.PlaceNames), new JsonObject { ["id"] = "not-a-uuid", ["name"] = 7 });

        var errors = await HsdsSchemaFiles.Schemas.Validate("organization_package.json", package.ToJsonString());

        Assert.NotEmpty(errors);
    }
}
