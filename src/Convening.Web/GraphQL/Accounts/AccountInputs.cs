using Convening.Contracts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public sealed class AccountInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Code { get; set; }
    public string Token { get; set; } = "";
    public string NewEmail { get; set; } = "";
    public string CurrentPassword { get; set; } = "";
}

public sealed class RegisterInputType : InputObjectGraphType<AccountInput>
{
    public RegisterInputType()
    {
        Name = "RegisterInput";
        Description = "A new local account. It can sign in once its email address is verified.";
        Field(x => x.Email).Description("Your email address; the verification link and invitations are sent to it.");
        Field(x => x.Password).Description($"At least {Limits.PasswordMinLength} characters, and not a commonly used or easily guessed password.");
        Field(x => x.DisplayName, nullable: false).Description("Your name as you want it shown.");
    }
}

public sealed class SignInInputType : InputObjectGraphType<AccountInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Description = "Your email and password, and your second factor's code when it is on. Repeated wrong passwords slow the account down for up to 30 seconds.";
        Field(x => x.Email).Description("Your email address.");
        Field(x => x.Password).Description("Your password.");
        Field(x => x.Code, nullable: true).Description("The 6-digit code from your authenticator app, or a recovery code (only with two-step sign-in on).");
    }
}

public sealed class VerifyEmailInputType : InputObjectGraphType<AccountInput>
{
    public VerifyEmailInputType()
    {
        Name = "VerifyEmailInput";
        Description = "The token from the link in the verification email.";
        Field(x => x.Token).Description("The link's 'token' parameter.");
    }
}

public sealed class RequestPasswordResetInputType : InputObjectGraphType<AccountInput>
{
    public RequestPasswordResetInputType()
    {
        Name = "RequestPasswordResetInput";
        Description = "The address of the account whose password is forgotten.";
        Field(x => x.Email).Description("Your email address.");
    }
}

public sealed class ResetPasswordInputType : InputObjectGraphType<AccountInput>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Description = "The token from the reset email and the new password.";
        Field(x => x.Token).Description("The link's 'token' parameter.");
        Field(x => x.Password).Description("The new password.");
    }
}

public sealed class TwoFactorCodeInputType : InputObjectGraphType<AccountInput>
{
    public TwoFactorCodeInputType()
    {
        Name = "TwoFactorCodeInput";
        Description = "A code from your authenticator app.";
        Field(x => x.Code, nullable: false).Description("The 6-digit code your app shows now.");
    }
}

public sealed class ChangeEmailInputType : InputObjectGraphType<AccountInput>
{
    public ChangeEmailInputType()
    {
        Name = "ChangeEmailInput";
        Description = "The address to move your account to, and your password to show it is you.";
        Field(x => x.NewEmail).Description("The new address; a link to confirm it is sent there, and your current address stays in use until it is followed.");
        Field(x => x.CurrentPassword).Description("Your current password.");
    }
}

public sealed class ConfirmEmailChangeInputType : InputObjectGraphType<AccountInput>
{
    public ConfirmEmailChangeInputType()
    {
        Name = "ConfirmEmailChangeInput";
        Description = "The token from the link sent to the new address.";
        Field(x => x.Token).Description("The link's 'token' parameter.");
    }
}
