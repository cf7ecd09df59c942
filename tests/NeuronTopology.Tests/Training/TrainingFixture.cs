using System.Text.Json;
using NeuronTopology.Numerics;
using NeuronTopology.Training;

namespace NeuronTopology.Tests.Training;

/// <summary>One reference run in float64 recorded with PyTorch 1.13, read from its JSON file.</summary>
internal sealed class TrainingFixture
{
    /// <summary>Environment variable naming an extra directory of cases in the same format.</summary>
    public const string DirectoryVariable = "NEURONTOPOLOGY_TRAINING_FIXTURES";

    public required string Name { get; init; }
    public required MlpArchitecture Architecture { get; init; }
    public required Loss Loss { get; init; }
    public required string Optimizer { get; init; }
    public required double LearningRate { get; init; }
    public required SupervisedData<double> Data { get; init; }
    public required int[][]? Batches { get; init; }
    public required double[] InitialParameters { get; init; }
    public required double InitialLoss { get; init; }
    public required double[] InitialGradient { get; init; }
    public required double TopEigenvalue { get; init; }
    public required double BottomEigenvalue { get; init; }
    public required IReadOnlyList<(int Step, double BatchLoss, double[] Parameters)> Trajectory { get; init; }

    /// <summary>Rows used by step <paramref name="step"/> (1-based): the batches in turn, or every row.</summary>
    public int[] BatchRows(int step) =>
        Batches is null ? Enumerable.Range(0, Data.Count).ToArray() : Batches[(step - 1) % Batches.Length];

    /// <summary>Paths of the bundled cases and of the cases in <see cref="DirectoryVariable"/>'s directory when set.</summary>
    public static IEnumerable<string> CasePaths()
    {
        string bundled = Path.Combine(AppContext.BaseDirectory, "Fixtures", "training");
        foreach (string path in CasesIn(bundled))
            yield return path;
        string? extra = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrEmpty(extra))
        {
            foreach (string path in CasesIn(extra))
                yield return path;
        }
    }

    private static IEnumerable<string> CasesIn(string directory)
    {
        string list = Path.Combine(directory, "cases.json");
        if (File.Exists(list))
        {
            foreach (string name in JsonSerializer.Deserialize<string[]>(File.ReadAllText(list))!)
                yield return Path.Combine(directory, name + ".json");
            yield break;
        }
        foreach (string path in Directory.EnumerateFiles(directory, "*.json").Order())
            yield return path;
    }

    public static TrainingFixture Load(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        JsonElement model = root.GetProperty("model");
        int[] sizes = model.GetProperty("layer_sizes").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Activation activation = Enum.Parse<Activation>(model.GetProperty("activation").GetString()!, ignoreCase: true);
        var architecture = new MlpArchitecture(sizes, activation, model.GetProperty("bias").GetBoolean());
        Loss loss = Loss.FromName(root.GetProperty("loss").GetString()!);

        double[][] inputRows = ReadRows(root.GetProperty("inputs"));
        var inputs = new Matrix<double>(inputRows.Length, sizes[0], inputRows.SelectMany(r => r).ToArray());
        JsonElement targets = root.GetProperty("targets");
        SupervisedData<double> data = loss == Loss.CrossEntropy
            ? SupervisedData<double>.WithLabels(inputs, targets.EnumerateArray().Select(e => e.GetInt32()).ToArray())
            : SupervisedData<double>.WithTargets(inputs, new Matrix<double>(inputRows.Length, sizes[^1], ReadRows(targets).SelectMany(r => r).ToArray()));

        JsonElement batches = root.GetProperty("batches");
        int[][]? batchRows = batches.ValueKind == JsonValueKind.Array
            ? batches.EnumerateArray().Select(b => b.EnumerateArray().Select(e => e.GetInt32()).ToArray()).ToArray()
            : null;

        return new TrainingFixture
        {
            Name = Path.GetFileNameWithoutExtension(path),
            Architecture = architecture,
            Loss = loss,
            Optimizer = root.GetProperty("optimizer").GetString()!,
            LearningRate = root.GetProperty("learning_rate").GetDouble(),
            Data = data,
            Batches = batchRows,
            InitialParameters = Flatten(root.GetProperty("initial_params")),
            InitialLoss = root.GetProperty("initial_loss").GetDouble(),
            InitialGradient = Flatten(root.GetProperty("initial_gradient")),
            TopEigenvalue = root.GetProperty("initial_hessian_top_eigenvalue").GetDouble(),
            BottomEigenvalue = root.GetProperty("initial_hessian_bottom_eigenvalue").GetDouble(),
            Trajectory = root.GetProperty("trajectory").EnumerateArray()
                .Select(t => (t.GetProperty("step").GetInt32(), t.GetProperty("batch_loss_before_step").GetDouble(), Flatten(t.GetProperty("params"))))
                .ToArray(),
        };
    }

    private static double[][] ReadRows(JsonElement rows) =>
        rows.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(e => e.GetDouble()).ToArray() : [r.GetDouble()]).ToArray();

    // Parameters are listed per tensor (weight as rows, bias as a list); flattening row-major gives PyTorch's order.
    private static double[] Flatten(JsonElement tensors)
    {
        var values = new List<double>();
        foreach (JsonElement tensor in tensors.EnumerateArray())
            AppendFlat(tensor, values);
        return values.ToArray();
    }

    private static void AppendFlat(JsonElement element, List<double> values)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement child in element.EnumerateArray())
                AppendFlat(child, values);
        }
        else
        {
            values.Add(element.GetDouble());
        }
    }
}
