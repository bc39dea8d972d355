"""Paths and small files on any Beam filesystem (local, gs://, s3://, ...)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems


def join(*parts: str) -> str:
    """Join path parts for local paths and URLs alike."""
    head, *rest = parts
    return FileSystems.join(head, *rest) if rest else head


def read_json(path: str) -> Any:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return json.loads(handle.read().decode("utf-8"))


def write_json(path: str, value: Any) -> None:
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(json.dumps(value, indent=2, sort_keys=False).encode("utf-8"))


def ensure_directory(directory: str) -> None:
    if not FileSystems.exists(directory):
        FileSystems.mkdirs(directory)


def temporary_sibling(path: str) -> str:
    """A unique hidden name next to ``path``, for write-then-rename."""
    directory, name = FileSystems.split(path)
    return join(directory, f".tmp-{uuid.uuid4().hex}-{name}")


def publish(tmp: str, path: str) -> None:
    """Rename a finished temporary file to its final name (replacing an older one)."""
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])
