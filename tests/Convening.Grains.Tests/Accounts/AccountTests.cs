using Convening.Contracts.Accounts;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;
using OtpNet;

namespace Convening.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private IAccountGrain Account(string email) => _grains.GetGrain<IAccountGrain>(email);

    private static string NewEmail() => $"{Given.Unique("someone")}@example.org";

    private async Task<(string Email, SignedIn Session)> Verified()
    {
        var email = NewEmail();
        var registration = await Account(email).Register(Given.Password, "Asha");
        return (email, await Account(email).Verify(registration.Secret!, "Test browser"));
    }

    [Fact]
    public async Task Register_ThenVerify_ThenSignIn_GivesTheSamePerson()
    {
        var email = NewEmail();

        var registration = await Account(email).Register(Given.Password, "Asha");
        await Refused.With("account.unverified", () => Account(email).SignIn(Given.Password, null, "Test"));
        var verified = await Account(email).Verify(registration.Secret!, "Test");
        var signedIn = await Account(email).SignIn(Given.Password, null, "Test");

        Assert.Equal(RegistrationOutcome.VerifyAddress, registration.Outcome);
        Assert.Equal(verified.PersonId, signedIn.PersonId);
        var me = await _grains.GetGrain<IPersonGrain>(signedIn.PersonId).Get(signedIn.PersonId);
        Assert.Equal((email, "Asha"), (me.Card.Email, me.Card.DisplayName));
    }

    [Theory]
    [InlineData("elevenchars", "password.too-short")]
    [InlineData("            ", "password.too-common")]
    [InlineData("qwerty123456", "password.too-common")]
    [InlineData("aaaaaaaaaaaaaaaa", "password.too-common")]
    public async Task Register_WithAShortCommonOrGuessablePassword_IsRejected(string password, string code)
    {
        var email = NewEmail();

        await Refused.With(code, () => Account(email).Register(password, "Asha"));

        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn(password, null, "Test"));
    }

    [Fact]
    public async Task Register_ForAVerifiedAddress_SaysAlreadyRegistered_AndKeepsTheOwnersPassword()
    {
        var (email, first) = await Verified();

        var again = await Account(email).Register("another long password for mallory", "Mallory");

        Assert.Equal((RegistrationOutcome.AlreadyRegistered, (string?)null), (again.Outcome, again.Secret));
        Assert.Equal(first.PersonId, (await Account(email).SignIn(Given.Password, null, "Test")).PersonId);
        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("another long password for mallory", null, "Test"));
    }

    [Fact]
    public async Task Register_ForAnUnverifiedAddress_ReplacesIt_SoTheFirstLinkNoLongerWorks()
    {
        var email = NewEmail();
        var squatter = await Account(email).Register("a squatter's long password", "Mallory");

        var owner = await Account(email).Register(Given.Password, "Asha");

        await Refused.With("account.link-invalid", () => Account(email).Verify(squatter.Secret!, "Test"));
        await Account(email).Verify(owner.Secret!, "Test");
        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn("a squatter's long password", null, "Test"));
    }

    [Fact]
    public async Task Verify_WithAUsedOrExpiredLink_IsRefused()
    {
        var used = NewEmail();
        var registration = await Account(used).Register(Given.Password, "Asha");
        await Account(used).Verify(registration.Secret!, "Test");
        await Refused.With("account.link-invalid", () => Account(used).Verify(registration.Secret!, "Test"));

        var late = NewEmail();
        var lateRegistration = await Account(late).Register(Given.Password, "Ben");
        using (TestClock.Instance.Advance(TimeSpan.FromDays(3)))
        {
            await Refused.With("account.link-expired", () => Account(late).Verify(lateRegistration.Secret!, "Test"));
            // The unverified account has expired: the address is free to register again.
            Assert.Equal(RegistrationOutcome.VerifyAddress, (await Account(late).Register(Given.Password, "Ben")).Outcome);
        }
    }

    [Fact]
    public async Task ResetPassword_EndsEverySession_AndTheLinkWorksOnce()
    {
        var (email, first) = await Verified();
        var second = await Account(email).SignIn(Given.Password, null, "Phone");
        var secret = await Account(email).StartPasswordReset();

        var reset = await Account(email).ResetPassword(secret!, "a brand new long passphrase", "Laptop");

        Assert.False(await Account(email).CheckSession(first.SessionId));
        Assert.False(await Account(email).CheckSession(second.SessionId));
        Assert.True(await Account(email).CheckSession(reset.SessionId));
        await Refused.With("auth.invalid-credentials", () => Account(email).SignIn(Given.Password, null, "Test"));
        await Refused.With("account.link-invalid", () => Account(email).ResetPassword(secret!, "yet another long passphrase", "Test"));
    }

    [Fact]
    public async Task ResetPassword_AfterTheLinkExpires_IsRefused_AndUnknownAddressesGetNoLink()
    {
        var (email, _) = await Verified();
        var secret = await Account(email).StartPasswordReset();

        using (TestClock.Instance.Advance(TimeSpan.FromHours(2)))
            await Refused.With("account.link-expired", () => Account(email).ResetPassword(secret!, "a brand new long passphrase", "Test"));

        Assert.Null(await Account(NewEmail()).StartPasswordReset());
        Assert.NotEmpty((await Account(email).SignIn(Given.Password, null, "Test")).PersonId);
    }

    [Fact]
    public async Task SignIn_AfterRepeatedFailures_BacksOff_ButForHalfAMinuteAtMost()
    {
        var (email, _) = await Verified();
        for (var i = 0; i < 12; i++)
            await Assert.ThrowsAsync<Contracts.ConveningException>(() => Account(email).SignIn($"wrong password {i}", null, "Test"));

        await Refused.With("auth.slow-down", () => Account(email).SignIn(Given.Password, null, "Test"));

        using (TestClock.Instance.Advance(TimeSpan.FromSeconds(31)))
            Assert.NotNull(await Account(email).SignIn(Given.Password, null, "Test"));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySession()
    {
        var (email, first) = await Verified();
        var second = await Account(email).SignIn(Given.Password, null, "Phone");

        await Account(email).SignOutEverywhere();

        Assert.False(await Account(email).CheckSession(first.SessionId));
        Assert.False(await Account(email).CheckSession(second.SessionId));
        Assert.Empty(await Account(email).Sessions());
    }

    [Fact]
    public async Task SignIn_WithTwoFactorOn_NeedsACurrentCode_RefusesAReplay_AndTakesARecoveryCodeOnce()
    {
        var (email, _) = await Verified();
        var secret = await Account(email).BeginTwoFactor();
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var recovery = await Account(email).ConfirmTwoFactor(totp.ComputeTotp(TestClock.Instance.GetUtcNow().UtcDateTime));

        await Refused.With("auth.second-factor-required", () => Account(email).SignIn(Given.Password, null, "Test"));
        // The code that turned it on was used in this time step already.
        await Refused.With("auth.second-factor-wrong", () => Account(email).SignIn(Given.Password, totp.ComputeTotp(TestClock.Instance.GetUtcNow().UtcDateTime), "Test"));
        using (TestClock.Instance.Advance(TimeSpan.FromSeconds(60)))
        {
            var code = totp.ComputeTotp(TestClock.Instance.GetUtcNow().UtcDateTime);
            Assert.NotNull(await Account(email).SignIn(Given.Password, code, "Test"));
            await Refused.With("auth.second-factor-wrong", () => Account(email).SignIn(Given.Password, code, "Test"));
        }
        Assert.NotNull(await Account(email).SignIn(Given.Password, recovery[0], "Test"));
        await Refused.With("auth.second-factor-wrong", () => Account(email).SignIn(Given.Password, recovery[0], "Test"));
    }
}
