namespace Convening.Web.Hosting;

/// <summary>The "Convening" configuration section.</summary>
public sealed class ConveningOptions
{
    public const string Section = "Convening";

    /// <summary>Folder for the SQLite file and the data-protection keys.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>"Sqlite" (embedded default, one machine) or "Cosmos" (production; see the Cosmos section).</summary>
    public string Storage { get; set; } = "Sqlite";

    /// <summary>"Localhost" (one silo) or "Redis" (any number of silos; see Redis).</summary>
    public string Clustering { get; set; } = "Localhost";

    /// <summary>Redis connection string for cluster membership, e.g. "host:6380,password=…,ssl=True".</summary>
    public string? Redis { get; set; }

    /// <summary>How often each silo checks that Redis still holds the membership table and lists it (see MembershipTableCheck).</summary>
    public TimeSpan MembershipCheck { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Silos with the same ClusterId form one cluster; ServiceId keeps state across deployments.</summary>
    public string ClusterId { get; set; } = "convening";
    public string ServiceId { get; set; } = "convening";

    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at; defaults to loopback for one machine.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>
    /// The address people reach the service at, e.g. https://convening.example.org: every absolute
    /// link (calendar feeds, invitations, emails) is built from it and other Host headers are
    /// refused. Set it in production; unset, links use the request's own address.
    /// </summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Trust X-Forwarded-For and X-Forwarded-Proto from the proxy in front (Azure Container Apps' ingress).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Whether the GraphiQL page and introspection are on (switch off in production if wanted).</summary>
    public bool GraphQLIntrospection { get; set; } = true;

    /// <summary>Start a new, empty system where an earlier one's keys or index remain (as the --new-data flag does).</summary>
    public bool NewData { get; set; }

    /// <summary>The "Convening:Directory" settings the host needs (the grains bind their own, such as the moderators).</summary>
    public DirectorySettings Directory { get; set; } = new();

    /// <summary>The "Convening:DataProtection" settings.</summary>
    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>This silo's directory index folder: Directory:IndexPath, or directory-index under the data folder.</summary>
    public string DirectoryIndexPath =>
        Directory.IndexPath is { Length: > 0 } configured ? configured : Path.Combine(DataPath, "directory-index");

    public sealed class DirectorySettings
    {
        /// <summary>This silo's search index folder (each silo keeps its own); unset, a folder under the data path.</summary>
        public string? IndexPath { get; set; }

        /// <summary>The HSDS 3.0 schema folder directory imports are checked against; unset, CONVENING_HSDS_SCHEMA or the copy shipped with the app.</summary>
        public string? HsdsSchemaPath { get; set; }
    }

    public sealed class DataProtectionSettings
    {
        /// <summary>A Key Vault key that encrypts the data-protection keys at rest (see KeyVaultSetup); unset, keys stay as files.</summary>
        public string? KeyVaultKeyId { get; set; }
    }
}
