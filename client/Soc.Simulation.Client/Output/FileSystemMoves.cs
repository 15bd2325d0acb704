using System.Runtime.InteropServices;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// The two file-system steps that make an output folder appear whole: a hard link (to carry the files a command does
/// not write over into the new folder at no cost) and an atomic exchange of two folders (Linux renameat2 with
/// RENAME_EXCHANGE), so that no reader ever sees a folder half old and half new. Where either is not available (another
/// OS, a file system without it) a copy and two renames take their place.
/// </summary>
internal static class FileSystemMoves
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Makes <paramref name="target"/> a second name for <paramref name="source"/>, or a copy of it.</summary>
    public static void LinkOrCopy(string source, string target)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (Link(source, target) == 0) return;
            }
            catch (EntryPointNotFoundException)
            {
            }
            catch (DllNotFoundException)
            {
            }
        }

        File.Copy(source, target);
    }

    /// <summary>Swaps two existing folders in one step; false when the system cannot (the caller renames instead).</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
            int error = Marshal.GetLastPInvokeError();
            // ENOSYS, EINVAL: no renameat2 or no RENAME_EXCHANGE on this file system; anything else is a real failure.
            if (error is 38 or 22) return false;
            throw new IOException($"cannot swap {b} for the new one ({Marshal.GetPInvokeErrorMessage(error)})");
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    // Strings marshal as UTF-8 on Unix, as the file system expects.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string created);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
