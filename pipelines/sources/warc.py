"""WARC (HTML responses → extracted text) and WET (``conversion`` records) readers.

Records are framed here, not by warcio or FastWARC: both stop at the first record whose header or
Content-Length is wrong, losing the rest of the file. This framer checks that every record ends
where the next one (or the file) starts; when one does not, it reports the bad stretch as one
``malformed_record`` reject and resumes at the next ``WARC/`` header line, with byte offsets into
the decompressed stream. It accepts what real crawls write: WARC/0.18 (ClueWeb09), LF-only line
ends, empty header values, missing record trailers. Inside a record, warcio parses the HTTP
headers and undoes chunked transfer encoding; content encodings are undone here (tolerating a
``Content-Encoding: gzip`` over an already-decoded body, as ClueWeb09 has).

Each ``response`` (WARC) or ``conversion`` (WET) record becomes exactly one document or one reject;
``request``, ``metadata``, ``warcinfo``, ``resource`` and ``revisit`` records are not documents and
are skipped. A record's id is ``{source}/{uuid of WARC-Record-ID}``. A record without a usable
WARC-Record-ID (missing, empty, or repeating one already used in the file) is named
``{source}/{file name}#{offset}`` instead, which is just as stable across runs and unique within
the file.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import brotli

from filters.extract import ExtractionTimeout, HtmlExtractor
from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import fallback_id, file_reject

STAGE = "read"
TRUNCATED = "truncated_file"
MALFORMED = "malformed_record"

# Records are held in memory to allow re-scanning after a wrong Content-Length. Common Crawl
# truncates payloads at 1 MiB; a larger record is skipped unread (a response becomes a
# ``record_too_large`` reject) so one 2 GB video in a wget crawl cannot exhaust a worker.
MAX_RECORD_BYTES = 64 << 20
_MAX_LINE = 64 << 10
_MAX_HEADER = 64 << 10
_HEADER_END = re.compile(rb"\n\r?\n")
_READ_CHUNK = 1 << 20
_TRAILERS = (b"\r\n\r\n", b"\n\n")

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class WarcRecord:
    """One framed record: header fields (names lowercased), its block, where it starts."""

    offset: int
    headers: dict[str, str]
    length: int
    block: bytes | None  # None when the record exceeded MAX_RECORD_BYTES and was skipped

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
    """A record that cannot be trusted; ``reason`` is the reject reason."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


class _ByteSource:
    """The decompressed stream through a local buffer, with a running offset and pushback.

    A local buffer keeps per-line cost low (a WET file has ~10 header lines per record). It is
    filled with ``read1``, one decompression step at a time, so that when a gzip turns out to be
    cut off or corrupt, everything decompressed before the bad spot has already been handed out.
    Pushing a bad record's bytes back lets the search for the next header start right after the
    bad header, rather than after a Content-Length that is known to be wrong.
    """

    def __init__(self, stream: BinaryIO):
        self._read1 = getattr(stream, "read1", stream.read)
        self._buf = b""
        self._pos = 0
        self.offset = 0  # of the next unread byte

    def _fill(self) -> bool:
        chunk = self._read1(_READ_CHUNK)
        if chunk:
            self._buf = self._buf[self._pos :] + chunk
            self._pos = 0
        return bool(chunk)

    def _take(self, end: int) -> bytes:
        data = self._buf[self._pos : end]
        self._pos += len(data)
        self.offset += len(data)
        return data

    def readline(self) -> bytes:
        """The next line, cut at _MAX_LINE bytes; b"" at the end of the stream."""
        while (end := self._buf.find(b"\n", self._pos, self._pos + _MAX_LINE)) < 0:
            if len(self._buf) - self._pos >= _MAX_LINE or not self._fill():
                return self._take(self._pos + _MAX_LINE)
        return self._take(end + 1)

    def peekline(self) -> bytes:
        line = self.readline()
        self._pos -= len(line)  # readline's result always ends at _pos in the current buffer
        self.offset -= len(line)
        return line

    def read_header(self) -> bytes:
        """Everything up to and including the next empty line, in one piece."""
        if not (first := self.peekline()).strip():
            if not first:
                raise _BadRecord(TRUNCATED, "file ends inside a WARC header")
            return self.readline()
        while not (end := _HEADER_END.search(self._buf, self._pos, self._pos + _MAX_HEADER)):
            if len(self._buf) - self._pos >= _MAX_HEADER:
                raise _BadRecord(MALFORMED, f"no end of WARC header within {_MAX_HEADER} bytes")
            if not self._fill():
                raise _BadRecord(TRUNCATED, "file ends inside a WARC header")
        return self._take(end.end())

    def read(self, size: int) -> bytes:
        """``size`` bytes, or fewer at the end of the stream."""
        parts = [self._take(self._pos + size)]
        missing = size - len(parts[0])
        while missing > 0 and (chunk := self._read1(missing)):
            parts.append(chunk)
            missing -= len(chunk)
        self.offset += size - missing - len(parts[0])
        return b"".join(parts)

    def skip(self, size: int) -> int:
        skipped = 0
        while skipped < size and (chunk := self.read(min(_READ_CHUNK, size - skipped))):
            skipped += len(chunk)
        return skipped

    def unread(self, data: bytes) -> None:
        self._buf = data + self._buf[self._pos :]
        self._pos = 0
        self.offset -= len(data)


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
    return b"".join(blank), not line or line.startswith(b"WARC/")


