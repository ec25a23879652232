namespace Convening.Web.Hosting;

/// <summary>The "Convening" configuration section.</summary>
public sealed class ConveningOptions
{
    public const string Section = "Convening";

    /// <summary>Folder for the SQLite file and the data-protection keys.</summary>
    public string DataPath { get; set; } = "./data";

    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Whether the GraphiQL page and introspection are on (switch off in production if wanted).</summary>
    public bool GraphQLIntrospection { get; set; } = true;
}
