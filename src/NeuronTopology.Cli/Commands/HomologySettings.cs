using System.ComponentModel;
using NeuronTopology.Homology;
using NeuronTopology.IO;
using static NeuronTopology.Cli.Commands.OptionValues;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>Arguments of <c>ntopo homology</c>; names and defaults follow Ripser 1.2.1 so that scripts can swap the two.</summary>
/// <remarks>
/// Numeric options are bound as text and parsed here, because Spectre.Console.Cli 0.57.2 reports a failed
/// conversion as "Failed to convert 'x' to Int32." without the option's name. The typed properties read the
/// text; <see cref="Validate"/> rejects every value they could not read.
/// </remarks>
public sealed class HomologySettings : CommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("Input file. Without it, or with '-', the input is read from standard input.")]
    public string? File { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("Input format: distance (full matrix, the default as in Ripser), lower-distance, upper-distance, point-cloud, sparse (lines 'i j d') or npy (2-D float32/float64 array of points). A FILE ending in .npy defaults to npy. Text input may separate values by spaces, tabs, commas or semicolons; blank lines and lines starting with '#' are skipped.")]
    public string? Format { get; set; }

    [CommandOption("--dim <K>")]
    [DimensionDescription]
    public string? DimensionText { get; set; }

    [CommandOption("--threshold <T>")]
    [Description("Largest edge length (diameter) in the filtration, in the units of the input; inf includes every edge. Default: the enclosing radius, the min over points of the max distance to another point; above it the complex is a cone.")]
    public string? ThresholdText { get; set; }

    [CommandOption("--modulus <P>")]
    [Description("Prime p of the coefficient field Z/p. Default: 2.")]
    public string? ModulusText { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads; 0 uses every core. Default: 0.")]
    public string? ThreadsText { get; set; }

    [CommandOption("--memory-limit <MIB>")]
    [Description("Reject a computation whose estimated memory exceeds this many MiB, before it starts. Default: the memory available to the process.")]
    public string? MemoryLimitText { get; set; }

    [CommandOption("--ratio <R>")]
    [Description("Print only intervals of dimension 1 and above with death/birth > R, as Ripser's --ratio. Default: 1, which leaves out zero-length intervals.")]
    public string? RatioText { get; set; }

    [CommandOption("--json")]
    [Description("Write a JSON document (input, threshold, modulus, dimension, intervals, Betti numbers) instead of Ripser's text layout.")]
    public bool Json { get; set; }

    [CommandOption("--betti-at <S>")]
    [Description("Also print the Betti numbers b_0..b_K at scale S: the number of intervals with birth <= S < death. S must not exceed --threshold.")]
    public string? BettiAtText { get; set; }

    [CommandOption("--betti-at-relative <R>")]
    [Description("Also print the Betti numbers at R times the diameter (the largest distance of the input). R = 0.25 is the scale of Yang et al., arXiv 2510.02670, which --json uses when no scale is given.")]
    public string? BettiAtRelativeText { get; set; }

    private static readonly int DefaultDimension = new RipsOptions().MaxDimension;

    /// <summary>The input format: --format when given, npy for a FILE ending in .npy, otherwise distance.</summary>
    public RipsInputFormat InputFormat
    {
        get
        {
            if (Format is not null)
                return RipsInputFormatNames.TryParse(Format, out var format) ? format : throw new InvalidOperationException($"The format '{Format}' is unknown; call Validate first.");
            if (File is not null && File.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
                return RipsInputFormat.Npy;
            return RipsInputFormat.Distance;
        }
    }

    /// <summary>True when the input comes from standard input.</summary>
    public bool ReadsStandardInput => File is null || DashArgument.IsDash(File);

    /// <summary>--dim, default 1.</summary>
    public int Dimension => Integer(DimensionText) ?? DefaultDimension;

    /// <summary>--threshold, or null for the enclosing radius; "inf" includes every edge, as in Ripser.</summary>
    public double? Threshold => ThresholdText is not null && IsInfinity(ThresholdText) ? double.PositiveInfinity : Real(ThresholdText);

    /// <summary>--modulus, default 2.</summary>
    public int Modulus => Integer(ModulusText) ?? 2;

    /// <summary>--threads, default 0 (every core).</summary>
    public int Threads => Integer(ThreadsText) ?? 0;

    /// <summary>--memory-limit converted to bytes, or null for the memory available to the process.</summary>
    public long? MemoryLimitBytes => Integer(MemoryLimitText) is { } mebibytes ? mebibytes * 1024L * 1024L : null;

    /// <summary>--ratio, default 1.</summary>
    public double Ratio => Real(RatioText) ?? 1;

    /// <summary>--betti-at, or null.</summary>
    public double? BettiAt => Real(BettiAtText);

    /// <summary>--betti-at-relative, or null.</summary>
    public double? BettiAtRelative => Real(BettiAtRelativeText);

    public override ValidationResult Validate()
    {
        string? error = ValidateValues() ?? ValidateCombinations();
        return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
    }

    private string? ValidateValues()
    {
        if (Format is not null && !RipsInputFormatNames.TryParse(Format, out _))
            return $"invalid value '{Format}' for --format; expected one of {string.Join(", ", RipsInputFormatNames.All)}.";
        return CheckInteger("--dim", DimensionText, minimum: 0, $"a homology dimension from 0 to {RipsOptions.MaxSupportedDimension}")
            ?? (Dimension <= RipsOptions.MaxSupportedDimension ? null : $"invalid value '{DimensionText}' for --dim; expected a homology dimension from 0 to {RipsOptions.MaxSupportedDimension}.")
            ?? CheckThreshold()
            ?? CheckInteger("--modulus", ModulusText, minimum: 2, "a prime such as 2, 3, 5 or 7")
            ?? (IsPrime(Modulus) ? null : $"invalid value '{ModulusText}' for --modulus; expected a prime such as 2, 3, 5 or 7.")
            ?? CheckInteger("--threads", ThreadsText, minimum: 0, "a thread count, 0 for every core")
            ?? CheckInteger("--memory-limit", MemoryLimitText, minimum: 1, "a memory size in MiB, 1 or more")
            ?? CheckReal("--ratio", RatioText, minimum: 1, "a death/birth ratio of 1 or more")
            ?? CheckReal("--betti-at", BettiAtText, minimum: 0, "a finite scale of 0 or more")
            ?? CheckReal("--betti-at-relative", BettiAtRelativeText, minimum: 0, "a finite fraction of the diameter, 0 or more");
    }

    private string? ValidateCombinations()
    {
        if (BettiAt is not null && BettiAtRelative is not null)
            return "--betti-at and --betti-at-relative cannot be combined; give one scale.";
        if (BettiAt is { } scale && Threshold is { } threshold && scale > threshold)
            return $"--betti-at {BettiAtText} is above --threshold {ThresholdText}; classes alive at the threshold may die before that scale, so raise --threshold to at least {BettiAtText}.";
        return null;
    }

    private string? CheckThreshold()
    {
        if (ThresholdText is null || IsInfinity(ThresholdText))
            return null;
        return CheckReal("--threshold", ThresholdText, minimum: 0, "an edge length of 0 or more, or inf for every edge");
    }

    private static bool IsPrime(int value)
    {
        if (value < 2)
            return false;
        for (int divisor = 2; (long)divisor * divisor <= value; divisor++)
        {
            if (value % divisor == 0)
                return false;
        }
        return true;
    }

    // The help text of --dim follows RipsOptions, the engine's limit and default. An attribute argument must be a
    // constant, so the text comes from an override.
    private sealed class DimensionDescriptionAttribute : DescriptionAttribute
    {
        public override string Description =>
            $"Highest homology dimension to compute, 0 to {RipsOptions.MaxSupportedDimension}; intervals are printed for dimensions 0..K (at most n - 2 for n points, as Ripser). Default: {DefaultDimension}.";
    }
}
