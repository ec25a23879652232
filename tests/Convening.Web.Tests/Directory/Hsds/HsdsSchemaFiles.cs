using System.Text.Json.Nodes;
using Convening.Testing;
using Convening.Web.OrganisationDirectory.Hsds;
using NJsonSchema;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>The official HSDS 3.0 schemas shipped in the repository (standards/): tests fail, not skip, without them.</summary>
public static class HsdsSchemaFiles
{
    public static HsdsSchemas Schemas { get; } = Find();

    /// <summary>
    /// The response of GET /services as openapi.json defines it: its Page schema, with contents a
    /// list of compiled/service_list.json items (the $ref in openapi.json points at that file online).
    /// </summary>
    public static async Task<JsonSchema> PagedServiceList()
    {
        var root = Schemas.Root!;
        var openApi = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "openapi.json")))!;
        var page = openApi["components"]!["schemas"]!["Page"]!.DeepClone();
        var item = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "compiled", "service_list.json")))!;
        var schema = new JsonObject
        {
            ["allOf"] = new JsonArray(page),
            ["properties"] = new JsonObject { ["contents"] = new JsonObject { ["type"] = "array", ["items"] = item } },
        };
        return await JsonSchema.FromJsonAsync(schema.ToJsonString());
    }

    private static HsdsSchemas Find()
    {
        var schemas = new HsdsSchemas(HsdsSchemas.Shipped);
        Assert.True(schemas.Root is not null, $"The HSDS 3.0 schemas were not found at {HsdsSchemas.Shipped} (copied from the repository's standards/).");
        return schemas;
    }
}
