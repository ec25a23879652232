using System.Reflection;

namespace Convening.Storage.Tests.Crash;

/// <summary>Finds the built server (Convening.Web.dll) that `dotnet` can run.</summary>
public static class WebApp
{
    private const string Dll = "Convening.Web.dll";

    public static string Locate()
    {
        // The project reference copies the server's dll, runtimeconfig and deps beside the tests.
        var here = AppContext.BaseDirectory;
        if (IsRunnable(here))
            return Path.Combine(here, Dll);

        // Otherwise the web project's own output, built by the same configuration.
        var configuration = typeof(WebApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var dir = new DirectoryInfo(here); dir is not null; dir = dir.Parent)
        {
            var output = Path.Combine(dir.FullName, "src", "Convening.Web", "bin", configuration, "net10.0");
            if (IsRunnable(output))
                return Path.Combine(output, Dll);
        }
        throw new FileNotFoundException($"Could not find a runnable {Dll} beside the tests ({here}) or under src/Convening.Web/bin/{configuration}/net10.0.");
    }

    private static bool IsRunnable(string folder) =>
        File.Exists(Path.Combine(folder, Dll))
        && File.Exists(Path.Combine(folder, "Convening.Web.runtimeconfig.json"))
        && File.Exists(Path.Combine(folder, "Convening.Web.deps.json"));
}
