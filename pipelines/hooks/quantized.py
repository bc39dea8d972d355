"""``quantized_eval``: what int8 costs the proxy model, side by side with fp32.

Loads the ``train_proxy_lm`` checkpoint and compares, on the same held-out split (rebuilt from the
checkpoint's ``config.json``, so it is the split the model never saw):

- ``fp32``: the checkpoint as trained;
- ``int8_dynamic``: ``torch.ao.quantization.quantize_dynamic`` on every ``nn.Linear`` (int8
  weights, activations quantized on the fly per batch; the usual CPU serving path);
- ``int8_weight_only``: int8 weights with one fp32 scale per output row, dequantized at use
  (halves memory traffic rather than arithmetic; the usual path for memory-bound decoding and
  the one that also runs on a GPU).

For each: held-out bits per byte, the saved ``state_dict`` size (whole model, and the Linear
layers alone since only they are quantized), and scoring throughput in tokens/s. Everything runs
on CPU because dynamic quantization has no GPU kernels. A bpb increase above ``tolerance_bpb``
is flagged.
"""

from __future__ import annotations

import copy
import json
import warnings
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from pipelines.hooks.base import Hook, HookOptions
from pipelines.hooks.corpus import encode, read_clean, split
from pipelines.hooks.train import CONFIG, ProxyLMOptions, cpu_threads, proxy_checkpoint

Method = Literal["int8_dynamic", "int8_weight_only"]


class QuantizedEvalOptions(HookOptions):
    checkpoint: str | None = Field(
        None, description="model.pt to evaluate; default OUT/hooks/train_proxy_lm/model.pt"
    )
    methods: list[Method] = Field(
        default_factory=lambda: ["int8_dynamic", "int8_weight_only"],
        min_length=1,
        description="quantization schemes compared with fp32",
    )
    tolerance_bpb: float = Field(
        0.05, ge=0.0, description="flag a method whose held-out bpb exceeds fp32's by more"
    )
    batch_size: int = Field(32, ge=1, le=4096, description="windows per scoring batch")
    threads: int = Field(0, ge=0, description="CPU threads for scoring; 0 = torch's default")


