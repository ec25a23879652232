using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Convening.Web.GraphQL;

/// <summary>
/// Abuse limits checked before graphql-dotnet sees a document. Its validation rules recurse
/// through fragment spreads (a chain of 12,000 overflowed the stack and killed the process)
/// and compare fields pairwise (16,000 repeats of one alias took seconds), so everything
/// here runs in time linear in the document, without recursion deeper than the nesting limit:
/// one pass of the lexer (size and nesting, before anything is allocated), one parse, one walk
/// of each definition, and the fragment graph resolved with an explicit stack.
/// </summary>
public static partial class DocumentLimits
{
    /// <summary>Lexical tokens in a document: the standard introspection query has about 330.</summary>
    public const int MaxTokens = 15_000;

    /// <summary>Open brackets of any kind inside one another (selections, lists, objects, arguments).</summary>
    public const int MaxNesting = 30;

    /// <summary>Depth of fields, counting fragments where they are spread (the standard introspection query needs 15).</summary>
    public const int MaxDepth = 20;

    /// <summary>Field selections, counting a fragment's fields each time it is spread.</summary>
    public const int MaxFields = 1_000;

    /// <summary>Aliased fields, counted the same way: aliases are how one request repeats a lookup.</summary>
    public const int MaxAliases = 100;

    /// <summary>Fragment spreads, counting the spreads inside a fragment each time it is spread.</summary>
    public const int MaxSpreads = 1_000;

    /// <summary>Fragment definitions in one document.</summary>
    public const int MaxFragments = 100;

    /// <summary>Directives used in one document.</summary>
    public const int MaxDirectives = 50;

    private static readonly ParserOptions Parsing = new() { Ignore = IgnoreOptions.Comments };

    /// <summary>
    /// The parsed document, or the limit it breaks. A document the lexer or parser cannot read
    /// gives neither: graphql-dotnet parses it again (quickly, it stops at the error) and
    /// reports the syntax error in its usual form.
    /// </summary>
    public static (GraphQLDocument? Document, LimitBreach? Breach) Check(string query)
    {
        try
        {
            if (Scan(query) is { } lexical)
                return (null, lexical);
            var document = Parser.Parse(query, Parsing);
            return Measure(document) is { } breach ? (null, breach) : (document, null);
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
    }

    private static LimitBreach? Scan(string query)
    {
        var tokens = 0;
        var nesting = 0;
        var directives = 0;
        var position = 0;
        while (true)
        {
            var token = Lexer.Lex(query, position);
            position = token.End;
            switch (token.Kind)
            {
                case TokenKind.EOF:
                    return null;
                case TokenKind.COMMENT:
                    continue;
                case TokenKind.BRACE_L or TokenKind.BRACKET_L or TokenKind.PAREN_L:
                    if (++nesting > MaxNesting)
                        return new("graphql.too-deep", $"A document can nest brackets at most {MaxNesting} deep.");
                    break;
                case TokenKind.BRACE_R or TokenKind.BRACKET_R or TokenKind.PAREN_R:
                    nesting = Math.Max(0, nesting - 1);
                    break;
                case TokenKind.AT when ++directives > MaxDirectives:
                    return new("graphql.too-many-directives", $"A document can use at most {MaxDirectives} directives.");
            }
            if (++tokens > MaxTokens)
                return new("graphql.document-too-large", $"A document can have at most {MaxTokens} tokens (names, punctuation and values).");
        }
    }

    private static LimitBreach? Measure(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, Shape>();
        var operations = new List<Shape>();
        var roots = new List<GraphQLSelectionSet>();
        var fragmentSets = new Dictionary<string, GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                if (fragments.Count >= MaxFragments)
                    return new("graphql.too-many-fragments", $"A document can define at most {MaxFragments} fragments.");
                if (fragments.TryAdd(fragment.FragmentName.Name.StringValue, Shape.Of(fragment.SelectionSet)))
                    fragmentSets.Add(fragment.FragmentName.Name.StringValue, fragment.SelectionSet);
                roots.Add(fragment.SelectionSet);
            }
            else if (definition is GraphQLOperationDefinition operation)
            {
                operations.Add(Shape.Of(operation.SelectionSet));
                roots.Add(operation.SelectionSet);
            }
        }