def _read_record(src: _ByteSource, start: int, first_line: bytes) -> WarcRecord:
    if not first_line.startswith(b"WARC/"):
        raise _BadRecord(MALFORMED, f"expected a WARC/ version line, found {first_line[:60]!r}")
    headers = _read_headers(src)
    raw_length = headers.get("content-length", "")
    if not raw_length.isdigit():
        raise _BadRecord(MALFORMED, f"missing or invalid Content-Length {raw_length!r}")
    length = int(raw_length)
    if length > MAX_RECORD_BYTES:
        if src.skip(length) < length:
            raise _BadRecord(TRUNCATED, f"file ends inside a {length}-byte record")
        block = None
    else:
        block = src.read(length)
        if len(block) < length:
            if b"\nWARC/" not in block:
                raise _BadRecord(
                    TRUNCATED, f"file ends {len(block)} bytes into a {length}-byte block"
                )
            src.unread(block)
            raise _BadRecord(MALFORMED, f"Content-Length {length} runs past the end of the file")
    # A block followed by the next record, or by exactly the two-line trailer, has the right
    # length; otherwise it is re-scanned, as a header may hide in it.
    blank, next_is_record = _after_block(src)
    if not next_is_record and blank not in _TRAILERS:
        if block is not None:
            src.unread(block + blank)
        raise _BadRecord(MALFORMED, f"Content-Length {length} does not end at a record boundary")
    return WarcRecord(offset=start, headers=headers, length=length, block=block)


def _resync(src: _ByteSource) -> None:
    """Skip to the next line that starts with ``WARC/`` (left unread) or to the end."""
    at_line_start = True
    while line := src.peekline():
        if at_line_start and line.startswith(b"WARC/"):
            return
        at_line_start = src.readline().endswith(b"\n")


def _frame(src: _ByteSource, path: str, source: str) -> Iterator[WarcRecord | Record]:
    while True:
        start = src.offset
        line = src.readline()
        if not line:
            return
        if not line.strip():
            continue
        try:
            record = _read_record(src, start, line)
        except _BadRecord as bad:
            if bad.reason != TRUNCATED:
                _resync(src)
            yield file_reject(
                path, source, bad.reason, start, f"{bad} (bytes {start}-{src.offset})"
            )
            if bad.reason == TRUNCATED:
                return
            continue
        yield record


