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

    /// <summary>Whether PyTorch ran the case in float32; its numbers are then float32 values written as doubles.</summary>
    public required bool IsFloat32 { get; init; }
    public required MlpArchitecture Architecture { get; init; }
    public required Loss Loss { get; init; }
    public required string Optimizer { get; init; }
    public required IReadOnlyDictionary<string, JsonElement> OptimizerOptions { get; init; }
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

    /// <summary>
    /// Creates the optimizer the case names, with PyTorch's keyword arguments from "optimizer_options" when present
    /// (cases written by tests/tools/make_training_fixtures.py) or the named preset otherwise.
    /// </summary>
    public Optimizer<double> CreateOptimizer() => CreateOptimizer<double>();

    /// <summary>Creates the optimizer the case names, in precision <typeparamref name="T"/>.</summary>
    public Optimizer<T> CreateOptimizer<T>() where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        if (OptimizerOptions.Count == 0)
            return OptimizerFactory.Create<T>(Optimizer, LearningRate);
        double Option(string name, double fallback) => OptimizerOptions.TryGetValue(name, out JsonElement value) ? value.GetDouble() : fallback;
        bool Flag(string name) => OptimizerOptions.TryGetValue(name, out JsonElement value) && value.GetBoolean();
        double[] betas = OptimizerOptions.TryGetValue("betas", out JsonElement b) ? b.EnumerateArray().Select(e => e.GetDouble()).ToArray() : [0.9, 0.999];
        return Optimizer switch
        {
            "sgd" => new Sgd<T>(LearningRate, Option("momentum", 0), Option("dampening", 0), Option("weight_decay", 0), Flag("nesterov")),
            "adam" => new Adam<T>(LearningRate, betas[0], betas[1], Option("eps", 1e-8), Option("weight_decay", 0), Flag("amsgrad")),
            "adamw" => new AdamW<T>(LearningRate, betas[0], betas[1], Option("eps", 1e-8), Option("weight_decay", 1e-2), Flag("amsgrad")),
            "rmsprop" => new RmsProp<T>(LearningRate, Option("alpha", 0.99), Option("eps", 1e-8), Option("weight_decay", 0), Option("momentum", 0), Flag("centered")),
            "adagrad" => new Adagrad<T>(LearningRate, Option("lr_decay", 0), Option("weight_decay", 0), Option("initial_accumulator_value", 0), Option("eps", 1e-10)),
            _ => throw new InvalidDataException($"{Name}: unknown optimizer '{Optimizer}' with options."),
        };
    }

    /// <summary>
    /// Paths of the bundled cases (the shared reference runs and the extra PyTorch runs) and of the cases in
    /// <see cref="DirectoryVariable"/>'s directory when set.
    /// </summary>
    public static IEnumerable<string> CasePaths()
    {
        foreach (string folder in new[] { "training", "training-torch" })
        {
            foreach (string path in CasesIn(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder)))
                yield return path;
        }
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
            IsFloat32 = root.TryGetProperty("dtype", out JsonElement dtype) && dtype.GetString() == "float32",
            Architecture = architecture,
            Loss = loss,
            Optimizer = root.GetProperty("optimizer").GetString()!,
            OptimizerOptions = root.TryGetProperty("optimizer_options", out JsonElement options)
                ? options.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
                : new Dictionary<string, JsonElement>(),
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

    /// <summary>Returns the case's data rounded to float32, exact for float32 cases.</summary>
    public SupervisedData<float> FloatData()
    {
        var inputs = new Matrix<float>(Data.Count, Data.InputSize, Data.Inputs.Data.Select(x => (float)x).ToArray());
        return Data.Labels is not null
            ? SupervisedData<float>.WithLabels(inputs, Data.Labels)
            : SupervisedData<float>.WithTargets(inputs, new Matrix<float>(Data.Count, Data.Targets!.Columns, Data.Targets.Data.Select(y => (float)y).ToArray()));
    }

    private static double[][] ReadRows(JsonElement rows) =>
        rows.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(e => e.GetDouble()).ToArray() : [r.GetDouble()]).ToArray();

    // Parameters are listed per tensor (weight as rows, bias as a list), so flattening row-major gives PyTorch's order.
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
