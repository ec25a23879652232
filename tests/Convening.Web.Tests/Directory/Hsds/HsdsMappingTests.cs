using System.Text.Json;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Export and import are each other's reverse, and the ids they write are stable.</summary>
public sealed class HsdsMappingTests
{
    [Fact]
    public void Import_OfAnExport_GivesBackTheEntry()
    {
        foreach (var document in HsdsDataset.Documents(8))
        {
            var reasons = new List<ImportReason>();
            var json = JsonSerializer.SerializeToElement(HsdsWriter.Organization(document, HsdsDataset.PlaceNames));

            var record = HsdsReader.Read(json, new HsdsFields(reasons));

            Assert.Empty(reasons);
            Assert.Equal(document.Id, record.Id);
            Assert.Equal(JsonSerializer.Serialize(document.Content), JsonSerializer.Serialize(record.Content));
        }
    }

    [Fact]
    public void Export_TwiceOfTheSameEntry_IsTheSameJson_WithIdsDerivedFromTheEntry()
    {
        var once = HsdsWriter.Organization(HsdsDataset.Document(3), HsdsDataset.PlaceNames).ToJsonString();
        var again = HsdsWriter.Organization(HsdsDataset.Document(3), HsdsDataset.PlaceNames).ToJsonString();
        var other = HsdsWriter.Organization(HsdsDataset.Document(4), HsdsDataset.PlaceNames).ToJsonString();

        Assert.Equal(once, again);
        var phoneId = JsonDocument.Parse(once).RootElement.GetProperty("phones")[0].GetProperty("id").GetString();
        Assert.DoesNotContain(phoneId!, other);
    }

    [Fact]
    public void DerivedIds_AreVersion5Uuids_AsOtherToolsComputeThem()
    {
        // Python: uuid.uuid5(UUID("5d3f7c52-6a0e-4c61-9e57-0b1d3c2a8f41"), "0b6c2a4e-8d1f-4c3b-9a7e-5f2d1c0b9a8e/phone")
        Assert.Equal("f5e2d736-68ed-53fe-adbd-731337fee43a", HsdsIds.For("0b6c2a4e-8d1f-4c3b-9a7e-5f2d1c0b9a8e", "phone"));
        Assert.Equal("610cbe34-3cc8-5b7f-bd03-8001af5beb9a", HsdsIds.Term(HsdsTaxonomies.Approach, "strengths-based"));
    }

    [Fact]
    public void Places_AreNamedWhereKnown_AndBySlugOtherwise()
    {
        var json = HsdsWriter.Organization(HsdsDataset.Document(1), new Dictionary<string, string> { ["northfield"] = "Northfield" });

        var places = json["attributes"]!.AsArray().Where(a => a!["taxonomy_term"]!["taxonomy"]!.GetValue<string>() == HsdsTaxonomies.Place)
            .Select(a => (a!["taxonomy_term"]!["code"]!.GetValue<string>(), a["taxonomy_term"]!["name"]!.GetValue<string>())).ToList();

        Assert.Equal([("northfield", "Northfield"), ("southbank", "southbank")], places);
    }
}
