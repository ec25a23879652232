using Convening.Testing;

namespace Convening.Web.Tests.Accounts;

/// <summary>Passkey steps through the GraphQL API, answered by a software authenticator at the test host's origin.</summary>
public static class PasskeyApi
{
    public static string Origin(WebAppFixture app) => app.Url.GetLeftPart(UriPartial.Authority);

    /// <summary>Adds a passkey to <paramref name="person"/>'s account and returns its authenticator and the reply.</summary>
    public static async Task<(SoftwareAuthenticator Key, Reply Reply)> Add(Person person, string name = "Work laptop")
    {
        var key = new SoftwareAuthenticator(Origin(person.App));
        var options = (await person.Api.Post("mutation { beginPasskey }")).ShouldSucceed().Data!["beginPasskey"]!.GetValue<string>();
        var reply = await person.Api.Post("mutation($i: AddPasskeyInput!) { addPasskey(input: $i) { passkey { id name } recoveryCodes } }",
            new { i = new { name, credential = key.Create(options) } });
        return (key, reply);
    }

    /// <summary>Signs in with the authenticator's passkey, as an API client with no token would.</summary>
    public static async Task<Reply> SignIn(WebAppFixture app, SoftwareAuthenticator key)
    {
        var start = (await app.GraphQL().Post("mutation { beginPasskeySignIn { ceremony options } }")).ShouldSucceed().Data!["beginPasskeySignIn"]!;
        return await app.GraphQL().Post("mutation($i: SignInWithPasskeyInput!) { signInWithPasskey(input: $i) { token person { id } } }",
            new { i = new { ceremony = start["ceremony"]!.GetValue<string>(), credential = key.Get(start["options"]!.GetValue<string>()) } });
    }

    public static async Task<IReadOnlyList<string>> Ids(Person person) =>
        [.. (await person.Api.Post("{ myPasskeys { id } }")).ShouldSucceed().Data!["myPasskeys"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())];
}
