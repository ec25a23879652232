using Convening.Contracts.Accounts;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public sealed class PasskeyType : ObjectGraphType<PasskeyView>
{
    public PasskeyType()
    {
        Name = "Passkey";
        Description = "A passkey on your account.";
        Field(x => x.Id).Description("The credential's id (base64url).");
        Field(x => x.Name).Description("The name you gave it.");
        Field(x => x.CreatedAt).Description("When it was added.");
        Field(x => x.LastUsedAt, nullable: true).Description("When it last signed in; null if never.");
    }
}

public sealed class AddPasskeyPayloadType : ObjectGraphType<PasskeyAdded>
{
    public AddPasskeyPayloadType()
    {
        Name = "AddPasskeyPayload";
        Description = "The passkey just added.";
        Field<NonNullGraphType<PasskeyType>, PasskeyView>("passkey").Description("The new passkey.").Resolve(ctx => ctx.Source.Passkey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recoveryCodes")
            .Description("Recovery codes, shown only now, when this was your first second factor; otherwise empty.")
            .Resolve(ctx => ctx.Source.RecoveryCodes);
    }
}

public sealed record PasskeySignInStart(string Ceremony, string Options);

public sealed class PasskeySignInStartType : ObjectGraphType<PasskeySignInStart>
{
    public PasskeySignInStartType()
    {
        Name = "PasskeySignInStart";
        Description = "A passkey sign-in waiting for the authenticator's answer.";
        Field(x => x.Ceremony).Description("Send this back with the answer to signInWithPasskey.");
        Field(x => x.Options).Description("The request options (WebAuthn JSON) for navigator.credentials.get().");
    }
}

/// <summary>A new passkey's name and the authenticator's answer.</summary>
public sealed record AddPasskeyInput(string Name, string Credential);

public sealed class AddPasskeyInputType : CommandInputType<AddPasskeyInput>
{
    public AddPasskeyInputType() : base("AddPasskeyInput", "A new passkey: its name and the authenticator's answer to beginPasskey's options.")
    {
        Field(x => x.Name).Description("A name to tell it apart, e.g. 'Work laptop'.");
        Field(x => x.Credential).Description("The JSON of the PublicKeyCredential that navigator.credentials.create() returned (PublicKeyCredential.toJSON()).");
    }
}

/// <summary>One of your passkeys.</summary>
public sealed record RemovePasskeyInput(string Id);

public sealed class RemovePasskeyInputType : CommandInputType<RemovePasskeyInput>
{
    public RemovePasskeyInputType() : base("RemovePasskeyInput", "The passkey to remove.")
    {
        Field(x => x.Id).Description("The passkey's id.");
    }
}

/// <summary>A passkey sign-in's ceremony id and the authenticator's answer.</summary>
public sealed record SignInWithPasskeyInput(string Ceremony, string Credential);

public sealed class SignInWithPasskeyInputType : CommandInputType<SignInWithPasskeyInput>
{
    public SignInWithPasskeyInputType() : base("SignInWithPasskeyInput", "The answer to a passkey sign-in.")
    {
        Field(x => x.Ceremony).Description("The ceremony id from beginPasskeySignIn.");
        Field(x => x.Credential).Description("The JSON of the PublicKeyCredential that navigator.credentials.get() returned (PublicKeyCredential.toJSON()).");
    }
}
