using Convening.Contracts;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Accounts;

/// <summary>A new local account.</summary>
public sealed record RegisterInput(string Email, string Password, string DisplayName);

public sealed class RegisterInputType : CommandInputType<RegisterInput>
{
    public RegisterInputType() : base("RegisterInput", "A new local account. It can sign in once its email address is verified.")
    {
        Field(x => x.Email).Description("Your email address; the verification link and invitations are sent to it.");
        Field(x => x.Password).Description($"At least {Limits.PasswordMinLength} characters, and not a commonly used or easily guessed password.");
        Field(x => x.DisplayName).Description("Your name as you want it shown.");
    }
}

/// <summary>Email, password and, with two-step sign-in on, a code.</summary>
public sealed record SignInInput(string Email, string Password, string? Code);

public sealed class SignInInputType : CommandInputType<SignInInput>
{
    public SignInInputType() : base("SignInInput", "Your email and password, and your second factor's code when it is on. Repeated wrong passwords slow the account down for up to 30 seconds.")
    {
        Field(x => x.Email).Description("Your email address.");
        Field(x => x.Password).Description("Your password.");
        Field(x => x.Code, nullable: true).Description("The 6-digit code from your authenticator app, or a recovery code (only with two-step sign-in on).");
    }
}

/// <summary>The token of an emailed link.</summary>
public sealed record LinkTokenInput(string Token);

public sealed class VerifyEmailInputType : CommandInputType<LinkTokenInput>
{
    public VerifyEmailInputType() : base("VerifyEmailInput", "The token from the link in the verification email.")
    {
        Field(x => x.Token).Description("The link's 'token' parameter.");
    }
}

/// <summary>The address whose password is forgotten.</summary>
public sealed record RequestPasswordResetInput(string Email);

public sealed class RequestPasswordResetInputType : CommandInputType<RequestPasswordResetInput>
{
    public RequestPasswordResetInputType() : base("RequestPasswordResetInput", "The address of the account whose password is forgotten.")
    {
        Field(x => x.Email).Description("Your email address.");
    }
}

/// <summary>The reset link's token and the new password.</summary>
public sealed record ResetPasswordInput(string Token, string Password);

public sealed class ResetPasswordInputType : CommandInputType<ResetPasswordInput>
{
    public ResetPasswordInputType() : base("ResetPasswordInput", "The token from the reset email and the new password.")
    {
        Field(x => x.Token).Description("The link's 'token' parameter.");
        Field(x => x.Password).Description("The new password.");
    }
}

/// <summary>A code from an authenticator app.</summary>
public sealed record TwoFactorCodeInput(string Code);

public sealed class TwoFactorCodeInputType : CommandInputType<TwoFactorCodeInput>
{
    public TwoFactorCodeInputType() : base("TwoFactorCodeInput", "A code from your authenticator app.")
    {
        Field(x => x.Code).Description("The 6-digit code your app shows now.");
    }
}

/// <summary>The address to move to and the current password.</summary>
public sealed record ChangeEmailInput(string NewEmail, string CurrentPassword);

public sealed class ChangeEmailInputType : CommandInputType<ChangeEmailInput>
{
    public ChangeEmailInputType() : base("ChangeEmailInput", "The address to move your account to, and your password to show it is you.")
    {
        Field(x => x.NewEmail).Description("The new address; a link to confirm it is sent there, and your current address stays in use until it is followed.");
        Field(x => x.CurrentPassword).Description("Your current password.");
    }
}

public sealed class ConfirmEmailChangeInputType : CommandInputType<LinkTokenInput>
{
    public ConfirmEmailChangeInputType() : base("ConfirmEmailChangeInput", "The token from the link sent to the new address.")
    {
        Field(x => x.Token).Description("The link's 'token' parameter.");
    }
}
