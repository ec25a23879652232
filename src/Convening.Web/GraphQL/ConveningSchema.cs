using Convening.Web.GraphQL.Accounts;
using Convening.Web.GraphQL.Boards;
using Convening.Web.GraphQL.Gatherings;
using Convening.Web.GraphQL.Cycles;
using Convening.Web.GraphQL.OrganisationDirectory;
using Convening.Web.GraphQL.Funding;
using Convening.Web.GraphQL.Groups;
using Convening.Web.GraphQL.LifePictures;
using Convening.Web.GraphQL.Notifications;
using Convening.Web.GraphQL.People;
using Convening.Web.GraphQL.Places;
using Convening.Web.GraphQL.Principles;
using Convening.Web.GraphQL.Reflections;
using Convening.Web.GraphQL.SupportPlans;
using GraphQL.Types;

namespace Convening.Web.GraphQL;

public sealed class ConveningSchema : Schema
{
    public ConveningSchema(IServiceProvider services) : base(services)
    {
        Description = "Convening: places, cross-sector groups and the people in them.";
        var query = new ObjectGraphType { Name = "Query", Description = "What can be read." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "What can be changed; every mutation takes one input object." };
        AccountFields.Add(query, mutation);
        PasskeyFields.Add(query, mutation);
        PeopleFields.Add(query, mutation);
        PlaceFields.Add(query, mutation);
        GroupFields.Add(query, mutation);
        GatheringFields.Add(query, mutation);
        BoardFields.Add(query, mutation);
        CycleFields.Add(query, mutation);
        ReflectionFields.Add(query, mutation);
        PrincipleFields.Add(query, mutation);
        DirectoryFields.Add(query, mutation);
        FundingFields.Add(query, mutation);
        PictureFields.Add(query, mutation);
        PlanFields.Add(query, mutation);
        RetentionFields.Add(query, mutation);
        NotificationFields.Add(query, mutation);
        Query = query;
        Mutation = mutation;
    }
}
