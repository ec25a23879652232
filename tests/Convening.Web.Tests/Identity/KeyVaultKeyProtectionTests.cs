using Azure.Core;
using Convening.Testing;
using Convening.Web.Identity.KeyVault;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Convening.Web.Tests.Identity;

/// <summary>
/// Data-protection keys (what signs cookies and tokens) encrypted at rest with a Key Vault key:
/// the key file holds no key material, a restarted app reads it through the vault, and without
/// the vault the file is useless.
/// </summary>
public sealed class KeyVaultKeyProtectionTests : IDisposable
{
    private readonly TempDir _keys = new("keys");
    private readonly KeyVaultStandIn _vault = new();

    public void Dispose()
    {
        _vault.Dispose();
        _keys.Dispose();
    }

    [Fact]
    public void KeyFile_HoldsNoKeyMaterial_AndARestartedAppReadsItThroughTheVault()
    {
        string protectedPayload;
        using (var first = Services(_vault.KeyId))
            protectedPayload = Protector(first).Protect("signed-in as Morag");

        var file = File.ReadAllText(Assert.Single(Directory.GetFiles(_keys.Path, "key-*.xml")));
        Assert.Contains("<encryptedKey", file, StringComparison.Ordinal);
        Assert.Contains(_vault.KeyId, file, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", file, StringComparison.Ordinal);
        Assert.Equal(1, _vault.Wraps);

        using var restarted = Services(_vault.KeyId);
        Assert.Equal("signed-in as Morag", Protector(restarted).Unprotect(protectedPayload));
        Assert.True(_vault.Unwraps >= 1);
    }

    [Fact]
    public void WithoutTheVault_TheKeyFileCannotBeUsed()
    {
        string protectedPayload;
        using (var first = Services(_vault.KeyId))
            protectedPayload = Protector(first).Protect("signed-in as Morag");

        using var withoutVault = Services(keyId: null);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(withoutVault).Unprotect(protectedPayload));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://kv.example.org/keys/dataprotection")]
    [InlineData("https://kv.vault.azure.net/secrets/dataprotection")]
    public void AMalformedKeyId_IsRefusedAtStart(string keyId) =>
        Assert.Contains(KeyVaultSetup.Setting, Assert.Throws<OptionsValidationException>(() => Services(keyId)).Message, StringComparison.Ordinal);

    private ServiceProvider Services(string? keyId)
    {
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName("Convening")
            .PersistKeysToFileSystem(new DirectoryInfo(_keys.Path))
            .ProtectKeysWithKeyVault(keyId, new StandInToken());
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

    private sealed class StandInToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(KeyVaultStandIn.Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
