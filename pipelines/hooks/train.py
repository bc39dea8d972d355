"""``train_proxy_lm``: what is this output worth to a small model, in held-out bits per byte.

A few-million-parameter byte-level decoder is trained on ``OUT/data`` under a token budget and a
time budget, with a fixed seed, and evaluated on a held-out split chosen by a stable hash of the
document id. The figure is a cheap, comparable proxy: two runs of the pipeline (different filter
thresholds, different sources) can be ranked by it without training a real model.

Writes ``OUT/hooks/train_proxy_lm/``: ``model.pt`` (weights + architecture), ``config.json``
(everything needed to rebuild the split and the model: ``quantized_eval`` reads it),
``curve.svg`` (held-out bpb per step) and ``result.json``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from pipelines.hooks.base import HOOKS_DIR, Hook, HookOptions
from pipelines.hooks.corpus import Doc, encode, read_clean, split

_log = logging.getLogger("corpus_prep.hooks")

CHECKPOINT = "model.pt"
CONFIG = "config.json"
CURVE = "curve.svg"


def proxy_checkpoint(output: Path, path: str | None, user: str, option: str) -> Path:
    """The checkpoint a later hook (``user``) reads: ``path`` (its ``option``), or
    train_proxy_lm's in ``output``; a missing one is an error that says what to do."""
    checkpoint = Path(path) if path else output / HOOKS_DIR / "train_proxy_lm" / CHECKPOINT
    if not checkpoint.is_file():
        raise FileNotFoundError(
            f"no checkpoint at {checkpoint}: run the train_proxy_lm hook first "
            f"(list it before {user} in hooks:) or set {user}'s {option} option"
        )
    return checkpoint


class ProxyLMOptions(HookOptions):
    """Model size, budgets and split; shared by ``train_proxy_lm`` and ``ablation``."""

    max_tokens: int = Field(
        1_000_000, gt=0, description="training token budget (bytes seen, counting repeats)"
    )
    max_seconds: float = Field(
        600.0, gt=0, description="wall-clock budget for the training loop; stops early if hit"
    )
    context: int = Field(256, ge=8, le=4096, description="tokens (bytes) per training window")
    d_model: int = Field(192, ge=16, le=4096, description="width of the model")
    n_layers: int = Field(4, ge=1, le=48, description="decoder blocks")
    n_heads: int = Field(4, ge=1, le=64, description="attention heads; must divide d_model")
    batch_size: int = Field(8, ge=1, le=4096, description="windows per optimizer step")
    lr: float = Field(1e-3, gt=0, le=1.0, description="peak AdamW learning rate")
    eval_every: int = Field(50, ge=1, description="steps between held-out evaluations")
    heldout_fraction: float = Field(
        0.1, gt=0.0, lt=1.0, description="share of document ids (by stable hash) held out"
    )
    eval_bytes: int = Field(
        32_768, ge=1024, description="cap on held-out bytes scored per evaluation"
    )
    seed: int = Field(0, description="model init and batch sampling seed")
    device: Literal["auto", "cpu", "cuda"] = Field(
        "auto", description="auto = CUDA when available, else CPU"
    )
    threads: int = Field(
        0, ge=0, description="CPU threads for torch while the hook runs; 0 = torch's default"
    )

    @model_validator(mode="after")
    def _heads_divide_width(self) -> ProxyLMOptions:
        if self.d_model % self.n_heads:
            raise ValueError(f"n_heads {self.n_heads} must divide d_model {self.d_model}")
        return self


@contextmanager
def cpu_threads(count: int) -> Iterator[None]:
    """Use ``count`` torch CPU threads inside the block (0 = leave as is), then restore.

    Small models gain nothing from more threads, and on a loaded machine extra threads spin
    against other processes: measured here, a tiny model trained 16x slower on 2 threads than on 1.
    """
    import torch

    previous = torch.get_num_threads()
    if count:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def fit(
    train_docs: list[Doc],
    heldout_docs: list[Doc],
    options: ProxyLMOptions,
    loss_fn: Any = None,
) -> tuple[Any, dict[str, Any]]:
    """Build a fresh seeded model, train it on ``train_docs``, score it on ``heldout_docs``.

    ``loss_fn`` (a ``model.LossFn``) replaces the next-byte loss; ``distill`` passes its own.
    """
    import torch

    from pipelines.hooks.model import (
        ModelConfig,
        ProxyLM,
        TrainSettings,
        n_params,
        next_byte_loss,
        pick_device,
    )
    from pipelines.hooks.model import train as train_model

    device = pick_device(options.device)
    torch.manual_seed(options.seed)
    cfg = ModelConfig(
        context=options.context,
        d_model=options.d_model,
        n_layers=options.n_layers,
        n_heads=options.n_heads,
    )
    model = ProxyLM(cfg).to(device)
    settings = TrainSettings(
        max_tokens=options.max_tokens,
        max_seconds=options.max_seconds,
        batch_size=options.batch_size,
        lr=options.lr,
        eval_every=options.eval_every,
        seed=options.seed,
    )
    train_stream = encode(train_docs)
    heldout_stream = encode(heldout_docs, options.eval_bytes)
    _log.info(
        "proxy LM: %d params on %s; %d train docs (%d bytes), %d held-out docs",
        n_params(model),
        device,
        len(train_docs),
        len(train_stream),
        len(heldout_docs),
    )
    with cpu_threads(options.threads):
        outcome = train_model(
            model, train_stream, heldout_stream, settings, device, loss_fn or next_byte_loss
        )
    curve = outcome["curve"]
    summary = {
        "device": str(device),
        "params": n_params(model),
        "model_config": asdict(cfg),
        "train_docs": len(train_docs),
        "train_bytes": int(len(train_stream)),
        "heldout_docs": len(heldout_docs),
        "untrained_heldout_bpb": curve[0]["heldout_bpb"],
        "heldout_bpb": curve[-1]["heldout_bpb"],
        **outcome,
    }
    return model, summary


class TrainProxyLM(Hook):
    """Train the proxy model on the clean output and save it for ``quantized_eval``."""

    name = "train_proxy_lm"
    requires = ("torch",)
    Options = ProxyLMOptions

    def run(self, output: Path, options: ProxyLMOptions, workdir: Path) -> dict[str, Any]:
        from pipelines.hooks.model import save_checkpoint
        from pipelines.hooks.plot import curve_svg

        train_docs, heldout_docs = split(read_clean(output), options.heldout_fraction)
        if not heldout_docs:
            raise ValueError("no document fell in the held-out split; raise heldout_fraction")
        model, summary = fit(train_docs, heldout_docs, options)
        save_checkpoint(workdir / CHECKPOINT, model.cpu())
        (workdir / CONFIG).write_text(
            json.dumps(
                {"options": options.model_dump(), "model_config": summary["model_config"]}, indent=1
            ),
            encoding="utf-8",
        )
        points = [(p["step"], p["heldout_bpb"]) for p in summary["curve"]]
        (workdir / CURVE).write_text(curve_svg({"clean output": points}), encoding="utf-8")
        return {**summary, "checkpoint": str(workdir / CHECKPOINT), "plot": str(workdir / CURVE)}
