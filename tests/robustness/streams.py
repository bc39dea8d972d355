"""Streams of any size generated on demand, and a way to see what reading them held in memory.

A reader that claims bounded memory is tested on a stream far larger than its limit: the bytes
are produced as they are read (never stored), and ``tracemalloc`` reports the peak of what Python
allocated meanwhile. The count is exact and does not depend on timing or the machine's load.
"""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Piece = bytes | tuple[bytes, int]  # bytes as they are, or (pattern, total size) repeated


class GeneratedStream(io.RawIOBase):
    """A read-only stream of ``pieces``; a ``(pattern, size)`` piece is produced chunk by chunk."""

    def __init__(self, pieces: Iterable[Piece]):
        self._chunks = self._expand(pieces)
        self._pending = b""

    @staticmethod
    def _expand(pieces: Iterable[Piece]) -> Iterator[bytes]:
        for piece in pieces:
            if isinstance(piece, bytes):
                yield piece
                continue
            pattern, size = piece
            block = pattern * max(1, (1 << 16) // len(pattern))
            while size > 0:
                yield block[:size]
                size -= len(block)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def generated(pieces: Iterable[Piece]) -> io.BufferedReader:
    return io.BufferedReader(GeneratedStream(pieces), buffer_size=1 << 16)


def peak_bytes(read: Callable[[], Any]) -> tuple[Any, int]:
    """``read()``'s result and the peak of Python memory allocated while it ran."""
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
