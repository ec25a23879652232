using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Web.GraphQL.Common;
using Convening.Web.Identity;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public static class AccountFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>, IReadOnlyList<SessionView>>("mySessions")
            .Description("The browsers and API clients signed in to your account, most recently used first.")
            .ResolveAsync(async ctx => await Account(ctx).Sessions());

        mutation.Field<NonNullGraphType<AccountMessagePayloadType>, AccountMessage>("register")
            .Description("Creates an account and emails a link to verify the address; sign in after following it. An address that already has an account gets an email saying so, and the answer here is the same.")
            .Argument<NonNullGraphType<RegisterInputType>>("input", "The new account.")
            .ResolveAsync(async ctx =>
            {
                var (http, input) = Attempt<RegisterInput>(ctx);
                var email = Check.Email(input.Email);
                var mail = Services<AccountMail>(ctx);
                var registration = await ctx.Grains().GetGrain<IAccountGrain>(email).Register(input.Password, input.DisplayName);
                await (registration.Outcome == RegistrationOutcome.VerifyAddress
                    ? mail.Verify(http.Request, email, registration.Secret!)
                    : mail.AlreadyRegistered(http.Request, email));
                return new AccountMessage(AccountActions.CheckEmail);
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("verifyEmail")
            .Description("Verifies your address with the token from the emailed link (once; it expires) and returns a bearer token.")
            .Argument<NonNullGraphType<VerifyEmailInputType>>("input", "The link's token.")
            .ResolveAsync(async ctx =>
            {
                var http = ctx.Http();
                var (email, secret) = Link(ctx, ctx.Input<LinkTokenInput>().Token, "verify");
                var session = await ctx.Grains().GetGrain<IAccountGrain>(email).Verify(secret, Devices.Describe(http));
                return Issue(ctx, session, email);
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("signIn")
            .Description("Signs in with email and password (and second factor, when on) and returns a bearer token. One per request.")
            .Argument<NonNullGraphType<SignInInputType>>("input", "Your email and password.")
            .ResolveAsync(async ctx =>
            {
                var (http, input) = Attempt<SignInInput>(ctx);
                var email = Check.Email(input.Email);
                var session = await AccountActions.SignIn(ctx.Grains().GetGrain<IAccountGrain>(email), email, input.Password, input.Code, http, Services<AccountMail>(ctx));
                return Issue(ctx, session, email);
            });

        mutation.Field<NonNullGraphType<AccountMessagePayloadType>, AccountMessage>("requestPasswordReset")
            .Description("Emails a single-use link to reset the password, if the address has an account. The answer is the same either way.")
            .Argument<NonNullGraphType<RequestPasswordResetInputType>>("input", "Your email address.")
            .ResolveAsync(async ctx =>
            {
                var (http, input) = Attempt<RequestPasswordResetInput>(ctx);
                var email = Check.Email(input.Email);
                await AccountActions.RequestReset(ctx.Grains(), email, http, Services<AccountMail>(ctx));
                return new AccountMessage(AccountActions.ResetSent);
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("resetPassword")
            .Description("Sets a new password with the token from the reset email (once; it expires). Every other session ends.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input", "The link's token and the new password.")
            .ResolveAsync(async ctx =>
            {
                var (http, input) = Attempt<ResetPasswordInput>(ctx);
                var (email, secret) = Link(ctx, input.Token, "reset");
                var session = await ctx.Grains().GetGrain<IAccountGrain>(email).ResetPassword(secret, input.Password, Devices.Describe(http));
                return Issue(ctx, session, email);
            });

        mutation.Field<NonNullGraphType<AccountMessagePayloadType>, AccountMessage>("changeEmail")
            .Description("Asks to move your account to another address: a link to confirm it goes to the new address, and a notice to the current one, which stays in use until the link is followed. An address with its own account gets a note instead, and the answer here is the same.")
            .Argument<NonNullGraphType<ChangeEmailInputType>>("input", "The new address and your current password.")
            .ResolveAsync(async ctx =>
            {
                var account = Account(ctx);
                var (http, input) = Attempt<ChangeEmailInput>(ctx);
                await AccountActions.ChangeEmail(account, ctx.Caller().User.Email()!, input.NewEmail, input.CurrentPassword, http, Services<AccountMail>(ctx));
                return new AccountMessage(AccountActions.ChangeSent);
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("confirmEmailChange")
            .Description("Moves the account to its new address with the token from the link sent there (once; it expires). Every session ends; the answer carries a new bearer token.")
            .Argument<NonNullGraphType<ConfirmEmailChangeInputType>>("input", "The link's token.")
            .ResolveAsync(async ctx =>
            {
                var (http, input) = Attempt<LinkTokenInput>(ctx);
                var (email, secret) = Link(ctx, input.Token, "change-email");
                var changed = await ctx.Grains().GetGrain<IAccountGrain>(email).ConfirmEmailChange(secret, Devices.Describe(http));
                return Issue(ctx, changed.Session, changed.Email);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("signOutEverywhere")
            .Description("Ends every session of your account, this one included: cookies and bearer tokens stop working.")
            .ResolveAsync(async ctx =>
            {
                await Account(ctx).SignOutEverywhere();
                return true;
            });

        mutation.Field<NonNullGraphType<TwoFactorSetupType>, TwoFactorSetup>("beginTwoFactor")
            .Description("Starts two-step sign-in: a new authenticator secret, on once confirmed with confirmTwoFactor.")
            .ResolveAsync(async ctx =>
            {
                var secret = await Account(ctx).BeginTwoFactor();
                return new TwoFactorSetup(secret, TwoFactor.AuthenticatorUri(ctx.Caller().User.Email()!, secret));
            });

        mutation.Field<NonNullGraphType<RecoveryCodesType>, RecoveryCodes>("confirmTwoFactor")
            .Description("Turns two-step sign-in on with a code from the authenticator app; returns the recovery codes, once.")
            .Argument<NonNullGraphType<TwoFactorCodeInputType>>("input", "The code your app shows now.")
            .ResolveAsync(async ctx => new RecoveryCodes(await Account(ctx).ConfirmTwoFactor(ctx.Input<TwoFactorCodeInput>().Code)));
    }

    private static (HttpContext Http, T Input) Attempt<T>(IResolveFieldContext ctx)
    {
        var http = ctx.Http();
        Services<SignInLimiter>(ctx).Attempt(http);
        return (http, ctx.Input<T>());
    }

    private static (string Email, string Secret) Link(IResolveFieldContext ctx, string token, string purpose) =>
        Services<AccountMail>(ctx).Read(token, purpose)
            ?? throw new ConveningException("account.link-invalid", "That link is not one we sent, or it was changed. Ask for a new one.", ErrorKind.Forbidden);

    internal static IAccountGrain Account(IResolveFieldContext ctx)
    {
        ctx.RequiredCallerId();
        return ctx.Grains().GetGrain<IAccountGrain>(ctx.Caller().User.Email()!);
    }

    internal static T Services<T>(IResolveFieldContext ctx) where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    internal static AuthResult Issue(IResolveFieldContext ctx, SignedIn session, string email)
    {
        var (token, expires) = Services<TokenIssuer>(ctx).Issue(session, email);
        return new AuthResult(token, expires, session.PersonId);
    }
}
