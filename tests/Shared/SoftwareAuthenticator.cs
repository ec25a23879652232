using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Convening.Testing;

/// <summary>
/// A WebAuthn authenticator in software (ES256, attestation "none"), answering the server's own
/// options as a browser would, so tests can drive the real verification: a right answer, one for
/// another challenge or site, a copied key whose counter goes back, someone else's key.
/// </summary>
public sealed class SoftwareAuthenticator(string origin)
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);
    public byte[] UserHandle { get; private set; } = [];
    public string Origin { get; set; } = origin;
    /// <summary>The counter the next assertion carries (raised after each one).</summary>
    public uint Counter { get; set; } = 1;

    public string CredentialIdText => B64(CredentialId);

    /// <summary>Sets the next counter and returns this authenticator, for a one-line step.</summary>
    public SoftwareAuthenticator With(uint counter)
    {
        Counter = counter;
        return this;
    }

    /// <summary>Answers navigator.credentials.create() for these creation options (WebAuthn JSON).</summary>
    public string Create(string creationOptionsJson)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        UserHandle = FromB64((string)options["user"]!["id"]!);
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!);
        var p = _key.ExportParameters(false);
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1); cose.WriteInt32(2);      // kty: EC2
        cose.WriteInt32(3); cose.WriteInt32(-7);     // alg: ES256
        cose.WriteInt32(-1); cose.WriteInt32(1);     // crv: P-256
        cose.WriteInt32(-2); cose.WriteByteString(p.Q.X!);
        cose.WriteInt32(-3); cose.WriteByteString(p.Q.Y!);
        cose.WriteEndMap();
        var idLength = new[] { (byte)(CredentialId.Length >> 8), (byte)CredentialId.Length };
        var authData = Concat(AuthDataHead((string)options["rp"]!["id"]!, 0x45, 0), new byte[16], idLength, CredentialId, cose.Encode());
        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt"); attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt"); attestation.WriteStartMap(0); attestation.WriteEndMap();
        attestation.WriteTextString("authData"); attestation.WriteByteString(authData);
        attestation.WriteEndMap();
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = B64(clientData),
            ["attestationObject"] = B64(attestation.Encode()),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Answers navigator.credentials.get() for these request options (WebAuthn JSON).</summary>
    public string Get(string requestOptionsJson, byte[]? userHandle = null)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var clientData = ClientData("webauthn.get", (string)options["challenge"]!);
        var authData = AuthDataHead((string)options["rpId"]!, 0x05, Counter++);
        var signature = _key.SignData(Concat(authData, SHA256.HashData(clientData)), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = B64(clientData),
            ["authenticatorData"] = B64(authData),
            ["signature"] = B64(signature),
            ["userHandle"] = B64(userHandle ?? UserHandle),
        });
    }

    private byte[] ClientData(string type, string challenge) =>
        JsonSerializer.SerializeToUtf8Bytes(new { type, challenge, origin = Origin, crossOrigin = false });

    private static byte[] AuthDataHead(string rpId, byte flags, uint counter) =>
        Concat(SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), [flags], [(byte)(counter >> 24), (byte)(counter >> 16), (byte)(counter >> 8), (byte)counter]);

    private string Credential(JsonObject response) => new JsonObject
    {
        ["id"] = CredentialIdText,
        ["rawId"] = CredentialIdText,
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    }.ToJsonString();

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    public static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromB64(string s)
    {
        var t = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(t.PadRight(t.Length + (4 - t.Length % 4) % 4, '='));
    }
}
