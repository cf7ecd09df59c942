namespace NeuronTopology.Numerics;

/// <summary>
/// The part of a GEMM that one pass updates: rows [RowStart, RowStart + Rows) and columns
/// [ColumnStart, ColumnStart + Columns) of C, with the K block [DepthStart, DepthStart + Depth).
/// </summary>
internal readonly record struct GemmBlock(int RowStart, int Rows, int ColumnStart, int Columns, int DepthStart, int Depth);
