using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Azure.Core;

namespace Convening.Web.Identity.KeyVault;

/// <summary>
/// Wraps and unwraps a small secret (a data key) with an RSA key held in Azure Key Vault, through
/// its REST API (<c>wrapkey</c>/<c>unwrapkey</c>, RSA-OAEP-256), signed in with the app's managed
/// identity. Written here because the Key Vault client packages are not served by our package
/// mirror (decision 0027); it is two calls. The key's private part never leaves the vault.
/// </summary>
public sealed class KeyVaultKeyClient(Uri keyId, TokenCredential credential, HttpClient http, TimeProvider time)
{
    public const string Algorithm = "RSA-OAEP-256";
    private const string ApiVersion = "7.4";
    private static readonly string[] Scope = ["https://vault.azure.net/.default"];

    private AccessToken _token;

    /// <summary>The key, as configured (its latest version when no version is named).</summary>
    public Uri KeyId => keyId;

    /// <summary>The wrapped secret and the id of the key version that wrapped it (needed to unwrap).</summary>
    public Task<(string Kid, byte[] Wrapped)> Wrap(byte[] secret, CancellationToken cancellation = default) =>
        Call(keyId, "wrapkey", secret, cancellation);

    public async Task<byte[]> Unwrap(string kid, byte[] wrapped, CancellationToken cancellation = default) =>
        (await Call(new Uri(kid), "unwrapkey", wrapped, cancellation)).Value;

    private async Task<(string Kid, byte[] Value)> Call(Uri key, string operation, byte[] value, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{key.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{operation}?api-version={ApiVersion}")
        {
            Content = JsonContent.Create(new KeyOperation(Algorithm, Base64Url.EncodeToString(value), null)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(cancellation));
        using var response = await http.SendAsync(request, cancellation);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Key Vault refused {operation} with {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellation)}");
        var result = await response.Content.ReadFromJsonAsync<KeyOperation>(cancellation)
            ?? throw new InvalidOperationException($"Key Vault answered {operation} with nothing.");
        return (result.Kid ?? key.ToString(), Base64Url.DecodeFromChars(result.Value));
    }

    private async Task<string> Token(CancellationToken cancellation)
    {
        if (_token.ExpiresOn < time.GetUtcNow().AddMinutes(5))
            _token = await credential.GetTokenAsync(new TokenRequestContext(Scope), cancellation);
        return _token.Token;
    }

    private sealed record KeyOperation(
        [property: JsonPropertyName("alg")] string? Alg,
        [property: JsonPropertyName("value")] string Value,
        [property: JsonPropertyName("kid")] string? Kid);
}
