namespace NeuronTopology.Experiments;

/// <summary>Checks that the parts of a spec fit together: layer sizes against the data and the initial shape, loss against the targets.</summary>
internal static class ExperimentSpecValidator
{
    public static void CheckConsistency(ExperimentSpec spec, string source)
    {
        int[] layers = spec.Model.LayerSizes;
        (int input, int output)? expected = spec.Data.Kind switch
        {
            "teacher-1d" => (1, 1),
            "teacher-2d" => (2, 1),
            "mnist" or "fashion-mnist" => (784, 10),
            _ => null,
        };
        if (expected is (int inputWidth, int outputWidth) && (layers[0] != inputWidth || layers[^1] != outputWidth))
        {
            throw new ExperimentSpecException(source, "$.model.layerSizes",
                $"{spec.Data.Kind} data has {inputWidth} input(s) and {outputWidth} output(s); expected layer sizes [{inputWidth}, ..., {outputWidth}], found [{string.Join(", ", layers)}]");
        }

        if (spec.Loss == "cross-entropy" && spec.Data.Kind is "teacher-1d" or "teacher-2d")
            throw new ExperimentSpecException(source, "$.loss", $"cross-entropy needs class labels, but {spec.Data.Kind} data is a regression; expected mse");
        if (spec.Loss == "mse" && spec.Data.IsIdx)
            throw new ExperimentSpecException(source, "$.loss", $"{spec.Data.Kind} data has class labels; expected cross-entropy");

        CheckShape(spec, source);
    }

    private static void CheckShape(ExperimentSpec spec, string source)
    {
        int[] layers = spec.Model.LayerSizes;
        bool twoLayer = layers.Length == 3;
        string? requirement = spec.InitialShape.Kind switch
        {
            "figure-eight" or "two-circles" when !(twoLayer && layers[0] == 1 && layers[2] == 1 && !spec.Model.Bias)
                => "a bias-free [1, hidden, 1] network (2-D neurons)",
            "double-torus" when !(twoLayer && layers[0] == 2 && layers[2] == 1 && !spec.Model.Bias)
                => "a bias-free [2, hidden, 1] network (3-D neurons)",
            "sphere-794" when !(twoLayer && layers[0] + layers[2] == 794 && !spec.Model.Bias)
                => "a bias-free two-layer network whose neurons have 794 coordinates, e.g. [784, hidden, 10]",
            "from-file" when !twoLayer
                => "a two-layer network (one hidden layer)",
            _ => null,
        };
        if (requirement is not null)
            throw new ExperimentSpecException(source, "$.initialShape.kind", $"{spec.InitialShape.Kind} needs {requirement}; found layer sizes [{string.Join(", ", layers)}] with bias {spec.Model.Bias.ToString().ToLowerInvariant()}");
    }
}
