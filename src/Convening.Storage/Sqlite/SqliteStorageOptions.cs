namespace Convening.Storage.Sqlite;

public sealed class SqliteStorageOptions
{
    /// <summary>The folder that holds the database file; created on first use.</summary>
    public string DataPath { get; set; } = "./data";

    public string FileName { get; set; } = "convening.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataPath, FileName));
}
