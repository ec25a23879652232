namespace Convening.Contracts;

/// <summary>The one storage name every grain uses; the host decides what stands behind it.</summary>
public static class StorageNames
{
    public const string Main = "main";
}
