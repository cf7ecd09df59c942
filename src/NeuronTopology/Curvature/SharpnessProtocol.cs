namespace NeuronTopology.Curvature;

/// <summary>How <see cref="Sharpness"/> measures the top Hessian eigenvalue.</summary>
public enum SharpnessProtocol
{
    /// <summary>Run <see cref="SharpnessOptions.Method"/> to the residual tolerance on a fixed operator (full data or a fixed subset).</summary>
    Accurate,

    /// <summary>
    /// The protocol of Yang, Poggio, Chuang and Ziyin (arXiv 2510.02670): 20 power-iteration steps with no
    /// convergence test, each product on a new test mini-batch, so pass a <see cref="MiniBatchHessianOperator"/>.
    /// When those steps end on a negative eigenvalue, 20 more on the shifted operator give the most positive one.
    /// The estimate is biased by mini-batch noise and an unconverged iterate; use it to reproduce that paper's curves.
    /// </summary>
    Paper,
}
