using System.Text;
using System.Text.RegularExpressions;

namespace NeuronTopology.IO;

/// <summary>
/// Writes files so that a reader sees either the old content or the complete new content, never a part: the
/// content goes to a temporary file in the same directory, which is flushed to disk and then renamed over the
/// destination. Every writer of the project goes through this class.
/// </summary>
/// <remarks>
/// The rename is atomic on POSIX file systems (rename(2)) and on NTFS. The new file gets default permissions,
/// not those of the file it replaces, and the directory entry itself is not flushed, so a power loss right after
/// the rename can still leave the old content.
/// </remarks>
public static partial class AtomicFile
{
    private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Returns the name of the file that the temporary file <paramref name="fileName"/> (".NAME.GUID.tmp", as
    /// <see cref="Write"/> creates it) was to become, or null when <paramref name="fileName"/> is not such a name.
    /// </summary>
    /// <param name="fileName">A file name without directory.</param>
    public static string? DestinationOfTemporary(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        Match match = TemporaryName().Match(fileName);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="IOException">Writing or renaming failed; the destination is unchanged.</exception>
    public static void WriteAllText(string path, string contents) => WriteAllText(path, contents, Utf8WithoutBom);

    /// <summary>Writes <paramref name="contents"/> in <paramref name="encoding"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="IOException">Writing or renaming failed; the destination is unchanged.</exception>
    public static void WriteAllText(string path, string contents, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(encoding);
        WriteAllBytes(path, encoding.GetBytes(contents));
    }

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="IOException">Writing or renaming failed; the destination is unchanged.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Calls <paramref name="write"/> with a stream on a temporary file, then replaces <paramref name="path"/> with
    /// it. When <paramref name="write"/> throws, the temporary file is deleted and the destination is unchanged.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a directory.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="IOException">Writing or renaming failed; the destination is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);

        string fullPath = Path.GetFullPath(path);
        string fileName = Path.GetFileName(fullPath);
        if (fileName.Length == 0)
            throw new ArgumentException($"The path '{path}' names a directory; expected a file path.", nameof(path));
        string directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"The path '{path}' has no directory.", nameof(path));

        // A hidden name in the same directory keeps the rename on one file system; the random part lets
        // concurrent writers of the same destination each have their own temporary file.
        string temporary = Path.Combine(directory, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // The original exception matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^\.(.+)\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
