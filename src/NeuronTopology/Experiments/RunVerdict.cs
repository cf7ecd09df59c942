namespace NeuronTopology.Experiments;

/// <summary>Whether a run kept the topology of its neuron cloud, as the geometry analysis classifies it.</summary>
/// <param name="Kind">preserved, torn, folded or merged.</param>
/// <param name="FirstStep">First snapshot step at which a broken kind applies; null when preserved.</param>
/// <param name="Witnesses">Neuron pairs (i, j) that show the breakdown.</param>
/// <param name="Explanation">One sentence on what the rule saw.</param>
public sealed record RunVerdict(string Kind, long? FirstStep, IReadOnlyList<(int I, int J)> Witnesses, string Explanation)
{
    /// <summary>True unless the kind is preserved.</summary>
    public bool IsBroken => Kind != "preserved";
}
