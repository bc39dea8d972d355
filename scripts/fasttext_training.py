"""Train a fastText classifier in a fresh process, so the same input gives the same bytes.

The fastText binding here (fasttext-numpy2-wheel 0.9.2) reads memory it never initialised while
training: with one thread and a fixed seed, the first training in a process is always the same,
but in a process whose heap has been used before (a test suite, a leave-one-out loop) the same
training file gives a different model, or fails with "Encountered NaN". A freshly spawned process
gets zeroed pages from the OS, so the training scripts' shipped models rebuild byte for byte
wherever they are called from.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any


def _train_and_save(
    train_file: str, output: str, hyperparameters: dict[str, Any], quantize: dict[str, Any] | None
) -> None:
    import fasttext

    model = fasttext.train_supervised(input=train_file, **hyperparameters)
    if quantize is not None:
        model.quantize(input=train_file, **quantize)
    model.save_model(output)


def train_in_fresh_process(
    train_file: Path,
    output: Path,
    hyperparameters: dict[str, Any],
    quantize: dict[str, Any] | None = None,
) -> None:
    """``fasttext.train_supervised`` on ``train_file`` (then ``quantize`` unless None), saved to
    ``output``, all in a spawned child; a failure there is raised here."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(_train_and_save, (str(train_file), str(output), hyperparameters, quantize))
