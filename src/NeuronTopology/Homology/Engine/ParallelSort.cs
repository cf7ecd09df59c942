namespace NeuronTopology.Homology.Engine;

/// <summary>Sorts by sorting equal slices on separate threads and merging them pairwise; the result equals <see cref="Array.Sort{T}(T[])"/>.</summary>
internal static class ParallelSort
{
    private const int MinParallelLength = 1 << 16;

    public static void Sort<T>(T[] array, int threads) where T : IComparable<T>
    {
        if (threads <= 1 || array.Length < MinParallelLength)
        {
            Array.Sort(array);
            return;
        }
        int slices = threads;
        var bounds = new int[slices + 1];
        for (int s = 0; s <= slices; s++)
            bounds[s] = (int)((long)array.Length * s / slices);
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = threads },
            s => Array.Sort(array, bounds[s], bounds[s + 1] - bounds[s]));

        var source = array;
        var target = new T[array.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        while (bounds.Length > 2)
        {
            int runs = bounds.Length - 1;
            int pairs = (runs + 1) / 2;
            var runBounds = bounds;
            var from = source;
            var to = target;
            Parallel.For(0, pairs, options, p =>
            {
                int start = runBounds[2 * p];
                int middle = runBounds[Math.Min(2 * p + 1, runs)];
                int end = runBounds[Math.Min(2 * p + 2, runs)];
                Merge(from, start, middle, end, to);
            });
            var next = new int[pairs + 1];
            for (int p = 0; p <= pairs; p++)
                next[p] = bounds[Math.Min(2 * p, runs)];
            bounds = next;
            (source, target) = (target, source);
        }
        if (!ReferenceEquals(source, array))
            source.AsSpan().CopyTo(array);
    }

    private static void Merge<T>(T[] source, int start, int middle, int end, T[] target) where T : IComparable<T>
    {
        int left = start, right = middle, output = start;
        while (left < middle && right < end)
            target[output++] = source[right].CompareTo(source[left]) < 0 ? source[right++] : source[left++];
        while (left < middle)
            target[output++] = source[left++];
        while (right < end)
            target[output++] = source[right++];
    }
}
