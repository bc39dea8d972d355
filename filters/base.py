"""The shape every per-document stage has, so that one Beam DoFn can run any of them.

A filter is built once per worker from its config, loads heavy models lazily in ``setup`` (so the
object pickles cheaply to workers), annotates a document dict in place with its scores, and then
gives a verdict. Splitting ``annotate`` from ``keep`` is what makes ``mode: annotate`` possible:
the scores are always recorded, the verdict is either applied (filter mode) or only recorded.
"""

from __future__ import annotations

from typing import Any, NamedTuple

Record = dict[str, Any]


class Verdict(NamedTuple):
    """Whether to keep a document and, if not, why.

    ``reason`` is the exact rule (``language_not_allowed``, ``gopher_repetition:top_2_gram``);
    ``score`` is the number the rule compared against its threshold, for the rejects ledger.
    """

    keep: bool
    reason: str | None = None
    score: float | None = None
    detail: str | None = None


KEEP = Verdict(True)


class DocFilter:
    """Base class for per-document stages; subclasses set ``name`` and override what they need."""

    name: str = "filter"

    def setup(self) -> None:
        """Load models; called once per worker before the first document."""

    def teardown(self) -> None:
        """Let go of what ``setup`` holds outside this process (a model server's connection, a
        child process), so it is not held through the later stages; called when the worker
        drops the stage. A filter torn down may be set up and used again."""

    def shared_models(self) -> list[Any]:
        """The clients (``filters.shared_model.SharedModel``) of the model servers ``setup``
        connects to, so that the launcher can start the servers early, while it builds the
        graph (``pipelines.model_prestart``); none by default."""
        return []

    def annotate(self, doc: Record) -> Record:
        """Add this stage's fields to ``doc`` (may rewrite ``text``) and return it."""
        return doc

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        """Batch entry point; override where a model is faster on batches."""
        return [self.annotate(doc) for doc in docs]

    def keep(self, doc: Record) -> Verdict:
        """The verdict on an annotated document."""
        return KEEP
