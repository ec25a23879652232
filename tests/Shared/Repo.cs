namespace Convening.Testing;

/// <summary>The repository's root folder, found from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Convening.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run this from inside the repository.");
    }
}
