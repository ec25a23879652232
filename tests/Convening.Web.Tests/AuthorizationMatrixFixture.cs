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

    public async Task<string> AddEntry(Person by, string term)
    {
        var reply = (await by.Api.Post(
            "mutation($i: AddGlossaryEntryInput!) { addGlossaryEntry(input: $i) { glossaryEntry { id } } }",
            new { i = new { groupId = GroupId, agreedTerm = term, agencyTerms = new[] { new { agency = "NHS", term = "patient" } }, note = "Because" } })).ShouldSucceed();
        return reply.Data!["addGlossaryEntry"]!["glossaryEntry"]!["id"]!.GetValue<string>();
    }

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
