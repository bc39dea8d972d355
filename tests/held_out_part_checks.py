"""Checks every committed held-out part of the PII evaluation set keeps, whatever its register
and layouts: its spans lie in its text without overlapping, and its committed file is what its
generator writes, byte for byte. Each part's own test module calls these beside the checks of
its register's shapes."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def assert_spans_lie_in_the_text_apart(records: list[dict]) -> None:
    """Labels and distractors stay inside each record's text, one after another, and the whole
    text is the scored region."""
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start, r["id"]
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans), r["id"]
        assert r["region"] == [0, len(r["text"])], r["id"]


def assert_rebuilt_byte_for_byte(part: ModuleType, split: str, tmp_path: Path) -> None:
    """The part's generator writes its committed file again, byte for byte, under ``split``."""
    out = tmp_path / "part.jsonl.gz"
    part.write(out)
    assert out.read_bytes() == part.DATA.read_bytes()
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == split


def phone_kinds(
    records: list[dict],
    international: Callable[[str], bool],
    entities: frozenset[str] = frozenset({"PHONE_NUMBER"}),
) -> Counter:
    """How many labels of each kind the part holds, after checking that every label is of
    ``entities`` and that each phone's kind says "international" exactly where the part's
    ``international`` reads a country code in the labelled text."""
    kinds: Counter = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= entities, r["id"]
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                value = r["text"][s:e]
                expected = "international" if international(value) else "national"
                assert kind.split(":")[0] == expected, (r["id"], value)
            kinds[kind] += 1
    return kinds
