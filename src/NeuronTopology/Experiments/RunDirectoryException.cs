namespace NeuronTopology.Experiments;

/// <summary>A directory given as a run directory is missing, is not a run directory, or contains a run in the wrong state.</summary>
public sealed class RunDirectoryException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> names the directory and what to do next.</summary>
    public RunDirectoryException(string path, string message)
        : base(message)
    {
        DirectoryPath = path;
    }

    /// <summary>Absolute path of the directory.</summary>
    public string DirectoryPath { get; }
}
