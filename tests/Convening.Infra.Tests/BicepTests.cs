using Convening.Testing;

namespace Convening.Infra.Tests;

/// <summary>
/// infra/ compiles and lints clean with the Bicep CLI: a warning fails the test, so what `azd up`
/// deploys is checked here rather than first in Azure.
/// </summary>
public sealed class BicepTests
{
    private static readonly string Infra = Path.Combine(Repo.Root, "infra");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Infra, "*.bicep").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public async Task Main_Builds_WithoutWarnings()
    {
        var result = await Bicep.Run("build", Path.Combine(Infra, "main.bicep"), "--stdout");

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, $"bicep build infra/main.bicep:\n{result.Output}");
        Assert.Contains("\"Microsoft.App/containerApps\"", result.Stdout);
    }

    /// <summary>The sign-in keys are encrypted at rest with a Key Vault key the app's identity may only wrap and unwrap with.</summary>
    [Fact]
    public async Task Main_EncryptsTheSignInKeys_WithAKeyVaultKey_TheAppMayUse()
    {
        var result = await Bicep.Run("build", Path.Combine(Infra, "main.bicep"), "--stdout");

        Assert.Contains("\"Microsoft.KeyVault/vaults/keys\"", result.Stdout);
        Assert.Contains("e147488a-f6f5-4113-8e2d-b22465e65bf6", result.Stdout);
        Assert.Contains("Convening__DataProtection__KeyVaultKeyId", result.Stdout);
        Assert.Contains("\"enablePurgeProtection\": true", result.Stdout);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_Lints_WithoutWarnings(string file)
    {
        var result = await Bicep.Run("lint", Path.Combine(Infra, file));

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, $"bicep lint infra/{file}:\n{result.Output}");
    }
}
