using Convening.Web.Identity;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Convening.Web.GraphQL.Accounts;

/// <summary>
/// For a person the <see cref="SecondFactorGate"/> holds back, every top-level field other than
/// the account's own (sign-in, sessions, two-step set-up, passkeys, change of address, "me") is refused
/// before anything runs, with account.second-factor-required.
/// </summary>
public sealed class SecondFactorRule : ValidationRuleBase
{
    public static readonly SecondFactorRule Instance = new();

    private static readonly HashSet<string> OwnAccount =
    [
        "register", "verifyEmail", "signIn", "requestPasswordReset", "resetPassword", "signOutEverywhere",
        "beginTwoFactor", "confirmTwoFactor", "mySessions", "changeEmail", "confirmEmailChange", "me",
        "myPasskeys", "beginPasskey", "addPasskey", "removePasskey", "beginPasskeySignIn", "signInWithPasskey",
        "__typename", "__schema", "__type",
    ];

    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        foreach (var selection in operation.SelectionSet.Selections)
            if (selection is not GraphQLField field || !OwnAccount.Contains(field.Name.StringValue))
            {
                context.ReportError(new ValidationError(context.Document.Source, "2FA", SecondFactorGate.Message, selection) { Code = SecondFactorGate.Code });
                return;
            }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(SecondFactorGate.IsRequired(context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext) ? Visitor : null);
}
