namespace NeuronTopology.Homology.Engine;

/// <summary>The column whose reduced coboundary has a given pivot, and the pivot's coefficient there.</summary>
internal readonly record struct PivotColumn(int Column, int Coefficient);
