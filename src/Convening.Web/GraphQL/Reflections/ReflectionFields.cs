using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Reflections;
using Convening.Web.GraphQL.Common;
using Convening.Web.Reflections;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public static class ReflectionFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<ReflectionType, ReflectionView>("reflection")
            .Description("An entry you wrote or that is shared with you; null otherwise (a private entry is never returned to anyone else).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entry's id.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Reflection(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId())));

        query.Field<NonNullGraphType<NewestFirstConnectionType<ReflectionSummaryType, ReflectionSummary>>, Page<ReflectionSummary>>("myJournal")
            .Description("Your own entries, most recently saved first; sign-in required.")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .Argument<StringGraphType>("theme", "Only entries with this theme.")
            .Argument<StringGraphType>("search", "Only entries whose title, themes or opening contain this text.")
            .ResolveAsync(async ctx =>
            {
                var me = ctx.RequiredCallerId();
                var q = new JournalQuery(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.GetArgument<string?>("theme"), ctx.GetArgument<string?>("search"));
                return await ctx.Grains().GetGrain<IJournalGrain>(me).List(q, me);
            });

        query.Field<NonNullGraphType<StringGraphType>, string>("myJournalExport")
            .Description("All your entries in one document, to keep or take elsewhere.")
            .Argument<NonNullGraphType<JournalExportFormatType>>("format", "MARKDOWN or JSON.")
            .ResolveAsync(async ctx =>
            {
                var entries = await JournalExport.Entries(ctx.Grains(), ctx.RequiredCallerId());
                return ctx.GetArgument<JournalExportFormat>("format") == JournalExportFormat.Json
                    ? JournalExport.ToJson(entries)
                    : JournalExport.ToMarkdown(entries);
            });

        AddAudience(query, "group", "groupId", "The group's id.", ReflectionAudience.Group, "a group (members only)");
        AddAudience(query, "place", "slug", "The place's short name.", ReflectionAudience.Place, "a place (members of its groups and its stewards)");

        mutation.AddMutation<ReflectionType, ReflectionView, SaveReflectionInputType>("saveReflection",
            "Starts an entry or saves a new version of one of yours; a stale expectedVersion is refused with reflection.conflict.",
            ctx =>
            {
                var input = ctx.Keyed<SaveReflection>();
                var (id, cycleId, experimentId) = (input.Keys[0], input.Keys[1], input.Keys[2]);
                var link = string.IsNullOrWhiteSpace(cycleId) ? null : new WorkLink(cycleId, experimentId.Length == 0 ? null : experimentId);
                return Reflection(ctx, id.Length > 0 ? id : RequestIds.NewId(ctx.CallerId(), input.Command.RequestId))
                    .Save(input.Command with { Link = link }, ctx.CallerId());
            });

        mutation.AddMutation<DeletedReflectionType, DeletedReflection, ReflectionIdInputType>("deleteReflection",
            "Deletes one of your entries and its history for good.",
            async ctx =>
            {
                var id = ctx.Input<ReflectionIdInput>().Id;
                await Reflection(ctx, id).Delete(ctx.CallerId());
                return new DeletedReflection(id);
            });
    }

    /// <summary>groupReflections/groupThemes and placeReflections/placeThemes: the same index grain behind each.</summary>
    private static void AddAudience(ObjectGraphType query, string kind, string key, string keyDescription, Func<string, string> audience, string who)
    {
        query.Field<NonNullGraphType<NewestFirstConnectionType<ReflectionSummaryType, ReflectionSummary>>, Page<ReflectionSummary>>($"{kind}Reflections")
            .Description($"Entries shared with {who}, most recently saved first.")
            .Argument<NonNullGraphType<StringGraphType>>(key, keyDescription)
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .Argument<StringGraphType>("theme", "Only entries with this theme.")
            .ResolveAsync(async ctx => await Index(ctx, audience(ctx.GetArgument<string>(key)))
                .List(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.GetArgument<string?>("theme"), ctx.CallerId()));

        query.Field<NonNullGraphType<ThemesType>, ThemesView>($"{kind}Themes")
            .Description($"Which themes come up in entries shared with {who}; counts from fewer than {Limits.SmallCountThreshold} authors are withheld.")
            .Argument<NonNullGraphType<StringGraphType>>(key, keyDescription)
            .ResolveAsync(async ctx => await Index(ctx, audience(ctx.GetArgument<string>(key))).Themes(ctx.CallerId()));
    }

    private static IReflectionGrain Reflection(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IReflectionGrain>(id);

    private static IReflectionIndexGrain Index(IResolveFieldContext ctx, string audience) => ctx.Grains().GetGrain<IReflectionIndexGrain>(audience);
}
