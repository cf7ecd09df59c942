namespace NeuronTopology.Cli;

/// <summary>A file-system failure with what the command was doing, worded by <see cref="FileSystemMessage"/>.</summary>
internal sealed class FileSystemFailureException : Exception
{
    /// <summary>Creates the failure of <paramref name="action"/>, such as "cannot create the run directory".</summary>
    public FileSystemFailureException(string action, Exception inner)
        : base(FileSystemMessage.Describe(inner, action), inner)
    {
    }
}
