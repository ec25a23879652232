using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Convening.Testing;

namespace Convening.Web.Tests.Identity;

/// <summary>
/// A stand-in for one Azure Key Vault key on a loopback port, speaking the vault's REST protocol
/// for wrapkey and unwrapkey (RSA-OAEP-256, base64url values, a versioned kid, a bearer token),
/// with a real RSA key whose private part never leaves it. No Key Vault can be reached from here.
/// </summary>
public sealed class KeyVaultStandIn : IDisposable
{
    public const string Token = "stand-in-token";
    private readonly HttpListener _listener = new();
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly int _port = FreePort.Next();

    public KeyVaultStandIn()
    {
        _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
        _listener.Start();
        _ = Serve();
    }

    public string KeyId => $"http://127.0.0.1:{_port}/keys/dataprotection";

    private string VersionedKeyId => KeyId + "/0f1e2d3c4b5a";

    /// <summary>How many wraps and unwraps it has answered.</summary>
    public int Wraps { get; private set; }

    public int Unwraps { get; private set; }

    public void Dispose()
    {
        _listener.Close();
        _rsa.Dispose();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            await Answer(context);
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        if (context.Request.Headers["Authorization"] != $"Bearer {Token}")
        {
            response.StatusCode = 401;
            return;
        }
        var body = (await JsonNode.ParseAsync(context.Request.InputStream))!;
        if (body["alg"]?.GetValue<string>() != "RSA-OAEP-256")
        {
            response.StatusCode = 400;
            return;
        }
        var value = Base64Url.DecodeFromChars(body["value"]!.GetValue<string>());
        byte[] result;
        if (path == "/keys/dataprotection/wrapkey")
        {
            result = _rsa.Encrypt(value, RSAEncryptionPadding.OaepSHA256);
            Wraps++;
        }
        else if (path == new Uri(VersionedKeyId).AbsolutePath + "/unwrapkey")
        {
            result = _rsa.Decrypt(value, RSAEncryptionPadding.OaepSHA256);
            Unwraps++;
        }
        else
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.OutputStream, new { kid = VersionedKeyId, value = Base64Url.EncodeToString(result) });
    }
}
