using System.Text.Json;

namespace NeuronTopology.Experiments;

/// <summary>
/// Reads experiment specs from JSON, strictly: an unknown field, a value of the wrong type or out of range,
/// or a combination that cannot run (layer sizes that do not fit the data or the initial shape) raises
/// <see cref="ExperimentSpecException"/> naming the JSON path and the expected value.
/// </summary>
/// <remarks>Field names are camelCase; <see cref="ExperimentSpecWriter"/> writes the same layout. Comments and trailing commas are rejected, as in plain JSON.</remarks>
public static class ExperimentSpecReader
{
    /// <summary>Reads and validates the spec in <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ExperimentSpecException">The file is not a valid spec.</exception>
    public static ExperimentSpec Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates the spec in <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ExperimentSpecException">The text is not a valid spec.</exception>
    public static ExperimentSpec Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is long line ? $"line {line + 1}" : "$";
            throw new ExperimentSpecException(source, where, "invalid JSON: " + FirstSentence(exception.Message));
        }

        using (document)
        {
            var root = new SpecObject(document.RootElement, source, "$");
            ExperimentSpec spec = ReadRoot(root);
            ExperimentSpecValidator.CheckConsistency(spec, source);
            return spec;
        }
    }

    private static ExperimentSpec ReadRoot(SpecObject root)
    {
        string name = root.String("name");
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            throw root.Error(root.Child("name"), $"'{name}' is not valid; expected letters, digits, '-', '_' or '.' (it names the run directory)");
        string description = root.String("description", fallback: "");
        // The format promises one line (docs/experiments.md), which the report shows as its subtitle.
        if (description.IndexOfAny(['\n', '\r', '\u0085', '\u2028', '\u2029']) is int lineBreak and >= 0)
            throw root.Error(root.Child("description"), $"has a line break after \"{description[..lineBreak]}\"; expected one line of text");

        ModelSpec model = ReadModel(root.Object("model"));
        DataSpec data = ReadData(root.Object("data"));
        InitialShapeSpec shape = ReadShape(root.Object("initialShape"));
        string loss = root.String("loss", ExperimentSpec.Losses);
        OptimizerSpec optimizer = ReadOptimizer(root.Object("optimizer"));
        SpecObject? scheduleObject = root.OptionalObject("schedule");
        ScheduleSpec schedule = scheduleObject is null ? ScheduleSpec.Constant : ReadSchedule(scheduleObject);
        int epochs = root.Integer("epochs", null, 1);
        int batchSize = root.Integer("batchSize", null, 1);
        ulong seed = root.UnsignedInteger("seed", 0);
        string precision = root.String("precision", ExperimentSpec.Precisions, "float64");
        SpecObject? recordObject = root.OptionalObject("record");
        RecordSpec record = recordObject is null ? new RecordSpec() : ReadRecord(recordObject);
        root.RejectUnknownFields();

        return new ExperimentSpec(name, description, model, data, shape, loss, optimizer, schedule, epochs, batchSize, seed, precision, record);
    }

    private static ModelSpec ReadModel(SpecObject model)
    {
        int[] layers = model.IntegerArray("layerSizes", 3, 1);
        string activation = model.String("activation", ModelSpec.Activations);
        bool bias = model.Boolean("bias", false);
        model.RejectUnknownFields();
        return new ModelSpec(layers, activation, bias);
    }

    private static DataSpec ReadData(SpecObject data)
    {
        string kind = data.String("kind", DataSpec.Kinds);
        int samples = data.Integer("samples", 5000, 2);
        double trainFraction = data.Number("trainFraction", 0.7, 0, 1, minExclusive: true);
        string? path = data.OptionalString("path");
        int targetColumns = data.Integer("targetColumns", 1, 1);
        data.RejectUnknownFields();
        if (kind == "csv" && path is null)
            throw data.Error(data.Child("path"), "missing required field for csv data; expected the CSV file");
        return new DataSpec(kind, samples, trainFraction, path, targetColumns);
    }

    private static InitialShapeSpec ReadShape(SpecObject shape)
    {
        string kind = shape.String("kind", InitialShapeSpec.Kinds);
        string? path = shape.OptionalString("path");
        shape.RejectUnknownFields();
        if (kind == "from-file" && path is null)
            throw shape.Error(shape.Child("path"), "missing required field for from-file; expected a .npy or CSV file");
        return new InitialShapeSpec(kind, path);
    }

    private static OptimizerSpec ReadOptimizer(SpecObject optimizer)
    {
        string kind = optimizer.String("kind", OptimizerSpec.Kinds);
        double learningRate = optimizer.Number("learningRate", null, 0, double.PositiveInfinity, minExclusive: true);
        double momentum = optimizer.Number("momentum", 0.9, 0, 1);
        double beta1 = optimizer.Number("beta1", 0.9, 0, 1);
        double beta2 = optimizer.Number("beta2", 0.999, 0, 1);
        double epsilon = optimizer.Number("epsilon", 1e-8, 0, double.PositiveInfinity);
        double weightDecay = optimizer.Number("weightDecay", 0, 0, double.PositiveInfinity);
        optimizer.RejectUnknownFields();
        if (kind == "nesterov" && momentum == 0)
            throw optimizer.Error(optimizer.Child("momentum"), "nesterov needs a momentum > 0");
        return new OptimizerSpec(kind, learningRate, momentum, beta1, beta2, epsilon, weightDecay);
    }

    private static ScheduleSpec ReadSchedule(SpecObject schedule)
    {
        string kind = schedule.String("kind", ScheduleSpec.Kinds, "constant");
        int stepSize = schedule.Integer("stepSize", 1000, 1);
        double gamma = schedule.Number("gamma", 0.1, 0, 1, minExclusive: true);
        int warmupSteps = schedule.Integer("warmupSteps", 100, 1);
        schedule.RejectUnknownFields();
        return new ScheduleSpec(kind, stepSize, gamma, warmupSteps);
    }

    private static RecordSpec ReadRecord(SpecObject record)
    {
        var result = new RecordSpec(
            SnapshotEvery: record.Integer("snapshotEvery", 0, 0),
            MeasureEvery: record.Integer("measureEvery", 0, 0),
            TopologyEvery: record.Integer("topologyEvery", 0, 0),
            Topology: record.Boolean("topology", true),
            TopologyPoints: record.Integer("topologyPoints", 0, 0),
            Sharpness: record.Boolean("sharpness", true),
            SharpnessSamples: record.Integer("sharpnessSamples", 0, 0),
            CheckpointEvery: record.Integer("checkpointEvery", 0, 0));
        record.RejectUnknownFields();
        if (result.TopologyPoints == 1)
            throw record.Error(record.Child("topologyPoints"), "1 is not valid: one point has no topology to measure; expected 0 (all neurons) or at least 2");
        return result;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
