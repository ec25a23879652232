namespace Convening.Web.Tests;

/// <summary>One group with a convenor, a member, an observer, and someone from outside it.</summary>
public sealed class AuthorizationMatrixFixture(WebAppFixture app)
{
    public Scenario Scenario { get; } = new(app);
    public Person Convenor { get; private set; } = null!;
    public Person Member { get; private set; } = null!;
    public Person Observer { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;

    /// <summary>Was a member until the convenor removed them: from then on, an outsider.</summary>
    public Person Removed { get; private set; } = null!;
    public string GroupId { get; private set; } = "";
    public string EntryId { get; private set; } = "";

    /// <summary>The server, for hub clients.</summary>
    public Uri Url => app.Url;

    public async Task InitializeAsync()
    {
        Convenor = await Scenario.Register("Convenor");
        Member = await Scenario.Register("Member");
        Observer = await Scenario.Register("Observer");
        Outsider = await Scenario.Register("Outsider");
        GroupId = await Scenario.Convene(Convenor, await Scenario.CreatePlace(Convenor));
        await Scenario.Join(Convenor, GroupId, Member);
        await Scenario.Join(Convenor, GroupId, Observer, "OBSERVER");
        EntryId = await AddEntry(Convenor, "shared entry");
        Removed = await Scenario.Register("Removed");
        await Scenario.Join(Convenor, GroupId, Removed);
        (await Convenor.Api.Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
            new { i = new { groupId = GroupId, personId = Removed.Id } })).ShouldSucceed();
    }

    public Person? As(string role) => role switch
    {
        "convenor" => Convenor,
        "member" => Member,
        "observer" => Observer,
        "outsider" => Outsider,
        "removed" => Removed,
        _ => null,
    };

    public GraphQLClient Api(Person? person) => person?.Api ?? app.GraphQL();

    /// <summary>
    /// Submits a page's form as <paramref name="person"/> would in a browser (signed in with a cookie, or not
    /// signed in), as a page reply: its HTTP status, with no GraphQL body.
    /// </summary>
    public async Task<Reply> Page(Person? person, string action, params (string Key, string Value)[] fields)
    {
        using var browser = await Browser(person);
        return await Page(browser, action, fields);
    }

    /// <summary>A browser signed in as <paramref name="person"/> (or not signed in), for <see cref="Page(Gatherings.FormClient, string, (string Key, string Value)[])"/>.</summary>
    public async Task<Gatherings.FormClient> Browser(Person? person) =>
        person is null ? new Gatherings.FormClient(app.Url) : await Gatherings.FormClient.SignedIn(app.Url, person);

    /// <summary>Submits a page's form in a browser already signed in (or not).</summary>
    public static async Task<Reply> Page(Gatherings.FormClient browser, string action, params (string Key, string Value)[] fields)
    {
        using var response = await browser.Post("/account/sign-in", action, fields);
        // A page sends someone who is not signed in to the sign-in page: that is its "401".
        var signIn = response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true;
        return new Reply(signIn ? System.Net.HttpStatusCode.Unauthorized : response.StatusCode, "text/html", null);
    }

    /// <summary>Someone new in the group with the same role as <paramref name="like"/>, for actions that use a person up (leaving).</summary>
    public async Task<Person?> Another(Person? like)
    {
        if (like is null)
            return null;
        var fresh = await Scenario.Register("Fresh");
        var role = like == Convenor ? "CONVENOR" : like == Member ? "MEMBER" : like == Observer ? "OBSERVER" : null;
        if (role is not null)
            await Scenario.Join(Convenor, GroupId, fresh, role);
        return fresh;
    }

    public async Task<string> AddEntry(Person by, string term)
    {
        var reply = (await by.Api.Post(
            "mutation($i: AddGlossaryEntryInput!) { addGlossaryEntry(input: $i) { glossaryEntry { id } } }",
            new { i = new { groupId = GroupId, agreedTerm = term, agencyTerms = new[] { new { agency = "NHS", term = "patient" } }, note = "Because" } })).ShouldSucceed();
        return reply.Data!["addGlossaryEntry"]!["glossaryEntry"]!["id"]!.GetValue<string>();
    }

    /// <summary>A draft gathering of the group, planned by its convenor.</summary>
    public Task<string> Draft() => Gatherings.GatheringApi.Plan(Convenor, GroupId);

    /// <summary>The gathering's status and start as its convenor sees them; null when there is no such gathering.</summary>
    public async Task<(string Status, DateTimeOffset? Start)?> Gathering(string id)
    {
        var reply = await Gatherings.GatheringApi.Get(Convenor, id, "status startsAt");
        return reply.Data?["gathering"] is { } g
            ? (g["status"]!.GetValue<string>(), g["startsAt"]?.GetValue<DateTimeOffset>())
            : null;
    }

    /// <summary>
    /// A fresh cycle of the group (its convenor its steward) and a cycle of someone else's group
    /// asking to be linked to it: the asker has no standing in this group, so the link waits.
    /// </summary>
    public async Task<(string Cycle, string Asking)> LinkRequest()
    {
        var asker = await Scenario.Register("Asker");
        var askerGroup = await Scenario.Convene(asker, await Scenario.CreatePlace(asker));
        var cycles = new Cycles.CycleScenario("", GroupId, Convenor, Member, Observer, Outsider);
        var cycle = await cycles.StartCycle(Convenor, "Whose question is this?");
        var asking = await cycles.StartCycle(asker, "Can we learn from them?", askerGroup);
        (await asker.Api.Post("mutation($i: LinkCyclesInput!) { linkCycles(input: $i) { cycle { id } } }",
            new { i = new { cycleId = asking, otherCycleId = cycle, relation = "SIBLING" } })).ShouldSucceed();
        return (cycle, asking);
    }

    /// <summary>The cycle's links and link requests as its convenor sees them.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> Cycle(string id) =>
        (await Convenor.Api.Post("query($id: ID!) { cycle(id: $id) { links { cycle { id } } linkRequests { cycle { id } } } }", new { id }))
            .ShouldSucceed().Data!["cycle"]!;

    public async Task<bool> GlossaryHas(string term) =>
        (await Scenario.Group(Convenor, GroupId))["data"]!["group"]!["glossary"]!.AsArray()
            .Any(e => e!["agreedTerm"]!.GetValue<string>() == term);

    public async Task<bool> IsMember(string personId) =>
        (await Scenario.Group(Convenor, GroupId))["data"]!["group"]!["members"]!.AsArray()
            .Any(m => m!["person"]!["id"]!.GetValue<string>() == personId);

    public async Task<bool> HasInvitation(string email) =>
        (await Scenario.Group(Convenor, GroupId))["data"]!["group"]!["invitations"]!.AsArray()
            .Any(i => i!["email"]!.GetValue<string>() == email);
}
