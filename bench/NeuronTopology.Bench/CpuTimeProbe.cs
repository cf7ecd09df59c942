using System.Globalization;
using System.Runtime.InteropServices;

namespace NeuronTopology.Bench;

/// <summary>
/// Times the single-thread float32 GEMMs and training steps of <see cref="GemmBenchmarks"/> and
/// <see cref="TrainingStepBenchmarks"/> in CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID).
/// </summary>
/// <remarks>
/// On a machine shared with other jobs, wall-clock figures mostly measure the queue for a core, while thread
/// CPU time counts only the cycles this thread ran. It still includes slowdowns from caches that other
/// processes evicted, so it is an upper bound on the unloaded single-core time. Run it with
/// <c>dotnet run -c Release --project bench/NeuronTopology.Bench -- cpu-time</c>.
/// </remarks>
public static class CpuTimeProbe
{
    private const int ThreadCpuTimeClock = 3;
    private const int Warmup = 3;
    private const int Repeats = 30;

    public static void Run()
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("cpu-time: thread CPU time is read through clock_gettime, which needs Linux.");
            return;
        }

        Console.WriteLine($"Thread CPU time, 1 thread, median and min of {Repeats} runs after {Warmup} warm-up runs");
        foreach (GemmProduct product in Enum.GetValues<GemmProduct>())
        {
            var gemm = new GemmBenchmarks { Product = product, Threads = 1 };
            gemm.Setup();
            var (median, min) = Measure(gemm.Multiply);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gemm {product,-3} 1024x784x1024: median {median * 1e3:F2} ms ({GemmBenchmarks.Flops / median / 1e9:F1} GFLOP/s), min {min * 1e3:F2} ms ({GemmBenchmarks.Flops / min / 1e9:F1} GFLOP/s)"));
        }

        foreach (string optimizer in new[] { "sgd", "adam" })
        {
            var step = new TrainingStepBenchmarks { Optimizer = optimizer, Threads = 1 };
            step.Setup();
            var (median, min) = Measure(() => step.Step());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"step {optimizer,-4}: median {median * 1e3:F2} ms, min {min * 1e3:F2} ms"));
        }
    }

    private static (double Median, double Min) Measure(Action action)
    {
        for (int i = 0; i < Warmup; i++)
            action();

        var seconds = new double[Repeats];
        for (int i = 0; i < Repeats; i++)
        {
            double start = ThreadSeconds();
            action();
            seconds[i] = ThreadSeconds() - start;
        }

        Array.Sort(seconds);
        return (seconds[Repeats / 2], seconds[0]);
    }

    private static double ThreadSeconds()
    {
        if (clock_gettime(ThreadCpuTimeClock, out Timespec time) != 0)
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed with errno {Marshal.GetLastPInvokeError()}.");
        return time.Seconds + time.Nanoseconds * 1e-9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out Timespec time);
}
