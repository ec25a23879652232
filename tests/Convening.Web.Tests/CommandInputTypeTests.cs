using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.Tests;

/// <summary>
/// The one input base (decision 0052) on its own, through a two-field schema and no host: what a
/// client leaves out becomes the record's own default, null, "" or an empty list, and keys arrive
/// beside the record. The features' tests use it through real mutations; these pin each rule.
/// </summary>
public sealed class CommandInputTypeTests
{
    [Fact]
    public async Task LeftOutFields_TakeTheParameterDefault_NullTextOrEmptyList()
    {
        var (input, errors) = await Parse("""{ placeSlug: "leeds" }""");

        Assert.Empty(errors);
        var sample = input!.Command;
        Assert.Equal(3, sample.Count);        // the parameter's own default, not 0
        Assert.True(sample.On);               // the parameter's own default, not false
        Assert.Null(sample.Note);             // nullable: null, not ""
        Assert.Equal("", sample.Text);        // text: "", not null
        Assert.NotNull(sample.Tags);          // a list: empty, not null
        Assert.Empty(sample.Tags);
        Assert.Null(sample.Parts);            // a nullable list: null (the record's default)
    }

    [Fact]
    public async Task NullSentForAField_IsTreatedAsLeftOut()
    {
        var (input, errors) = await Parse("""{ placeSlug: "leeds", text: null, note: null, tags: null, on: null }""");

        Assert.Empty(errors);
        Assert.Equal("", input!.Command.Text);
        Assert.Null(input.Command.Note);
        Assert.Empty(input.Command.Tags);
        Assert.True(input.Command.On);
    }

    [Fact]
    public async Task GivenFields_FillTheRecord_NestedInputsIncluded()
    {
        var (input, errors) = await Parse("""{ placeSlug: "leeds", text: "Hello", note: "why", tags: ["a", "b"], count: 7, on: false, parts: [{ name: "wheel" }, { }] }""");

        Assert.Empty(errors);
        var sample = input!.Command;
        Assert.Equal(("Hello", "why", 7, false), (sample.Text, sample.Note, sample.Count, sample.On));
        Assert.Equal(["a", "b"], sample.Tags);
        Assert.Equal([new Part("wheel", 1), new Part("", 1)], sample.Parts!);
    }

    [Fact]
    public async Task Keys_ArriveBesideTheRecord_InTheOrderDeclared()
    {
        var (input, errors) = await Parse("""{ itemId: 42, placeSlug: "leeds", text: "Hello" }""");

        Assert.Empty(errors);
        var (placeSlug, itemId, sample) = input!;
        Assert.Equal("leeds", placeSlug);
        Assert.Equal("42", itemId);           // an ID sent as a number is still the key's text
        Assert.Equal("Hello", sample.Text);
    }

    [Fact]
    public async Task AnOptionalKeyLeftOut_IsEmpty()
    {
        var (input, _) = await Parse("""{ placeSlug: "leeds" }""");

        Assert.Equal(["leeds", ""], input!.Keys);
    }

    [Fact]
    public async Task AMissingRequiredKey_IsAGraphQLErrorNamingIt()
    {
        var (input, errors) = await Parse("""{ text: "Hello" }""");

        Assert.Null(input);
        var error = Assert.Single(errors);
        Assert.Contains("placeSlug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstRequestsAtOnce_AllParse()
    {
        // Each closed type is used here for the first time, by many requests at once, as after a start.
        FirstUsesAtOnce<byte>();
        FirstUsesAtOnce<short>();
        FirstUsesAtOnce<int>();
        FirstUsesAtOnce<long>();
        FirstUsesAtOnce<float>();
        FirstUsesAtOnce<double>();
        FirstUsesAtOnce<decimal>();
        FirstUsesAtOnce<char>();
    }

    private static void FirstUsesAtOnce<TMark>()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("echo").Argument<NonNullGraphType<CrowdInputType<TMark>>>("input").Resolve(_ => "ok");
        var schema = new Schema { Query = query };
        schema.Initialize();
        var type = (CrowdInputType<TMark>)schema.AllTypes["CrowdInput"]!;
        // Threads released together by a barrier: tasks awaiting one signal would run one after another.
        var ready = new Barrier(8);
        var parsed = new Crowd<TMark>?[8];
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            ready.SignalAndWait();
            try { parsed[i] = (Crowd<TMark>)type.ParseDictionary(new Dictionary<string, object?> { ["text"] = "x" }); }
            catch (Exception e) { lock (errors) errors.Add(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        foreach (var crowd in parsed)
            Assert.Equal(new Crowd<TMark>("x", null, null, null, null), crowd);
    }

    /// <summary>Sends <paramref name="literal"/> as the input of a field whose resolver keeps what it was handed.</summary>
    private static async Task<(Keyed<Sample>? Input, IReadOnlyList<string> Errors)> Parse(string literal)
    {
        Keyed<Sample>? received = null;
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<SampleInputType>>("input")
            .Resolve(ctx =>
            {
                received = ctx.Keyed<Sample>();
                return "ok";
            });
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = new Schema { Query = query },
            Query = $"{{ echo(input: {literal}) }}",
        });
        return (received, [.. (result.Errors ?? []).Select(e => e.Message)]);
    }

    public sealed record Sample(string Text, string? Note, IReadOnlyList<string> Tags, int Count = 3, bool On = true, IReadOnlyList<Part>? Parts = null);

    public sealed record Part(string Name, int Size = 1);

    public sealed record Crowd<TMark>(string Text, string? A, string? B, string? C, string? D);

    private sealed class CrowdInputType<TMark> : CommandInputType<Crowd<TMark>>
    {
        public CrowdInputType() : base("CrowdInput", "Many nullable fields.")
        {
            Field(x => x.Text, nullable: true).Description("Text.");
            Field(x => x.A, nullable: true).Description("A.");
            Field(x => x.B, nullable: true).Description("B.");
            Field(x => x.C, nullable: true).Description("C.");
            Field(x => x.D, nullable: true).Description("D.");
        }
    }

    private sealed class SampleInputType : CommandInputType<Sample>
    {
        public SampleInputType() : base("SampleInput", "A sample.")
        {
            Key<StringGraphType>("placeSlug", "The place.");
            OptionalKey<IdGraphType>("itemId", "An item in it.");
            Field(x => x.Text, nullable: true).Description("Text.");
            Field(x => x.Note, nullable: true).Description("A note.");
            Field(x => x.Tags, nullable: true).Description("Tags.");
            Field(x => x.Count, nullable: true).Description("A count.");
            Field(x => x.On, nullable: true).Description("A switch.");
            Field<ListGraphType<NonNullGraphType<PartInputType>>>("parts").Description("Parts.");
        }
    }

    private sealed class PartInputType : CommandInputType<Part>
    {
        public PartInputType() : base("PartInput", "A part.")
        {
            Field(x => x.Name, nullable: true).Description("Its name.");
            Field(x => x.Size, nullable: true).Description("Its size.");
        }
    }
}
