#!/usr/bin/python3
"""Time the PyTorch peer of ntopo's training-kernel benchmarks.

Measures, in float32 on the given number of threads:
  * GEMM at m = 1024, k = 784, n = 1024 for A·B, Aᵀ·B and A·Bᵀ (GFLOP/s);
  * one training step of the MNIST MLP (784 → 1024 → 10, bias-free, sigmoid,
    cross-entropy, batch 1024) with SGD and with Adam.
Each figure is the median of --repeats timed runs after --warmup untimed ones.

With --ntopo-report, it also reads the BenchmarkDotNet JSON report of
TrainingStepBenchmarks and GemmBenchmarks (run with --exporters json) and
prints ntopo's median time divided by PyTorch's.

PyTorch is a peer for comparison only; ntopo never depends on it.
Run it with Debian's interpreter: /usr/bin/python3 bench/training/torch_step.py
"""
import argparse
import glob
import json
import os
import statistics
import time

import torch
import torch.nn.functional as F

BATCH, INPUTS, HIDDEN, CLASSES = 1024, 784, 1024, 10
M, K, N = 1024, 784, 1024


def median_seconds(action, warmup, repeats):
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def gemm_times(warmup, repeats):
    generator = torch.Generator().manual_seed(1)
    shapes = {"AB": ((M, K), (K, N)), "AtB": ((K, M), (K, N)), "ABt": ((M, K), (N, K))}
    results = {}
    for product, (shape_a, shape_b) in shapes.items():
        a = torch.rand(shape_a, generator=generator) * 2 - 1
        b = torch.rand(shape_b, generator=generator) * 2 - 1
        left = a.t() if product == "AtB" else a
        right = b.t() if product == "ABt" else b
        out = torch.empty(M, N)
        results[product] = median_seconds(lambda: torch.mm(left, right, out=out), warmup, repeats)
    return results


def step_times(warmup, repeats):
    torch.manual_seed(7)
    inputs = torch.randn(BATCH, INPUTS)
    labels = torch.randint(0, CLASSES, (BATCH,))
    results = {}
    for name in ("sgd", "adam"):
        model = torch.nn.Sequential(
            torch.nn.Linear(INPUTS, HIDDEN, bias=False),
            torch.nn.Sigmoid(),
            torch.nn.Linear(HIDDEN, CLASSES, bias=False),
        )
        if name == "sgd":
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        else:
            optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

        def step():
            optimizer.zero_grad(set_to_none=False)
            loss = F.cross_entropy(model(inputs), labels)
            loss.backward()
            optimizer.step()

        results[name] = median_seconds(step, warmup, repeats)
    return results


def ntopo_medians(report_directory):
    """Return {(benchmark, parameters): median seconds} from BenchmarkDotNet's full JSON reports."""
    medians = {}
    for path in glob.glob(os.path.join(report_directory, "*-report-full*.json")):
        with open(path, encoding="utf-8") as report:
            for benchmark in json.load(report)["Benchmarks"]:
                statistics_ = benchmark.get("Statistics")
                if statistics_:
                    key = (benchmark["Type"], benchmark["Parameters"])
                    medians[key] = statistics_["Median"] * 1e-9
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="PyTorch intra-op threads (default: all processors)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed runs before timing (default 5)")
    parser.add_argument("--repeats", type=int, default=30, help="timed runs per figure (default 30)")
    parser.add_argument("--ntopo-report", metavar="DIR", help="BenchmarkDotNet results directory to compare against")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, float32")

    gemm = gemm_times(args.warmup, args.repeats)
    for product, seconds in gemm.items():
        print(f"gemm {product:3} {M}x{K}x{N}: {seconds * 1e3:8.2f} ms  {2 * M * N * K / seconds / 1e9:7.1f} GFLOP/s")
    steps = step_times(args.warmup, args.repeats)
    for name, seconds in steps.items():
        print(f"step {name:4}: {seconds * 1e3:8.2f} ms")

    if args.ntopo_report:
        medians = ntopo_medians(args.ntopo_report)
        if not medians:
            raise SystemExit(f"error: no *-report-full*.json in {args.ntopo_report}; run the benchmarks with --exporters json")
        print("ntopo / PyTorch (median time ratio; below 1 means ntopo is faster):")
        for (benchmark, parameters), seconds in sorted(medians.items()):
            fields = dict(item.split("=", 1) for item in parameters.split("&") if "=" in item)
            if benchmark == "TrainingStepBenchmarks" and fields.get("Optimizer") in steps:
                peer = steps[fields["Optimizer"]]
            elif benchmark == "GemmBenchmarks" and fields.get("Product") in gemm:
                peer = gemm[fields["Product"]]
            else:
                continue
            print(f"  {benchmark} {parameters}: ntopo {seconds * 1e3:.2f} ms, PyTorch {peer * 1e3:.2f} ms, ratio {seconds / peer:.2f}")


if __name__ == "__main__":
    main()
