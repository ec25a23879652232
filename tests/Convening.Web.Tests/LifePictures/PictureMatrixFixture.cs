using System.Text.Json.Nodes;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// One place with a steward, a commissioner, two practitioners with standing (a group the steward
/// convened), a person, an outsider; and five counted pictures with agreed plans so its totals can be shown.
/// </summary>
public sealed class PictureMatrixFixture(WebAppFixture app)
{
    public Scenario Scenario { get; } = new(app);
    public Person Steward { get; private set; } = null!;
    public Person Commissioner { get; private set; } = null!;
    public Person Practitioner { get; private set; } = null!;
    public Person OtherPractitioner { get; private set; } = null!;
    public Person ThePerson { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;
    public string Slug { get; private set; } = "";
    public string GroupId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Steward = await Scenario.Register("Steward");
        Commissioner = await Scenario.Register("Commissioner");
        Practitioner = await Scenario.Register("Practitioner");
        OtherPractitioner = await Scenario.Register("Other");
        ThePerson = await Scenario.Register("Person");
        Outsider = await Scenario.Register("Outsider");
        Slug = await Scenario.CreatePlace(Steward);
        GroupId = await Scenario.Convene(Steward, Slug, "Good lives practitioners");
        await Scenario.Join(Steward, GroupId, Practitioner);
        await Scenario.Join(Steward, GroupId, OtherPractitioner);
        (await Steward.Api.Post("mutation($i: StewardInput!) { appointCommissioner(input: $i) { place { slug } } }",
            new { i = new { placeSlug = Slug, personId = Commissioner.Id } })).ShouldSucceed();
        (await Steward.Api.Post("mutation($i: FundingDefaultsInput!) { useRightToControlDefaults(input: $i) { funding { placeSlug } } }",
            new { i = new { placeSlug = Slug } })).ShouldSucceed();
        for (var i = 0; i < 5; i++)
        {
            var id = await PictureApi.Record(Practitioner, Slug);
            await SupportPlans.PlanApi.Save(Practitioner, id);
            await SupportPlans.PlanApi.Agree(Practitioner, id);
        }
    }

    public Person? As(string role) => role switch
    {
        "person" => ThePerson,
        "practitioner" => Practitioner,
        "other-practitioner" => OtherPractitioner,
        "commissioner" => Commissioner,
        "steward" => Steward,
        "outsider" => Outsider,
        _ => null,
    };

    public GraphQLClient Api(Person? person) => person?.Api ?? app.GraphQL();

    /// <summary>A fresh picture recorded by the practitioner and claimed by the person.</summary>
    public async Task<string> Picture()
    {
        var id = await PictureApi.Record(Practitioner, Slug);
        await PictureApi.Claim(Practitioner, ThePerson, id);
        return id;
    }

    /// <summary>A new practitioner with standing in the place.</summary>
    public async Task<Person> NewPractitioner()
    {
        var person = await Scenario.Register("Colleague");
        await Scenario.Join(Steward, GroupId, person);
        return person;
    }

    public Task<JsonNode> Audit(string id) => PictureApi.Audit(Practitioner, id);

    /// <summary>A page as <paramref name="person"/> sees it, or null when it is refused.</summary>
    public async Task<string?> Html(Person? person, string path)
    {
        using var browser = person is null ? new Gatherings.FormClient(app.Url) : await Gatherings.FormClient.SignedIn(app.Url, person);
        using var response = await browser.Get(path);
        return response.StatusCode == System.Net.HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
    }

    /// <summary>Reads a page as <paramref name="person"/> (or someone not signed in): its status as the matrix counts it, and its text when shown.</summary>
    public async Task<(Reply Reply, string? Html)> Read(Person? person, string path)
    {
        using var browser = person is null ? new Gatherings.FormClient(app.Url) : await Gatherings.FormClient.SignedIn(app.Url, person);
        using var response = await browser.Get(path);
        var signIn = response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true;
        var html = response.StatusCode == System.Net.HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        return (new Reply(signIn ? System.Net.HttpStatusCode.Unauthorized : response.StatusCode, "text/html", null), html);
    }

    /// <summary>Submits a page's form as <paramref name="person"/> (or someone not signed in), as a browser without JavaScript does.</summary>
    public async Task<Reply> Page(Person? person, string action, params (string Key, string Value)[] fields)
    {
        using var browser = person is null ? new Gatherings.FormClient(app.Url) : await Gatherings.FormClient.SignedIn(app.Url, person);
        return await AuthorizationMatrixFixture.Page(browser, action, fields);
    }
}
