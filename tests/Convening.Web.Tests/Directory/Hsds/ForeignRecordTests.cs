using System.Text;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Records written by other HSDS tools import too: what they hold is mapped, other taxonomies are ignored.</summary>
public sealed class ForeignRecordTests
{
    private const string Record = """
        [{
          "id": "A1B2C3D4-0000-4000-8000-00000000000A",
          "name": "Riverside Food Bank",
          "description": "Emergency food parcels.",
          "email": "help@riverside.example.org",
          "website": "https://riverside.example.org",
          "phones": [{ "id": "a1b2c3d4-0000-4000-8000-0000000000f1", "number": "01632 960001" }],
          "locations": [{
            "id": "a1b2c3d4-0000-4000-8000-0000000000b1", "location_type": "physical", "name": "Church hall",
            "addresses": [{ "id": "a1b2c3d4-0000-4000-8000-0000000000c1", "address_1": "St Mary's Church", "address_2": "Mill Lane",
              "city": "Riverside", "state_province": "Kent", "postal_code": "RS1 1AA", "country": "GB", "address_type": "physical" }]
          }],
          "services": [
            { "id": "a1b2c3d4-0000-4000-8000-0000000000d1", "name": "Food parcels", "status": "active",
              "description": "Three days of food.", "application_process": "Referral by a voucher holder.",
              "schedules": [{ "id": "a1b2c3d4-0000-4000-8000-0000000000e1", "byday": "MO,WE", "opens_at": "10:00", "closes_at": "12:00" }],
              "service_at_locations": [{ "id": "a1b2c3d4-0000-4000-8000-0000000000e2", "location_id": "a1b2c3d4-0000-4000-8000-0000000000b1" }] },
            { "id": "a1b2c3d4-0000-4000-8000-0000000000d2", "name": "Closed service", "status": "defunct" }
          ],
          "attributes": [{ "id": "a1b2c3d4-0000-4000-8000-0000000000f9",
            "taxonomy_term": { "id": "a1b2c3d4-0000-4000-8000-0000000000fa", "code": "food", "name": "Food", "description": "Food", "taxonomy": "openeligibility" } }]
        }]
        """;

    [Fact]
    public async Task ForeignRecord_ImportsWhatItHas_InThePlaceChosenForIt()
    {
        var plan = await ImportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Record)), HsdsSchemaFiles.Schemas, new HashSet<string> { "riverside" }, "riverside", CancellationToken.None);

        Assert.Empty(plan.Rejected);
        var (_, record) = Assert.Single(plan.Valid);
        Assert.Equal("a1b2c3d4-0000-4000-8000-00000000000a", record.Id);
        var content = record.Content;
        Assert.Equal(("Riverside Food Bank", OrganisationKind.Other, "01632 960001"), (content.Name, content.Kind, content.Phone));
        var service = Assert.Single(content.Services);
        Assert.Equal(("Food parcels", "Referral by a voucher holder.", "MO,WE 10:00–12:00"), (service.Name, service.HowToAccess, service.When));
        var location = Assert.Single(service.Locations);
        Assert.Equal((LocationKind.Physical, "St Mary's Church, Mill Lane", "Riverside", "RS1 1AA"), (location.Kind, location.Address, location.Town, location.Postcode));
        Assert.Empty(content.Approaches);
        Assert.Equal(["riverside"], content.Places);
    }

    [Fact]
    public async Task ForeignRecord_WithNoPlaceChosen_IsRejectedForHavingNoPlace()
    {
        var plan = await ImportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Record)), HsdsSchemaFiles.Schemas, new HashSet<string>(), null, CancellationToken.None);

        Assert.Equal(["places.empty"], Assert.Single(plan.Rejected).Reasons.Select(r => r.Code));
    }
}
