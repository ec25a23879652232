using Convening.Storage.Keys;
using Convening.Web.Identity.KeyVault;

namespace Convening.Web.LifePictures;

public static class LifePictureKeys
{
    /// <summary>
    /// A key per place for life pictures (decision 0035): a key file under the data path, or, with
    /// <c>Convening:DataProtection:KeyVaultKeyId</c> set, a file holding only the key wrapped by that
    /// Key Vault key (the same client and key as the sign-in keys, decision 0027).
    /// </summary>
    public static IServiceCollection AddLifePictureKeys(this IServiceCollection services, string dataPath, string? keyVaultKeyId) =>
        string.IsNullOrWhiteSpace(keyVaultKeyId)
            ? services.AddPlaceKeys(dataPath)
            : services.AddPlaceKeys(dataPath, sp => new KeyVaultKeyWrapping(sp.GetRequiredService<KeyVaultKeyClient>()));

    private sealed class KeyVaultKeyWrapping(KeyVaultKeyClient vault) : IKeyWrapping
    {
        public Task<(string Kid, byte[] Wrapped)> Wrap(byte[] key) => vault.Wrap(key);

        public Task<byte[]> Unwrap(string kid, byte[] wrapped) => vault.Unwrap(kid, wrapped);
    }
}
