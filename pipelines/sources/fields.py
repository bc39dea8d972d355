"""Field access shared by the readers: dotted paths, ids, and strings that are safe to write."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from pipelines.schema import new_reject

# Dolma and many crawls keep the URL under metadata; tried when the configured field is absent.
FALLBACK_URL_FIELDS = ("url", "metadata.url")
# A code point of the UTF-16 surrogate range is not a character: UTF-8 cannot encode it, so one in
# a string (JSON's "\\ud800" decodes to one) would crash whatever writes or encodes it later.
_SURROGATE = re.compile("[\ud800-\udfff]")


def get_dotted(obj: Any, path: str) -> Any:
    """``get_dotted({"metadata": {"url": u}}, "metadata.url") == u``; None if a part is missing."""
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def find_url(row: dict[str, Any], url_field: str) -> str | None:
    """The configured URL field, falling back to the common locations."""
    for path in (url_field, *FALLBACK_URL_FIELDS):
        value = get_dotted(row, path)
        if isinstance(value, str) and value:
            return value
    return None


def optional_str(value: Any) -> str | None:
    """A string field's value; numbers are written out, anything else (null, lists) is None."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def native_id(row: dict[str, Any], id_field: str) -> str | None:
    """The input's own id as a string, or None when the row has none."""
    value = get_dotted(row, id_field)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text or None


def file_label(path: str) -> str:
    """The file's base name: the part of a path that is stable across buckets and machines."""
    return posixpath.basename(path.rstrip("/"))


def fallback_id(source: str, path: str, position: str) -> str:
    """A stable id for a record without one: source, file name and position in the file."""
    return f"{source}/{file_label(path)}#{position}"


def file_reject(path: str, source: str, reason: str, offset: int, detail: str) -> dict[str, Any]:
    """The read-stage reject for a stretch of a file that holds no readable record."""
    return new_reject(
        id=fallback_id(source, path, f"{reason}@{offset}"),
        source=source,
        stage="read",
        reason=reason,
        file=path,
        offset=offset,
        detail=detail,
    )


def _repair(value: str) -> tuple[str, int]:
    """``value`` with every lone surrogate replaced by U+FFFD, and how many there were."""
    if value.isascii():  # O(1) in CPython: the common case costs nothing
        return value, 0
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", value)
    return value, 0


def repair_unicode(record: dict[str, Any]) -> int:
    """Make every string of a reader's record valid Unicode, in place; returns the repairs made.

    Readers build records from text they do not control; this is the one place that guarantees
    no later stage and no Parquet writer meets a string that cannot be encoded.
    """
    repaired = 0
    for key, value in record.items():
        if isinstance(value, str):
            record[key], count = _repair(value)
            repaired += count
        elif isinstance(value, dict):
            fixed = {}
            for name, item in value.items():
                name, in_name = _repair(name) if isinstance(name, str) else (name, 0)
                item, in_item = _repair(item) if isinstance(item, str) else (item, 0)
                fixed[name] = item
                repaired += in_name + in_item
            record[key] = fixed
    return repaired
