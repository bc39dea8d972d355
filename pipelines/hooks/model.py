"""The proxy language model shared by the hooks: a small byte-level decoder written from Linears.

Why hand-written instead of ``nn.TransformerEncoder``: every weight matrix is a plain
``nn.Linear``, so ``torch.ao.quantization.quantize_dynamic`` and the weight-only int8 conversion
below reach all of them (on ``nn.TransformerEncoder`` dynamic quantization fails unless the
multi-head-attention fast path is switched off globally), and the same checkpoint loads on any
device. Attention uses ``scaled_dot_product_attention``, which picks a fused kernel on a GPU.

Quality is measured in bits per byte on held-out text: independent of the tokenizer, so a proxy
model's figure can be compared with any other model's on the same bytes.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from pipelines.hooks.corpus import DOC_SEPARATOR, VOCAB_SIZE

_log = logging.getLogger("corpus_prep.hooks")


@dataclass(frozen=True)
class ModelConfig:
    context: int = 256
    d_model: int = 192
    n_layers: int = 4
    n_heads: int = 4
    mlp_ratio: int = 4
    vocab_size: int = VOCAB_SIZE


class Block(nn.Module):
    """Pre-norm decoder block: causal self-attention then an MLP, both residual."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.n_heads = cfg.n_heads
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.fc = nn.Linear(cfg.d_model, cfg.mlp_ratio * cfg.d_model)
        self.out = nn.Linear(cfg.mlp_ratio * cfg.d_model, cfg.d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(width, dim=2)
        heads = [t.view(batch, length, self.n_heads, -1).transpose(1, 2) for t in (q, k, v)]
        attn = F.scaled_dot_product_attention(*heads, is_causal=True)
        x = x + self.proj(attn.transpose(1, 2).reshape(batch, length, width))
        return x + self.out(F.gelu(self.fc(self.ln2(x))))


class ProxyLM(nn.Module):
    """Token + position embeddings, ``n_layers`` blocks, a final norm and an untied output head."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        if cfg.d_model % cfg.n_heads:
            raise ValueError(f"d_model {cfg.d_model} is not divisible by n_heads {cfg.n_heads}")
        self.cfg = cfg
        self.tok = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.pos = nn.Embedding(cfg.context, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.ln_f = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, cfg.vocab_size, bias=False)
        for module in self.modules():
            if isinstance(module, nn.Linear | nn.Embedding):
                nn.init.normal_(module.weight, std=0.02)
            if isinstance(module, nn.Linear) and module.bias is not None:
                nn.init.zeros_(module.bias)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(tokens.shape[1], device=tokens.device)
        x = self.tok(tokens) + self.pos(positions)
        for block in self.blocks:
            x = block(x)
        return self.head(self.ln_f(x))


def n_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def pick_device(name: str) -> torch.device:
    """``auto`` → CUDA when present, else CPU; ``cuda`` without a GPU is a clear error."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ValueError("device cuda: torch sees no GPU here; use device auto or cpu")
    return torch.device(name)


def windows(stream: np.ndarray, context: int) -> torch.Tensor:
    """Non-overlapping (context + 1)-token windows covering the stream (tail shorter dropped)."""
    count = max(0, (len(stream) - 1) // context)
    idx = np.arange(count)[:, None] * context + np.arange(context + 1)[None, :]
    return torch.from_numpy(stream[idx]) if count else torch.zeros(0, context + 1, dtype=torch.long)


@torch.inference_mode()
def evaluate(
    model: nn.Module, stream: np.ndarray, context: int, batch_size: int, device: torch.device
) -> dict[str, float]:
    """Bits per byte over the stream's byte targets (separators are not bytes), and speed."""
    model.eval()
    data = windows(stream, context)
    if not len(data):
        raise ValueError("held-out split is empty or shorter than one context window")
    total_nats, total_bytes, started = 0.0, 0, time.perf_counter()
    for start in range(0, len(data), batch_size):
        batch = data[start : start + batch_size].to(device)
        logits = model(batch[:, :-1]).float()
        targets = batch[:, 1:]
        losses = F.cross_entropy(logits.transpose(1, 2), targets, reduction="none")
        is_byte = targets != DOC_SEPARATOR
        total_nats += float(losses[is_byte].sum())
        total_bytes += int(is_byte.sum())
    seconds = time.perf_counter() - started
    return {
        "bpb": total_nats / math.log(2) / total_bytes,
        "bytes": total_bytes,
        "tokens_per_s": data[:, 1:].numel() / seconds,
    }


@dataclass
class TrainSettings:
    max_tokens: int
    max_seconds: float
    batch_size: int = 8
    lr: float = 1e-3
    weight_decay: float = 0.1
    eval_every: int = 50
    seed: int = 0


LossFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
"""(batch of ``context + 1`` tokens, the model's logits on ``batch[:, :-1]``) → scalar loss."""


def next_byte_loss(batch: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """The usual language-model loss: cross-entropy of each next byte."""
    return F.cross_entropy(logits.float().transpose(1, 2), batch[:, 1:])


def _lr_at(step: int, total: int, peak: float) -> float:
    """Linear warm-up over 5% of the steps, cosine decay to 10% of the peak."""
    warmup = max(1, total // 20)
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return peak * (0.1 + 0.45 * (1 + math.cos(math.pi * min(1.0, progress))))


def train(
    model: ProxyLM,
    train_stream: np.ndarray,
    heldout_stream: np.ndarray,
    settings: TrainSettings,
    device: torch.device,
    loss_fn: LossFn = next_byte_loss,
) -> dict[str, Any]:
    """Train on random windows of ``train_stream`` until the token or the time budget runs out.

    Windows are drawn with a generator seeded from ``settings.seed``, so on CPU two runs with the
    same budget produce the same losses bit for bit (unless the time budget cuts one short).
    ``loss_fn`` is what is minimised (``distill`` adds its teacher's term); batches, schedule and
    evaluation do not depend on it, so two losses are compared on exactly the same windows.
    """
    context = model.cfg.context
    if len(train_stream) <= context + 1:
        raise ValueError(f"training split has {len(train_stream)} tokens, fewer than one window")
    tokens_per_step = settings.batch_size * context
    steps = max(1, settings.max_tokens // tokens_per_step)
    generator = torch.Generator().manual_seed(settings.seed)
    data = torch.from_numpy(train_stream)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=settings.lr, weight_decay=settings.weight_decay, betas=(0.9, 0.95)
    )
    curve: list[dict[str, Any]] = []
    offsets = torch.arange(context + 1)

    def log_point(step: int, train_loss: float | None) -> None:
        held = evaluate(model, heldout_stream, context, settings.batch_size * 4, device)
        curve.append({"step": step, "train_loss": train_loss, "heldout_bpb": held["bpb"]})
        _log.info(
            "step %d/%d  train loss %s  held-out %.4f bpb",
            step,
            steps,
            "-" if train_loss is None else f"{train_loss:.4f}",
            held["bpb"],
        )
        model.train()

    log_point(0, None)
    started, stopped_by, running, count, step = time.perf_counter(), "tokens", 0.0, 0, 0
    while step < steps:
        if time.perf_counter() - started > settings.max_seconds:
            stopped_by = "time"
            break
        starts = torch.randint(
            0, len(data) - context - 1, (settings.batch_size,), generator=generator
        )
        batch = data[starts[:, None] + offsets].to(device)
        for group in optimizer.param_groups:
            group["lr"] = _lr_at(step, steps, settings.lr)
        loss = loss_fn(batch, model(batch[:, :-1]))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        running, count = running + loss.item(), count + 1
        if step % settings.eval_every == 0 or step == steps:
            log_point(step, running / count)
            running, count = 0.0, 0
    if count:
        log_point(step, running / count)
    return {
        "curve": curve,
        "steps": step,
        "planned_steps": steps,
        "tokens_seen": step * tokens_per_step,
        "stopped_by": stopped_by,
        "train_seconds": round(time.perf_counter() - started, 2),
    }


def save_checkpoint(path: Path, model: ProxyLM) -> None:
    """The weights and the architecture, loadable without any of the training code's options."""
    torch.save({"model_config": asdict(model.cfg), "state_dict": model.state_dict()}, path)


def load_checkpoint(path: Path) -> ProxyLM:
    blob = torch.load(path, map_location="cpu", weights_only=True)
    model = ProxyLM(ModelConfig(**blob["model_config"]))
    model.load_state_dict(blob["state_dict"])
    return model.eval()
