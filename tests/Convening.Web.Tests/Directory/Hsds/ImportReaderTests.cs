using System.Text;
using System.Text.Json.Nodes;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;
using Convening.Web.OrganisationDirectory.Import;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Bad files and bad records: clear reasons for each record, with stable codes, and nothing taken from a file that is not JSON.</summary>
public sealed class ImportReaderTests
{
    private static readonly HashSet<string> KnownPlaces = ["northfield", "southbank"];

    [Fact]
    public async Task BadRecords_AreEachRejectedWithEveryReason_AndGoodOnesKept()
    {
        var good = Organization(1);
        var noName = Organization(2);
        noName.Remove("name");
        var wrongTypes = Organization(3);
        wrongTypes["description"] = 12;
        wrongTypes["services"] = "none";
        var badContacts = Organization(4);
        badContacts["website"] = "javascript:alert(1)";
        badContacts["email"] = "not an email";
        var unknownPlace = Organization(5);
        unknownPlace["attributes"]!.AsArray().First(a => a!["taxonomy_term"]!["taxonomy"]!.GetValue<string>() == HsdsTaxonomies.Place)!["taxonomy_term"]!["code"] = "atlantis";
        var duplicate = Organization(6);
        duplicate["id"] = good["id"]!.GetValue<string>();

        var plan = await Read(new JsonArray(good, noName, wrongTypes, badContacts, unknownPlace, duplicate, Organization(7)).ToJsonString());

        Assert.Equal(7, plan.Total);
        Assert.Equal([6], plan.Valid.Select(v => v.Index));
        var codes = plan.Rejected.ToDictionary(r => r.Index, r => r.Reasons.Select(x => x.Code).ToList());
        Assert.Contains("schema.property-required", codes[1]);
        Assert.Contains("name.empty", codes[1]);
        Assert.Contains("schema.string-expected", codes[2]);
        Assert.Contains("description.wrong-type", codes[2]);
        Assert.Contains("services.wrong-type", codes[2]);
        Assert.Contains("website.invalid", codes[3]);
        Assert.Contains("email.invalid", codes[3]);
        Assert.Contains("place.not-found", codes[4]);
        Assert.Contains("id.duplicate", codes[0]);
        Assert.Contains("id.duplicate", codes[5]);
        Assert.Equal(HsdsDataset.Content(3).Name, plan.Rejected.Single(r => r.Index == 2).Name);
        Assert.Equal(good["id"]!.GetValue<string>(), plan.Rejected.Single(r => r.Index == 5).Id);
    }

    [Fact]
    public async Task OrgIdIdentifiers_AreImported_AndOnesFromAnUnknownRegisterOrOfTheWrongShapeAreRefusedWithTheirReason()
    {
        var good = Organization(1);
        good["organization_identifiers"]![0]!["identifier"] = " 1234567 ";
        var unknownScheme = Organization(2);
        unknownScheme["organization_identifiers"]![0]!["identifier_scheme"] = "XX-ABC";
        var noScheme = Organization(3);
        noScheme["organization_identifiers"]![0]!.AsObject().Remove("identifier_scheme");
        var badCharityNumber = Organization(4);
        badCharityNumber["organization_identifiers"]![0]!["identifier"] = "12AB";

        var plan = await Read(new JsonArray(good, unknownScheme, noScheme, badCharityNumber).ToJsonString());

        var imported = Assert.Single(plan.Valid).Record.Content.OrgIds;
        Assert.Equal([new OrgIdentifier("GB-CHC", "1234567"), new OrgIdentifier("GB-COH", "00000001")], imported);
        var codes = plan.Rejected.ToDictionary(r => r.Index, r => r.Reasons.Select(x => x.Code).ToList());
        Assert.Contains("identifier.unknown-scheme", codes[1]);
        Assert.Contains("identifier.unknown-scheme", codes[2]);
        Assert.Contains("identifier.invalid", codes[3]);
        Assert.Contains("XX-ABC", plan.Rejected.Single(r => r.Index == 1).Reasons.Single(r => r.Code == "identifier.unknown-scheme").Message);
    }

    [Fact]
    public async Task Limits_AreChecked()
    {
        var big = Organization(1);
        big["description"] = new string('a', DirectoryLimits.DescriptionLength + 1);
        big["services"]![0]!["name"] = "";

        var plan = await Read(new JsonArray(big).ToJsonString());

        var reasons = Assert.Single(plan.Rejected).Reasons.Select(r => r.Code).ToList();
        Assert.Contains("description.too-long", reasons);
        Assert.Contains("service-name.empty", reasons);
    }

    [Theory]
    [InlineData("[{\"id\": \"x\",", "file.malformed")]
    [InlineData("{\"id\": \"a1b2c3d4-0000-4000-8000-00000000000a\"}", "file.not-a-list")]
    [InlineData("[]", "file.no-records")]
    public async Task UnreadableFiles_AreRefusedWhole(string file, string code)
    {
        var refusal = await Assert.ThrowsAsync<ConveningException>(() => Read(file));
        Assert.Equal(code, refusal.Code);
    }

    [Fact]
    public async Task MalformedJson_SaysWhere()
    {
        var refusal = await Assert.ThrowsAsync<ConveningException>(() => Read("[\n{\"name\": \"A\"}\n{\"name\": \"B\"}]"));
        Assert.Contains("line 3", refusal.Message);
    }

    [Fact]
    public async Task WithoutTheSchemaFolder_OurOwnRulesStillApply()
    {
        var noName = Organization(2);
        noName["name"] = 5;

        var plan = await ImportReader.Read(Stream(new JsonArray(noName).ToJsonString()), new HsdsSchemas("/nowhere"), KnownPlaces, null, CancellationToken.None);

        var codes = Assert.Single(plan.Rejected).Reasons.Select(r => r.Code).ToList();
        Assert.Equal(["name.wrong-type", "name.empty"], codes);
    }

    private static JsonObject Organization(int i) => HsdsWriter.Organization(HsdsDataset.Document(i), HsdsDataset.PlaceNames);

    private static Task<ImportPlan> Read(string json) => ImportReader.Read(Stream(json), HsdsSchemaFiles.Schemas, KnownPlaces, null, CancellationToken.None);

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
