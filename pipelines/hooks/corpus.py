"""Reading a finished output directory as byte streams for the proxy-model hooks.

The held-out split is decided per document by a keyed BLAKE2b hash of its id, never by position or
Python's salted ``hash()``: the same document lands on the same side in every run, on every
machine, for every hook (training, quantized evaluation and the ablation all agree on it), and
upsampled replicas of a document (same id) can never leak from training into evaluation.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds

# Byte-level "tokenizer": ids 0..255 are the UTF-8 bytes, 256 separates documents. Nothing to
# download or train, and bits per byte are directly comparable between any two models.
DOC_SEPARATOR = 256
VOCAB_SIZE = 257
_SPLIT_SALT = b"heldout"
_SPLIT_BUCKETS = 10_000


def _id_hash(doc_id: str) -> int:
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8, person=_SPLIT_SALT)
    return int.from_bytes(digest.digest(), "big")


def is_heldout(doc_id: str, fraction: float) -> bool:
    """Stable membership of a document in the held-out split."""
    return _id_hash(doc_id) % _SPLIT_BUCKETS < fraction * _SPLIT_BUCKETS


@dataclass(frozen=True)
class Doc:
    id: str
    text: str


def _read(directory: Path, columns: list[str], partitioning: str | None) -> pa.Table:
    files = sorted(str(p) for p in directory.rglob("*.parquet") if not p.name.startswith("."))
    if not files:
        return pa.table({c: pa.array([], pa.string()) for c in columns})
    dataset = ds.dataset(
        files, format="parquet", partitioning=partitioning, partition_base_dir=str(directory)
    )
    return dataset.to_table(columns=columns)


def read_clean(output: Path) -> list[Doc]:
    """Documents of ``OUT/data`` in id order; every replica is kept (it is what training sees)."""
    table = _read(output / "data", ["id", "text"], "hive")
    docs = [
        Doc(i, t) for i, t in zip(table["id"].to_pylist(), table["text"].to_pylist(), strict=True)
    ]
    return sorted(docs, key=lambda d: d.id)


def read_rejected(output: Path) -> list[Doc]:
    """Rejected documents that carry text (unreadable input has none), one per id, in id order."""
    table = _read(output / "rejects", ["id", "text"], None)
    seen: dict[str, str] = {}
    for doc_id, text in zip(table["id"].to_pylist(), table["text"].to_pylist(), strict=True):
        if text:
            seen.setdefault(doc_id, text)
    return [Doc(i, seen[i]) for i in sorted(seen)]


def split(docs: list[Doc], fraction: float) -> tuple[list[Doc], list[Doc]]:
    """(train, held-out); held-out keeps one copy per id so replicas do not weigh twice.

    Held-out documents come in hash order, so truncating the evaluation stream to a byte budget
    takes a random-like sample instead of the first source in id order.
    """
    train, heldout, seen = [], [], set()
    for doc in docs:
        if not is_heldout(doc.id, fraction):
            train.append(doc)
        elif doc.id not in seen:
            seen.add(doc.id)
            heldout.append(doc)
    return train, sorted(heldout, key=lambda d: _id_hash(d.id))


def encode(docs: list[Doc], max_bytes: int | None = None) -> np.ndarray:
    """Documents → one int64 token stream, each document followed by the separator."""
    parts: list[np.ndarray] = []
    total = 0
    for doc in docs:
        data = np.frombuffer(doc.text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        parts.append(data.astype(np.int64))
        parts.append(np.array([DOC_SEPARATOR], dtype=np.int64))
        total += data.size + 1
        if max_bytes is not None and total >= max_bytes:
            break
    stream = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    return stream[:max_bytes] if max_bytes is not None else stream
