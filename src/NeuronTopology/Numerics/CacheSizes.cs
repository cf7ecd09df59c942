namespace NeuronTopology.Numerics;

/// <summary>
/// Per-core data cache sizes that size the GEMM blocks, read once from Linux sysfs
/// (<c>/sys/devices/system/cpu/cpu0/cache/index*/</c>).
/// </summary>
/// <remarks>
/// Where sysfs is missing or unreadable (Windows, macOS, containers that hide it), the sizes fall back
/// to 32 KiB L1d and 256 KiB L2, those of Intel Skylake desktop cores. Cores with larger caches then run
/// with smaller blocks than they could hold, which costs some speed but not correctness.
/// </remarks>
internal static class CacheSizes
{
    private const int FallbackLevel1 = 32 * 1024;
    private const int FallbackLevel2 = 256 * 1024;

    private static readonly (int Level1, int Level2) Sizes = Read();

    /// <summary>L1 data cache of one core, in bytes.</summary>
    public static int Level1Data => Sizes.Level1;

    /// <summary>L2 cache of one core, in bytes.</summary>
    public static int Level2 => Sizes.Level2;

    private static (int Level1, int Level2) Read()
    {
        int level1 = 0, level2 = 0;
        try
        {
            const string root = "/sys/devices/system/cpu/cpu0/cache";
            if (Directory.Exists(root))
            {
                foreach (string index in Directory.EnumerateDirectories(root, "index*"))
                {
                    string level = File.ReadAllText(Path.Combine(index, "level")).Trim();
                    string type = File.ReadAllText(Path.Combine(index, "type")).Trim();
                    int size = ParseSize(File.ReadAllText(Path.Combine(index, "size")).Trim());
                    if (level == "1" && type == "Data")
                        level1 = size;
                    else if (level == "2" && type is "Unified" or "Data")
                        level2 = size;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable sysfs: use the fallbacks below.
        }

        return (level1 > 0 ? level1 : FallbackLevel1, level2 > 0 ? level2 : FallbackLevel2);
    }

    // sysfs writes sizes as "32K", "1024K" or "32M"; anything else counts as unknown (0).
    private static int ParseSize(string text)
    {
        int multiplier = 1;
        if (text.EndsWith('K'))
            multiplier = 1024;
        else if (text.EndsWith('M'))
            multiplier = 1024 * 1024;
        string digits = multiplier == 1 ? text : text[..^1];
        return int.TryParse(digits, out int value) && value > 0 && value <= int.MaxValue / multiplier ? value * multiplier : 0;
    }
}
