namespace NeuronTopology.Training.Data;

/// <summary>
/// A data set's files are missing from the directory searched; the message names the directory, the
/// missing file and how to obtain the data.
/// </summary>
public sealed class DatasetNotFoundException : DirectoryNotFoundException
{
    /// <summary>Creates the exception for <paramref name="directory"/>.</summary>
    public DatasetNotFoundException(string directory, string message)
        : base(message)
    {
        Directory = directory;
    }

    /// <summary>The directory that was searched.</summary>
    public string Directory { get; }
}
