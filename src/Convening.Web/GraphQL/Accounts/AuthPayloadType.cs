using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Accounts;

public sealed record AuthResult(string Token, DateTimeOffset ExpiresAt, string PersonId);

public sealed class AuthPayloadType : ObjectGraphType<AuthResult>
{
    public AuthPayloadType()
    {
        Name = "AuthPayload";
        Description = "A bearer token for the API: send it as 'Authorization: Bearer <token>'.";
        Field(x => x.Token).Description("The bearer token.");
        Field(x => x.ExpiresAt).Description("When the token stops working; sign in again then.");
        Field<NonNullGraphType<PersonType>, PersonView>("person")
            .Description("You.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPersonGrain>(ctx.Source.PersonId).Get(ctx.Source.PersonId));
    }
}
