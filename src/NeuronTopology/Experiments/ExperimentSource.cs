namespace NeuronTopology.Experiments;

/// <summary>Turns the experiment argument of <c>ntopo run</c> and <c>ntopo sweep</c> into a spec: a preset name or a JSON file.</summary>
public static class ExperimentSource
{
    /// <summary>Returns the preset named <paramref name="presetOrPath"/>, or the spec in that file when it ends in <c>.json</c> or exists.</summary>
    /// <exception cref="ArgumentException"><paramref name="presetOrPath"/> is null or empty.</exception>
    /// <exception cref="UnknownExperimentException">Neither a preset nor an existing file. The message tells how to list the presets.</exception>
    /// <exception cref="FileNotFoundException">The name ends in <c>.json</c> and the file does not exist.</exception>
    /// <exception cref="ExperimentSpecException">The file is not a valid spec.</exception>
    public static ExperimentSpec Resolve(string presetOrPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(presetOrPath);
        if (Presets.Find(presetOrPath) is ExperimentSpec preset)
            return preset;
        if (File.Exists(presetOrPath))
            return ExperimentSpecReader.Read(presetOrPath);
        if (presetOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            throw new FileNotFoundException($"Spec file {presetOrPath} not found.", presetOrPath);
        throw new UnknownExperimentException(presetOrPath);
    }
}
