"""Field access shared by the structured readers (JSONL, Parquet)."""

from __future__ import annotations

import posixpath
from typing import Any

from pipelines.schema import new_reject

# Dolma and many crawls keep the URL under metadata; tried when the configured field is absent.
FALLBACK_URL_FIELDS = ("url", "metadata.url")


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
