#!/usr/bin/python3
"""Writes reference training runs recorded with PyTorch 1.13 (Debian's python3-torch), float64 unless "dtype" says float32.

Each case uses the format of the bundled training fixtures (model, loss, optimizer, learning_rate, inputs, targets,
batches, initial_params, initial_loss, initial_gradient, initial Hessian extremes, trajectory) plus
"optimizer_options": the keyword arguments passed to the torch.optim constructor besides lr.

Run from the repository root:  /usr/bin/python3 tests/tools/make_training_fixtures.py
"""
import json
import os
import sys

import torch

OUTPUT = os.path.join(os.path.dirname(__file__), "..", "NeuronTopology.Tests", "Fixtures", "training-torch")
RECORDED_STEPS = [1, 2, 5, 20]

ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "gelu": torch.nn.functional.gelu,
    "identity": lambda h: h,
}

OPTIMIZERS = {
    "sgd": torch.optim.SGD,
    "adam": torch.optim.Adam,
    "adamw": torch.optim.AdamW,
    "rmsprop": torch.optim.RMSprop,
    "adagrad": torch.optim.Adagrad,
}


def shapes(sizes, bias):
    result = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        result.append((fan_out, fan_in))
        if bias:
            result.append((fan_out,))
    return result


def forward(params, x, sizes, activation, bias):
    h = x
    per_layer = 2 if bias else 1
    layers = len(sizes) - 1
    for layer in range(layers):
        weight = params[layer * per_layer]
        h = h @ weight.T
        if bias:
            h = h + params[layer * per_layer + 1]
        if layer < layers - 1:
            h = ACTIVATIONS[activation](h)
    return h


def loss_of(output, targets, loss):
    if loss == "mse":
        return torch.nn.functional.mse_loss(output, targets)
    return torch.nn.functional.cross_entropy(output, targets)


def hessian_extremes(params, x, y, case):
    flat = torch.cat([p.detach().reshape(-1) for p in params])
    tensor_shapes = [p.shape for p in params]

    def flat_loss(vector):
        pieces, offset = [], 0
        for shape in tensor_shapes:
            count = 1
            for s in shape:
                count *= s
            pieces.append(vector[offset:offset + count].reshape(shape))
            offset += count
        return loss_of(forward(pieces, x, case["sizes"], case["activation"], case["bias"]), y, case["loss"])

    hessian = torch.autograd.functional.hessian(flat_loss, flat)
    eigenvalues = torch.linalg.eigvalsh(hessian)
    return eigenvalues[-1].item(), eigenvalues[0].item()


def run(case):
    dtype = torch.float32 if case.get("dtype") == "float32" else torch.float64
    generator = torch.Generator().manual_seed(case["seed"])
    sizes, bias = case["sizes"], case["bias"]
    rows = case["rows"]
    x = (torch.randn(rows, sizes[0], generator=generator, dtype=torch.float64) * case.get("input_scale", 1.0)).to(dtype)
    if case["loss"] == "mse":
        y = torch.randn(rows, sizes[-1], generator=generator, dtype=torch.float64).to(dtype)
        targets_json = y.tolist()
    else:
        y = torch.randint(0, sizes[-1], (rows,), generator=generator)
        targets_json = y.tolist()
    params = [(torch.randn(*shape, generator=generator, dtype=torch.float64) * 0.7).to(dtype).requires_grad_() for shape in shapes(sizes, bias)]
    initial = [p.detach().clone().tolist() for p in params]

    loss = loss_of(forward(params, x, sizes, case["activation"], bias), y, case["loss"])
    gradient = torch.autograd.grad(loss, params)
    top, bottom = hessian_extremes([p.double() for p in params], x.double(), y if case["loss"] == "ce" else y.double(), case)

    optimizer = OPTIMIZERS[case["optimizer"]](params, lr=case["lr"], **case["options"])
    batches = case.get("batches")
    trajectory = []
    for step in range(1, max(RECORDED_STEPS) + 1):
        index = torch.tensor(batches[(step - 1) % len(batches)]) if batches else torch.arange(rows)
        optimizer.zero_grad()
        batch_loss = loss_of(forward(params, x[index], sizes, case["activation"], bias), y[index], case["loss"])
        batch_loss.backward()
        optimizer.step()
        if step in RECORDED_STEPS:
            trajectory.append({
                "step": step,
                "batch_loss_before_step": batch_loss.item(),
                "params": [p.detach().tolist() for p in params],
            })

    options = dict(case["options"])
    if "betas" in options:
        options["betas"] = list(options["betas"])
    return {
        "dtype": "float32" if dtype == torch.float32 else "float64",
        "model": {"layer_sizes": sizes, "activation": case["activation"], "bias": bias},
        "loss": case["loss"],
        "optimizer": case["optimizer"],
        "optimizer_options": options,
        "learning_rate": case["lr"],
        "inputs": x.tolist(),
        "targets": targets_json,
        "batches": batches if batches else "full batch every step",
        "initial_params": initial,
        "initial_loss": loss.item(),
        "initial_gradient": [g.tolist() for g in gradient],
        "initial_hessian_top_eigenvalue": top,
        "initial_hessian_bottom_eigenvalue": bottom,
        "trajectory": trajectory,
    }


