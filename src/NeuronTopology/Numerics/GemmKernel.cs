namespace NeuronTopology.Numerics;

/// <summary>The micro-kernel family a GEMM runs on; all return bit-identical results.</summary>
internal enum GemmKernel
{
    /// <summary>The fastest kernel the processor supports.</summary>
    Auto,

    /// <summary><see cref="MicroKernel512{T}"/>; needs AVX-512F.</summary>
    Avx512,

    /// <summary><see cref="MicroKernel256{T}"/>; needs AVX2 and FMA.</summary>
    Avx2,

    /// <summary><see cref="MicroKernelVector{T}"/>; runs everywhere, fast where <c>Vector&lt;T&gt;</c> is accelerated.</summary>
    Vector,

    /// <summary><see cref="MicroKernelScalar{T}"/>; runs everywhere.</summary>
    Scalar,
}
