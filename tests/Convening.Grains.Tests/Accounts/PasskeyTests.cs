using System.Text;
using Convening.Contracts.Accounts;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class PasskeyTests(ClusterFixture fixture)
{
    private const string Origin = "https://convening.example.org";
    private readonly IGrainFactory _grains = fixture.Grains;

    private IAccountGrain Account(string email) => _grains.GetGrain<IAccountGrain>(email);

    private async Task<(string Email, SignedIn Session)> Verified()
    {
        var email = $"{Given.Unique("passkey")}@example.org";
        var registration = await Account(email).Register(Given.Password, "Asha");
        return (email, await Account(email).Verify(registration.Secret!, "Test browser"));
    }

    private async Task<(string Email, SignedIn Session, SoftwareAuthenticator Key, PasskeyAdded Added)> WithPasskey()
    {
        var (email, session) = await Verified();
        var key = new SoftwareAuthenticator(Origin);
        var added = await Account(email).AddPasskey("Work laptop", key.Create(await Account(email).BeginPasskey(Origin)));
        return (email, session, key, added);
    }

    private async Task<PasskeySignedIn> SignIn(SoftwareAuthenticator key, byte[]? userHandle = null)
    {
        var ceremony = _grains.GetGrain<IPasskeySignInGrain>(Guid.NewGuid().ToString("N"));
        return await ceremony.Finish(key.Get(await ceremony.Begin(Origin), userHandle), "Test browser");
    }

    [Fact]
    public async Task AddPasskey_ThenSignInWithIt_StartsASessionAsThatPerson_AndNotesItsUse()
    {
        var (email, session, key, added) = await WithPasskey();

        var signedIn = await SignIn(key);

        Assert.Equal((email, session.PersonId), (signedIn.Email, signedIn.Session.PersonId));
        Assert.Contains(await Account(email).Sessions(), s => s.Id == signedIn.Session.SessionId);
        var listed = Assert.Single(await Account(email).Passkeys());
        Assert.Equal(("Work laptop", key.CredentialIdText), (listed.Name, listed.Id));
        Assert.NotNull(listed.LastUsedAt);
        Assert.Equal(10, added.RecoveryCodes.Count);
    }

    [Fact]
    public async Task PasswordSignIn_OnceAPasskeyIsAdded_NeedsASecondStep_WhichARecoveryCodeMeets()
    {
        var (email, _, _, added) = await WithPasskey();

        await Refused.With("auth.second-factor-required", () => Account(email).SignIn(Given.Password, null, "Test"));
        await Refused.With("auth.second-factor-wrong", () => Account(email).SignIn(Given.Password, "123456", "Test"));
        await Account(email).SignIn(Given.Password, added.RecoveryCodes[0], "Test");
        Assert.True(await Account(email).HasSecondFactor());
        Assert.False(await Account(email).HasTwoFactor());
    }

    [Fact]
    public async Task SignIn_WithACopiedKeyWhoseCounterGoesBack_IsRefused_AndNothingChanges()
    {
        var (email, _, key, _) = await WithPasskey();
        key.Counter = 7;
        await SignIn(key);
        var sessions = (await Account(email).Sessions()).Count;

        key.Counter = 7;
        await Refused.With("passkey.counter-replayed", () => SignIn(key));
        key.Counter = 3;
        await Refused.With("passkey.counter-replayed", () => SignIn(key));

        Assert.Equal(sessions, (await Account(email).Sessions()).Count);
        await SignIn(key.With(counter: 8));
    }

    [Fact]
    public async Task SignIn_AnsweringAnotherChallengeOrSite_IsRefused()
    {
        var (_, _, key, _) = await WithPasskey();
        var first = _grains.GetGrain<IPasskeySignInGrain>(Guid.NewGuid().ToString("N"));
        var second = _grains.GetGrain<IPasskeySignInGrain>(Guid.NewGuid().ToString("N"));
        var answerToFirst = key.Get(await first.Begin(Origin));
        await second.Begin(Origin);

        await Refused.With("passkey.invalid", () => second.Finish(answerToFirst, "Test"));

        key.Origin = "https://convening.example.org.evil.test";
        await Refused.With("passkey.invalid", () => SignIn(key));
    }

    [Fact]
    public async Task SignIn_WithAnExpiredOrUsedChallenge_IsRefused()
    {
        var (_, _, key, _) = await WithPasskey();
        var ceremony = _grains.GetGrain<IPasskeySignInGrain>(Guid.NewGuid().ToString("N"));
        var options = await ceremony.Begin(Origin);

        using (TestClock.Instance.Advance(TimeSpan.FromMinutes(6)))
            await Refused.With("passkey.challenge-expired", () => ceremony.Finish(key.Get(options), "Test"));
        await Refused.With("passkey.challenge-expired", () => ceremony.Finish(key.Get(options), "Test"));
        await Refused.With("passkey.challenge-expired", () => _grains.GetGrain<IPasskeySignInGrain>(Guid.NewGuid().ToString("N")).Finish(key.Get(options), "Test"));
    }

    [Fact]
    public async Task SignIn_WithSomeoneElsesKeyClaimingToBeThem_IsRefused()
    {
        var (_, asha, _, _) = await WithPasskey();
        var (_, _, mallory, _) = await WithPasskey();

        await Refused.With("passkey.unknown", () => SignIn(mallory, Encoding.UTF8.GetBytes(asha.PersonId)));
    }

    [Fact]
    public async Task RemovedPasskey_NoLongerSignsIn_AndTheLastOneTakesTheRecoveryCodesWithIt()
    {
        var (email, _, key, added) = await WithPasskey();

        await Account(email).RemovePasskey(key.CredentialIdText);

        await Refused.With("passkey.unknown", () => SignIn(key));
        Assert.Empty(await Account(email).Passkeys());
        Assert.False(await Account(email).HasSecondFactor());
        await Refused.With("passkey.not-found", () => Account(email).RemovePasskey(key.CredentialIdText));
        // With no second factor left, the password alone signs in again.
        await Account(email).SignIn(Given.Password, null, "Test");
    }

    [Fact]
    public async Task AddPasskey_WithAnExpiredOrSpentChallenge_OrTheSameKeyTwice_IsRefused()
    {
        var (email, _, key, _) = await WithPasskey();
        var again = key.Create(await Account(email).BeginPasskey(Origin));
        await Refused.With("passkey.invalid", () => Account(email).AddPasskey("Same key", again));
        await Refused.With("passkey.challenge-expired", () => Account(email).AddPasskey("Same key", again));

        var other = new SoftwareAuthenticator(Origin);
        var late = other.Create(await Account(email).BeginPasskey(Origin));
        using (TestClock.Instance.Advance(TimeSpan.FromMinutes(6)))
            await Refused.With("passkey.challenge-expired", () => Account(email).AddPasskey("Phone", late));
        Assert.Single(await Account(email).Passkeys());
    }

    [Fact]
    public async Task Passkeys_MoveWithTheAccount_WhenTheAddressChanges()
    {
        var (email, _, key, _) = await WithPasskey();
        var moved = $"{Given.Unique("moved")}@example.org";
        var request = await Account(email).RequestEmailChange(Given.Password, moved);
        await Account(email).ConfirmEmailChange(request.Secret!, "Test");

        var signedIn = await SignIn(key);

        Assert.Equal(moved, signedIn.Email);
    }
}