        var (resolved, cycle) = Resolve(fragments);
        if (cycle is not null)
            return new("graphql.fragment-cycle", $"The fragment '{cycle}' spreads itself, directly or through other fragments.");
        long fields = 0, aliases = 0, spreads = 0;
        var depth = 0;
        foreach (var shape in operations.Concat(fragments.Values))
        {
            var total = shape.Total(resolved);
            fields = Saturating(fields + total.Fields);
            aliases = Saturating(aliases + total.Aliases);
            spreads = Saturating(spreads + total.Spreads);
            depth = Math.Max(depth, total.Depth);
        }
        if (depth > MaxDepth)
            return new("graphql.too-deep", $"Fields can be nested at most {MaxDepth} deep, counting fragments where they are spread.");
        if (aliases > MaxAliases)
            return new("graphql.too-many-aliases", $"A document can use at most {MaxAliases} aliases, counting a fragment's aliases each time it is spread.");
        if (fields > MaxFields)
            return new("graphql.too-many-fields", $"A document can select at most {MaxFields} fields, counting a fragment's fields each time it is spread.");
        if (spreads > MaxSpreads)
            return new("graphql.too-many-spreads", $"A document can spread fragments at most {MaxSpreads} times, counting the spreads inside a fragment each time it is spread.");
        return Repeats(roots, fragmentSets);
    }

    /// <summary>
    /// Each fragment's totals with the fragments it spreads included, in dependency order with an
    /// explicit stack (a chain of fragments must not become a chain of calls); or the name of a
    /// fragment that spreads itself, which no later step could expand.
    /// </summary>
    private static (Dictionary<string, Totals> Totals, string? Cycle) Resolve(Dictionary<string, Shape> fragments)
    {
        var done = new Dictionary<string, Totals>();
        var visiting = new HashSet<string>();
        foreach (var start in fragments.Keys)
        {
            var stack = new Stack<string>();
            stack.Push(start);
            while (stack.Count > 0)
            {
                var name = stack.Peek();
                if (done.ContainsKey(name))
                {
                    stack.Pop();
                    continue;
                }
                visiting.Add(name);
                if (fragments[name].Spreads.Select(s => s.Fragment).FirstOrDefault(visiting.Contains) is { } looped)
                    return (done, looped);
                var pending = fragments[name].Spreads
                    .Select(s => s.Fragment)
                    .FirstOrDefault(f => fragments.ContainsKey(f) && !done.ContainsKey(f) && !visiting.Contains(f));
                if (pending is not null)
                {
                    stack.Push(pending);
                    continue;
                }
                done[name] = fragments[name].Total(done);
                visiting.Remove(name);
                stack.Pop();
            }
        }
        return (done, null);
    }

    private static long Saturating(long value) => Math.Min(value, int.MaxValue);

    private readonly record struct Totals(long Fields, long Aliases, long Spreads, int Depth);

    private readonly record struct Spread(string Fragment, int Depth);

    /// <summary>One selection set's own fields, and where it spreads fragments.</summary>
    private sealed class Shape
    {
        private int _fields;
        private int _aliases;
        private int _depth;
        public List<Spread> Spreads { get; } = [];

        public static Shape Of(GraphQLSelectionSet selections)
        {
            var shape = new Shape();
            shape.Walk(selections, 0);
            return shape;
        }

        /// <summary>Recursion here is bounded by the nesting limit the lexer has already checked.</summary>
        private void Walk(GraphQLSelectionSet? selections, int depth)
        {
            if (selections is null)
                return;
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        _fields++;
                        if (field.Alias is not null)
                            _aliases++;
                        _depth = Math.Max(_depth, depth + 1);
                        Walk(field.SelectionSet, depth + 1);
                        break;
                    case GraphQLInlineFragment inline:
                        Walk(inline.SelectionSet, depth);
                        break;
                    case GraphQLFragmentSpread spread:
                        Spreads.Add(new(spread.FragmentName.Name.StringValue, depth));
                        break;
                }
            }
        }

        public Totals Total(IReadOnlyDictionary<string, Totals> fragments)
        {
            long fields = _fields, aliases = _aliases, spreads = Spreads.Count;
            var depth = _depth;
            foreach (var spread in Spreads)
            {
                if (!fragments.TryGetValue(spread.Fragment, out var f))
                    continue;
                fields = Saturating(fields + f.Fields);
                aliases = Saturating(aliases + f.Aliases);
                spreads = Saturating(spreads + f.Spreads);
                depth = Math.Max(depth, spread.Depth + f.Depth);
            }
            return new(fields, aliases, spreads, depth);
        }
    }
}

/// <summary>A limit a document breaks: a stable code and a sentence saying which limit.</summary>
public sealed record LimitBreach(string Code, string Message);
