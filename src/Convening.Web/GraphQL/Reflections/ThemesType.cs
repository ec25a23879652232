using Convening.Contracts;
using Convening.Contracts.Reflections;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class ThemeCountType : ObjectGraphType<ThemeCount>
{
    public ThemeCountType()
    {
        Name = "ThemeCount";
        Description = $"How often a theme comes up. Counts from fewer than {Limits.SmallCountThreshold} distinct authors are withheld.";
        Field(x => x.Theme).Description("The theme.");
        Field(x => x.Reflections, nullable: true).Description("How many shared entries mention it; null when suppressed.");
        Field(x => x.Authors, nullable: true).Description("How many distinct authors; null when suppressed.");
        Field(x => x.Suppressed).Description($"True when fewer than {Limits.SmallCountThreshold} distinct authors wrote about it.");
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The count as people should read it, e.g. '12' or 'fewer than 5'.")
            .Resolve(c => Label(c.Source));
    }

    public static string Label(ThemeCount count) =>
        count.Suppressed ? $"fewer than {Limits.SmallCountThreshold}" : count.Reflections!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ThemeMonthType : ObjectGraphType<ThemeMonth>
{
    public ThemeMonthType()
    {
        Name = "ThemeMonth";
        Description = "The themes of one calendar month (UTC).";
        Field(x => x.Month).Description("The month, as YYYY-MM.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeCountType>>>, IReadOnlyList<ThemeCount>>("themes").Description("The month's themes, most frequent first.").Resolve(c => c.Source.Themes);
    }
}

public sealed class ThemesType : ObjectGraphType<ThemesView>
{
    public ThemesType()
    {
        Name = "Themes";
        Description = "Which themes come up in shared reflections, and how often over time.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeCountType>>>, IReadOnlyList<ThemeCount>>("overall").Description("All time, most frequent first.").Resolve(c => c.Source.Overall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeMonthType>>>, IReadOnlyList<ThemeMonth>>("byMonth").Description("Month by month, newest first.").Resolve(c => c.Source.ByMonth);
        Field(x => x.SmallThemesLeftOut).Description($"True at place level, where themes from fewer than {Limits.SmallCountThreshold} distinct authors are left out entirely (names too); a group lists their names to its own members.");
    }
}
