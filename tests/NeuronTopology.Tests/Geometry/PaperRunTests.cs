using NeuronTopology.Geometry;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

/// <summary>
/// The runs of the authors' code: exact constants to a relative 1e-9 and the verdict the scatter
/// plots show ("preserved", "broken", and the kind when the description names it).
/// </summary>
public sealed class PaperRunTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Runs()
    {
        var data = new TheoryData<string>();
        foreach (PaperRun run in PaperRun.LoadAll())
            data.Add(run.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void ConstantsMatchReference(string name)
    {
        PaperRun run = PaperRun.Load(name);

        BiLipschitzResult result = BiLipschitz.Compute(run.First, run.Last);

        Assert.Equal(run.LowerConstant, result.LowerConstant, Tolerance * run.LowerConstant);
        Assert.Equal(run.UpperConstant, result.UpperConstant, Tolerance * run.UpperConstant);
        Assert.Equal(run.Distortion, result.Distortion, Tolerance * run.Distortion);
        Assert.Equal(run.CoincidentPairs, result.CoincidentPairCount);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void VerdictMatchesScatterPlots(string name)
    {
        PaperRun run = PaperRun.Load(name);

        TopologyVerdictResult verdict = TopologyVerdict.Classify(run.Snapshots());

        if (run.Looks.StartsWith("preserved", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Equal(VerdictKind.Preserved, verdict.Kind);
            Assert.Null(verdict.FirstStep);
            Assert.Empty(verdict.Witnesses);
            return;
        }

        Assert.StartsWith("broken", run.Looks, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(VerdictKind.Preserved, verdict.Kind);
        Assert.NotNull(verdict.FirstStep);
        Assert.NotEmpty(verdict.Witnesses);
        if (run.Looks.Contains("torn", StringComparison.OrdinalIgnoreCase))
            Assert.Equal(VerdictKind.Torn, verdict.Kind);
        if (run.Looks.Contains("folded", StringComparison.OrdinalIgnoreCase) || run.Looks.Contains("merged", StringComparison.OrdinalIgnoreCase))
            Assert.Contains(verdict.Kind, new[] { VerdictKind.Folded, VerdictKind.Merged });
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void SeriesEndsAtFirstToLastConstants(string name)
    {
        PaperRun run = PaperRun.Load(name);

        TopologyVerdictResult verdict = TopologyVerdict.Classify(run.Snapshots());

        DistortionSample last = verdict.Series[^1];
        Assert.Equal(run.LowerConstant, last.FromStart.LowerConstant, Tolerance * run.LowerConstant);
        Assert.Equal(run.UpperConstant, last.FromStart.UpperConstant, Tolerance * run.UpperConstant);
        Assert.Equal(1.0, verdict.Series[0].FromStart.LowerConstant);
        Assert.Null(verdict.Series[0].StepToStep);
        Assert.NotNull(last.StepToStep);
    }

    [Fact]
    public void MiddleSnapshotJoinsSeries()
    {
        // A copy of the broken run with the last cloud also saved as NAME.mid.npy: the break must then
        // show at the middle step already.
        PaperRun bundled = PaperRun.Load("circles-adam-1e-2", PaperRun.BundledDirectory);
        string directory = Directory.CreateTempSubdirectory("ntopo-paper-run-").FullName;
        PointCloud last = bundled.Last;
        NpyFile.Write(Path.Combine(directory, bundled.Name + ".mid.npy"), last.Coordinates, [last.Count, last.Dimension]);
        var run = new PaperRun
        {
            Name = bundled.Name,
            Directory = directory,
            Steps = bundled.Steps,
            LowerConstant = bundled.LowerConstant,
            UpperConstant = bundled.UpperConstant,
            Distortion = bundled.Distortion,
            CoincidentPairs = bundled.CoincidentPairs,
            Looks = bundled.Looks,
        };
        File.Copy(Path.Combine(bundled.Directory, bundled.Name + ".first.npy"), Path.Combine(directory, bundled.Name + ".first.npy"));
        File.Copy(Path.Combine(bundled.Directory, bundled.Name + ".last.npy"), Path.Combine(directory, bundled.Name + ".last.npy"));

        TopologyVerdictResult verdict = TopologyVerdict.Classify(run.Snapshots());

        Assert.Equal(3, verdict.Series.Count);
        Assert.Equal(VerdictKind.Torn, verdict.Kind);
        Assert.Equal(bundled.Steps / 2, verdict.FirstStep);
        Directory.Delete(directory, recursive: true);
    }
}
