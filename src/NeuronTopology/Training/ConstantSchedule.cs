namespace NeuronTopology.Training;

/// <summary>η_t = η₀.</summary>
internal sealed class ConstantSchedule : LearningRateSchedule
{
    private protected override double Evaluate(double initialLearningRate, int step) => initialLearningRate;

    public override string ToString() => "constant";
}
