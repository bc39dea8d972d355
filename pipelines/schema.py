"""The record and output contract: the one agreement between stages and with users' notebooks.

A document travels through the pipeline as a plain ``dict`` (cheap to pickle on every runner).
``new_doc`` and ``new_reject`` are the only places that create records, so every record has every
column of its Arrow schema and ``to_table`` never has to guess a type.

Rejects are told apart from documents by the presence of the ``stage`` key, which documents never
carry. Readers yield both kinds from one generator, so that an unreadable record is reported at the
place where it was found instead of being silently skipped.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from filters.doc_sizes import count_bytes, count_words

UNKNOWN_LANGUAGE = "und"

DOC_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("date", pa.string()),
        pa.field("file", pa.string()),
        pa.field("offset", pa.int64()),
        pa.field("language", pa.string(), nullable=False),
        pa.field("language_score", pa.float64()),
        pa.field("quality_signals", pa.map_(pa.string(), pa.float64())),
        # quality_model stage: the classifier's score in [0, 1]; null where the stage did not run
        pa.field("quality_model_score", pa.float64()),
        pa.field("toxicity_score", pa.float64()),
        pa.field("pii", pa.map_(pa.string(), pa.int32())),
        pa.field("dup_cluster_id", pa.string()),
        pa.field("dup_cluster_size", pa.int32()),
        pa.field("replica", pa.int32(), nullable=False),
        pa.field("n_words", pa.int64(), nullable=False),
        pa.field("n_bytes", pa.int64(), nullable=False),
        # annotate mode: "stage:reason" for every verdict that filter mode would have dropped on
        pa.field("verdicts", pa.list_(pa.string()), nullable=False),
        pa.field("metadata", pa.map_(pa.string(), pa.string())),
    ]
)

# Data files live under ``data/language=xx/``: the language is in the path (Hive partitioning, as
# Spark writes it), and storing it in the file too would make pandas/pyarrow refuse to merge the
# two when a notebook reads the whole directory.
DATA_FILE_SCHEMA = pa.schema([f for f in DOC_SCHEMA if f.name != "language"])

REJECT_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("score", pa.float64()),
        pa.field("detail", pa.string()),
        pa.field("kept_id", pa.string()),
        pa.field("file", pa.string()),
        pa.field("offset", pa.int64()),
        pa.field("language", pa.string()),
        pa.field("n_bytes", pa.int64()),
        pa.field("text", pa.large_string()),
    ]
)

# Rejects keep the document text so users can read what was dropped, but a 50 MB page should not
# be copied whole into the ledger.
MAX_REJECT_TEXT_CHARS = 100_000


def new_doc(
    *,
    id: str,
    text: str,
    source: str,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
    file: str | None = None,
    offset: int | None = None,
    language: str | None = None,
    metadata: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A document record with every column of DOC_SCHEMA set."""
    return {
        "id": id,
        "text": text,
        "source": source,
        "url": url,
        "title": title,
        "date": date,
        "file": file,
        "offset": offset,
        "language": language or UNKNOWN_LANGUAGE,
        "language_score": None,
        "quality_signals": {},
        "quality_model_score": None,
        "toxicity_score": None,
        "pii": {},
        "dup_cluster_id": None,
        "dup_cluster_size": None,
        "replica": 0,
        "n_words": count_words(text),
        "n_bytes": count_bytes(text),
        "verdicts": [],
        "metadata": dict(metadata or {}),
    }


def new_reject(
    *,
    id: str,
    source: str,
    stage: str,
    reason: str,
    url: str | None = None,
    score: float | None = None,
    detail: str | None = None,
    kept_id: str | None = None,
    file: str | None = None,
    offset: int | None = None,
    language: str | None = None,
    n_bytes: int | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    """A ledger row: why a document (or an unreadable piece of input) is not in the output."""
    if text is not None and len(text) > MAX_REJECT_TEXT_CHARS:
        text = text[:MAX_REJECT_TEXT_CHARS]
    return {
        "id": id,
        "source": source,
        "url": url,
        "stage": stage,
        "reason": reason,
        "score": score,
        "detail": detail,
        "kept_id": kept_id,
        "file": file,
        "offset": offset,
        "language": language,
        "n_bytes": n_bytes,
        "text": text,
    }


def reject_from_doc(
    doc: dict[str, Any],
    *,
    stage: str,
    reason: str,
    score: float | None = None,
    detail: str | None = None,
    kept_id: str | None = None,
) -> dict[str, Any]:
    """The ledger row for a document a stage dropped, carrying its provenance and text."""
    return new_reject(
        id=doc["id"],
        source=doc["source"],
        url=doc.get("url"),
        stage=stage,
        reason=reason,
        score=score,
        detail=detail,
        kept_id=kept_id,
        file=doc.get("file"),
        offset=doc.get("offset"),
        language=doc.get("language"),
        n_bytes=doc.get("n_bytes"),
        text=doc.get("text"),
    )


def is_reject(record: dict[str, Any]) -> bool:
    """Readers and stages emit both kinds; only rejects carry a ``stage``."""
    return "stage" in record


def _column(records: list[dict[str, Any]], field: pa.Field) -> list[Any]:
    if pa.types.is_map(field.type):
        return [sorted((rec.get(field.name) or {}).items()) for rec in records]
    return [rec.get(field.name) for rec in records]


def to_table(records: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Build an Arrow table; map columns are sorted by key so bytes do not depend on dict order."""
    return pa.Table.from_arrays(
        [pa.array(_column(records, f), type=f.type) for f in schema], schema=schema
    )
