namespace NeuronTopology.IO;

/// <summary>
/// Counts the lines of a seekable text stream that can hold a row of numbers, so that a reader can allocate its
/// array once at the right size. Growing it by doubling instead leaves up to twice the data as garbage on the large
/// object heap.
/// </summary>
internal static class TextRowCounter
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>
    /// Returns the number of candidate rows of <paramref name="stream"/>: the lines that are not empty, not only ASCII
    /// whitespace and do not start with '#' after it. Returns null when the stream cannot seek. The position is
    /// restored, so the caller reads the stream from where it was.
    /// </summary>
    /// <remarks>
    /// A line of only non-ASCII whitespace (such as U+00A0) counts here but is not a row, so the count can exceed the
    /// rows. Lines ended by a lone carriage return are not split here, so such a file counts fewer. The caller treats
    /// the count as a hint only.
    /// </remarks>
    public static long? CountCandidateRows(Stream stream)
    {
        if (!stream.CanSeek)
            return null;

        long start = stream.Position;
        byte[] buffer = new byte[BufferBytes];
        long rows = 0;
        bool atLineStart = true;
        bool lineCounted = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read; i++)
            {
                byte value = buffer[i];
                if (value == (byte)'\n')
                {
                    atLineStart = true;
                    lineCounted = false;
                    continue;
                }
                if (!atLineStart || lineCounted || value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f')
                    continue;

                // The first byte after leading whitespace decides: a comment line, or a candidate row.
                atLineStart = false;
                if (value != (byte)'#')
                {
                    rows++;
                    lineCounted = true;
                }
            }
        }
        stream.Position = start;
        return rows;
    }
}