CASES = {
    "gelu_adagrad_decay": dict(seed=1, sizes=[2, 7, 3], activation="gelu", bias=True, loss="mse", rows=16,
                               optimizer="adagrad", lr=0.05, options=dict(lr_decay=0.01, initial_accumulator_value=0.1)),
    "identity_sgd_wd_ce": dict(seed=2, sizes=[4, 6, 3], activation="identity", bias=False, loss="ce", rows=20,
                               optimizer="sgd", lr=0.3, options=dict(weight_decay=1e-3)),
    "relu_amsgrad_minibatch": dict(seed=3, sizes=[3, 8, 5, 2], activation="relu", bias=True, loss="mse", rows=18,
                                   optimizer="adam", lr=0.01, options=dict(weight_decay=0.01, amsgrad=True),
                                   batches=[[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17]]),
    "tanh_rmsprop_centered_momentum": dict(seed=4, sizes=[2, 6, 1], activation="tanh", bias=True, loss="mse", rows=14,
                                           optimizer="rmsprop", lr=0.01, options=dict(centered=True, momentum=0.5, weight_decay=1e-3)),
    "sigmoid_dampened_momentum_ce": dict(seed=5, sizes=[5, 8, 4], activation="sigmoid", bias=True, loss="ce", rows=24,
                                         optimizer="sgd", lr=0.1, options=dict(momentum=0.9, dampening=0.2, weight_decay=1e-3)),
    "float32_sigmoid_adam": dict(seed=7, sizes=[4, 16, 3], activation="sigmoid", bias=True, loss="ce", rows=32, dtype="float32",
                                 optimizer="adam", lr=0.01, options=dict()),
    "float32_tanh_momentum_mse": dict(seed=8, sizes=[2, 12, 2], activation="tanh", bias=False, loss="mse", rows=20, dtype="float32",
                                      optimizer="sgd", lr=0.05, options=dict(momentum=0.9)),
    "gelu_adamw_large_logits": dict(seed=6, sizes=[3, 6, 4], activation="gelu", bias=True, loss="ce", rows=12, input_scale=30.0,
                                    optimizer="adamw", lr=0.01, options=dict(betas=(0.8, 0.99), eps=1e-6, weight_decay=0.05)),
}


def main():
    os.makedirs(OUTPUT, exist_ok=True)
    for name, case in CASES.items():
        path = os.path.join(OUTPUT, name + ".json")
        temporary = path + ".tmp"
        with open(temporary, "w") as stream:
            json.dump(run(case), stream)
        os.replace(temporary, path)
    with open(os.path.join(OUTPUT, "cases.json"), "w") as stream:
        json.dump(list(CASES), stream, indent=1)
    print(f"wrote {len(CASES)} cases with torch {torch.__version__} to {os.path.normpath(OUTPUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