def weight_only_int8(model: Any) -> Any:
    """A copy of ``model`` whose Linear layers keep int8 weights and per-row fp32 scales."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    class Int8WeightOnlyLinear(nn.Module):
        def __init__(self, linear: nn.Linear):
            super().__init__()
            weight = linear.weight.detach()
            scale = weight.abs().amax(dim=1).clamp(min=1e-12) / 127.0
            self.register_buffer("weight_int8", torch.round(weight / scale[:, None]).to(torch.int8))
            self.register_buffer("scale", scale)
            bias = None if linear.bias is None else linear.bias.detach().clone()
            self.register_buffer("bias", bias)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            weight = self.weight_int8.to(x.dtype) * self.scale[:, None].to(x.dtype)
            return F.linear(x, weight, self.bias)

    def replace(module: nn.Module) -> None:
        for name, child in module.named_children():
            if isinstance(child, nn.Linear):
                setattr(module, name, Int8WeightOnlyLinear(child))
            else:
                replace(child)

    quantized = copy.deepcopy(model)
    replace(quantized)
    return quantized.eval()


def quantize(model: Any, method: Method) -> Any:
    import torch
    from torch.ao.quantization import quantize_dynamic

    if method == "int8_weight_only":
        return weight_only_int8(model)
    # torch 2.13 warns that quantized tensor types are deprecated (pytorch#184982); the API
    # still works and is what this hook measures, so the warning is not repeated per layer.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*", category=UserWarning)
        return quantize_dynamic(copy.deepcopy(model), {torch.nn.Linear}, dtype=torch.qint8)


def saved_sizes(model: Any, linear_names: list[str], path: Path) -> dict[str, int]:
    """Bytes of the saved state_dict, whole and restricted to the (quantizable) Linear layers."""
    import torch

    state = model.state_dict()
    torch.save(state, path)
    linear_path = path.with_name(path.stem + ".linear.pt")
    prefixes = tuple(f"{name}." for name in linear_names)
    torch.save({k: v for k, v in state.items() if k.startswith(prefixes)}, linear_path)
    sizes = {"file_bytes": path.stat().st_size, "linear_bytes": linear_path.stat().st_size}
    linear_path.unlink()
    return sizes


def measure(
    model: Any, stream: Any, batch_size: int, threads: int, path: Path, linear_names: list[str]
) -> dict[str, Any]:
    """One row of a size-vs-quality table: held-out bpb, scoring speed and size of ``model``.

    Scored on CPU (dynamic quantization has no GPU kernels, and one device keeps rows comparable)
    after a two-window warm-up; the state_dict is saved at ``path`` to be measured, and kept.
    ``tokens_per_cpu_s`` divides by the process's CPU time instead of wall time, so it is not
    inflated by other jobs on a shared machine.
    """
    import time

    import torch

    from pipelines.hooks.model import evaluate

    context = model.cfg.context
    device = torch.device("cpu")
    with cpu_threads(threads):
        evaluate(model, stream[: 2 * context + 1], context, batch_size, device)
        cpu_started = time.process_time()
        scores = evaluate(model, stream, context, batch_size, device)
        cpu_seconds = time.process_time() - cpu_started
    scored_tokens = len(stream) - 1 - (len(stream) - 1) % context
    return {
        "heldout_bpb": scores["bpb"],
        "heldout_bytes": int(scores["bytes"]),
        "tokens_per_s": round(scores["tokens_per_s"], 1),
        "tokens_per_cpu_s": round(scored_tokens / max(cpu_seconds, 1e-9), 1),
        **saved_sizes(model, linear_names, path),
    }


def training_options(checkpoint: Path) -> ProxyLMOptions:
    """The options the checkpoint was trained with (split fraction, eval size)."""
    config = checkpoint.with_name(CONFIG)
    if not config.is_file():
        return ProxyLMOptions()
    return ProxyLMOptions.model_validate(json.loads(config.read_text("utf-8"))["options"])


class QuantizedEval(Hook):
    name = "quantized_eval"
    requires = ("torch",)
    Options = QuantizedEvalOptions

    def run(self, output: Path, options: QuantizedEvalOptions, workdir: Path) -> dict[str, Any]:
        import torch

        from pipelines.hooks.model import load_checkpoint

        checkpoint = proxy_checkpoint(output, options.checkpoint, self.name, "checkpoint")
        trained = training_options(checkpoint)
        _, heldout = split(read_clean(output), trained.heldout_fraction)
        stream = encode(heldout, trained.eval_bytes)
        fp32 = load_checkpoint(checkpoint)
        linear_names = [n for n, m in fp32.named_modules() if isinstance(m, torch.nn.Linear)]
        models = {"fp32": fp32} | {m: quantize(fp32, m) for m in options.methods}
        rows: dict[str, dict[str, Any]] = {}
        for label, model in models.items():
            path = workdir / f"model_{label}.pt"
            rows[label] = measure(
                model, stream, options.batch_size, options.threads, path, linear_names
            )
            heldout_bytes = rows[label].pop("heldout_bytes")
            if label == "fp32":  # measured only: the checkpoint already holds these weights
                path.unlink()
        base = rows["fp32"]
        for label in options.methods:
            row = rows[label]
            row["bpb_delta"] = row["heldout_bpb"] - base["heldout_bpb"]
            row["degraded"] = row["bpb_delta"] > options.tolerance_bpb
            row["size_ratio"] = round(base["file_bytes"] / row["file_bytes"], 2)
            row["linear_size_ratio"] = round(base["linear_bytes"] / row["linear_bytes"], 2)
            row["speedup"] = round(row["tokens_per_s"] / base["tokens_per_s"], 2)
        return {
            "checkpoint": str(checkpoint),
            "device": "cpu",
            "threads": options.threads or torch.get_num_threads(),
            "heldout_bytes": heldout_bytes,
            "tolerance_bpb": options.tolerance_bpb,
            "degraded": [m for m in options.methods if rows[m]["degraded"]],
            "models": rows,
        }
