using System.Runtime.InteropServices;
using System.Text;

namespace Mandaat.Pipeline;

/// <summary>
/// The one path of a folder however it is reached: every symbolic link on the way resolved, as the C
/// library's realpath(3) gives it. Two links to one folder, or a link back to a folder above, give the
/// same path, which is how the folder walk knows it was there. .NET has no such call; on Windows the final
/// link target's full path stands in.
/// </summary>
internal static partial class RealPath
{
    private const int PathMax = 4096;

    /// <summary>The resolved path, or null when it cannot be resolved (a link loop, a missing target).</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new DirectoryInfo(path);
            return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true))?.FullName;
        }

        var resolved = new byte[PathMax + 1];
        return Resolve(path, resolved) == IntPtr.Zero ? null : Encoding.UTF8.GetString(resolved, 0, Array.IndexOf(resolved, (byte)0));
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial IntPtr Resolve(string path, [Out] byte[] resolved);
}
