"""trafilatura's labelled evaluation pages and how an extraction of one is scored.

The set is ``tests/evaldata.json`` of adbar/trafilatura (inside ``html/trafilatura-pages.tar.gz``
of the shared data): per page, text snippets the extraction must keep ("with") and must drop
("without"). Scoring follows trafilatura's own ``tests/eval_common.py``: a snippet counts when it
is a substring of the output after collapsing white space on both sides, and counts are summed
over pages. ``scripts/eval_extract.py`` scores extractors with it and
``scripts/train_boilerplate.py`` labels lines and picks its line threshold with it.
"""

from __future__ import annotations

import json
import re
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """White space collapsed, as trafilatura's scorer does, so line breaks do not cost recall."""
    return _SPACE.sub(" ", text).strip()


@dataclass
class Score:
    """Summed snippet counts and CPU seconds over a set of pages."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    pages: int = 0
    cpu_s: float = 0.0
    empty: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "tn", "pages", "cpu_s", "empty"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def row(self) -> tuple[float, float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        return precision, recall, f1, self.pages / self.cpu_s if self.cpu_s else 0.0


def load_pages(tar_path: Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    """(file name, HTML bytes, labels) per labelled page, in evaldata order; cache/ before eval/."""
    members: dict[str, bytes] = {}
    labels: dict[str, Any] = {}
    with tarfile.open(tar_path) as tar:
        for member in tar:
            if not member.isfile():
                continue
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.endswith("evaldata.json"):
                labels = json.loads(data)
            elif "/cache/" in member.name or "/eval/" in member.name:
                key = member.name.rsplit("/", 1)[1]
                if "/cache/" in member.name or key not in members:
                    members[key] = data
    return [
        (item["file"], members[item["file"]], item)
        for item in labels.values()
        if item["file"] in members
    ]


def score_page(text: str | None, item: dict[str, Any]) -> Score:
    """One page's snippet counts; an empty or failed extraction misses every "with" snippet."""
    result = norm(text) if text else ""
    tp = sum(1 for s in item["with"] if norm(s) in result) if result else 0
    fp = sum(1 for s in item["without"] if norm(s) in result) if result else 0
    return Score(tp, fp, len(item["with"]) - tp, len(item["without"]) - fp, 1, 0.0, int(not result))
