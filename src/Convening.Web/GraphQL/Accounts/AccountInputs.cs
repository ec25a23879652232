using Convening.Contracts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public sealed class AccountInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string? DisplayName { get; set; }
}

public sealed class RegisterInputType : InputObjectGraphType<AccountInput>
{
    public RegisterInputType()
    {
        Name = "RegisterInput";
        Description = "A new local account.";
        Field(x => x.Email).Description("Your email address; invitations are sent to it.");
        Field(x => x.Password).Description($"At least {Limits.PasswordMinLength} characters.");
        Field(x => x.DisplayName, nullable: false).Description("Your name as you want it shown.");
    }
}

public sealed class SignInInputType : InputObjectGraphType<AccountInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Description = "Your email and password. Five wrong passwords lock the account for 15 minutes.";
        Field(x => x.Email).Description("Your email address.");
        Field(x => x.Password).Description("Your password.");
    }
}
