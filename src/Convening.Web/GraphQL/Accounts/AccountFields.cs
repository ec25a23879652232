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
        _ = query;
        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("register")
            .Description("Creates an account and returns a bearer token for it.")
            .Argument<NonNullGraphType<RegisterInputType>>("input", "The new account.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input<AccountInput>();
                var email = Check.Email(input.Email);
                var personId = await ctx.Grains().GetGrain<IAccountGrain>(email).Register(input.Password, input.DisplayName ?? "");
                return Issue(ctx, personId, email);
            });

        mutation.Field<NonNullGraphType<AuthPayloadType>, AuthResult>("signIn")
            .Description("Signs in with email and password and returns a bearer token.")
            .Argument<NonNullGraphType<SignInInputType>>("input", "Your email and password.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input<AccountInput>();
                var email = Check.Email(input.Email);
                var personId = await ctx.Grains().GetGrain<IAccountGrain>(email).SignIn(input.Password);
                return Issue(ctx, personId, email);
            });
    }

    private static AuthResult Issue(IResolveFieldContext ctx, string personId, string email)
    {
        var (token, expires) = ctx.RequestServices!.GetRequiredService<TokenIssuer>().Issue(personId, email);
        return new AuthResult(token, expires, personId);
    }
}
