using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Convening.Grains.LifePictures;

/// <summary>
/// AES-256-GCM with a place's key. The context (picture id and version) is bound in as associated
/// data, so sealed bytes moved to another picture or version fail to open rather than mislead.
/// Layout: nonce (12) | tag (16) | ciphertext.
/// </summary>
internal static class Seal
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Close<T>(T value, byte[] key, string context)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(value);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagSize))
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        CryptographicOperations.ZeroMemory(plain);
        return sealedBytes;
    }

    public static T Open<T>(byte[] sealedBytes, byte[] key, string context)
    {
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(key, TagSize))
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(context));
        return JsonSerializer.Deserialize<T>(plain) ?? throw new CryptographicException("A sealed value opened to nothing.");
    }
}
