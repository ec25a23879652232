namespace Convening.Contracts.Storage;

/// <summary>
/// The 256-bit key each place's life pictures are sealed with (decision 0035). Created on first
/// use and kept for good: losing it loses the place's pictures. The host chooses where keys live
/// (a key file per place under the data path, or one wrapped by Key Vault).
/// </summary>
public interface IPlaceKeys
{
    Task<byte[]> KeyFor(string placeSlug);
}
