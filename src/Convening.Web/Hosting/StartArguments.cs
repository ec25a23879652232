namespace Convening.Web.Hosting;

/// <summary>
/// The command line: Convening's own switches (such as <c>--demo</c>), anywhere among the arguments,
/// are taken out here, and the rest is configuration (<c>--urls X</c>, <c>--Convening:DataPath=X</c>).
/// Left in, <c>--demo --urls X</c> would read as "demo = --urls", and the site would listen elsewhere.
/// A new switch joins <see cref="Switches"/> and gets a property.
/// </summary>
public sealed class StartArguments
{
    /// <summary>Switches that take no value.</summary>
    public static readonly IReadOnlySet<string> Switches = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "--demo", DataChecks.NewDataFlag };

    private readonly HashSet<string> _given;

    private StartArguments(HashSet<string> given, string[] configuration)
    {
        _given = given;
        Configuration = configuration;
    }

    /// <summary>The arguments for configuration: everything but the switches.</summary>
    public string[] Configuration { get; }

    /// <summary>Load the demo places, groups, people and directory (<c>--demo</c>).</summary>
    public bool Demo => _given.Contains("--demo");

    /// <summary>Start a new, empty system where an earlier one's keys or index remain (<c>--new-data</c>).</summary>
    public bool NewData => _given.Contains(DataChecks.NewDataFlag);

    public static StartArguments Read(string[] args) =>
        new(new HashSet<string>(args.Where(Switches.Contains), StringComparer.OrdinalIgnoreCase),
            [.. args.Where(a => !Switches.Contains(a))]);
}
