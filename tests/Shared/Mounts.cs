using System.Diagnostics;

namespace Convening.Testing;

/// <summary>
/// Real file systems for fault tests (the tests run as root): a small tmpfs that can be filled up,
/// and a read-only bind mount of a folder. Unmounted when disposed.
/// </summary>
public sealed class Mount : IDisposable
{
    private readonly TempDir _dir;

    private Mount(TempDir dir) => _dir = dir;

    public string Path => _dir.Path;

    /// <summary>A tmpfs of <paramref name="megabytes"/> MB: a disk that really fills up.</summary>
    public static Mount Tmpfs(int megabytes)
    {
        var dir = new TempDir("tmpfs");
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", dir.Path);
        return new Mount(dir);
    }

    /// <summary>A read-only view of <paramref name="source"/>: even root cannot write through it.</summary>
    public static Mount ReadOnly(string source)
    {
        var dir = new TempDir("ro");
        Run("mount", "--bind", source, dir.Path);
        Run("mount", "-o", "remount,ro,bind", dir.Path);
        return new Mount(dir);
    }

    /// <summary>Remounts this file system read-only (or writable again) under a running process: even root cannot write to it.</summary>
    public void Remount(bool readOnly) => Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", Path);

    /// <summary>Fills the file system with a filler file until no space is left, then frees <paramref name="leaveBytes"/>.</summary>
    public void Fill(long leaveBytes = 0)
    {
        var chunk = new byte[64 * 1024];
        using (var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough))
        {
            try
            {
                while (true)
                    filler.Write(chunk);
            }
            catch (IOException)
            {
                // ENOSPC: full
            }
            try
            {
                filler.Flush();
            }
            catch (IOException)
            {
                // the last partial chunk could not be written either
            }
        }
        if (leaveBytes > 0)
        {
            using var filler = new FileStream(Filler, FileMode.Open, FileAccess.Write);
            filler.SetLength(Math.Max(0, filler.Length - leaveBytes));
        }
    }

    /// <summary>Removes the filler: the disk has room again.</summary>
    public void Free() => File.Delete(Filler);

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    public void Dispose()
    {
        Run("umount", "-l", Path);
        _dir.Dispose();
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
    }
}
