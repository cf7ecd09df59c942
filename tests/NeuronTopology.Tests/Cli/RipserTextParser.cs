using Xunit;
using System.Globalization;
using NeuronTopology.Homology;

namespace NeuronTopology.Tests.Cli;

/// <summary>Reads Ripser's text layout back into intervals per dimension, so that output can be compared with a reference.</summary>
internal static class RipserTextParser
{
    private const string Heading = "persistence intervals in dim ";

    public static List<List<PersistenceInterval>> Parse(string output)
    {
        var byDimension = new List<List<PersistenceInterval>>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(Heading, StringComparison.Ordinal))
            {
                int dimension = int.Parse(line.AsSpan(Heading.Length, line.Length - Heading.Length - 1), CultureInfo.InvariantCulture);
                Assert.Equal(byDimension.Count, dimension);
                byDimension.Add([]);
                continue;
            }
            if (!line.StartsWith(" [", StringComparison.Ordinal))
                break;

            string[] parts = line[2..^1].Split(',');
            double birth = double.Parse(parts[0], CultureInfo.InvariantCulture);
            double death = parts[1] == " " ? double.PositiveInfinity : double.Parse(parts[1], CultureInfo.InvariantCulture);
            byDimension[^1].Add(new PersistenceInterval(birth, death));
        }
        return byDimension;
    }
}
