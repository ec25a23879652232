using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Web.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.People;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>The strengths-based directory: search, entries, moderation and endorsements.</summary>
public static class DirectoryFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<DirectorySearchResultType>, DirectoryResult>("directory")
            .Description("Searches the published directory: free text plus facets (within a facet any value matches, across facets all must), best match first, with counts per facet value. Open to everyone.")
            .Argument<StringGraphType>("text", "Words to look for in names, descriptions, services, approaches, places and people served (stemmed, small typos forgiven, the directory's glossary applied).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("places", "Only organisations serving one of these places (slugs).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("approaches", "Only organisations practising one of these approaches (codes, see directoryTerms).")
            .Argument<ListGraphType<NonNullGraphType<SectorType>>>("sectors", "Only organisations working in one of these sectors.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("peopleServed", "Only organisations working with one of these groups of people (codes, see directoryTerms).")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<DirectorySearch>().Search(new DirectoryQuery(
                ctx.GetArgument<string?>("text"),
                ctx.GetArgument<List<string>?>("places"),
                ctx.GetArgument<List<string>?>("approaches"),
                ctx.GetArgument<List<Sector>?>("sectors")?.Select(DirectoryText.SectorValue).ToList(),
                ctx.GetArgument<List<string>?>("peopleServed"),
                ctx.GetArgument("first", 20),
                ctx.GetArgument<string?>("after"))));

        query.Field<OrganisationType, OrganisationView>("organisation")
            .Description("A directory entry by its uuid; null if there is none you can see (an entry is public once published; before that, only its editors and the moderators see it).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entry's uuid.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Organisation(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId())));

        query.Field<NonNullGraphType<ModerationQueueConnectionType>, Page<ModerationItem>>("directoryModerationQueue")
            .Description("Entries waiting for review, oldest first; directory moderators only.")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key)
                .List(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.CallerId()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EditorEntryType>>>, IReadOnlyList<EditorEntry>>("myDirectoryEntries")
            .Description("The directory entries you edit (drafts, waiting, sent back, published, withdrawn), most recently changed first; signed-in people only.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IEditorEntriesGrain>(ctx.CallerId() ?? throw ConveningException.Unauthenticated()).List(ctx.CallerId()));

        query.Field<NonNullGraphType<DirectoryTermsType>, object>("directoryTerms")
            .Description("The directory's fixed vocabularies (approaches, people served, self-assessment statements, kinds of organisation) with their stable codes.")
            .Resolve(_ => new object());

        AddMutations(mutation);
        DirectoryGlossaryFields.Add(query, mutation);
    }

    private static void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddMutation<OrganisationType, OrganisationView, SubmitOrganisationInputType>("submitOrganisation", "Sends a new directory entry for review; signed-in people only. You become its editor and see the moderators' comments on it.",
            ctx =>
            {
                var (requestId, content) = ctx.Keyed<EntryContent>();
                return Organisation(ctx, NewEntryId(ctx, requestId)).Submit(NewServiceIds.Given(content), ctx.CallerId(), Given(requestId));
            });
        mutation.AddMutation<OrganisationType, OrganisationView, UpdateOrganisationInputType>("updateOrganisation", "Sends a change to an entry you edit for review; a published entry stays as it is until a moderator publishes the change.",
            async ctx =>
            {
                var (id, content) = ctx.Keyed<EntryContent>();
                var grain = Organisation(ctx, id);
                await grain.Get(ctx.CallerId()); // an entry that does not exist is not created by an update
                return await grain.Submit(NewServiceIds.Given(content), ctx.CallerId());
            });
        mutation.AddMutation<OrganisationType, OrganisationView, SaveOrganisationDraftInputType>("saveOrganisationDraft", "Saves a new entry, or a change to one you edit, without sending it for review; signed-in people only. Only you see a draft (moderators do not) until you send it with sendOrganisationDraft.",
            ctx =>
            {
                var (id, requestId, content) = ctx.Keyed<EntryContent>();
                return Organisation(ctx, Given(id) ?? NewEntryId(ctx, requestId)).SaveDraft(NewServiceIds.Given(content), ctx.CallerId());
            });
        mutation.AddMutation<OrganisationType, OrganisationView, OrganisationIdInputType>("sendOrganisationDraft", "Sends your saved draft of an entry for review, checked in full; its editors only.",
            ctx => Organisation(ctx, ctx.Input<OrganisationIdInput>().Id).SendDraft(ctx.CallerId()));
        mutation.AddMutation<OrganisationType, OrganisationView, ReviewOrganisationInputType>("reviewOrganisation", "Publishes the version waiting for review (the entry is assured today), or returns it to its submitter with a comment; directory moderators only.",
            ctx =>
            {
                var (id, decision, comment) = ctx.Input<ReviewOrganisationInput>();
                return Organisation(ctx, id).Review(decision, comment, ctx.CallerId());
            });
        mutation.AddMutation<OrganisationType, OrganisationView, EndorseApproachInputType>("endorseApproach", "Endorses an approach a published entry claims (\"we have worked alongside them\"), or takes the endorsement back; people in a group or editors of another published entry, never the entry's own editors.",
            ctx =>
            {
                var (id, approach, on) = ctx.Input<EndorseApproachInput>();
                return Organisation(ctx, id).Endorse(approach, on, ctx.CallerId());
            });
        mutation.AddMutation<OrganisationType, OrganisationView, OrganisationIdInputType>("withdrawOrganisation", "Takes an entry out of the directory, dropping any unsent draft; its editors or a moderator. An entry that was only ever a draft is deleted.",
            ctx => Organisation(ctx, ctx.Input<OrganisationIdInput>().Id).Withdraw(ctx.CallerId()));

        mutation.AddMutation<DirectoryModeratorType, DirectoryModerator, AppointDirectoryModeratorInputType>("appointDirectoryModerator",
            "Makes the person who signs in with this email a directory moderator; directory moderators only.",
            async ctx =>
            {
                var email = ctx.Input<AppointDirectoryModeratorInput>().Email;
                await ctx.Grains().GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).Appoint(email, ctx.CallerId());
                return new DirectoryModerator(email.Trim().ToLowerInvariant());
            });
    }

    /// <summary>A key the client left out arrives as "": then there is none.</summary>
    private static string? Given(string key) => key.Length > 0 ? key : null;

    /// <summary>A new entry's uuid: the same for the same caller and request id, so sending twice reaches one entry.</summary>
    private static string NewEntryId(IResolveFieldContext ctx, string requestId) =>
        Guid.ParseExact(RequestIds.NewId(ctx.CallerId(), Given(requestId)), "N").ToString("D");

    private static IOrganisationGrain Organisation(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IOrganisationGrain>(id);
}

public sealed record DirectoryModerator(string Email);

public sealed class DirectoryModeratorType : ObjectGraphType<DirectoryModerator>
{
    public DirectoryModeratorType()
    {
        Name = "DirectoryModerator";
        Description = "Someone who reviews directory entries.";
        Field(x => x.Email).Description("The email address they sign in with.");
    }
}
