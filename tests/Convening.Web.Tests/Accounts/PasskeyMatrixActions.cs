using System.Net;
using Convening.Testing;
using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.Accounts;

/// <summary>
/// The passkey mutations and page forms in the authorization matrix: each acts on the caller's own
/// account, so every signed-in role may and no one else can (someone else's passkey is out of
/// reach: <see cref="PasskeyTests.RemovingSomeoneElsesPasskey_FindsNothing_AndTheirsStillSignsIn"/>).
/// Each check removes the passkeys it made, so the matrix's people keep signing in with a password.
/// </summary>
public static class PasskeyMatrixActions
{
    /// <summary>Creation options no server issued, for the attempts of someone not signed in.</summary>
    private const string ForgedOptions = """{"challenge":"AAAA","rp":{"id":"127.0.0.1"},"user":{"id":"AAAA"}}""";

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["addPasskey"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var key = new SoftwareAuthenticator(PasskeyApi.Origin(f.Convenor.App));
            var options = who is null ? ForgedOptions : await Begin(who);
            var reply = await f.Api(who).Post("mutation($i: AddPasskeyInput!) { addPasskey(input: $i) { passkey { id } } }",
                new { i = new { name = "Laptop", credential = key.Create(options) } });
            return new(reply, () => Added(who, key));
        }),
        ["removePasskey"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var owner = who ?? f.Convenor;
            var (key, _) = await PasskeyApi.Add(owner);
            var reply = await f.Api(who).Post("mutation($i: RemovePasskeyInput!) { removePasskey(input: $i) }", new { i = new { id = key.CredentialIdText } });
            return new(reply, () => Removed(owner, key));
        }),
        ["addPasskeyPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var key = new SoftwareAuthenticator(PasskeyApi.Origin(f.Convenor.App));
            var options = who is null ? ForgedOptions : await Begin(who);
            var reply = await f.Page(who, "/account/passkeys?handler=Add", ("passkey-name", "Phone"), ("credential", key.Create(options)));
            // The first passkey's page shows its recovery codes (200) where later ones redirect: both took effect.
            return new(reply.Status == HttpStatusCode.OK ? reply with { Status = HttpStatusCode.Redirect } : reply, () => Added(who, key));
        }),
        ["removePasskeyPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var owner = who ?? f.Convenor;
            using var browser = await f.Browser(who);
            var (key, _) = await PasskeyApi.Add(owner);
            var reply = await AuthorizationMatrixFixture.Page(browser, "/account/passkeys?handler=Remove", ("id", key.CredentialIdText));
            return new(reply, () => Removed(owner, key));
        }),
    };

    private static async Task<string> Begin(Person who) =>
        (await who.Api.Post("mutation { beginPasskey }")).ShouldSucceed().Data!["beginPasskey"]!.GetValue<string>();

    private static async Task<bool> Added(Person? who, SoftwareAuthenticator key)
    {
        if (who is null || !(await PasskeyApi.Ids(who)).Contains(key.CredentialIdText))
            return false;
        await Remove(who, key);
        return true;
    }

    private static async Task<bool> Removed(Person owner, SoftwareAuthenticator key)
    {
        if (!(await PasskeyApi.Ids(owner)).Contains(key.CredentialIdText))
            return true;
        await Remove(owner, key);
        return false;
    }

    private static async Task Remove(Person owner, SoftwareAuthenticator key) =>
        (await owner.Api.Post("mutation($i: RemovePasskeyInput!) { removePasskey(input: $i) }", new { i = new { id = key.CredentialIdText } })).ShouldSucceed();
}
