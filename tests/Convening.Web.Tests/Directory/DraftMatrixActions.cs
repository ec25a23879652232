using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>
/// Directory drafts in the authorisation matrix: anyone signed in saves and sends their own draft (so each
/// role may, whatever their group role), the signed-out public none. Others' drafts are refused in
/// <see cref="DirectoryDraftTests"/>.
/// </summary>
public static class DraftMatrixActions
{
    private static readonly SharedOnce<string> Place = new();

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["saveOrganisationDraft"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var name = "Matrix draft " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Api(who).Post("mutation($i: SaveOrganisationDraftInput!) { saveOrganisationDraft(input: $i) { organisation { id } } }",
                new { i = new { name, kind = "CHARITY" } });
            return new(reply, async () => who is not null && await Lists(who, name));
        }),
        ["sendOrganisationDraft"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var (owner, id) = await Drafted(f, who);
            var reply = await f.Api(who).Post("mutation($i: OrganisationIdInput!) { sendOrganisationDraft(input: $i) { organisation { id } } }", new { i = new { id } });
            return new(reply, () => Sent(owner, id));
        }),
        ["directoryDraftFormPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var name = "Matrix form draft " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Page(who, "/directory/submit", ("name", name), ("kind", "Charity"), ("draft", "true"));
            return new(reply, async () => who is not null && await Lists(who, name));
        }),
        ["directorySendDraftPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var (owner, id) = await Drafted(f, who);
            var reply = await f.Page(who, $"/directory/organisations/{id}?handler=send");
            return new(reply, () => Sent(owner, id));
        }),
    };

    /// <summary>A complete draft of the person's own (the convenor's, for the signed-out public to try).</summary>
    private static async Task<(Person Owner, string Id)> Drafted(AuthorizationMatrixFixture f, Person? who)
    {
        var owner = who ?? f.Convenor;
        var place = await Place.Get(() => Scenario.CreatePlace(f.Convenor));
        var reply = await owner.Api.Post("mutation($i: SaveOrganisationDraftInput!) { saveOrganisationDraft(input: $i) { organisation { id } } }",
            new { i = DirectoryApi.Content(place, "Matrix sent " + Guid.NewGuid().ToString("N")[..8]) });
        return (owner, reply.ShouldSucceed().Data!["saveOrganisationDraft"]!["organisation"]!["id"]!.GetValue<string>());
    }

    private static async Task<bool> Sent(Person owner, string id) =>
        (await DirectoryApi.Organisation(owner.Api, id))?["status"]?.GetValue<string>() == "SUBMITTED";

    private static async Task<bool> Lists(Person who, string name) =>
        (await who.Api.Post("{ myDirectoryEntries { name hasDraft } }")).ShouldSucceed().Data!["myDirectoryEntries"]!.AsArray()
            .Any(e => e!["name"]!.GetValue<string>() == name && e["hasDraft"]!.GetValue<bool>());
}
