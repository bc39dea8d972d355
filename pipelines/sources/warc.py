"""WARC (HTML responses → extracted text) and WET (``conversion`` records) readers.

Records are framed by ``warc_frames`` (which trusts no Content-Length and holds no block larger
than ``max_record_bytes``). Inside a record, warcio parses the HTTP headers and undoes chunked
transfer encoding; content encodings are undone here (tolerating a ``Content-Encoding: gzip``
over an already-decoded body, as ClueWeb09 has), never to more than ``max_record_bytes``, so a
small compressed body cannot expand into gigabytes.

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
from typing import Any, BinaryIO

import brotli

from filters.extract import ExtractionTimeout, HtmlExtractor
from pipelines.config import DEFAULT_MAX_RECORD_BYTES
from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import fallback_id
from pipelines.sources.warc_frames import MALFORMED, WarcRecord, read_records

STAGE = "read"
TOO_LARGE = "record_too_large"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)

Record = dict[str, Any]


def _documents(
    stream: BinaryIO,
    path: str,
    source: str,
    record_type: str,
    convert: Callable[[WarcRecord, dict[str, Any]], Record],
    max_record_bytes: int,
) -> Iterator[Record]:
    """The loop both readers share: one doc or reject per record of ``record_type``."""
    used: set[str] = set()
    for item in read_records(stream, path, source, max_record_bytes):
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


class _TooLarge(ValueError):
    """A body whose Content-Encoding expands past max_record_bytes."""


def _too_large(where: dict[str, Any], record: WarcRecord) -> Record:
    return _reject(where, TOO_LARGE, f"Content-Length {record.length}, over max_record_bytes")


def _media_type(value: str) -> tuple[str, str | None]:
    """``text/html; charset=EUC-JP`` → ``("text/html", "EUC-JP")``."""
    match = _CHARSET.search(value)
    return value.split(";", 1)[0].strip().lower(), match.group(1) if match else None


def _http_payload(block: bytes, limit: int) -> tuple[int, str, bytes]:
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
    return status, http.get_header("content-type") or "", _decode_content(body, encoding, limit)


def _decode_content(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo a Content-Encoding, to at most ``limit`` bytes; keep the body as is where the header
    lies about it.

    ClueWeb09 and some crawlers store the decoded body but keep ``Content-Encoding: gzip``, so a
    body that fails to decompress but already looks like HTML is used unchanged. (warcio's own
    decoding is not used: its brotli path fails with the installed brotli 1.2.) Raises
    ``_TooLarge`` for a body that would expand past ``limit`` (a compression bomb).
    """
    if encoding in ("", "identity"):
        return body
    try:
        if encoding in ("gzip", "x-gzip"):
            decoded = zlib.decompressobj(wbits=31).decompress(body, limit + 1)
        elif encoding == "deflate":  # servers send both zlib-wrapped and raw deflate
            wrapped = body[:1] == b"\x78"
            decoded = zlib.decompressobj(wbits=15 if wrapped else -15).decompress(body, limit + 1)
        elif encoding == "br":
            inflater = brotli.Decompressor()
            decoded = inflater.process(body, output_buffer_limit=limit + 1)
            if len(decoded) <= limit and not inflater.is_finished():
                raise ValueError("brotli stream is incomplete")
        else:
            raise ValueError("unsupported encoding")
    except (ValueError, zlib.error, brotli.error) as exc:
        if _looks_like_html(body):
            return body
        raise ValueError(f"Content-Encoding {encoding}: {exc}") from exc
    if len(decoded) > limit:
        raise _TooLarge(f"Content-Encoding {encoding} expands past max_record_bytes ({limit})")
    return decoded


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


def _response_to_doc(
    record: WarcRecord, where: dict[str, Any], extractor: HtmlExtractor, limit: int
) -> Record:
    if record.block is None:
        return _too_large(where, record)
    warc_type = record.headers.get("content-type", "")
    if warc_type and not warc_type.lower().startswith("application/http"):
        return _reject(where, "non_html_payload", warc_type)
    try:
        status, http_type, payload = _http_payload(record.block, limit)
    except _TooLarge as exc:
        return _reject(where, TOO_LARGE, str(exc))
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
    *,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
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
        return _response_to_doc(record, where, extractor, max_record_bytes)

    return _documents(stream, path, source, "response", convert, max_record_bytes)


def _conversion_to_doc(record: WarcRecord, where: dict[str, Any]) -> Record:
    if record.block is None:
        return _too_large(where, record)
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


def iter_wet(
    stream: BinaryIO,
    path: str,
    source: str,
    *,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[Record]:
    """One document or reject per ``conversion`` record; bad UTF-8 is replaced and counted."""
    return _documents(stream, path, source, "conversion", _conversion_to_doc, max_record_bytes)
