using System.Security.Cryptography;
using System.Text;

namespace Mandaat.Import;

/// <summary>
/// Every response kept on disk under a name made from its address, so a re-import (also <c>--offline</c>) reads the
/// same bytes without the network. Written to a temporary file and renamed, so a killed import never leaves half a file.
/// </summary>
public sealed class DownloadCache(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string PathOf(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.AbsoluteUri)));
        return Path.Combine(Folder, hash[..2], hash);
    }

    public byte[]? Read(Uri address)
    {
        var path = PathOf(address);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Write(Uri address, byte[] content)
    {
        var path = PathOf(address);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Forgets a response, so a listing that changes (a first page, the feed's head) is asked again.</summary>
    public void Forget(Uri address)
    {
        var path = PathOf(address);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
