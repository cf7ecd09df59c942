using Xunit;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class TeacherTasksTests
{
    [Fact]
    public void TeacherNetwork_EvaluatesByHand()
    {
        // W = [[1], [-2]], V = [[3, 0.5]]: y = 3σ(x) + 0.5σ(−2x). At x = 0: 3/2 + 1/4 = 1.75.
        var teacher = new TeacherNetwork(new Matrix<double>(2, 1, [1, -2]), new Matrix<double>(1, 2, [3, 0.5]));
        Span<double> y = stackalloc double[1];

        teacher.Evaluate([0.0], y);
        Assert.Equal(1.75, y[0], 15);

        teacher.Evaluate([1.0], y);
        double expected = 3.0 / (1.0 + Math.Exp(-1.0)) + 0.5 / (1.0 + Math.Exp(2.0));
        Assert.Equal(expected, y[0], 15);

        teacher.Evaluate([-800.0], y);
        Assert.Equal(0.5, y[0], 15);
    }

    [Fact]
    public void TeacherNetwork_MismatchedHiddenSizes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TeacherNetwork(new Matrix<double>(2, 1), new Matrix<double>(1, 3)));
        Assert.Throws<ArgumentException>(() => new TeacherNetwork(new Matrix<double>(1, 1, [double.NaN]), new Matrix<double>(1, 1)));
    }

    [Fact]
    public void OneDimensional_HasPaperSizesAndLaws()
    {
        DatasetSplit split = TeacherTasks.OneDimensional(seed: 2333);

        Assert.Equal(3500, split.Train.Count);
        Assert.Equal(1500, split.Test.Count);
        Assert.Equal(1, split.Train.InputDimension);
        Assert.Equal(1, split.Train.OutputDimension);

        // x ~ N(0, 4): with 5000 draws the sample variance has standard error about 4·√(2/5000) = 0.08.
        double[] x = split.Train.Inputs.Data.Concat(split.Test.Inputs.Data).ToArray();
        double mean = x.Average();
        double variance = x.Select(v => (v - mean) * (v - mean)).Average();
        Assert.InRange(mean, -0.17, 0.17);
        Assert.InRange(variance, 4.0 - 0.4, 4.0 + 0.4);
    }

    [Fact]
    public void OneDimensional_TargetsComeFromTeacher()
    {
        // Rebuild the teacher from the documented draw order and check every training target.
        var random = new Xoshiro256StarStar(7);
        var teacher = TeacherNetwork.CreateRandom(1, 128, 1, 1.0, 0.6, random);
        DatasetSplit split = TeacherTasks.OneDimensional(seed: 7);

        Span<double> y = stackalloc double[1];
        for (int i = 0; i < split.Train.Count; i++)
        {
            teacher.Evaluate(split.Train.Inputs.Row(i), y);
            Assert.Equal(y[0], split.Train.Targets![i, 0]);
        }
    }

    [Fact]
    public void TwoDimensional_ScalesWeightsByFourthRootOf128()
    {
        var random = new Xoshiro256StarStar(3);
        var teacher = TeacherNetwork.CreateRandom(2, 128, 1, Math.Pow(128, -0.25), Math.Pow(128, -0.25), random);
        double[] weights = teacher.IncomingWeights.Data.Concat(teacher.OutgoingWeights.Data).ToArray();
        double variance = weights.Select(w => w * w).Average();
        // 384 draws with variance 1/√128 ≈ 0.0884; standard error ≈ 0.0884·√(2/384) ≈ 0.0064.
        Assert.InRange(variance, 0.0884 - 0.03, 0.0884 + 0.03);

        DatasetSplit split = TeacherTasks.TwoDimensional(seed: 3);
        Assert.Equal(2, split.Train.InputDimension);
        Assert.Equal(3500, split.Train.Count);
        Span<double> y = stackalloc double[1];
        teacher.Evaluate(split.Test.Inputs.Row(0), y);
        Assert.Equal(y[0], split.Test.Targets![0, 0]);
    }

    [Fact]
    public void Tasks_AreSeeded()
    {
        Assert.Equal(TeacherTasks.OneDimensional(1, 100).Train.Targets!.Data, TeacherTasks.OneDimensional(1, 100).Train.Targets!.Data);
        Assert.NotEqual(TeacherTasks.OneDimensional(1, 100).Train.Targets!.Data, TeacherTasks.OneDimensional(2, 100).Train.Targets!.Data);
    }
}
