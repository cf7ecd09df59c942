namespace NeuronTopology.IO;

/// <summary>Plain names of NumPy type descriptors (array-interface type strings such as "i8" or "U10") for error messages.</summary>
internal static class NpyDataTypeNames
{
    /// <summary>Describes a type code without its byte-order character, for example "i8" as "64-bit signed integer".</summary>
    public static string Describe(string code)
    {
        if (code.Length == 0)
            return "empty type descriptor";

        string size = code[1..];
        string bits = int.TryParse(size, out int bytes) ? $"{8 * bytes}-bit " : "";
        return code[0] switch
        {
            'b' => "boolean",
            'i' => $"{bits}signed integer",
            'u' => $"{bits}unsigned integer",
            'f' => $"{bits}floating point",
            'c' => $"{bits}complex",
            'm' => "timedelta",
            'M' => "datetime",
            'O' => "Python object",
            'S' or 'a' => "byte string",
            'U' => "Unicode string",
            'V' => "raw data",
            _ => "unknown type",
        };
    }
}
