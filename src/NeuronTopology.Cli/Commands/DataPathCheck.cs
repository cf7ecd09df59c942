using NeuronTopology.Experiments;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// Checks a spec's <c>data.path</c> and the <c>--data</c> option against the data kind before a run starts: generated
/// (teacher) data has no files to replace, IDX data is a directory and CSV data is one file.
/// </summary>
internal static class DataPathCheck
{
    /// <summary>Throws when <paramref name="dataOption"/> or the path in <paramref name="spec"/> cannot be the spec's data.</summary>
    /// <param name="spec">The spec after the command-line overrides.</param>
    /// <param name="dataOption">The --data value as typed, or null when absent.</param>
    /// <exception cref="ArgumentException">--data was given for generated data, or the path is a file where a directory is expected or the reverse.</exception>
    public static void Check(ExperimentSpec spec, string? dataOption)
    {
        DataSpec data = spec.Data;
        if (dataOption is not null && !data.IsIdx && data.Kind != "csv")
        {
            throw new ArgumentException(
                $"--data {dataOption} does not apply to {spec.Name}: its data is {data.Kind}, generated from the seed, so it has no files; --data replaces data.path of mnist, fashion-mnist and csv specs.");
        }
        if (data.Path is not string path)
            return;
        string named = dataOption is null ? $"data.path '{path}'" : $"--data '{dataOption}'";
        if (data.IsIdx && File.Exists(path))
            throw new ArgumentException($"{named} is a file; {data.Kind} data is read from a directory holding the four IDX files.");
        if (data.Kind == "csv" && Directory.Exists(path))
            throw new ArgumentException($"{named} is a directory; csv data is read from one CSV file.");
    }
}
