using System.Security.Cryptography;
using Convening.Contracts.Accounts;
using Convening.Web.Edge;
using Convening.Web.GraphQL.Common;
using Convening.Web.Identity;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

/// <summary>
/// Passkeys through the API, the same steps as the pages: the options come as WebAuthn JSON (binary
/// fields base64url, as PublicKeyCredential.parseCreationOptionsFromJSON reads them), and the
/// authenticator's answer goes back as the JSON of PublicKeyCredential.toJSON().
/// </summary>
public static class PasskeyFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PasskeyType>>>, IReadOnlyList<PasskeyView>>("myPasskeys")
            .Description("Your passkeys, oldest first.")
            .ResolveAsync(async ctx => await AccountFields.Account(ctx).Passkeys());

        mutation.Field<NonNullGraphType<StringGraphType>, string>("beginPasskey")
            .Description("Starts adding a passkey: the creation options (WebAuthn JSON) for navigator.credentials.create(). Their challenge is single-use and lasts five minutes; finish with addPasskey.")
            .ResolveAsync(async ctx => await AccountFields.Account(ctx).BeginPasskey(ctx.Http().Origin()));

        mutation.Field<NonNullGraphType<AddPasskeyPayloadType>, PasskeyAdded>("addPasskey")
            .Description("Keeps the passkey the authenticator made for beginPasskey's options. Your first second factor comes with recovery codes, shown once; from then on a password alone no longer signs in.")
            .Argument<NonNullGraphType<AddPasskeyInputType>>("input", "The passkey's name and the authenticator's answer.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input<AddPasskeyInput>();
                return await AccountFields.Account(ctx).AddPasskey(input.Name, input.Credential);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("removePasskey")
            .Description("Removes one of your passkeys: it no longer signs in.")
            .Argument<NonNullGraphType<RemovePasskeyInputType>>("input", "Which passkey.")
            .ResolveAsync(async ctx =>
            {
                await AccountFields.Account(ctx).RemovePasskey(ctx.Input<RemovePasskeyInput>().Id);
                return true;
            });

        mutation.Field<NonNullGraphType<PasskeySignInStartType>, PasskeySignInStart>("beginPasskeySignIn")
            .Description("Starts signing in with a passkey: a ceremony id and the request options (WebAuthn JSON) for navigator.credentials.get(). Single-use, five minutes.")
            .ResolveAsync(async ctx =>
            {
                var ceremony = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                return new PasskeySignInStart(ceremony, await ctx.Grains().GetGrain<IPasskeySignInGrain>(ceremony).Begin(ctx.Http().Origin()));
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("signInWithPasskey")
            .Description("Signs in with the passkey's answer to beginPasskeySignIn's options and returns a bearer token. A passkey is a whole sign-in: it is something you have, unlocked by something you are or know. One per request.")
            .Argument<NonNullGraphType<SignInWithPasskeyInputType>>("input", "The ceremony id and the authenticator's answer.")
            .ResolveAsync(async ctx =>
            {
                var http = ctx.Http();
                AccountFields.Services<SignInLimiter>(ctx).Attempt(http);
                var input = ctx.Input<SignInWithPasskeyInput>();
                var ceremony = input.Ceremony.Length is > 0 and <= 64 ? input.Ceremony : "none";
                var signedIn = await ctx.Grains().GetGrain<IPasskeySignInGrain>(ceremony).Finish(input.Credential, Devices.Describe(http));
                return AccountFields.Issue(ctx, signedIn.Session, signedIn.Email);
            });
    }
}
