using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.GraphQL.Common;
using Convening.Web.OrganisationDirectory;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>One page of search results and the counts per facet value across all of them.</summary>
public sealed class DirectorySearchResultType : ObjectGraphType<DirectoryResult>
{
    public DirectorySearchResultType()
    {
        Name = "DirectorySearchResult";
        Description = "One page of published entries, best match first (name order when there is no text), with counts per facet value across every match.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryEntryType>>>, IReadOnlyList<DirectoryDocument>>("nodes").Description("The entries on this page.").Resolve(c => c.Source.Page.Items);
        Field<StringGraphType, string?>("endCursor").Description("Pass as 'after' to get the next page.").Resolve(c => c.Source.Page.EndCursor);
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Description("Whether there are more entries after this page.").Resolve(c => c.Source.Page.HasNextPage);
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Description("How many entries match in all.").Resolve(c => c.Source.Page.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryFacetCountType>>>, IReadOnlyList<FacetCount>>("facets").Description("How many matching entries have each facet value.").Resolve(c => c.Source.Facets);
    }
}

public sealed class DirectoryFacetCountType : ObjectGraphType<FacetCount>
{
    public DirectoryFacetCountType()
    {
        Name = "DirectoryFacetCount";
        Description = "How many matching entries have one facet value.";
        Field<NonNullGraphType<DirectoryFacetType>, string>("facet").Description("The facet.").Resolve(c => c.Source.Facet);
        Field<NonNullGraphType<StringGraphType>, string>("value").Description("The value's code, as the matching search argument takes it (a place slug, an approach or people-served code, or a Sector name).").Resolve(c => Value(c.Source));
        Field<NonNullGraphType<StringGraphType>, string>("label").Description("The value's name, for people.")
            .ResolveAsync(async c => DirectoryText.Label(c.Source.Facet, c.Source.Value, await c.Once("directory.place-names", () => PlaceNames.Load(c.Grains()))));
        Field(x => x.Count).Description("How many matching entries have it.");
    }

    private static string Value(FacetCount count) =>
        count.Facet == Facets.Sector && DirectoryText.ParseSector(count.Value) is { } sector ? sector.ToString().ToConstantCase() : count.Value;
}
