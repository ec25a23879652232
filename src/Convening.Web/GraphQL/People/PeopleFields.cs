using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public static class PeopleFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<PersonType, PersonView>("me")
            .Description("You, if signed in (a bearer token or the browser's cookie); otherwise null.")
            .ResolveAsync(async ctx => ctx.CallerId() is { } id ? await ctx.Grains().GetGrain<IPersonGrain>(id).Get(id) : null);

        mutation.AddMutation<PersonType, PersonView, UpdateProfileInputType>("updateProfile", "Changes your profile and availability.",
            ctx =>
            {
                var input = ctx.Input<UpdateProfileInput>();
                var availability = input.Availability?.ToAvailability() ?? Availability.Empty;
                return ctx.Grains().GetGrain<IPersonGrain>(ctx.RequiredCallerId())
                    .UpdateProfile(new UpdateProfile(input.DisplayName, input.Sector, input.Organisation, availability), ctx.CallerId());
            });
    }
}
