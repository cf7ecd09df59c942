using System.Globalization;
using System.Text.Json;
using NeuronTopology.Geometry;

namespace NeuronTopology.Cli.Commands;

/// <summary>Text and JSON output of <c>ntopo distortion</c>.</summary>
internal sealed class DistortionReport(
    IReadOnlyList<string> paths,
    BiLipschitzResult firstToLast,
    TopologyVerdictResult verdict,
    VerdictOptions options)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the human-readable report.</summary>
    public void WriteText(TextWriter output)
    {
        output.WriteLine($"first: {paths[0]} ({firstToLast.NeuronCount} neurons × {firstToLast.Dimension})");
        output.WriteLine($"last:  {paths[^1]}");
        output.WriteLine(Format($"L-  {firstToLast.LowerConstant:G10}  {DescribePair(firstToLast.LowerPair)}"));
        output.WriteLine(Format($"L+  {firstToLast.UpperConstant:G10}  {DescribePair(firstToLast.UpperPair)}"));
        output.WriteLine(Format($"D   {firstToLast.Distortion:G10}"));
        output.WriteLine(firstToLast.CoincidentPairCount == 0
            ? "coincident pairs in the first cloud: 0"
            : Format($"coincident pairs in the first cloud: {firstToLast.CoincidentPairCount}, for example {DescribePair(firstToLast.CoincidentExample)}; they have no ratio and are left out"));
        if (firstToLast.SeparatedCoincidentPairCount > 0)
            output.WriteLine(Format($"warning: {firstToLast.SeparatedCoincidentPairCount} coincident pairs of the first cloud are apart in the last, for example {DescribePair(firstToLast.SeparatedCoincidentExample)}; the map is not injective backwards, which the verdict counts as a tear"));
        if (firstToLast.ContractionBound is { } bound)
            output.WriteLine(Format($"bound 1 - ηK = {bound:G6}: L- {(firstToLast.SatisfiesContractionBound == true ? "≥" : "<")} bound"));

        if (verdict.Series.Count > 2)
            WriteSeries(output);
        WriteVerdict(output);
    }

    /// <summary>Writes the report as one JSON object, numbers in round-trip precision.</summary>
    public void WriteJson(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("first", paths[0]);
        json.WriteString("last", paths[^1]);
        json.WriteNumber("neurons", firstToLast.NeuronCount);
        json.WriteNumber("dimension", firstToLast.Dimension);
        WriteConstants(json, firstToLast);
        json.WriteNumber("coincident_pairs_at_start", firstToLast.CoincidentPairCount);
        WritePair(json, "coincident_example", firstToLast.CoincidentExample);
        json.WriteNumber("separated_coincident_pairs", firstToLast.SeparatedCoincidentPairCount);
        WritePair(json, "separated_coincident_example", firstToLast.SeparatedCoincidentExample);
        if (firstToLast.ContractionBound is { } bound)
        {
            json.WriteNumber("contraction_bound", bound);
            json.WriteBoolean("satisfies_contraction_bound", firstToLast.SatisfiesContractionBound == true);
        }

        json.WriteStartObject("verdict");
        json.WriteString("kind", verdict.Kind.ToString().ToLowerInvariant());
        if (verdict.FirstStep is { } step)
        {
            json.WriteNumber("first_snapshot", step);
            json.WriteString("first_file", paths[(int)step]);
        }
        else
        {
            json.WriteNull("first_snapshot");
        }
        json.WriteNumber("limit", options.DistortionLimit);
        json.WriteNumber("neighbours", options.NeighbourCount);
        json.WriteStartArray("witnesses");
        foreach (NeuronPair pair in verdict.Witnesses)
            WritePairValue(json, pair);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("series");
        foreach (DistortionSample sample in verdict.Series)
            WriteSample(json, sample);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteSeries(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("snapshot  L-(0→t)       L+(0→t)       D(0→t)        L-(t-1→t)     L+(t-1→t)     file");
        foreach (DistortionSample sample in verdict.Series)
        {
            BiLipschitzResult? step = sample.StepToStep;
            output.WriteLine(Format(
                $"{sample.Step,8}  {sample.FromStart.LowerConstant,-12:G6}  {sample.FromStart.UpperConstant,-12:G6}  {sample.FromStart.Distortion,-12:G6}  {step?.LowerConstant ?? double.NaN,-12:G6}  {step?.UpperConstant ?? double.NaN,-12:G6}  {paths[(int)sample.Step]}"));
        }
    }

    private void WriteVerdict(TextWriter output)
    {
        output.WriteLine();
        DistortionSample judged = verdict.FirstStep is { } step ? verdict.Series.First(sample => sample.Step == step) : verdict.Series[^1];
        string where = verdict.FirstStep is { } first ? $" at snapshot {first} ({paths[(int)first]})" : "";
        output.WriteLine($"verdict: {verdict.Kind.ToString().ToLowerInvariant()}{where}");
        output.WriteLine(Format(
            $"  typical neighbour stretch m = {judged.TypicalStretch:G6}; L-/m = {judged.RelativeLowerConstant:G6} (fold below 1/Λ = {1 / options.DistortionLimit:G6}); near-neighbour L+/m = {judged.RelativeNeighbourUpperConstant:G6} (tear above Λ = {options.DistortionLimit:G6})"));
        if (verdict.Witnesses.Count == 0)
            return;

        output.WriteLine("  witness pairs (distance in the first cloud → at that snapshot):");
        foreach (NeuronPair pair in verdict.Witnesses)
            output.WriteLine(Format($"    {DescribePair(pair)}"));
    }

    private static string DescribePair(NeuronPair? pair) =>
        pair is { } p
            ? Format($"neurons {p.First} and {p.Second}: distance {p.DistanceBefore:G6} → {p.DistanceAfter:G6} ({(p.DistanceBefore == 0 && p.DistanceAfter > 0 ? "coincident at the start, apart now" : $"ratio {p.Ratio:G6}")})")
            : "no pair with a ratio";

    private static void WriteConstants(Utf8JsonWriter json, BiLipschitzResult result)
    {
        WriteNumberOrNull(json, "L_minus", result.LowerConstant);
        WriteNumberOrNull(json, "L_plus", result.UpperConstant);
        WriteNumberOrNull(json, "distortion", result.Distortion);
        WritePair(json, "L_minus_pair", result.LowerPair);
        WritePair(json, "L_plus_pair", result.UpperPair);
    }

    private static void WriteSample(Utf8JsonWriter json, DistortionSample sample)
    {
        json.WriteStartObject();
        json.WriteNumber("snapshot", sample.Step);
        WriteNumberOrNull(json, "L_minus", sample.FromStart.LowerConstant);
        WriteNumberOrNull(json, "L_plus", sample.FromStart.UpperConstant);
        WriteNumberOrNull(json, "distortion", sample.FromStart.Distortion);
        WriteNumberOrNull(json, "step_L_minus", sample.StepToStep?.LowerConstant ?? double.NaN);
        WriteNumberOrNull(json, "step_L_plus", sample.StepToStep?.UpperConstant ?? double.NaN);
        WriteNumberOrNull(json, "typical_stretch", sample.TypicalStretch);
        WriteNumberOrNull(json, "relative_L_minus", sample.RelativeLowerConstant);
        WriteNumberOrNull(json, "relative_neighbour_L_plus", sample.RelativeNeighbourUpperConstant);
        json.WriteBoolean("folded", sample.IsFolded);
        json.WriteBoolean("torn", sample.IsTorn);
        json.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter json, string name, NeuronPair? pair)
    {
        json.WritePropertyName(name);
        if (pair is { } p)
            WritePairValue(json, p);
        else
            json.WriteNullValue();
    }

    private static void WritePairValue(Utf8JsonWriter json, NeuronPair pair)
    {
        json.WriteStartObject();
        json.WriteNumber("i", pair.First);
        json.WriteNumber("j", pair.Second);
        json.WriteNumber("distance_before", pair.DistanceBefore);
        json.WriteNumber("distance_after", pair.DistanceAfter);
        WriteNumberOrNull(json, "ratio", pair.Ratio);
        json.WriteEndObject();
    }

    // JSON has no NaN or infinity: NaN becomes null, ±∞ the string "inf" or "-inf".
    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
            json.WriteNull(name);
        else if (double.IsInfinity(value))
            json.WriteString(name, value > 0 ? "inf" : "-inf");
        else
            json.WriteNumber(name, value);
    }

    private static string Format(FormattableString text) => text.ToString(Invariant);
}
