using Mandaat.Core;

namespace Mandaat.Pipeline;

/// <summary>Reads a file's bytes, turning every file-system problem into a one-line reason.</summary>
public static class FileContent
{
    /// <summary>Files above this size are refused before reading: no parliamentary paper comes near it.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static Outcome<byte[]> Read(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return Outcome<byte[]>.Fail("is a folder with no documents");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Outcome<byte[]>.Fail("no such file or folder");
            }

            if (info.Length == 0)
            {
                return Outcome<byte[]>.Fail("the file is empty");
            }

            if (info.Length > MaxBytes)
            {
                return Outcome<byte[]>.Fail($"the file is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            return Outcome<byte[]>.Ok(File.ReadAllBytes(path));
        }
        catch (UnauthorizedAccessException)
        {
            return Outcome<byte[]>.Fail("permission denied: the file cannot be read");
        }
        catch (IOException ex)
        {
            return Outcome<byte[]>.Fail($"cannot read the file: {ex.Message}");
        }
    }
}
