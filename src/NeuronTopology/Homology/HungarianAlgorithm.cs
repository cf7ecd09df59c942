namespace NeuronTopology.Homology;

/// <summary>Minimum-cost perfect matching of a square cost matrix by the Hungarian algorithm with potentials, O(N³).</summary>
internal static class HungarianAlgorithm
{
    /// <summary>Returns the minimum total cost; <paramref name="cost"/> is N × N, row-major, with finite entries.</summary>
    public static double MinimumCost(double[] cost, int size)
    {
        // 1-based arrays with a virtual column 0, following the classical shortest augmenting path formulation.
        var rowPotential = new double[size + 1];
        var columnPotential = new double[size + 1];
        var columnMatch = new int[size + 1];
        var way = new int[size + 1];
        var minimum = new double[size + 1];
        var used = new bool[size + 1];

        for (int row = 1; row <= size; row++)
        {
            columnMatch[0] = row;
            int column0 = 0;
            Array.Fill(minimum, double.PositiveInfinity);
            Array.Fill(used, false);
            do
            {
                used[column0] = true;
                int row0 = columnMatch[column0];
                double delta = double.PositiveInfinity;
                int column1 = 0;
                for (int column = 1; column <= size; column++)
                {
                    if (used[column])
                        continue;
                    double reduced = cost[(row0 - 1) * size + column - 1] - rowPotential[row0] - columnPotential[column];
                    if (reduced < minimum[column])
                    {
                        minimum[column] = reduced;
                        way[column] = column0;
                    }
                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }
                for (int column = 0; column <= size; column++)
                {
                    if (used[column])
                    {
                        rowPotential[columnMatch[column]] += delta;
                        columnPotential[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }
                column0 = column1;
            } while (columnMatch[column0] != 0);
            do
            {
                int column1 = way[column0];
                columnMatch[column0] = columnMatch[column1];
                column0 = column1;
            } while (column0 != 0);
        }

        double total = 0;
        for (int column = 1; column <= size; column++)
            total += cost[(columnMatch[column] - 1) * size + column - 1];
        return total;
    }
}
