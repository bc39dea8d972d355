"""``ablation``: what the pipeline bought, as the bits per byte a model gains from the filtering.

Two proxy models with the same architecture, seed and budget are trained, one on the clean output
and one on the *raw* input, and both are scored on the same held-out clean split.

The raw input is rebuilt without rerunning anything. The pipeline's invariant is that every input
document ends up exactly once in ``OUT/data`` or in ``OUT/rejects``, and rejects keep the document
text (cut to ``MAX_REJECT_TEXT_CHARS`` = 100k characters), so ``data ∪ rejects`` *is* the input
that a run with every filter off would have written (minus unreadable input, which has no text,
and with PII-rewritten text for kept documents, since the original is not kept). Upsampled
replicas are collapsed to one copy per id.

Held-out documents are excluded from both training sets by the same id hash, so neither model
sees the evaluation text; rejected documents never enter the held-out set because it is drawn
from the clean output. ``bpb_gain`` = raw bpb − clean bpb at the same number of training tokens
(the last step both runs evaluated): positive means the filtered data trained a better model per
token of budget. It is a cheap proxy on a small model (on a few
hundred KB of sample it mostly reflects what kind of text was removed), not a benchmark score.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

from pipelines.hooks.base import Hook
from pipelines.hooks.corpus import is_heldout, read_clean, read_rejected, split
from pipelines.hooks.train import ProxyLMOptions, fit

CURVE = "curve.svg"


class AblationOptions(ProxyLMOptions):
    """The proxy model's options, with a smaller default budget: two models are trained."""

    max_tokens: int = Field(500_000, gt=0, description="training token budget of each model")
    max_seconds: float = Field(300.0, gt=0, description="wall-clock budget of each model")


class Ablation(Hook):
    name = "ablation"
    requires = ("torch",)
    Options = AblationOptions

    def run(self, output: Path, options: AblationOptions, workdir: Path) -> dict[str, Any]:
        from pipelines.hooks.plot import curve_svg

        clean = read_clean(output)
        clean_train, heldout = split(clean, options.heldout_fraction)
        if not heldout:
            raise ValueError("no document fell in the held-out split; raise heldout_fraction")
        rejected = [
            d for d in read_rejected(output) if not is_heldout(d.id, options.heldout_fraction)
        ]
        unique_clean = list({d.id: d for d in clean_train}.values())
        raw_train = sorted(unique_clean + rejected, key=lambda d: d.id)
        rejected_bytes = sum(len(d.text.encode("utf-8", "surrogatepass")) for d in rejected)
        raw_bytes = rejected_bytes + sum(
            len(d.text.encode("utf-8", "surrogatepass")) for d in unique_clean
        )
        composition = {
            "raw_docs": len(raw_train),
            "rejected_docs": len(rejected),
            "rejected_byte_share": round(rejected_bytes / raw_bytes, 4) if raw_bytes else 0.0,
        }
        if not rejected:
            return {
                **composition,
                "comparable": False,
                "note": "no rejected document carries text: the raw input equals the clean output",
            }
        _, on_clean = fit(clean_train, heldout, options)
        _, on_raw = fit(raw_train, heldout, options)
        curves = {
            "clean": [(p["step"], p["heldout_bpb"]) for p in on_clean["curve"]],
            "raw": [(p["step"], p["heldout_bpb"]) for p in on_raw["curve"]],
        }
        (workdir / CURVE).write_text(curve_svg(curves), encoding="utf-8")
        step, clean_at, raw_at = _at_equal_tokens(on_clean["curve"], on_raw["curve"])
        return {
            **composition,
            "comparable": True,
            "heldout_docs": len(heldout),
            "equal_tokens_step": step,
            "clean_bpb": clean_at,
            "raw_bpb": raw_at,
            "bpb_gain": raw_at - clean_at,
            "final_clean_bpb": on_clean["heldout_bpb"],
            "final_raw_bpb": on_raw["heldout_bpb"],
            "clean": _summary(on_clean),
            "raw": _summary(on_raw),
            "plot": str(workdir / CURVE),
        }


def _at_equal_tokens(
    clean: list[dict[str, Any]], raw: list[dict[str, Any]]
) -> tuple[int, float, float]:
    """Held-out bpb of both models at the last step both evaluated.

    Same step = same number of training tokens. If the time budget cut one run shorter than the
    other (a busy machine), comparing final figures would credit the data with the extra steps.
    """
    raw_by_step = {p["step"]: p["heldout_bpb"] for p in raw}
    step = max(p["step"] for p in clean if p["step"] in raw_by_step)
    clean_at = next(p["heldout_bpb"] for p in clean if p["step"] == step)
    return step, clean_at, raw_by_step[step]


def _summary(run: dict[str, Any]) -> dict[str, Any]:
    keys = ("train_docs", "train_bytes", "steps", "tokens_seen", "stopped_by", "train_seconds")
    return {k: run[k] for k in keys} | {"curve": run["curve"]}
