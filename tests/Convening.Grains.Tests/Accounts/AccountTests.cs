using Convening.Contracts.Accounts;
using Convening.Contracts.People;
using Convening.Grains.Accounts;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private IAccountGrain Account(string email) => _grains.GetGrain<IAccountGrain>(email);

    private static string NewEmail() => $"{Given.Unique("someone")}@example.org";

    [Fact]
    public async Task Register_ThenSignIn_GivesTheSamePerson()
    {
        var email = NewEmail();

        var registered = await Account(email).Register(Given.Password, "Asha");
        var signedIn = await Account(email).SignIn(Given.Password);

        Assert.Equal(registered, signedIn);
        var me = await _grains.GetGrain<IPersonGrain>(signedIn).Get(signedIn);
        Assert.Equal((email, "Asha"), (me.Card.Email, me.Card.DisplayName));
    }

    [Fact]
    public async Task Register_WithShortPassword_IsRejected()
    {
        var email = NewEmail();

        await Refused.With("password.too-short", () => Account(email).Register("elevenchars", "Asha"));

        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("elevenchars"));
    }

    [Fact]
    public async Task Register_WithTakenEmail_IsRejected_AndKeepsTheFirstPassword()
    {
        var email = NewEmail();
        var first = await Account(email).Register(Given.Password, "Asha");

        await Refused.With("account.email-taken", () => Account(email).Register("another long password", "Mallory"));

        Assert.Equal(first, await Account(email).SignIn(Given.Password));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_IsRejected()
    {
        var email = NewEmail();
        await Account(email).Register(Given.Password, "Asha");

        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("not the right password"));
        await Refused.With("auth.invalid-credentials", () => Account(NewEmail()).SignIn(Given.Password));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_IsLockedOut_EvenWithTheRightPassword()
    {
        var email = NewEmail();
        await Account(email).Register(Given.Password, "Asha");

        for (var i = 0; i < AccountGrain.MaxFailedAttempts; i++)
            await Refused.With("auth.invalid-credentials", () => Account(email).SignIn($"wrong password {i}"));

        await Refused.With("auth.locked-out", () => Account(email).SignIn(Given.Password));
    }

    [Fact]
    public async Task SignIn_AfterFewerFailures_StillWorks_AndResetsTheCount()
    {
        var email = NewEmail();
        var id = await Account(email).Register(Given.Password, "Asha");
        for (var i = 0; i < AccountGrain.MaxFailedAttempts - 1; i++)
            await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("wrong password"));

        Assert.Equal(id, await Account(email).SignIn(Given.Password));

        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("wrong password"));
        Assert.Equal(id, await Account(email).SignIn(Given.Password));
    }
}
