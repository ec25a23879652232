using Convening.Testing;
using Convening.Web.Directory.Hsds;

namespace Convening.Web.Tests.Directory.Hsds;

/// <summary>The official HSDS 3.0 schemas beside the repository (or where CONVENING_HSDS_SCHEMA says): tests fail, not skip, without them.</summary>
public static class HsdsSchemaFiles
{
    public static HsdsSchemas Schemas { get; } = Find();

    private static HsdsSchemas Find()
    {
        var schemas = new HsdsSchemas(HsdsSchemas.Locate(null, Repo.Root));
        Assert.True(schemas.Root is not null, $"The HSDS 3.0 schemas were not found beside {Repo.Root}; set {HsdsSchemas.EnvironmentVariable}.");
        return schemas;
    }
}
