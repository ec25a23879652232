using System.Text;
using Microsoft.Data.Sqlite;

namespace Convening.Grains.Tests.Reflections;

/// <summary>Looks inside the SQLite file itself, to prove that deleted words are gone from storage.</summary>
public static class StoredRows
{
    public static bool Contain(string dataPath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "convening.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM grain_state";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (((byte[])reader[0]).AsSpan().IndexOf(needle) >= 0)
                return true;
        }
        return false;
    }
}
