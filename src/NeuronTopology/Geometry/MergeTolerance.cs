namespace NeuronTopology.Geometry;

/// <summary>
/// The distance at or below which two neurons count as merged: an absolute distance, or a fraction
/// of the cloud's diameter.
/// </summary>
public readonly record struct MergeTolerance
{
    private MergeTolerance(double value, bool relativeToDiameter)
    {
        Value = value;
        IsRelativeToDiameter = relativeToDiameter;
    }

    /// <summary>The distance, or the fraction of the diameter.</summary>
    public double Value { get; }

    /// <summary>Whether <see cref="Value"/> is a fraction of the diameter.</summary>
    public bool IsRelativeToDiameter { get; }

    /// <summary>Neurons at distance ≤ <paramref name="distance"/> merge.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="distance"/> is negative, NaN or infinite.</exception>
    public static MergeTolerance Absolute(double distance)
    {
        RequireFiniteNonNegative(distance, nameof(distance));
        return new MergeTolerance(distance, relativeToDiameter: false);
    }

    /// <summary>Neurons at distance ≤ <paramref name="fraction"/> × diameter merge.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative, NaN or infinite.</exception>
    public static MergeTolerance RelativeToDiameter(double fraction)
    {
        RequireFiniteNonNegative(fraction, nameof(fraction));
        return new MergeTolerance(fraction, relativeToDiameter: true);
    }

    /// <summary>The absolute distance for a cloud of diameter <paramref name="diameter"/>.</summary>
    public double Resolve(double diameter) => IsRelativeToDiameter ? Value * diameter : Value;

    /// <inheritdoc/>
    public override string ToString() => IsRelativeToDiameter ? $"{Value:G6} × diameter" : $"{Value:G6}";

    private static void RequireFiniteNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(name, value, "The tolerance must be a finite number ≥ 0.");
    }
}
