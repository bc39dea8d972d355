"""JSON Lines reader (``.jsonl``, ``.jsonl.gz``, ``.json.gz``; Dolma's document format).

Each line is decoded on its own so that one bad line (too long, invalid UTF-8, invalid JSON,
nested too deep, missing or non-string text) becomes one reject row with its line number and byte
offset, and the rest of the file is still read. Lines are split while streaming with a size limit
(``max_record_bytes``): a longer line is counted and skipped, never held whole in memory.
Control characters inside strings are accepted whether escaped or not (``strict=False``).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from pipelines.config import DEFAULT_MAX_RECORD_BYTES
from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import (
    fallback_id,
    file_reject,
    find_url,
    get_dotted,
    native_id,
    optional_str,
)
from pipelines.sources.files import Line, iter_lines

STAGE = "read"
_DECODER = json.JSONDecoder(strict=False)


def iter_jsonl(
    stream: BinaryIO,
    path: str,
    source: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[dict[str, Any]]:
    """Yield one document or reject per non-blank line, then a reject if the file is cut off."""
    line_no = 0
    offset = 0
    try:
        for line in iter_lines(stream, max_record_bytes):
            line_no += 1
            offset = line.offset + line.size
            if line.data is not None and not line.data.strip():
                continue
            yield _parse_line(line, path, source, line_no, text_field, id_field, url_field)
    except (EOFError, OSError, zlib.error) as exc:
        reason = "truncated_file" if isinstance(exc, EOFError) else "corrupt_file"
        detail = f"{type(exc).__name__}: {exc} (after line {line_no})"
        yield file_reject(path, source, reason, offset, detail)


def _parse_line(
    line: Line,
    path: str,
    source: str,
    line_no: int,
    text_field: str,
    id_field: str,
    url_field: str,
) -> dict[str, Any]:
    position = f"L{line_no}"

    def reject(reason: str, detail: str, row: dict[str, Any] | None = None) -> dict[str, Any]:
        own = native_id(row, id_field) if row else None
        return new_reject(
            id=f"{source}/{own}" if own else fallback_id(source, path, position),
            source=source,
            stage=STAGE,
            reason=reason,
            url=find_url(row, url_field) if row else None,
            file=path,
            offset=line.offset,
            n_bytes=line.size,
            detail=f"line {line_no}: {detail}",
        )

    if line.data is None:
        return reject("record_too_large", f"{line.size} bytes, over max_record_bytes")
    try:
        text_line = line.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return reject("invalid_utf8", str(exc))
    try:
        row = _DECODER.decode(text_line)
    except RecursionError:
        return reject("invalid_json", "nested too deeply to decode")
    except ValueError as exc:  # JSONDecodeError, and numbers past Python's digit limit
        return reject("invalid_json", str(exc))
    if not isinstance(row, dict):
        return reject("invalid_json", f"expected an object, got {type(row).__name__}")
    text = get_dotted(row, text_field)
    if text is None:
        return reject("missing_text_field", f"no field {text_field!r}", row)
    if not isinstance(text, str):
        return reject("invalid_text_type", f"{text_field!r} is {type(text).__name__}", row)
    if not text.strip():
        return reject("empty_text", "text is empty", row)
    own = native_id(row, id_field)
    return new_doc(
        id=f"{source}/{own}" if own else fallback_id(source, path, position),
        text=text,
        source=source,
        url=find_url(row, url_field),
        title=optional_str(row.get("title")),
        date=_date(row),
        file=path,
        offset=line.offset,
    )


def _date(row: dict[str, Any]) -> str | None:
    for key in ("date", "created", "timestamp", "metadata.date"):
        value = optional_str(get_dotted(row, key))
        if value is not None:
            return value
    return None
