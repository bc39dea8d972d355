"""Parquet reader for already-extracted text (HF datasets exports, earlier corpus-prep outputs).

Reads row group by row group, in batches, and only the columns it needs, so memory is bounded by
the file's row groups (the writer chose them; a reader cannot split a column chunk). A file whose
schema lacks the text column is a single reject row naming the columns it does have, because that
is a configuration mistake, not a per-row problem.

Per row: a row whose strings together exceed ``max_record_bytes`` is a ``record_too_large`` reject
and is never turned into Python strings; a text column of the wrong type gives one
``invalid_text_type`` reject per row naming the column and its Arrow type; a binary text column is
decoded as UTF-8, and bytes that are not UTF-8 (in a binary column, or in a string column whose
writer did not validate) are an ``invalid_utf8`` reject for that row, not the end of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.config import DEFAULT_MAX_RECORD_BYTES
from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import (
    FALLBACK_URL_FIELDS,
    fallback_id,
    find_url,
    get_dotted,
    native_id,
    optional_str,
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
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
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
    schema = parquet.schema_arrow
    text_top = text_field.split(".")[0]
    if text_top not in schema.names:
        yield file_reject("schema_mismatch", f"no column {text_field!r}; columns: {schema.names}")
        return
    wanted = {text_top, id_field.split(".")[0], "title", "date"}
    wanted |= {f.split(".")[0] for f in (url_field, *FALLBACK_URL_FIELDS)}
    columns = [name for name in schema.names if name in wanted]
    text_type = str(schema.field(text_top).type)
    row_no = 0
    try:
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            too_large = _row_bytes(batch) > max_record_bytes
            rows = iter(_rows(batch.filter(pa.array(~too_large)) if too_large.any() else batch))
            for oversized in too_large:
                if oversized:
                    yield new_reject(
                        id=fallback_id(source, path, f"R{row_no}"),
                        source=source,
                        stage=STAGE,
                        reason="record_too_large",
                        file=path,
                        offset=row_no,
                        detail=f"row {row_no}: strings over max_record_bytes",
                    )
                else:
                    row = next(rows)
                    yield _row_record(
                        row, path, source, row_no, text_field, text_type, id_field, url_field
                    )
                row_no += 1
    except (pa.ArrowException, OSError) as exc:
        yield file_reject("corrupt_file", f"{type(exc).__name__}: {exc}", row_no)


def _is_bytes_like(kind: pa.DataType) -> bool:
    return (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_binary(kind)
        or pa.types.is_large_binary(kind)
    )


def _string_bytes(array: pa.Array) -> np.ndarray:
    """Bytes of string/binary data per row, struct fields included (other types count 0)."""
    if _is_bytes_like(array.type):
        return pc.binary_length(array).fill_null(0).to_numpy(zero_copy_only=False)
    total = np.zeros(len(array), dtype=np.int64)
    if pa.types.is_struct(array.type):
        for child in array.flatten():
            total += _string_bytes(child)
    return total


def _row_bytes(batch: pa.RecordBatch) -> np.ndarray:
    total = np.zeros(batch.num_rows, dtype=np.int64)
    for column in batch.columns:
        total += _string_bytes(column)
    return total


def _values(array: pa.Array) -> list[Any]:
    """The column as Python values; bytes that are not UTF-8 stay bytes (rejected per row)."""
    try:
        return array.to_pylist()
    except UnicodeDecodeError:  # a writer that did not validate its strings
        if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
            raw = array.view(pa.binary() if pa.types.is_string(array.type) else pa.large_binary())
            return [_utf8_or_bytes(value) for value in raw.to_pylist()]
        return [_py_or_none(array, index) for index in range(len(array))]


def _utf8_or_bytes(value: bytes | None) -> str | bytes | None:
    try:
        return value.decode("utf-8") if value is not None else None
    except UnicodeDecodeError:
        return value


def _py_or_none(array: pa.Array, index: int) -> Any:
    try:
        return array[index].as_py()
    except UnicodeDecodeError:
        return None


def _rows(batch: pa.RecordBatch) -> list[dict[str, Any]]:
    names = batch.schema.names
    columns = [_values(column) for column in batch.columns]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _row_record(
    row: dict[str, Any],
    path: str,
    source: str,
    row_no: int,
    text_field: str,
    text_type: str,
    id_field: str,
    url_field: str,
) -> dict[str, Any]:
    own = native_id(row, id_field)
    doc_id = f"{source}/{own}" if own else fallback_id(source, path, f"R{row_no}")
    text = _text_or_problem(
        get_dotted(row, text_field), f"row {row_no}: column {text_field!r}", text_type
    )
    if isinstance(text, tuple):
        reason, detail = text
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
    date = row.get("date")
    return new_doc(
        id=doc_id,
        text=text,
        source=source,
        url=find_url(row, url_field),
        title=optional_str(row.get("title")),
        date=None if date is None or isinstance(date, (dict, list)) else str(date),
        file=path,
        offset=row_no,
    )


def _text_or_problem(value: Any, where: str, text_type: str) -> str | tuple[str, str]:
    """The row's text, or (reason, detail) saying why it has none."""
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            return "invalid_utf8", f"{where}: {exc}"
    if value is None:
        return "missing_text_field", f"{where} is null"
    if not isinstance(value, str):
        return "invalid_text_type", f"{where} is {text_type} ({type(value).__name__}), not text"
    if not value.strip():
        return "empty_text", f"{where}: text is empty"
    return value
