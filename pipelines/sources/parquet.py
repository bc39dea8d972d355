"""Parquet reader for already-extracted text (HF datasets exports, earlier corpus-prep outputs).

Reads row group by row group so memory is bounded by the largest row group, and only the columns
it needs. A file whose schema lacks the text column is a single reject row naming the columns it
does have, because that is a configuration mistake, not a per-row problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import (
    FALLBACK_URL_FIELDS,
    fallback_id,
    find_url,
    get_dotted,
    native_id,
)

STAGE = "read"
_BATCH_ROWS = 1024


def iter_parquet(
    stream: BinaryIO,
    path: str,
    source: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
) -> Iterator[dict[str, Any]]:
    """Yield a document or a reject per row; a file-level problem is one reject."""

    def file_reject(reason: str, detail: str, row: int = 0) -> dict[str, Any]:
        return new_reject(
            id=fallback_id(source, path, reason),
            source=source,
            stage=STAGE,
            reason=reason,
            file=path,
            offset=row,
            detail=detail,
        )

    try:
        parquet = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield file_reject("unreadable_file", f"{type(exc).__name__}: {exc}")
        return
    names = parquet.schema_arrow.names
    text_top = text_field.split(".")[0]
    if text_top not in names:
        yield file_reject("schema_mismatch", f"no column {text_field!r}; columns: {names}")
        return
    wanted = {text_top, id_field.split(".")[0], "title", "date"}
    wanted |= {f.split(".")[0] for f in (url_field, *FALLBACK_URL_FIELDS)}
    columns = [name for name in names if name in wanted]
    row_no = 0
    try:
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                yield _row_record(row, path, source, row_no, text_field, id_field, url_field)
                row_no += 1
    except (pa.ArrowException, OSError) as exc:
        yield file_reject("corrupt_file", f"{type(exc).__name__}: {exc}", row_no)


def _row_record(
    row: dict[str, Any],
    path: str,
    source: str,
    row_no: int,
    text_field: str,
    id_field: str,
    url_field: str,
) -> dict[str, Any]:
    own = native_id(row, id_field)
    doc_id = f"{source}/{own}" if own else fallback_id(source, path, f"R{row_no}")
    text = get_dotted(row, text_field)
    reason = None
    if text is None:
        reason, detail = "missing_text_field", f"row {row_no}: {text_field!r} is null"
    elif not isinstance(text, str):
        reason, detail = "invalid_text_type", f"row {row_no}: {type(text).__name__}"
    elif not text.strip():
        reason, detail = "empty_text", f"row {row_no}: text is empty"
    if reason:
        return new_reject(
            id=doc_id,
            source=source,
            stage=STAGE,
            reason=reason,
            url=find_url(row, url_field),
            file=path,
            offset=row_no,
            detail=detail,
        )
    title = row.get("title")
    date = row.get("date")
    return new_doc(
        id=doc_id,
        text=text,
        source=source,
        url=find_url(row, url_field),
        title=title if isinstance(title, str) else None,
        date=str(date) if date is not None else None,
        file=path,
        offset=row_no,
    )
