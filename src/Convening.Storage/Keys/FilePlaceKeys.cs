using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Storage.Keys;

/// <summary>Wraps a place key with a key held elsewhere (Key Vault in production), so the key file alone is useless.</summary>
public interface IKeyWrapping
{
    Task<(string Kid, byte[] Wrapped)> Wrap(byte[] key);

    Task<byte[]> Unwrap(string kid, byte[] wrapped);
}

/// <summary>
/// One key file per place under <c>&lt;DataPath&gt;/place-keys/</c>: the key itself in the embedded
/// default (owner-only permissions), or the key wrapped by <see cref="IKeyWrapping"/> when one is
/// configured. Created on first use; a file written by another silo first wins, so every silo
/// seals with the same key.
/// </summary>
public sealed class FilePlaceKeys(string dataPath, IKeyWrapping? wrapping = null) : IPlaceKeys
{
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _keys = new();

    public string Folder { get; } = Path.Combine(dataPath, "place-keys");

    public Task<byte[]> KeyFor(string placeSlug)
    {
        var slug = Check.Slug(placeSlug);
        var lazy = _keys.GetOrAdd(slug, s => new Lazy<Task<byte[]>>(() => Load(s)));
        return lazy.Value.IsFaulted ? Retry(slug, lazy) : lazy.Value;
    }

    private Task<byte[]> Retry(string slug, Lazy<Task<byte[]>> failed)
    {
        _keys.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(slug, failed));
        return _keys.GetOrAdd(slug, s => new Lazy<Task<byte[]>>(() => Load(s))).Value;
    }

    private async Task<byte[]> Load(string slug)
    {
        var path = Path.Combine(Folder, slug + ".key");
        if (!File.Exists(path))
            await Create(path);
        var file = JsonSerializer.Deserialize<KeyFile>(await File.ReadAllBytesAsync(path))
            ?? throw new CryptographicException($"The key file for place '{slug}' is empty.");
        if (file.Kid is null)
            return Convert.FromBase64String(file.Key);
        if (wrapping is null)
            throw new CryptographicException($"The key for place '{slug}' is wrapped by {file.Kid}, but no key vault is configured (Convening:DataProtection:KeyVaultKeyId).");
        return await wrapping.Unwrap(file.Kid, Convert.FromBase64String(file.Key));
    }

    private async Task Create(string path)
    {
        Directory.CreateDirectory(Folder);
        var key = RandomNumberGenerator.GetBytes(32);
        var file = wrapping is null
            ? new KeyFile(null, Convert.ToBase64String(key))
            : await Wrapped(key);
        CryptographicOperations.ZeroMemory(key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(temp, options))
        {
            await JsonSerializer.SerializeAsync(stream, file);
        }
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another silo made the key first: use theirs.
            File.Delete(temp);
        }
    }

    private async Task<KeyFile> Wrapped(byte[] key)
    {
        var (kid, wrapped) = await wrapping!.Wrap(key);
        return new KeyFile(kid, Convert.ToBase64String(wrapped));
    }

    private sealed record KeyFile(string? Kid, string Key);
}

public static class PlaceKeysSetup
{
    /// <summary>Place keys as files under the data path, wrapped when <paramref name="wrapping"/> is given.</summary>
    public static IServiceCollection AddPlaceKeys(this IServiceCollection services, string dataPath, Func<IServiceProvider, IKeyWrapping>? wrapping = null) =>
        services.AddSingleton<IPlaceKeys>(sp => new FilePlaceKeys(dataPath, wrapping?.Invoke(sp)));
}