def read_records(stream: BinaryIO, path: str, source: str) -> Iterator[WarcRecord | Record]:
    """Every framed record, with rejects for malformed stretches and a cut-off or corrupt file.

    A decompression error ends the file: everything read before it has been yielded, then one
    ``truncated_file`` (gzip ended early) or ``corrupt_file`` reject at the offset reached.
    """
    src = _ByteSource(stream)
    try:
        yield from _frame(src, path, source)
    except (EOFError, OSError, zlib.error) as exc:
        reason = TRUNCATED if isinstance(exc, EOFError) else "corrupt_file"
        yield file_reject(path, source, reason, src.offset, f"{type(exc).__name__}: {exc}")


def _documents(
    stream: BinaryIO,
    path: str,
    source: str,
    record_type: str,
    convert: Callable[[WarcRecord, dict[str, Any]], Record],
) -> Iterator[Record]:
    """The loop both readers share: one doc or reject per record of ``record_type``."""
    used: set[str] = set()
    for item in read_records(stream, path, source):
        if not isinstance(item, WarcRecord):
            yield item
            continue
        if item.type != record_type:
            continue
        uuid = item.uuid
        if uuid and uuid not in used:
            used.add(uuid)
            doc_id = f"{source}/{uuid}"
        else:
            doc_id = fallback_id(source, path, str(item.offset))
        where = {
            "id": doc_id,
            "source": source,
            "url": item.url,
            "file": path,
            "offset": item.offset,
        }
        yield convert(item, where)


def _reject(where: dict[str, Any], reason: str, detail: str) -> Record:
    return new_reject(**where, stage=STAGE, reason=reason, detail=detail)


def _media_type(value: str) -> tuple[str, str | None]:
    """``text/html; charset=EUC-JP`` → ``("text/html", "EUC-JP")``."""
    match = _CHARSET.search(value)
    return value.split(";", 1)[0].strip().lower(), match.group(1) if match else None


def _http_payload(block: bytes) -> tuple[int, str, bytes]:
    """HTTP status, Content-Type header and the body with transfer/content encodings undone."""
    from warcio.bufferedreaders import ChunkedDataReader
    from warcio.statusandheaders import StatusAndHeadersParser

    stream = io.BytesIO(block)
    http = StatusAndHeadersParser([], verify=False).parse(stream)
    if not http.protocol.upper().startswith("HTTP/"):
        raise ValueError(f"not an HTTP response: {http.protocol[:40]!r}")
    status = int(http.get_statuscode())
    chunked = "chunked" in (http.get_header("transfer-encoding") or "").lower()
    body = ChunkedDataReader(stream).read() if chunked else stream.read()
    encoding = (http.get_header("content-encoding") or "").strip().lower()
    return status, http.get_header("content-type") or "", _decode_content(body, encoding)


def _decode_content(body: bytes, encoding: str) -> bytes:
    """Undo a Content-Encoding; keep the body as is where the header lies about it.

    ClueWeb09 and some crawlers store the decoded body but keep ``Content-Encoding: gzip``, so a
    body that fails to decompress but already looks like HTML is used unchanged. (warcio's own
    decoding is not used: its brotli path fails with the installed brotli 1.2.)
    """
    if encoding in ("", "identity"):
        return body
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(wbits=31).decompress(body)
        if encoding == "deflate":  # servers send both zlib-wrapped and raw deflate
            wrapped = body[:1] == b"\x78"
            return zlib.decompressobj(wbits=15 if wrapped else -15).decompress(body)
        if encoding == "br":
            return brotli.decompress(body)
        raise ValueError("unsupported encoding")
    except (ValueError, zlib.error, brotli.error) as exc:
        if _looks_like_html(body):
            return body
        raise ValueError(f"Content-Encoding {encoding}: {exc}") from exc


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lower()
    return any(marker in head for marker in _HTML_MARKERS)


def _html_type(record: WarcRecord, declared: str, payload: bytes) -> tuple[str, str]:
    """The payload's media type and where it came from (``http``, ``warc`` or ``sniffed``).

    A missing or empty header falls back to Common Crawl's identified type, then to looking for
    HTML tags; ClueWeb09 has an empty WARC-Identified-Payload-Type, which must not count.
    """
    if declared:
        return declared, "http"
    identified = record.headers.get("warc-identified-payload-type", "").strip().lower()
    if identified:
        return identified, "warc"
    return ("text/html" if _looks_like_html(payload) else ""), "sniffed"


