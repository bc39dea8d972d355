"""``distill``: a smaller student trained to imitate the proxy model, and whether imitation helped.

The teacher is the ``train_proxy_lm`` checkpoint (or any ``model.pt`` of the same family). The
student is the same architecture made smaller (by default half the width, half the depth and half
the heads of the teacher: 4-8x fewer parameters). It is trained on the teacher's own training
split, with the teacher's held-out split for evaluation (both rebuilt from the checkpoint's
``config.json``, so no held-out document was seen by either model), minimising

    alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * next-byte cross-entropy

where ``_T`` is the softmax at temperature ``T`` (Hinton et al. 2015: the ``T^2`` keeps the soft
term's gradients on the scale of the hard term's as ``T`` changes). The teacher only runs forward,
in eval mode without gradients, optionally as int8.

To tell whether distillation helped, the same student (architecture, seed, batches, budget) is
also trained from scratch on the next-byte loss alone: that is ``train_proxy_lm``'s training, so
with ``alpha = 0`` the distilled student *is* the scratch student, bit for bit on CPU. The two are
compared at equal training tokens (``bpb_gain`` = scratch − distilled, positive = distillation
helped). Teacher and students, fp32 and int8 (``quantized_eval``'s schemes), are then scored on
CPU into one "size vs quality" table: parameters, bytes on disk, held-out bits per byte, scoring
tokens/s.

Writes ``OUT/hooks/distill/``: ``student.pt`` and ``config.json`` (``quantized_eval`` loads them
with ``checkpoint: OUT/hooks/distill/student.pt``), ``student_scratch.pt``, ``curve.svg`` (held-out
bpb per step of both students, the teacher as a flat line) and ``result.json``.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from pipelines.hooks.ablation import _at_equal_tokens, _summary
from pipelines.hooks.base import Hook, HookOptions
from pipelines.hooks.corpus import encode, read_clean, split
from pipelines.hooks.quantized import Method, measure, quantize, training_options
from pipelines.hooks.train import CONFIG, ProxyLMOptions, fit, proxy_checkpoint

_log = logging.getLogger("corpus_prep.hooks")

STUDENT = "student.pt"
SCRATCH = "student_scratch.pt"
CURVE = "curve.svg"


class DistillOptions(HookOptions):
    """Teacher, student size, loss and budgets (each student gets the whole budget)."""

    teacher: str | None = Field(
        None, description="teacher model.pt; default OUT/hooks/train_proxy_lm/model.pt"
    )
    teacher_weights: Literal["fp32", "int8_dynamic", "int8_weight_only"] = Field(
        "fp32",
        description="teacher as run during distillation; int8_dynamic trains on CPU",
    )
    context: int | None = Field(
        None, ge=8, le=4096, description="student window in bytes; null = the teacher's (at most)"
    )
    d_model: int | None = Field(
        None, ge=16, le=4096, description="student width; null = half the teacher's"
    )
    n_layers: int | None = Field(
        None, ge=1, le=48, description="student blocks; null = half the teacher's (at least 1)"
    )
    n_heads: int | None = Field(
        None, ge=1, le=64, description="student heads; null = half the teacher's (at least 1)"
    )
    alpha: float = Field(
        0.5, ge=0.0, le=1.0, description="weight of the KL term; 0 = training from scratch"
    )
    temperature: float = Field(
        2.0, gt=0.0, le=100.0, description="softmax temperature of teacher and student in the KL"
    )
    max_tokens: int = Field(
        1_000_000, gt=0, description="training token budget of each student (distilled, scratch)"
    )
    max_seconds: float = Field(
        600.0, gt=0, description="wall-clock budget of each student's training loop"
    )
    batch_size: int = Field(8, ge=1, le=4096, description="windows per optimizer step")
    lr: float = Field(1e-3, gt=0, le=1.0, description="peak AdamW learning rate")
    eval_every: int = Field(50, ge=1, description="steps between held-out evaluations")
    seed: int = Field(0, description="student init and batch sampling seed (both students)")
    device: Literal["auto", "cpu", "cuda"] = Field(
        "auto", description="training device; auto = CUDA when available, else CPU"
    )
    methods: list[Method] = Field(
        default_factory=lambda: ["int8_dynamic", "int8_weight_only"],
        description="int8 schemes of teacher and distilled student in the table ([] = none)",
    )
    score_batch_size: int = Field(32, ge=1, le=4096, description="windows per scoring batch")
    threads: int = Field(
        0, ge=0, description="CPU threads for torch while the hook runs; 0 = torch's default"
    )

    @model_validator(mode="after")
    def _consistent(self) -> DistillOptions:
        if self.d_model and self.n_heads and self.d_model % self.n_heads:
            raise ValueError(f"n_heads {self.n_heads} must divide d_model {self.d_model}")
        if self.teacher_weights == "int8_dynamic" and self.device == "cuda":
            raise ValueError(
                "teacher_weights int8_dynamic has no GPU kernels: use device cpu or auto "
                "(auto trains on CPU with this teacher)"
            )
        return self

    @property
    def training_device(self) -> str:
        """Where both students train: the CPU when the teacher is int8_dynamic (CPU kernels
        only, and the teacher runs every step), else ``device``."""
        return "cpu" if self.teacher_weights == "int8_dynamic" else self.device


def student_options(
    options: DistillOptions, teacher: Any, trained: ProxyLMOptions
) -> ProxyLMOptions:
    """The student as ``train_proxy_lm`` options: sizes resolved against the teacher, split kept.

    ``heldout_fraction`` and ``eval_bytes`` are the teacher's: another split would let documents
    the teacher trained on into the held-out set and flatter it.
    """
    cfg = teacher.cfg
    context = options.context or cfg.context
    if context > cfg.context:
        raise ValueError(
            f"student context {context} exceeds the teacher's {cfg.context}: the teacher "
            "cannot give soft targets past its own window"
        )
    d_model = options.d_model or max(16, cfg.d_model // 2)
    n_heads = options.n_heads or max(1, cfg.n_heads // 2)
    if d_model % n_heads:
        raise ValueError(f"student n_heads {n_heads} does not divide d_model {d_model}")
    return ProxyLMOptions(
        max_tokens=options.max_tokens,
        max_seconds=options.max_seconds,
        context=context,
        d_model=d_model,
        n_layers=options.n_layers or max(1, cfg.n_layers // 2),
        n_heads=n_heads,
        batch_size=options.batch_size,
        lr=options.lr,
        eval_every=options.eval_every,
        heldout_fraction=trained.heldout_fraction,
        eval_bytes=trained.eval_bytes,
        seed=options.seed,
        device=options.training_device,
        threads=options.threads,
    )


def distillation_loss(teacher: Any, alpha: float, temperature: float) -> Any:
    """A ``model.LossFn``: α·T²·KL(teacher_T ‖ student_T) + (1 − α)·next-byte cross-entropy.

    The KL is summed over the vocabulary and averaged over positions, like the cross-entropy.
    The teacher runs under ``no_grad`` in eval mode; both terms are always computed, so α = 0
    exercises the same code as any other α and equals scratch training only by arithmetic.
    """
    import torch
    from torch.nn import functional as F

    from pipelines.hooks.model import next_byte_loss

    teacher.eval()
    for parameter in teacher.parameters():
        parameter.requires_grad_(False)

    def loss(batch: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            soft_targets = F.log_softmax(teacher(batch[:, :-1]).float() / temperature, dim=-1)
        student = F.log_softmax(logits.float() / temperature, dim=-1)
        kl = F.kl_div(
            student.flatten(0, 1),
            soft_targets.flatten(0, 1),
            log_target=True,
            reduction="batchmean",
        )
        return alpha * temperature**2 * kl + (1 - alpha) * next_byte_loss(batch, logits)

    return loss


class Distill(Hook):
    """Distil the proxy model into a smaller student; compare with the student from scratch."""

    name = "distill"
    Options = DistillOptions

    def run(self, output: Path, options: DistillOptions, workdir: Path) -> dict[str, Any]:
        from pipelines.hooks.model import load_checkpoint, n_params, pick_device, save_checkpoint
        from pipelines.hooks.plot import curve_svg

        checkpoint = proxy_checkpoint(output, options.teacher, self.name, "teacher")
        device = pick_device(options.training_device)
        trained = training_options(checkpoint)
        train_docs, heldout_docs = split(read_clean(output), trained.heldout_fraction)
        if not heldout_docs:
            raise ValueError("no document fell in the teacher's held-out split")
        teacher = load_checkpoint(checkpoint)
        student = student_options(options, teacher, trained)
        if options.teacher_weights == "fp32":
            running_teacher = teacher.to(device)
        else:
            running_teacher = quantize(teacher, options.teacher_weights).to(device)
        _log.info("distill: teacher %s (%d params)", checkpoint, n_params(teacher))
        loss = distillation_loss(running_teacher, options.alpha, options.temperature)
        started = time.process_time()  # CPU seconds: wall time is distorted on a shared machine
        distilled_model, distilled = fit(train_docs, heldout_docs, student, loss)
        distilled["train_cpu_s"] = round(time.process_time() - started, 1)
        started = time.process_time()
        scratch_model, scratch = fit(train_docs, heldout_docs, student)
        scratch["train_cpu_s"] = round(time.process_time() - started, 1)
        teacher, distilled_model, scratch_model = (
            m.cpu() for m in (teacher, distilled_model, scratch_model)
        )
        save_checkpoint(workdir / STUDENT, distilled_model)
        save_checkpoint(workdir / SCRATCH, scratch_model)
        (workdir / CONFIG).write_text(
            json.dumps(
                {
                    "options": student.model_dump(),
                    "model_config": distilled["model_config"],
                    "distill": options.model_dump(),
                    "teacher": str(checkpoint),
                },
                indent=1,
            ),
            encoding="utf-8",
        )
        stream = encode(heldout_docs, trained.eval_bytes)
        table = size_vs_quality(
            {
                "teacher": teacher,
                "student (distilled)": distilled_model,
                "student (scratch)": scratch_model,
            },
            options,
            stream,
            workdir,
        )
        teacher_bpb = table[0]["heldout_bpb"]
        steps = [p["step"] for p in distilled["curve"]]
        curves = {
            "distilled student": [(p["step"], p["heldout_bpb"]) for p in distilled["curve"]],
            "scratch student": [(p["step"], p["heldout_bpb"]) for p in scratch["curve"]],
            "teacher": [(steps[0], teacher_bpb), (steps[-1], teacher_bpb)],
        }
        (workdir / CURVE).write_text(curve_svg(curves), encoding="utf-8")
        step, distilled_at, scratch_at = _at_equal_tokens(distilled["curve"], scratch["curve"])
        return {
            "teacher": str(checkpoint),
            "teacher_weights": options.teacher_weights,
            "alpha": options.alpha,
            "temperature": options.temperature,
            "device": str(device),
            "teacher_params": n_params(teacher),
            "student_params": distilled["params"],
            "param_ratio": round(n_params(teacher) / distilled["params"], 2),
            "student_config": distilled["model_config"],
            "train_docs": len(train_docs),
            "heldout_docs": len(heldout_docs),
            "equal_tokens_step": step,
            "teacher_bpb": teacher_bpb,
            "distilled_bpb": distilled_at,
            "scratch_bpb": scratch_at,
            "bpb_gain": scratch_at - distilled_at,
            "table": table,
            "distilled": _summary(distilled) | {"train_cpu_s": distilled["train_cpu_s"]},
            "scratch": _summary(scratch) | {"train_cpu_s": scratch["train_cpu_s"]},
            "checkpoint": str(workdir / STUDENT),
            "plot": str(workdir / CURVE),
        }


def size_vs_quality(
    models: dict[str, Any], options: DistillOptions, stream: Any, workdir: Path
) -> list[dict[str, Any]]:
    """One row per model and weight format, all scored on CPU by ``quantized_eval``'s code.

    The first model is the reference for ``smaller_than_teacher`` (fp32 bytes / these bytes).
    The first two get int8 rows; the scratch student is there for its bpb only. Files written to
    measure sizes are removed: the fp32 students are saved as checkpoints, and ``quantized_eval``
    on ``student.pt`` writes the int8 files if they are wanted.
    """
    import torch

    from pipelines.hooks.model import n_params

    rows: list[dict[str, Any]] = []
    for index, (name, fp32) in enumerate(models.items()):
        linear_names = [n for n, m in fp32.named_modules() if isinstance(m, torch.nn.Linear)]
        variants = {"fp32": fp32}
        if index < 2:
            variants |= {m: quantize(fp32, m) for m in options.methods}
        for weights, model in variants.items():
            path = workdir / f"measure_{index}_{weights}.pt"
            row = measure(
                model, stream, options.score_batch_size, options.threads, path, linear_names
            )
            path.unlink()
            rows.append({"model": name, "weights": weights, "params": n_params(fp32), **row})
    reference = rows[0]["file_bytes"]
    for row in rows:
        row["smaller_than_teacher"] = round(reference / row["file_bytes"], 2)
    return rows
