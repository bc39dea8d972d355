"""Framing WARC records in a decompressed stream, trusting no Content-Length and no record size.

Records are framed here, not by warcio or FastWARC: both stop at the first record whose header or
Content-Length is wrong, losing the rest of the file. A record is trusted when its block ends
where the next record (or the file) starts and no line inside its block starts a record that
frames correctly itself. When one is not, framing resumes at the next ``WARC/`` header line
(inside the block when one frames there); the bad stretch up to the next record that frames,
however many bad headers it holds, is one ``malformed_record`` reject with byte offsets into the
decompressed stream. That covers a Content-Length that is too
short, too long, or claims 100 GB in a 1 MB file.

Memory does not follow the input: a block larger than ``max_record_bytes`` is scanned as it
streams past and never held (the record comes out with ``block=None``), and no header, line or
look-ahead is held beyond a fixed bound. It accepts what real crawls write: WARC/0.18
(ClueWeb09), LF-only line ends, empty header values, missing record trailers.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from pipelines.sources.fields import file_reject

TRUNCATED = "truncated_file"
MALFORMED = "malformed_record"

_VERSION = b"WARC/"
_MAX_LINE = 64 << 10
_MAX_HEADER = 64 << 10
# The blank line that ends a header, or a version line inside it (no field starts "WARC/"): the
# search for the end stops at the next candidate record, so a run of bare "WARC/" lines costs
# linear time, not 64 KiB of scanning per line.
_HEADER_END = re.compile(rb"\n(?:\r?\n|WARC/)")
# Below the workers' fixed mmap threshold (pipelines.malloc_limits, 256 KB): a read of 1 MB made
# the buffered reader allocate 1 MB per record there, each an mmap, page faults and an munmap.
_READ_CHUNK = 128 << 10
_TRAILERS = (b"\r\n\r\n", b"\n\n")
_EVERYTHING = 1 << 62  # a scan bound no stream reaches

Reject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class WarcRecord:
    """One framed record: header fields (names lowercased), its block, where it starts."""

    offset: int
    headers: dict[str, str]
    length: int
    block: bytes | None  # None when the block exceeded max_record_bytes and was not kept

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "").lower()

    @property
    def url(self) -> str | None:
        return self.headers.get("warc-target-uri", "").strip("<>") or None

    @property
    def uuid(self) -> str | None:
        """The WARC-Record-ID without ``<urn:uuid:`` … ``>``, or None when it is empty."""
        value = self.headers.get("warc-record-id", "").strip().strip("<>")
        if value.lower().startswith("urn:uuid:"):
            value = value[len("urn:uuid:") :]
        return value or None


class _BadRecord(Exception):
    """A record that cannot be trusted; ``reason`` is the reject reason.

    ``at_header``: the stream is left at a header found inside the bad block, where framing
    resumes; otherwise it resumes after the bad record's own header.
    """

    def __init__(self, reason: str, detail: str, *, at_header: bool = False):
        super().__init__(detail)
        self.reason = reason
        self.at_header = at_header


class _ByteSource:
    """The decompressed stream through a local buffer, with a running offset and marks.

    A local buffer keeps per-line cost low (a WET file has ~10 header lines per record). It is
    filled with ``read1``, one decompression step at a time. When the stream fails (a gzip cut
    off, corrupt, or followed by garbage), the failure is kept in ``error`` and the stream is
    treated as ended there, so every record decompressed before the bad spot is still framed.
    ``mark``/``reset`` let the framer look ahead (is this a header that frames?) and go back;
    bytes before the oldest mark are dropped as the buffer refills, so memory is bounded by what
    is marked, which the framer keeps within ``max_record_bytes``.
    """

    def __init__(self, stream: BinaryIO):
        self._read1 = getattr(stream, "read1", stream.read)
        self._buf = bytearray()
        self._pos = 0
        self._base = 0  # stream offset of _buf[0]
        self._marks: list[int] = []  # stream offsets that reset() returns to, innermost last
        self._eof = False
        self.error: Exception | None = None  # what ended the stream early, if anything

    @property
    def offset(self) -> int:
        """Stream offset of the next unread byte."""
        return self._base + self._pos

    def _fill(self, want: int) -> bool:
        """Buffer at least ``want`` unread bytes; False if the stream ends first."""
        while len(self._buf) - self._pos < want:
            if self._eof:
                return False
            try:
                chunk = self._read1(_READ_CHUNK)
            except (EOFError, OSError, zlib.error) as exc:
                self.error, chunk = exc, b""
            if not chunk:
                self._eof = True
                return False
            # marks only go forward and the position never goes back past one
            keep_from = self._marks[0] - self._base if self._marks else self._pos
            if keep_from and keep_from >= len(self._buf) // 2:
                del self._buf[:keep_from]
                self._base += keep_from
                self._pos -= keep_from
            self._buf += chunk
        return True

    def _take(self, end: int) -> bytes:
        data = bytes(self._buf[self._pos : end])
        self._pos += len(data)
        return data

    def mark(self) -> None:
        self._marks.append(self.offset)

    def reset(self) -> None:
        """Go back to the innermost mark (and forget it)."""
        self._pos = self._marks.pop() - self._base

    def release(self) -> None:
        """Forget the innermost mark."""
        self._marks.pop()

    def marked(self, size: int) -> bytes:
        """The first ``size`` bytes after the innermost mark (all read already)."""
        start = self._marks[-1] - self._base
        with memoryview(self._buf) as view:
            return view[start : min(start + size, self._pos)].tobytes()

    def advance(self, size: int) -> int:
        """Consume up to ``size`` bytes, a chunk at a time; returns how many there were."""
        done = 0
        while done < size and self._fill(1):
            step = min(size - done, len(self._buf) - self._pos)
            self._pos += step
            done += step
        return done

    def readline(self) -> bytes:
        """The next line, cut at _MAX_LINE bytes; b"" at the end of the stream."""
        while (end := self._buf.find(b"\n", self._pos, self._pos + _MAX_LINE)) < 0:
            buffered = len(self._buf) - self._pos
            if buffered >= _MAX_LINE or not self._fill(buffered + 1):
                return self._take(self._pos + _MAX_LINE)
        return self._take(end + 1)

    def peekline(self) -> bytes:
        line = self.readline()
        self._pos -= len(line)  # a refill drops only bytes before the line: it is still here
        return line

    def read_header(self) -> bytes:
        """Everything up to and including the next empty line, in one piece."""
        if not (first := self.peekline()).strip():
            if not first:
                raise _BadRecord(TRUNCATED, "file ends inside a WARC header")
            return self.readline()
        if first.startswith(_VERSION):
            raise _BadRecord(MALFORMED, "a WARC/ version line inside a WARC header")
        while not (end := _HEADER_END.search(self._buf, self._pos, self._pos + _MAX_HEADER)):
            buffered = len(self._buf) - self._pos
            if buffered >= _MAX_HEADER:
                raise _BadRecord(MALFORMED, f"no end of WARC header within {_MAX_HEADER} bytes")
            if not self._fill(buffered + 1):
                raise _BadRecord(TRUNCATED, "file ends inside a WARC header")
        if end.group().endswith(_VERSION):
            self._take(end.start() + 1)  # resynchronising starts at that version line
            raise _BadRecord(MALFORMED, "a WARC/ version line inside a WARC header")
        return self._take(end.end())

    def skip_to_line(self, prefix: bytes, within: int, line_start: bool) -> tuple[int, bool]:
        """Consume bytes up to the first line inside the next ``within`` bytes that starts with
        ``prefix`` (left unread); ``line_start``: whether the next byte starts a line.

        Returns how many bytes were consumed and whether such a line was found (if not, all
        ``within`` bytes were consumed, or the stream ended). Searches a chunk at a time, so
        neither a long stretch nor a long line is ever held.
        """
        consumed = 0
        pattern = b"\n" + prefix
        while consumed < within:
            step = min(within - consumed, _READ_CHUNK)
            self._fill(step + len(prefix))
            stop = self._pos + min(step, len(self._buf) - self._pos)
            if stop == self._pos:
                break
            if line_start and self._buf.startswith(prefix, self._pos):
                return consumed, True
            hit = self._buf.find(pattern, self._pos, stop + len(prefix))
            if 0 <= hit < stop - 1:
                consumed += hit + 1 - self._pos
                self._pos = hit + 1
                return consumed, True
            consumed += stop - self._pos
            line_start = self._buf[stop - 1] == 0x0A
            self._pos = stop
        return consumed, False


def _read_headers(src: _ByteSource) -> dict[str, str]:
    """The fields after the version line, names lowercased; the first of repeated ones wins."""
    headers: dict[str, str] = {}
    name = ""
    for line in src.read_header().decode("utf-8", "replace").split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if line[0] in " \t" and name:
            headers[name] += " " + line.strip()  # folded continuation line
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise _BadRecord(MALFORMED, f"WARC header line without a colon: {line[:80]!r}")
        name = name.strip().lower()
        headers.setdefault(name, value.strip())
    return headers


def _after_block(src: _ByteSource) -> tuple[bytes, bool]:
    """Consume the blank lines after a block; return them and whether a record or EOF follows."""
    blank = []
    while (line := src.peekline()) and not line.strip():
        blank.append(src.readline())
    return b"".join(blank), not line or line.startswith(_VERSION)


def _frames_here(src: _ByteSource, limit: int) -> bool:
    """Whether a record of at most ``limit`` bytes starts here and ends at a record boundary.

    Looks ahead and comes back: the stream position is unchanged.
    """
    src.mark()
    try:
        _read_record(src, src.offset, src.readline(), limit, trial=True)
        return True
    except _BadRecord:
        return False
    finally:
        src.reset()


def _consume_block(src: _ByteSource, length: int, limit: int, check_inside: bool) -> None:
    """Consume a ``length``-byte block, stopping at a header inside it that frames a record.

    Raises ``_BadRecord(MALFORMED, at_header=True)`` there (the Content-Length ran past the next
    record), ``_BadRecord(TRUNCATED)`` when the stream ends inside the block.
    """
    if not check_inside:
        remaining = length - src.advance(length)
    else:
        remaining = _consume_checking(src, length, limit)
    if remaining:
        raise _BadRecord(
            TRUNCATED, f"file ends {length - remaining} bytes into a {length}-byte block"
        )


def _consume_checking(src: _ByteSource, length: int, limit: int) -> int:
    """``_consume_block`` looking for headers inside; returns the bytes the stream lacked."""
    remaining, line_start = length, True  # the block starts right after the header's blank line
    while True:
        consumed, found = src.skip_to_line(_VERSION, remaining, line_start)
        remaining -= consumed
        if not found:
            break
        if _frames_here(src, limit):
            raise _BadRecord(
                MALFORMED,
                f"Content-Length {length} runs past a record header at byte {src.offset}",
                at_header=True,
            )
        remaining -= src.advance(1)  # step over the "W": the search goes on after it
        line_start = False
    return remaining


def _read_record(
    src: _ByteSource, start: int, first_line: bytes, limit: int, *, trial: bool = False
) -> WarcRecord:
    """The record whose version line was just read; ``trial``: only checking that it frames."""
    if not first_line.startswith(_VERSION):
        raise _BadRecord(MALFORMED, f"expected a WARC/ version line, found {first_line[:60]!r}")
    headers = _read_headers(src)
    raw_length = headers.get("content-length", "")
    if not (raw_length.isascii() and raw_length.isdigit()):
        raise _BadRecord(MALFORMED, f"missing or invalid Content-Length {raw_length[:40]!r}")
    # past 18 digits (an exabyte) the length is a lie whatever it says; int() of thousands of
    # digits would raise
    length = int(raw_length) if len(raw_length) <= 18 else _EVERYTHING
    keep = length <= limit
    if trial and not keep:
        raise _BadRecord(MALFORMED, "too large to check within max_record_bytes")
    if keep:
        src.mark()  # to hand out the block, or to re-scan it when its length proves wrong
    try:
        # a trial does not look for headers inside: one level of look-ahead stays bounded
        _consume_block(src, length, limit, check_inside=not trial)
        blank, next_is_record = _after_block(src)
        if not next_is_record and blank not in _TRAILERS:
            raise _BadRecord(
                MALFORMED, f"Content-Length {length} does not end at a record boundary"
            )
    except _BadRecord as bad:
        if keep:
            src.release() if bad.at_header else src.reset()
        raise
    block = None
    if keep:
        block = src.marked(length)
        src.release()
    return WarcRecord(offset=start, headers=headers, length=length, block=block)


def _frame(
    src: _ByteSource, path: str, source: str, limit: int
) -> Generator[WarcRecord | Reject, None, bool]:
    """Records and malformed stretches up to the end of the stream (or where it failed);
    returns whether the end was reported (a record cut off by it).

    Consecutive malformed records make one stretch and one reject, so a run of junk headers
    cannot flood the ledger; the stretch ends where a record frames (or the file ends).
    """
    stretch: list[Any] | None = None  # [start, first problem, malformed headers] while in one

    def stretch_reject(end: int) -> Reject:
        start, problem, count = stretch
        detail = f"{problem} (bytes {start}-{end}"
        detail += f", {count} malformed records)" if count > 1 else ")"
        return file_reject(path, source, MALFORMED, start, detail)

    while True:
        start = src.offset
        line = src.readline()
        if not line:
            if stretch:
                yield stretch_reject(start)
            return False
        if not line.strip():
            continue
        try:
            record = _read_record(src, start, line, limit)
        except _BadRecord as bad:
            if bad.reason == TRUNCATED:
                if stretch:
                    yield stretch_reject(start)
                yield _end_reject(src, path, source, start, str(bad))
                return True
            if stretch:
                stretch[2] += 1
            else:
                stretch = [start, str(bad), 1]
            src.skip_to_line(_VERSION, _EVERYTHING, line_start=True)  # resume at a header
            continue
        if stretch:
            yield stretch_reject(start)
            stretch = None
        yield record


def read_records(
    stream: BinaryIO, path: str, source: str, max_record_bytes: int
) -> Iterator[WarcRecord | Reject]:
    """Every framed record, with rejects for malformed stretches and a cut-off or corrupt file.

    A decompression error ends the file: everything read before it has been yielded, then one
    ``truncated_file`` (gzip ended early) or ``corrupt_file`` reject at the offset reached.
    """
    src = _ByteSource(stream)
    reported = yield from _frame(src, path, source, max_record_bytes)
    if src.error is not None and not reported:
        yield _end_reject(src, path, source, src.offset, "")


def _end_reject(src: _ByteSource, path: str, source: str, offset: int, cut: str) -> Reject:
    """The one row for where the file ends early: cut inside a record (``cut`` says how), or
    a stream error after the last complete record; the stream's error names the reason."""
    error = src.error
    if error is None:
        return file_reject(path, source, TRUNCATED, offset, cut)
    reason = TRUNCATED if isinstance(error, EOFError) else "corrupt_file"
    detail = f"{type(error).__name__}: {error}" + (f"; {cut}" if cut else "")
    return file_reject(path, source, reason, offset, detail)
