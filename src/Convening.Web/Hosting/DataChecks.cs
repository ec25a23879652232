using System.Xml;
using Convening.Storage.Sqlite;

namespace Convening.Web.Hosting;

/// <summary>
/// Checks the data folder before anything starts, so that a lost, damaged or unwritable database is
/// refused with one clear line instead of starting as a new, empty system in which everyone's
/// sign-in fails: the folder is writable, the database is sound and of a schema this version
/// knows, a missing database is not silently recreated beside the keys and index of an earlier
/// one, and the data-protection keys can be read.
/// </summary>
public static class DataChecks
{
    /// <summary>The command-line flag that allows starting a new, empty system where an earlier one's keys or index remain.</summary>
    public const string NewDataFlag = "--new-data";

    public static WebApplicationBuilder CheckData(this WebApplicationBuilder builder, bool newDataAsked)
    {
        var options = builder.Configuration.Convening();
        if (options.Storage != "Sqlite")
            return builder;
        var newData = newDataAsked || options.NewData;
        if (Problem(Path.GetFullPath(options.DataPath), new SqliteStorageOptions { DataPath = options.DataPath }.DatabasePath, Path.GetFullPath(options.DirectoryIndexPath), newData) is { } problem)
            Refuse(problem);
        return builder;
    }

    private static string? Problem(string folder, string database, string index, bool newData)
    {
        if (Unwritable(folder) is { } reason)
            return $"The data folder {folder} cannot be written ({reason}). Make it writable by the service's user, or set Convening:DataPath to a folder that is.";
        var keys = Path.Combine(folder, "keys");
        var info = new FileInfo(database);
        if (!info.Exists || info.Length == 0)
        {
            var earlier = new[] { (Directory.Exists(keys) && Directory.EnumerateFiles(keys, "*.xml").Any(), "data-protection keys"), (Directory.Exists(index), "a directory index") }
                .Where(x => x.Item1).Select(x => x.Item2).ToList();
            if (earlier.Count > 0 && !newData)
                return $"The database {database} is {(info.Exists ? "empty" : "missing")}, but the data folder holds {string.Join(" and ", earlier)} from an earlier run: restore the database from a backup, or start with {NewDataFlag} to begin a new, empty system.";
            if (earlier.Count > 0 && Directory.Exists(index))
                Directory.Delete(index, recursive: true); // derived from the old database's feed, so it would never match the new one
        }
        else if (SqliteStartupCheck.Problem(database) is { } damaged)
        {
            return damaged;
        }
        return DamagedKey(keys);
    }

    private static string? Unwritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>A data-protection key file that is not a readable key, named, or null.</summary>
    private static string? DamagedKey(string keys)
    {
        if (!Directory.Exists(keys))
            return null;
        foreach (var file in Directory.EnumerateFiles(keys, "*.xml"))
        {
            try
            {
                var xml = new XmlDocument();
                xml.Load(file);
                if (xml.DocumentElement?.Name != "key")
                    return $"The data-protection key {file} is damaged (it is not a <key> element). Restore the keys folder from a backup; deleting it signs everyone out.";
            }
            catch (XmlException e)
            {
                return $"The data-protection key {file} is damaged ({e.Message}). Restore the keys folder from a backup; deleting it signs everyone out.";
            }
        }
        return null;
    }

    /// <summary>
    /// Stops start-up. Run as the service, the line is all that is printed (no stack trace) and the
    /// exit code is 2; under a test host the exception reaches the test.
    /// </summary>
    private static void Refuse(string problem)
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is DataCheckException refused)
            {
                Console.Error.WriteLine(refused.Message);
                Environment.Exit(2);
            }
        };
        throw new DataCheckException(problem);
    }
}

/// <summary>The data folder failed a start-up check; the message says what and what to do.</summary>
public sealed class DataCheckException(string message) : Exception(message);
