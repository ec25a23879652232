using Convening.Contracts.Accounts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public sealed record AccountMessage(string Message);

public sealed class AccountMessagePayloadType : ObjectGraphType<AccountMessage>
{
    public AccountMessagePayloadType()
    {
        Name = "AccountMessagePayload";
        Description = "What happens next. The same whether or not the address has an account, so it tells no one who is registered.";
        Field(x => x.Message).Description("What to do now, for example 'Check your email'.");
    }
}

public sealed class SessionType : ObjectGraphType<SessionView>
{
    public SessionType()
    {
        Name = "Session";
        Description = "A browser or API client signed in to your account.";
        Field(x => x.Id).Description("The session's id.");
        Field(x => x.Device).Description("The browser and system it signed in from, e.g. 'Firefox on Windows'.");
        Field(x => x.SignedInAt).Description("When it signed in.");
        Field(x => x.LastUsedAt).Description("When it was last used (to within a few minutes).");
    }
}

public sealed record TwoFactorSetup(string Secret, string AuthenticatorUri);

public sealed class TwoFactorSetupType : ObjectGraphType<TwoFactorSetup>
{
    public TwoFactorSetupType()
    {
        Name = "TwoFactorSetup";
        Description = "A new authenticator secret; two-step sign-in is on once a code from it is confirmed.";
        Field(x => x.Secret).Description("The base32 secret to type into an authenticator app.");
        Field(x => x.AuthenticatorUri).Description("The otpauth:// address an app can read (for a QR code).");
    }
}

public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

public sealed class RecoveryCodesType : ObjectGraphType<RecoveryCodes>
{
    public RecoveryCodesType()
    {
        Name = "RecoveryCodes";
        Description = "Two-step sign-in is on. Each code signs in once without the app; they are shown only now.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes").Description("The recovery codes.").Resolve(ctx => ctx.Source.Codes);
    }
}