def _response_to_doc(record: WarcRecord, where: dict[str, Any], extractor: HtmlExtractor) -> Record:
    if record.block is None:
        return _reject(where, "record_too_large", f"Content-Length {record.length}")
    warc_type = record.headers.get("content-type", "")
    if warc_type and not warc_type.lower().startswith("application/http"):
        return _reject(where, "non_html_payload", warc_type)
    try:
        status, http_type, payload = _http_payload(record.block)
    except (ValueError, EOFError, OSError, zlib.error) as exc:
        return _reject(where, MALFORMED, f"HTTP payload: {type(exc).__name__}: {exc}")
    if not 200 <= status < 300:
        return _reject(where, "http_status", str(status))
    declared, charset = _media_type(http_type)
    media_type, type_from = _html_type(record, declared, payload)
    if media_type not in HTML_TYPES:
        return _reject(where, "non_html_payload", media_type or "(none)")
    try:
        text = extractor.extract(payload, charset, where["url"])
    except ExtractionTimeout as exc:
        return _reject(where, "extraction_timeout", str(exc))
    except Exception as exc:  # noqa: BLE001 - one page the library cannot handle is one reject
        return _reject(where, "extraction_error", f"{type(exc).__name__}: {exc}")
    if not text:
        return _reject(where, "extraction_empty", media_type)
    metadata = {
        "warc_record_id": record.headers.get("warc-record-id", ""),
        "content_type": media_type,
        "content_type_from": type_from,
        "http_status": str(status),
    }
    if "warc-truncated" in record.headers:
        metadata["warc_truncated"] = record.headers["warc-truncated"]
    return new_doc(**where, text=text, date=record.headers.get("warc-date"), metadata=metadata)


def iter_warc(
    stream: BinaryIO,
    path: str,
    source: str,
    extractor: HtmlExtractor,
    url_check: Callable[[str | None], Any] | None = None,
) -> Iterator[Record]:
    """One document (extracted main text) or reject per ``response`` record, in file order.

    ``url_check`` (``UrlFilter.check``) is asked before extraction: a blocked URL becomes a
    ``url_filter`` reject without its page being parsed.
    """

    def convert(record: WarcRecord, where: dict[str, Any]) -> Record:
        if url_check is not None and not (verdict := url_check(where["url"])).keep:
            return new_reject(
                **where, stage="url_filter", reason=verdict.reason, detail=verdict.detail
            )
        return _response_to_doc(record, where, extractor)

    return _documents(stream, path, source, "response", convert)


def _conversion_to_doc(record: WarcRecord, where: dict[str, Any]) -> Record:
    if record.block is None:
        return _reject(where, "record_too_large", f"Content-Length {record.length}")
    text = record.block.decode("utf-8", "replace")
    # Each maximal invalid sequence became one U+FFFD; the encoded ones were already there.
    replaced = text.count("\ufffd") - record.block.count("\ufffd".encode())
    text = text.strip()
    if not text:
        return _reject(where, "empty_text", "conversion record has no text")
    metadata = {
        "warc_record_id": record.headers.get("warc-record-id", ""),
        "content_type": record.headers.get("content-type", ""),
        "refers_to": record.headers.get("warc-refers-to", ""),
        "utf8_replaced": str(replaced),
    }
    if "warc-identified-content-language" in record.headers:
        metadata["cc_languages"] = record.headers["warc-identified-content-language"]
    return new_doc(**where, text=text, date=record.headers.get("warc-date"), metadata=metadata)


def iter_wet(stream: BinaryIO, path: str, source: str) -> Iterator[Record]:
    """One document or reject per ``conversion`` record; bad UTF-8 is replaced and counted."""
    return _documents(stream, path, source, "conversion", _conversion_to_doc)
