"""A document's size fields (``n_words``, ``n_bytes``): how they are counted, and their refresh
after a filter rewrote the text.

Filters that rewrite text (quality's line removal, PII's placeholders) must keep the sizes true,
and the record contract (``pipelines.schema``) fills them when a record is made; both count the
same way through this module, which sits under ``filters`` because filters never import
``pipelines``.
"""

from __future__ import annotations

from typing import Any


def count_words(text: str) -> int:
    """Whitespace word count; per-language tokenisation belongs to the stages that need it."""
    return len(text.split())


def count_bytes(text: str) -> int:
    """UTF-8 size; lone surrogates (from broken input) count as the bytes they would take."""
    return len(text.encode("utf-8", "surrogatepass"))


def refresh_sizes(doc: dict[str, Any]) -> dict[str, Any]:
    """Recompute n_words/n_bytes after a stage rewrote the text."""
    doc["n_words"] = count_words(doc["text"])
    doc["n_bytes"] = count_bytes(doc["text"])
    return doc
