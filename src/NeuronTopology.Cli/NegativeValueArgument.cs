namespace NeuronTopology.Cli;

/// <summary>
/// Option values that start with a minus sign. Spectre.Console.Cli 0.57.2 reads "-inf", "-nan" and "-.5" after an
/// option as short options, so "--lr -inf" fails with "no value has been provided" before the command can name the
/// option and the value. <see cref="Attach"/> rewrites such a pair as "--lr=-inf", which the parser hands over as
/// the value, and validation then rejects it with a message of its own.
/// </summary>
public static class NegativeValueArgument
{
    /// <summary>
    /// Joins every long option without "=" to the next argument when that argument reads as a negative number: a
    /// minus sign, then a digit, a point, or inf, infinity or nan in any case. Other arguments are unchanged.
    /// </summary>
    public static string[] Attach(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && IsLongOptionName(args[i]) && IsNegativeNumber(args[i + 1]))
            {
                result.Add($"{args[i]}={args[i + 1]}");
                i++;
            }
            else
            {
                result.Add(args[i]);
            }
        }
        return result.ToArray();
    }

    /// <summary>True for text such as "-1", "-.5", "-1e-3", "-inf" or "-NaN".</summary>
    public static bool IsNegativeNumber(string value)
    {
        if (value.Length < 2 || value[0] != '-')
            return false;
        if (char.IsAsciiDigit(value[1]) || value[1] == '.')
            return true;
        string magnitude = value[1..];
        return magnitude.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || magnitude.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || magnitude.Equals("nan", StringComparison.OrdinalIgnoreCase);
    }

    // "--" alone ends the options, so it is not an option name.
    private static bool IsLongOptionName(string arg) => arg.Length > 2 && arg.StartsWith("--", StringComparison.Ordinal) && !arg.Contains('=');
}
