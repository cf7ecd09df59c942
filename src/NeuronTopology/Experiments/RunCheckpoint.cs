using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NeuronTopology.IO;
using NeuronTopology.Training;

namespace NeuronTopology.Experiments;

/// <summary>
/// Everything needed to continue a run bit for bit: the step reached, the flat parameters, the optimizer state
/// and the metrics and snapshot steps recorded so far. The batch position follows from the step, because
/// each epoch's sample order is a pure function of the seed and the epoch.
/// </summary>
/// <remarks>
/// File layout (little-endian): the 8 ASCII bytes <c>NTOPOCK1</c>; an int32 length and that many bytes of UTF-8 JSON
/// (step, snapshot steps, metrics rows, optimizer name, step count and buffer names); the parameters as an int32
/// count and float64 values; then each optimizer buffer, in the order of the names, as an int32 length and float64 values.
/// </remarks>
internal sealed partial class RunCheckpoint
{
    private static readonly byte[] Magic = "NTOPOCK1"u8.ToArray();

    public required long Step { get; init; }

    public required double[] Parameters { get; init; }

    public required OptimizerState<double> OptimizerState { get; init; }

    public required List<MetricsRow> Rows { get; init; }

    public required List<long> SnapshotSteps { get; init; }

    public void Write(string path)
    {
        string[] bufferNames = OptimizerState.Buffers.Keys.Order(StringComparer.Ordinal).ToArray();
        var header = new CheckpointHeader(Step, SnapshotSteps, Rows, OptimizerState.Optimizer, OptimizerState.StepCount, OptimizerState.ParameterCount, bufferNames);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(header, CheckpointJsonContext.Default.CheckpointHeader);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(json.Length);
            writer.Write(json);
            WriteArray(writer, Parameters);
            foreach (string name in bufferNames)
                WriteArray(writer, OptimizerState.Buffers[name]);
        });
    }

    /// <exception cref="InputFormatException">The file is not a checkpoint, is truncated or has a damaged header; the message names the file.</exception>
    public static RunCheckpoint Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InputFormatException(path, null, "not a run checkpoint: it does not start with NTOPOCK1.");
            int jsonLength = reader.ReadInt32();
            if (jsonLength < 0 || jsonLength > stream.Length - stream.Position)
                throw new EndOfStreamException();
            CheckpointHeader header = JsonSerializer.Deserialize(reader.ReadBytes(jsonLength), CheckpointJsonContext.Default.CheckpointHeader)
                ?? throw new InputFormatException(path, null, "the checkpoint header is empty.");
            double[] parameters = ReadArray(reader);
            var buffers = new Dictionary<string, double[]>(StringComparer.Ordinal);
            foreach (string name in header.BufferNames)
                buffers[name] = ReadArray(reader);
            var optimizerState = new OptimizerState<double>(header.Optimizer, header.OptimizerStepCount, header.OptimizerParameterCount, buffers);
            return new RunCheckpoint
            {
                Step = header.Step,
                Parameters = parameters,
                OptimizerState = optimizerState,
                Rows = header.Rows,
                SnapshotSteps = header.SnapshotSteps,
            };
        }
        catch (EndOfStreamException)
        {
            throw new InputFormatException(path, null, "the checkpoint is truncated or damaged: a length in it runs past the end of the file.");
        }
        catch (JsonException exception)
        {
            // The header's line and byte mean nothing to a reader of a binary file, so only the parser's reason is kept.
            string reason = exception.Message;
            int suffix = new[] { reason.IndexOf(" Path:", StringComparison.Ordinal), reason.IndexOf(" LineNumber:", StringComparison.Ordinal) }
                .Where(index => index >= 0).DefaultIfEmpty(reason.Length).Min();
            throw new InputFormatException(path, null, $"the checkpoint header is not valid JSON: {reason[..suffix]}");
        }
    }

    private static void WriteArray(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static double[] ReadArray(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        if (length < 0 || (long)length * sizeof(double) > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new EndOfStreamException();
        byte[] bytes = reader.ReadBytes(checked(length * sizeof(double)));
        if (bytes.Length != length * sizeof(double))
            throw new EndOfStreamException();
        var values = new double[length];
        bytes.AsSpan().CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    // Source-generated so that checkpoints need no reflection and work in the native AOT build. Named literals
    // (NaN, Infinity) are allowed because a diverged run's metrics contain them.
    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CheckpointHeader))]
    private sealed partial class CheckpointJsonContext : JsonSerializerContext;

    private sealed record CheckpointHeader(long Step, List<long> SnapshotSteps, List<MetricsRow> Rows, string Optimizer, long OptimizerStepCount, int OptimizerParameterCount, string[] BufferNames);
}
