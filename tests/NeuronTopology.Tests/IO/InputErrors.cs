using Xunit;
using NeuronTopology.IO;

namespace NeuronTopology.Tests.IO;

/// <summary>Assertions on <see cref="InputFormatException"/>: the source, the line and the fragments of the message.</summary>
internal static class InputErrors
{
    public const string Source = "test input";

    public static InputFormatException Expect(Action read, int? line, params string[] fragments)
    {
        var exception = Assert.Throws<InputFormatException>(read);
        Assert.Equal(Source, exception.Source);
        Assert.Equal(line, exception.Line);
        foreach (string fragment in fragments)
            Assert.Contains(fragment, exception.Message);
        return exception;
    }

    public static TextReader Text(string content) => new StringReader(content);
}
