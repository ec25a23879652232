using System.Diagnostics;
using System.Reflection;

namespace Convening.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from NuGet (its path is written into this assembly at build).</summary>
public static class Bicep
{
    private static readonly string Executable = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Bicep").Value!;

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Bicep's diagnostics ("file(line,col) : Warning rule: message"), from either stream.</summary>
        public IReadOnlyList<string> Diagnostics =>
            [.. (Stdout + "\n" + Stderr).Split('\n').Where(l => l.Contains(" : Warning ") || l.Contains(" : Error ") || l.Contains(" : Info "))];

        public string Output => $"exit {ExitCode}\n{Stderr}\n{Stdout}";
    }

    public static async Task<Result> Run(params string[] args)
    {
        if (!File.Exists(Executable))
            throw new FileNotFoundException($"The Bicep CLI is not at {Executable}: restore tests/Convening.Infra.Tests (PackageDownload of Azure.Bicep.CommandLine.linux-x64).");
        // NuGet unpacks files without the execute bit (the package is linux-x64 only, as is this test).
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new(process.ExitCode, await stdout, await stderr);
    }
}
