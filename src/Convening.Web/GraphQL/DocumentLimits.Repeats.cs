using GraphQLParser.AST;

namespace Convening.Web.GraphQL;

public static partial class DocumentLimits
{
    /// <summary>
    /// Fields answering under one response name in one selection set, counting the sets merged
    /// under a repeated name and fragments where they are spread. graphql-dotnet's field-merging
    /// rule compares such fields pairwise, sub-selections included: 250 repeats of one list field
    /// cost about 224 ms of CPU within every other limit. Ordinary documents repeat a name
    /// where two fragments both ask for it (an id, a name), a few times at most.
    /// </summary>
    public const int MaxRepeats = 10;

    /// <summary>
    /// A type's member lists. Introspection costs nothing in the complexity analysis (so that the
    /// standard query works), so its shape is limited here: no aliases (each would run the whole
    /// schema again) and one member list on any path (a type's fields' types' fields … multiply
    /// at each step; the standard query needs one).
    /// </summary>
    private static readonly HashSet<string> MemberLists = ["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"];

    /// <summary>
    /// Counts every field by its response path (the response names from its root down), with
    /// fragments expanded where they are spread and an explicit stack. Called once the field and
    /// spread totals are within their limits and fragment cycles are refused, so the walk visits at
    /// most those totals plus the inline fragments around them (each chain within the nesting
    /// limit); a budget of that size stops the walk whatever it meets.
    /// </summary>
    private static LimitBreach? Repeats(List<GraphQLSelectionSet> roots, Dictionary<string, GraphQLSelectionSet> fragments)
    {
        var paths = new Dictionary<(int Parent, string Name), int>();
        var counts = new List<int>();
        var budget = (MaxNesting + 1) * (MaxFields + MaxSpreads);
        var stack = new Stack<(GraphQLSelectionSet Set, int Path, Introspecting Inside)>();
        foreach (var root in roots)
        {
            counts.Add(0);
            stack.Push((root, counts.Count - 1, default));
        }
        while (stack.Count > 0)
        {
            var (set, path, inside) = stack.Pop();
            foreach (var selection in set.Selections)
            {
                if (--budget < 0)
                    return new("graphql.too-many-spreads", $"A document can spread fragments at most {MaxSpreads} times, counting the spreads inside a fragment each time it is spread.");
                switch (selection)
                {
                    case GraphQLField field:
                        var key = (path, (field.Alias?.Name ?? field.Name).StringValue);
                        if (!paths.TryGetValue(key, out var id))
                        {
                            id = counts.Count;
                            counts.Add(0);
                            paths.Add(key, id);
                        }
                        if (++counts[id] > MaxRepeats)
                            return new("graphql.too-many-repeats", $"One selection set can ask for '{key.Item2}' at most {MaxRepeats} times, counting fragments where they are spread and selections merged under one name.");
                        var within = inside.Enter(field);
                        if (within.Breach is { } introspection)
                            return introspection;
                        if (field.SelectionSet is not null)
                            stack.Push((field.SelectionSet, id, within));
                        break;
                    case GraphQLInlineFragment inline:
                        stack.Push((inline.SelectionSet, path, inside));
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        stack.Push((fragment, path, inside));
                        break;
                }
            }
        }
        return null;
    }

    /// <summary>Where a walk is inside an introspection field, and how many member lists deep.</summary>
    private readonly record struct Introspecting(bool Active, int Lists, LimitBreach? Breach = null)
    {
        public Introspecting Enter(GraphQLField field)
        {
            var name = field.Name.StringValue;
            var active = Active || name is "__schema" or "__type";
            if (!active)
                return this;
            if (field.Alias is not null && name != "__typename")
                return this with { Breach = new("graphql.introspection-alias", "Introspection fields cannot be aliased: ask for each once.") };
            var lists = Lists + (Active && MemberLists.Contains(name) ? 1 : 0);
            return lists > 1
                ? this with { Breach = new("graphql.introspection-too-deep", "Introspection can select a type's fields, input fields, interfaces, possible types or enum values, but not those of the types found there.") }
                : new(true, lists);
        }
    }
}
