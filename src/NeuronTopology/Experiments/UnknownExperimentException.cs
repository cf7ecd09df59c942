namespace NeuronTopology.Experiments;

/// <summary>The experiment argument names neither a preset nor an existing spec file.</summary>
public sealed class UnknownExperimentException : Exception
{
    /// <summary>Creates the exception for <paramref name="experiment"/>. The message tells how to list the presets.</summary>
    public UnknownExperimentException(string experiment)
        : base($"'{experiment}' is neither a preset nor a spec file; run 'ntopo presets' for the preset names, or give a path to a JSON spec.")
    {
        Experiment = experiment;
    }

    /// <summary>The argument as given.</summary>
    public string Experiment { get; }
}
