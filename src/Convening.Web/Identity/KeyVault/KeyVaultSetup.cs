using Azure.Core;
using Azure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Convening.Web.Identity.KeyVault;

public static class KeyVaultSetup
{
    public const string Setting = "Convening:DataProtection:KeyVaultKeyId";

    /// <summary>
    /// With <c>Convening:DataProtection:KeyVaultKeyId</c> set (production: infra/ sets it), every new
    /// data-protection key is encrypted at rest with that Key Vault key; existing encrypted keys are
    /// decrypted through it. Unset (the embedded default), keys stay as files under the data path.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithKeyVault(this IDataProtectionBuilder builder, string? keyId, TokenCredential? credential = null)
    {
        if (string.IsNullOrWhiteSpace(keyId))
            return builder;
        if (Problem(keyId) is { } problem)
            throw new OptionsValidationException(Setting, typeof(string), [problem]);
        builder.Services.AddHttpClient(nameof(KeyVaultKeyClient));
        builder.Services.AddSingleton(sp => new KeyVaultKeyClient(new Uri(keyId), credential ?? new DefaultAzureCredential(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(KeyVaultKeyClient)), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new KeyVaultXmlEncryptor(sp.GetRequiredService<KeyVaultKeyClient>())));
        return builder;
    }

    /// <summary>Null when usable: a key's https address in a vault (http only on this machine, for tests).</summary>
    public static string? Problem(string keyId) =>
        Uri.TryCreate(keyId, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && uri.AbsolutePath.StartsWith("/keys/", StringComparison.Ordinal) && uri.Segments.Length >= 3
            ? null
            : $"{Setting} must be a Key Vault key's address, such as https://kv-name.vault.azure.net/keys/dataprotection (it is '{keyId}').";
}
