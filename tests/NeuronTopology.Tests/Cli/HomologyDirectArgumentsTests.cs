using NeuronTopology.Cli;
using NeuronTopology.Cli.Commands;
using Spectre.Console.Cli;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// The direct reading of <c>ntopo homology</c> command lines binds the same settings as Spectre.Console.Cli, and
/// leaves every line it does not fully understand to Spectre.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HomologyDirectArgumentsTests
{
    public static TheoryData<string[]> ValidCommandLines => new()
    {
        new[] { "homology", "cloud.csv" },
        new[] { "homology" },
        new[] { "homology", "-", "--format", "point-cloud" },
        new[] { "homology", "cloud.csv", "--format", "point-cloud", "--dim", "2", "--threshold", "1.8", "--threads", "1" },
        new[] { "homology", "--format=lower-distance", "--dim=1", "--threshold=inf", "cloud.txt" },
        new[] { "homology", "cloud.npy", "--modulus", "3", "--memory-limit", "512", "--ratio", "2.5" },
        new[] { "homology", "cloud.csv", "--format", "point-cloud", "--json", "--betti-at-relative", "0.25" },
        new[] { "homology", "--json", "cloud.csv", "--betti-at", "0.5", "--threshold", "1" },
    };

    public static TheoryData<string[]> CommandLinesLeftToSpectre => new()
    {
        new[] { "run", "figure8-gd-0.0025" },
        new[] { "homology", "--help" },
        new[] { "homology", "-h" },
        new[] { "homology", "a.csv", "b.csv" },
        new[] { "homology", "a.csv", "--dim" },
        new[] { "homology", "a.csv", "--dim", "--json" },
        new[] { "homology", "a.csv", "--dim=" },
        new[] { "homology", "a.csv", "--dim", "1", "--dim", "2" },
        new[] { "homology", "a.csv", "--dimension", "2" },
        new[] { "homology", "a.csv", "--json=true" },
        new[] { "homology", "a.csv", "--dim", "x" },
        new[] { "homology", "a.csv", "--threshold", "-1" },
        new[] { "homology", "a.csv", "--modulus", "4" },
        new[] { "homology", "a.csv", "--betti-at", "0.5", "--betti-at-relative", "0.25" },
        new[] { "homology", "a.csv", "--", "b.csv" },
        new[] { "Homology", "a.csv" },
    };

    [Theory]
    [MemberData(nameof(ValidCommandLines))]
    public void TryRead_ValidLine_MatchesSpectre(string[] args)
    {
        HomologySettings? direct = HomologyDirectArguments.TryRead(args);
        HomologySettings parsed = ParseWithSpectre(args);

        Assert.NotNull(direct);
        Assert.Equal(parsed.File, direct.File);
        Assert.Equal(parsed.Format, direct.Format);
        Assert.Equal(parsed.DimensionText, direct.DimensionText);
        Assert.Equal(parsed.ThresholdText, direct.ThresholdText);
        Assert.Equal(parsed.ModulusText, direct.ModulusText);
        Assert.Equal(parsed.ThreadsText, direct.ThreadsText);
        Assert.Equal(parsed.MemoryLimitText, direct.MemoryLimitText);
        Assert.Equal(parsed.RatioText, direct.RatioText);
        Assert.Equal(parsed.Json, direct.Json);
        Assert.Equal(parsed.BettiAtText, direct.BettiAtText);
        Assert.Equal(parsed.BettiAtRelativeText, direct.BettiAtRelativeText);
    }

    [Theory]
    [MemberData(nameof(CommandLinesLeftToSpectre))]
    public void TryRead_OtherLine_ReturnsNull(string[] args)
    {
        Assert.Null(HomologyDirectArguments.TryRead(args));
    }

    [Fact]
    public void Main_InvalidValue_ReportsSpectrePathError()
    {
        CliRunner.Result result = CliRunner.Run("homology", "a.csv", "--dim", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("invalid value 'x' for --dim", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Parses <paramref name="args"/> as Program.Main's Spectre path does and returns the bound settings.</summary>
    private static HomologySettings ParseWithSpectre(string[] args)
    {
        HomologySettings? captured = null;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<CaptureCommand>("homology").WithData((Action<HomologySettings>)(settings => captured = settings));
        });
        Assert.Equal(0, app.Run(NegativeValueArgument.Attach(DashArgument.Protect(args))));
        Assert.NotNull(captured);
        // Program.Main turns "-" into a placeholder for Spectre, and the command treats both alike.
        if (DashArgument.IsDash(captured.File))
            captured.File = "-";
        return captured;
    }

    private sealed class CaptureCommand : Command<HomologySettings>
    {
        public override int Execute(CommandContext context, HomologySettings settings, CancellationToken cancellationToken)
        {
            ((Action<HomologySettings>)context.Data!)(settings);
            return 0;
        }
    }
}
