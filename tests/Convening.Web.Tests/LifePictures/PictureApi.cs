using System.Text.Json.Nodes;

namespace Convening.Web.Tests.LifePictures;

/// <summary>Life pictures through the public GraphQL API, as a client would use it.</summary>
public static class PictureApi
{
    public const string Words = "Feeding the ducks at Chelmsford Central Park with my sister";

    public static object Content(string whatMatters = Words) => new
    {
        knownAs = "Jo",
        whatMatters,
        strengths = "Good with numbers",
        areas = new object[]
        {
            new { area = "HOME", goals = "Stay in my flat", currentSupport = "Carer twice a day", match = "PARTLY", missing = "Help with stairs" },
            new { area = "WORK_AND_LEARNING", goals = "", currentSupport = "Access to Work taxi", match = "YES", missing = "" },
        },
        fundingStreams = new[] { "access-to-work" },
    };

    public static async Task<string> Record(Person practitioner, string placeSlug, bool counts = true)
    {
        var id = Guid.NewGuid().ToString("N");
        (await practitioner.Api.Post("mutation($i: RecordLifePictureInput!) { recordLifePicture(input: $i) { lifePicture { id } } }",
            new { i = new { id, placeSlug, consentGiven = true, countsInTotals = counts, content = Content() } })).ShouldSucceed();
        return id;
    }

    public static async Task Claim(Person practitioner, Person person, string id)
    {
        var secret = (await practitioner.Api.Post("mutation($i: LifePictureIdInput!) { issueLifePictureClaim(input: $i) { lifePictureClaim { secret } } }",
            new { i = new { id } })).ShouldSucceed().Data!["issueLifePictureClaim"]!["lifePictureClaim"]!["secret"]!.GetValue<string>();
        (await person.Api.Post("mutation($i: ClaimLifePictureInput!) { claimLifePicture(input: $i) { lifePicture { id } } }",
            new { i = new { id, secret } })).ShouldSucceed();
    }

    public static async Task<JsonNode> Get(Person viewer, string id) =>
        (await viewer.Api.Post("query($id: ID!) { lifePicture(id: $id) { version countsInTotals practitioners { id } content { whatMatters } } }", new { id }))
            .ShouldSucceed().Data!["lifePicture"]!;

    public static async Task Withdraw(Person holder, string id) =>
        (await holder.Api.Post("mutation($i: LifePictureIdInput!) { withdrawLifePicture(input: $i) { lifePictureRef { id } } }", new { i = new { id } })).ShouldSucceed();

    public static async Task<JsonNode> Audit(Person viewer, string id) =>
        (await viewer.Api.Post("query($id: ID!) { lifePictureAudit(id: $id) { byId action } }", new { id })).ShouldSucceed().Data!["lifePictureAudit"]!;
}
