using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Convening.Web.Identity.KeyVault;

/// <summary>
/// Encrypts each data-protection key's XML at rest: a fresh AES-256-GCM data key encrypts the XML,
/// and Key Vault wraps the data key, so the key file on the share is useless without the vault.
/// </summary>
public sealed class KeyVaultXmlEncryptor(KeyVaultKeyClient vault) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(dataKey, tag.Length))
            aes.Encrypt(nonce, plain, cipher, tag);
        CryptographicOperations.ZeroMemory(plain);
        // The interface is synchronous; a key is made once in 90 days, so waiting here is fine.
        var (kid, wrapped) = vault.Wrap(dataKey).GetAwaiter().GetResult();
        CryptographicOperations.ZeroMemory(dataKey);
        var element = new XElement("encryptedKey",
            new XComment(" This key is encrypted with a data key wrapped by Azure Key Vault. "),
            new XAttribute("kid", kid),
            new XAttribute("alg", KeyVaultKeyClient.Algorithm),
            new XElement("wrappedKey", Convert.ToBase64String(wrapped)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KeyVaultXmlDecryptor));
    }
}

/// <summary>Reverses <see cref="KeyVaultXmlEncryptor"/>: Key Vault unwraps the data key, which decrypts the XML.</summary>
public sealed class KeyVaultXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var vault = services.GetRequiredService<KeyVaultKeyClient>();
        var dataKey = vault.Unwrap((string)encryptedElement.Attribute("kid")!, Bytes(encryptedElement, "wrappedKey")).GetAwaiter().GetResult();
        var cipher = Bytes(encryptedElement, "value");
        var tag = Bytes(encryptedElement, "tag");
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(dataKey, tag.Length))
            aes.Decrypt(Bytes(encryptedElement, "nonce"), cipher, tag, plain);
        CryptographicOperations.ZeroMemory(dataKey);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }

    private static byte[] Bytes(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(name) ?? throw new CryptographicException($"The encrypted key has no <{name}>."));
}
