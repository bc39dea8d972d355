"""WARC/WET readers and HTML extraction: real crawl samples plus every kind of broken input.

Counts use resiliparse (~100× faster than trafilatura here) wherever the extractor choice does not
matter; trafilatura runs on a handful of pages only.
"""

from __future__ import annotations

import gzip
import io
import pickle
import random
import re
import zlib
from collections import Counter
from pathlib import Path

import brotli
import pytest

from filters.extract import (
    INLINE_MAX_TAGS,
    HtmlExtractor,
    decode_html,
    extracted_in_process,
    has_control_bytes,
    meta_charset,
)
from pipelines.schema import is_reject
from pipelines.sources.files import open_input
from pipelines.sources.warc import iter_warc, iter_wet
from tests.conftest import TEST_DATA

CC = TEST_DATA / "cc"
WHIRLWIND = CC / "ccwhirlwind_whirlwind.warc.gz"
WHIRLWIND_WET = CC / "ccwhirlwind_whirlwind.warc.wet.gz"
DOLMA = CC / "dolma_sample-0000.warc.gz"
CC_2020 = CC / "resiliparse_warcfile.warc.gz"
CLUEWEB = CC / "resiliparse_clueweb-quirk.warc.gz"

FAST = HtmlExtractor("resiliparse")
TAG = re.compile(r"</?(html|head|body|div|span|p|a|script|style|table|td|tr|li|ul|br)\b", re.I)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH_PARAGRAPH = (
    "Common Crawl maintains a free, open repository of web crawl data that can be used by anyone. "
    "The archive holds petabytes of pages collected since 2008 and is updated every month. "
)


def _read(
    path: Path | str, extractor: HtmlExtractor = FAST, **limit: int
) -> tuple[list[dict], list[dict]]:
    path = str(path)
    with open_input(path) as stream:
        if ".wet" in path:
            records = list(iter_wet(stream, path, "cc", **limit))
        else:
            records = list(iter_warc(stream, path, "cc", extractor, **limit))
    docs = [r for r in records if not is_reject(r)]
    return docs, [r for r in records if is_reject(r)]


def _reasons(rejects: list[dict]) -> Counter:
    return Counter(r["reason"] for r in rejects)


# --- synthetic WARC pieces ---------------------------------------------------------------------


def _http(body: bytes, status: str = "200 OK", content_type: str | None = "text/html", *extra):
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines += extra
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _record(
    warc_type: str,
    block: bytes,
    n: int,
    content_type: str = "application/http; msgtype=response",
    record_id: str | None = None,
) -> bytes:
    rid = record_id if record_id is not None else f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"
    head = [
        "WARC/1.0",
        f"WARC-Type: {warc_type}",
        f"WARC-Target-URI: http://example.com/{n}",
        "WARC-Date: 2024-05-18T01:58:10Z",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    if rid:
        head.insert(2, f"WARC-Record-ID: {rid}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _page(text: str = ENGLISH_PARAGRAPH, charset: str = "utf-8") -> bytes:
    html = (
        f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
    )
    return html.encode(charset)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    """Write bytes as given: a test gzips its data itself, or names non-gzip bytes ``.gz``."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def dolma_raw() -> bytes:
    return gzip.decompress(DOLMA.read_bytes())


# --- real samples ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "n_docs"),
    [(WHIRLWIND, 1), (DOLMA, 22), (CC_2020, 16), (CLUEWEB, 29), (WHIRLWIND_WET, 1)],
    ids=lambda v: v.name if isinstance(v, Path) else str(v),
)
def test_real_samples_counts_and_text(path: Path, n_docs: int):
    docs, rejects = _read(path)
    assert len(docs) == n_docs and rejects == []
    for doc in docs:
        assert doc["text"].strip() and not TAG.search(doc["text"]), doc["url"]
        assert doc["id"].startswith("cc/") and doc["url"].startswith("http")
        assert doc["file"] == str(path) and doc["date"]
    assert len({d["id"] for d in docs}) == n_docs


def test_clueweb_quirk_file_yields_its_japanese_pages():
    """WARC/0.18, LF-only HTTP headers, empty payload type, a false Content-Encoding: gzip."""
    docs, _ = _read(CLUEWEB)
    assert len(docs) == 29
    assert all(len(JAPANESE.findall(d["text"])) > 20 for d in docs)
    assert docs[0]["id"] == "cc/8789ea4e-e914-4ec6-8b7a-ecdd45d340a7"
    assert docs[0]["metadata"]["content_type"] == "text/html"


def test_doc_fields_and_offset_points_at_the_record(dolma_raw: bytes):
    docs, _ = _read(DOLMA)
    for doc in docs:
        header = dolma_raw[doc["offset"] : doc["offset"] + 2000]
        assert header.startswith(b"WARC/1.0")
        assert doc["metadata"]["warc_record_id"].encode() in header
        assert doc["id"] == "cc/" + doc["metadata"]["warc_record_id"][10:-1]
        assert doc["metadata"]["http_status"] == "200"
        assert doc["metadata"]["content_type_from"] == "http"


def test_wet_conversion_record_matches_its_warc_response():
    (wet,), _ = _read(WHIRLWIND_WET)
    (warc,), _ = _read(WHIRLWIND)
    assert wet["id"] == "cc/ba729a40-ff84-4085-8d48-0a5b2ee0c42d"
    assert wet["url"] == warc["url"] == "https://an.wikipedia.org/wiki/Escopete"
    assert wet["metadata"]["refers_to"] == warc["metadata"]["warc_record_id"]
    assert wet["metadata"]["utf8_replaced"] == "0" and wet["metadata"]["cc_languages"] == "spa"
    assert "Escopete" in wet["text"] and wet["n_words"] > 100


def test_ids_are_stable_across_reads():
    for path in (DOLMA, CLUEWEB, WHIRLWIND_WET):
        first, _ = _read(path)
        second, _ = _read(path)
        assert [(d["id"], d["offset"]) for d in first] == [(d["id"], d["offset"]) for d in second]


@pytest.mark.parametrize("name", ["trafilatura", "resiliparse"])
def test_both_extractors_give_text_on_real_pages(name: str):
    extractor = HtmlExtractor(name)
    (escopete,), _ = _read(WHIRLWIND, extractor)
    assert "Escopete" in escopete["text"] and escopete["n_words"] > 50
    assert not TAG.search(escopete["text"])
    with open_input(str(CLUEWEB)) as stream:
        records = iter_warc(stream, str(CLUEWEB), "cc", extractor)
        japanese = [next(records) for _ in range(2)]
    assert all(not is_reject(d) and JAPANESE.search(d["text"]) for d in japanese)


# --- broken files ------------------------------------------------------------------------------


def test_truncated_gzip_keeps_what_was_read_then_one_reject(tmp_path: Path):
    data = DOLMA.read_bytes()
    docs, rejects = _read(_write(tmp_path, "cut.warc.gz", data[: len(data) // 2]))
    full, _ = _read(DOLMA)
    assert 0 < len(docs) < 22
    assert [d["id"] for d in docs] == [d["id"] for d in full[: len(docs)]]
    (reject,) = rejects
    assert reject["reason"] == "truncated_file" and reject["offset"] > docs[-1]["offset"]


def test_corrupt_gzip_member_is_one_reject(tmp_path: Path, dolma_raw: bytes):
    members = b"".join(gzip.compress(dolma_raw[i : i + 50_000]) for i in range(0, 400_000, 50_000))
    broken = bytearray(members)
    broken[len(members) // 2 : len(members) // 2 + 64] = bytes(64)
    docs, rejects = _read(_write(tmp_path, "bad.warc.gz", bytes(broken)))
    assert docs and _reasons(rejects) == {"corrupt_file": 1}


def _members(*records: bytes) -> list[bytes]:
    return [gzip.compress(record, mtime=0) for record in records]


def _flip(data: bytes, at: int) -> bytes:
    flipped = bytearray(data)
    flipped[at] ^= 1
    return bytes(flipped)


_RECS = [_record("response", _http(_page()), n) for n in range(3)]
_GZ = _members(*_RECS)
_ENDS = [sum(map(len, _RECS[: i + 1])) for i in range(3)]  # decompressed offset after record i
_EOF = "EOFError: Compressed file ended before the end-of-stream marker was reached"


@pytest.mark.parametrize(
    ("data", "n_docs", "reject"),
    [
        # zero padding and empty members between members are read through
        (_GZ[0] + bytes(100) + gzip.compress(b"", mtime=0) + _GZ[1] + bytes(7) + _GZ[2], 3, None),
        # a member's data comes out before its trailer is checked: record 1 is kept, and the
        # reject is at its end with the check that failed
        (_GZ[0] + _flip(_GZ[1], -8) + _GZ[2], 2, ("corrupt_file", _ENDS[1], "CRC check failed")),
        (
            _GZ[0] + _flip(_GZ[1], -1) + _GZ[2],
            2,
            ("corrupt_file", _ENDS[1], "BadGzipFile: Incorrect length of data produced"),
        ),
        (_GZ[0] + _GZ[1][:5], 1, ("truncated_file", _ENDS[0], _EOF)),  # cut inside a header
        (_GZ[0] + _GZ[1][:-4], 2, ("truncated_file", _ENDS[1], _EOF)),  # cut inside a trailer
    ],
    ids=["padding", "crc", "length", "cut-header", "cut-trailer"],
)
def test_gzip_member_boundaries(tmp_path: Path, data: bytes, n_docs: int, reject):
    """What each gzip member fault leaves, to the byte: a faster gunzip must give the same."""
    docs, rejects = _read(_write(tmp_path, "members.warc.gz", data))
    assert [d["offset"] for d in docs] == [0, *_ENDS][:n_docs]
    if reject is None:
        assert rejects == []
        return
    reason, offset, detail = reject
    (got,) = [(r["reason"], r["offset"], r["detail"]) for r in rejects]
    assert got[:2] == (reason, offset) and detail in got[2]


def test_random_bytes_named_warc_gz(tmp_path: Path):
    docs, rejects = _read(_write(tmp_path, "junk.warc.gz", random.Random(0).randbytes(5000)))
    assert docs == [] and len(rejects) == 1
    assert rejects[0]["reason"] == "corrupt_file" and rejects[0]["offset"] == 0


def test_random_bytes_uncompressed_is_one_malformed_stretch(tmp_path: Path):
    docs, rejects = _read(_write(tmp_path, "junk.warc", random.Random(1).randbytes(200_000)))
    assert docs == [] and _reasons(rejects) == {"malformed_record": 1}
    assert rejects[0]["offset"] == 0 and "200000" in rejects[0]["detail"]


def test_plain_warc_cut_inside_a_record(tmp_path: Path, dolma_raw: bytes):
    docs, rejects = _read(_write(tmp_path, "cut.warc", dolma_raw[:300_000]))
    assert 0 < len(docs) < 22 and _reasons(rejects) == {"truncated_file": 1}


# Off by a few bytes of trailing white space is tolerated; these land inside text or a header.
@pytest.mark.parametrize("delta", [-100, -7, +30, +100_000])
def test_wrong_content_length_loses_only_that_record(tmp_path: Path, dolma_raw: bytes, delta: int):
    data = dolma_raw.replace(
        b"Content-Length: 88099", f"Content-Length: {88099 + delta}".encode(), 1
    )
    docs, rejects = _read(_write(tmp_path, "cl.warc.gz", gzip.compress(data)))
    assert len(docs) == 21
    (reject,) = rejects
    assert reject["reason"] == "malformed_record" and "Content-Length" in reject["detail"]
    assert dolma_raw[reject["offset"] :].startswith(b"WARC/1.0\r\nWARC-Type: response")


@pytest.mark.parametrize(
    "breakage",
    [
        (b"Content-Length: 88099", b"Content-Length: lots"),
        (b"Content-Length: 88099", b"Content-Size: 88099"),
        (b"Content-Length: 88099", b"Content-Length 88099"),
        (b"WARC/1.0\r\nWARC-Type: response", b"GARBAGE\r\nWARC-Type: response"),
    ],
    ids=["non_numeric_length", "no_length", "no_colon", "no_version_line"],
)
def test_broken_header_is_one_reject(tmp_path: Path, dolma_raw: bytes, breakage):
    old, new = breakage
    index = dolma_raw.index(b"Content-Length: 88099")
    start = dolma_raw.rindex(b"WARC/1.0", 0, index)
    data = dolma_raw[:start] + dolma_raw[start:].replace(old, new, 1)
    docs, rejects = _read(_write(tmp_path, "hdr.warc.gz", gzip.compress(data)))
    assert len(docs) == 21 and _reasons(rejects) == {"malformed_record": 1}
    assert (
        rejects[0]["offset"] == start
        and rejects[0]["id"] == f"cc/hdr.warc.gz#malformed_record@{start}"
    )


# --- synthetic records -------------------------------------------------------------------------


def test_each_response_is_one_doc_or_one_reason(tmp_path: Path):
    records = [
        _record("warcinfo", b"software: test\r\n", 0, "application/warc-fields"),
        _record("request", b"GET / HTTP/1.1\r\n\r\n", 1, "application/http; msgtype=request"),
        _record("response", _http(_page()), 2),
        _record("response", _http(_page(), "404 Not Found"), 3),
        _record("response", _http(b"\x89PNG\r\n\x1a\n", content_type="image/png"), 4),
        _record("response", _http(_page(), content_type=None), 5),
        _record("response", _http(b"plain words", content_type=None), 6),
        _record("response", _http(b"<html><body></body></html>"), 7),
        _record("response", b"not http at all\r\n\r\n", 8),
        _record("response", b"dns answer", 9, content_type="text/dns"),
        _record("metadata", b"fetchTimeMs: 1\r\n", 10, "application/warc-fields"),
        _record("response", _http(_page(), "301 Moved"), 11),
    ]
    docs, rejects = _read(_write(tmp_path, "mix.warc", b"".join(records)))
    assert [d["url"] for d in docs] == ["http://example.com/2", "http://example.com/5"]
    assert docs[1]["metadata"]["content_type_from"] == "sniffed"
    got = [(r["url"].rsplit("/", 1)[1], r["reason"], r["detail"]) for r in rejects]
    assert got == [
        ("3", "http_status", "404"),
        ("4", "non_html_payload", "image/png"),
        ("6", "non_html_payload", "(none)"),
        ("7", "extraction_empty", "text/html"),
        ("8", "malformed_record", got[4][2]),
        ("9", "non_html_payload", "text/dns"),
        ("11", "http_status", "301"),
    ]
    assert "not an HTTP response" in got[4][2]


def test_missing_or_repeated_record_id_falls_back_to_file_and_offset(tmp_path: Path):
    same = "<urn:uuid:11111111-2222-3333-4444-555555555555>"
    records = [
        _record("response", _http(_page()), 0, record_id=""),
        _record("response", _http(_page()), 1, record_id=same),
        _record("response", _http(_page()), 2, record_id=same),
    ]
    path = _write(tmp_path, "ids.warc.gz", gzip.compress(b"".join(records)))
    docs, _ = _read(path)
    offsets = [0, len(records[0]), len(records[0]) + len(records[1])]
    assert [d["offset"] for d in docs] == offsets
    assert [d["id"] for d in docs] == [
        "cc/ids.warc.gz#0",
        "cc/11111111-2222-3333-4444-555555555555",
        f"cc/ids.warc.gz#{offsets[2]}",
    ]


def test_oversized_record_is_skipped_unread(tmp_path: Path):
    big = _record("response", _http(_page(ENGLISH_PARAGRAPH * 20)), 0)
    docs, rejects = _read(
        _write(tmp_path, "big.warc", big + _record("response", _http(_page()), 1)),
        max_record_bytes=2000,
    )
    assert [d["url"] for d in docs] == ["http://example.com/1"]
    assert _reasons(rejects) == {"record_too_large": 1}


def test_extractor_failure_is_one_reject(tmp_path: Path):
    class Failing(HtmlExtractor):
        def extract(self, html, content_type_charset=None, url=None):
            if url.endswith("/0"):
                raise RuntimeError("parser crashed")
            return super().extract(html, content_type_charset, url)

    data = b"".join(_record("response", _http(_page()), n) for n in range(2))
    docs, rejects = _read(_write(tmp_path, "x.warc", data), Failing("resiliparse"))
    assert len(docs) == 1 and rejects[0]["reason"] == "extraction_error"
    assert "parser crashed" in rejects[0]["detail"]


def test_declared_utf8_but_really_cp1252(tmp_path: Path):
    text = "Crème brûlée à la café – “naïve” façade. " * 8
    body = _http(_page(text, "cp1252"), "200 OK", "text/html; charset=UTF-8")
    (doc,), rejects = _read(_write(tmp_path, "cp.warc", _record("response", body, 0)))
    assert rejects == [] and "Crème brûlée à la café – “naïve” façade." in doc["text"]
    assert "\ufffd" not in doc["text"]


def test_null_and_control_bytes_in_html(tmp_path: Path):
    html = (
        _page(ENGLISH_PARAGRAPH)
        .replace(b"repository", b"repo\x00sitory")
        .replace(b"archive", b"arc\x01\x0bhive")
    )
    for name in ("trafilatura", "resiliparse"):
        (doc,), _ = _read(
            _write(tmp_path, "nul.warc", _record("response", _http(html), 0)), HtmlExtractor(name)
        )
        assert "open repository" in doc["text"] and "The archive holds" in doc["text"]


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("br", brotli.compress)],
)
def test_chunked_and_content_encoded_bodies_are_decoded(tmp_path: Path, encoding, compress):
    packed = compress(_page())
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (packed[:50], packed[50:]))
    body = _http(
        chunked + b"0\r\n\r\n",
        "200 OK",
        "text/html",
        "Transfer-Encoding: chunked",
        f"Content-Encoding: {encoding}",
    )
    (doc,), _ = _read(_write(tmp_path, "te.warc", _record("response", body, 0)))
    assert "open repository of web crawl data" in doc["text"]


def test_corrupt_content_encoding_is_malformed(tmp_path: Path):
    packed = bytearray(gzip.compress(_page(ENGLISH_PARAGRAPH * 20)))
    packed[40:80] = bytes(40)
    body = _http(bytes(packed), "200 OK", "text/html", "Content-Encoding: gzip")
    docs, rejects = _read(_write(tmp_path, "ce.warc", _record("response", body, 0)))
    assert docs == [] and _reasons(rejects) == {"malformed_record": 1}
    assert "Content-Encoding gzip" in rejects[0]["detail"]


def test_lf_only_framing_and_missing_trailer(tmp_path: Path):
    block = _http(_page())
    one = (
        b"WARC/1.0\nWARC-Type: response\nWARC-Record-ID: <urn:uuid:a>\n"
        b"Content-Length: %d\n\n" % len(block) + block
    )
    docs, rejects = _read(_write(tmp_path, "lf.warc", one + b"\n" + one.replace(b":a>", b":b>")))
    assert [d["id"] for d in docs] == ["cc/a", "cc/b"] and rejects == []


def test_wet_invalid_utf8_is_replaced_and_counted(tmp_path: Path):
    text = "Ein Text über Wörter. ".encode() + b"\xff\xfe broken" + " \ufffd real".encode()
    records = _record("conversion", text, 0, "text/plain") + _record("conversion", b" \n", 1)
    docs, rejects = _read(_write(tmp_path, "x.warc.wet.gz", gzip.compress(records)))
    assert docs[0]["metadata"]["utf8_replaced"] == "2" and "Wörter" in docs[0]["text"]
    assert _reasons(rejects) == {"empty_text": 1}


def test_wet_truncated_file(tmp_path: Path):
    data = b"".join(_record("conversion", _page(), n, "text/plain") for n in range(50))
    gz = gzip.compress(data)
    docs, rejects = _read(_write(tmp_path, "cut.warc.wet.gz", gz[: len(gz) * 2 // 3]))
    assert docs and _reasons(rejects) == {"truncated_file": 1}


# --- extraction and decoding -------------------------------------------------------------------


def test_decode_html_prefers_what_decodes():
    page = "<p>Señor Müller’s café serves crème brûlée à la carte.</p>" * 5
    assert decode_html(page.encode("cp1252"), "utf-8") == page
    euc = '<meta charset="EUC-JP"><p>日本語のページです</p>'.encode("euc_jp")
    assert decode_html(euc, None).endswith("日本語のページです</p>")
    utf8 = "<p>déjà vu</p>".encode()
    assert decode_html(utf8, "iso-8859-1") == "<p>déjà vu</p>"
    assert decode_html(b"\xef\xbb\xbf<p>x</p>", "cp1252") == "<p>x</p>"
    assert decode_html("<p>ü</p>".encode("utf-16-le"), "utf-16") == "<p>ü</p>"
    assert decode_html(b"a\x00b\x07c\td\r\n", None) == "abc\td\r\n"
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gbk">') == (
        "gbk"
    )


def test_control_bytes_are_those_below_space_but_tab_lf_cr():
    """``has_control_bytes`` decides whether a page's text is cleaned (bytes.translate before)."""
    for code in range(256):
        expected = code < 0x20 and code not in (0x09, 0x0A, 0x0D)
        assert has_control_bytes(b"<p>a" + bytes([code]) + b"b</p>") is expected, code
    assert not has_control_bytes(b"") and not has_control_bytes("\t\n\r\r\n é".encode())
    assert has_control_bytes(b"\t\n\r" * 1000 + b"\x1f")


def test_in_process_decision_counts_the_text_not_the_bytes():
    """A page goes to the budgeted child on its text's "<" count: its bytes are counted first
    and may hold more 0x3C (UTF-16 writes U+3C3C as 3C 3C), never fewer."""
    few = "\ufeff<p>" + "\u3c3c" * INLINE_MAX_TAGS + "</p>"  # 2 "<", 2 + 2 * limit bytes 0x3C
    html = few.encode("utf-16-le")
    assert html.count(b"<") > INLINE_MAX_TAGS
    assert extracted_in_process(html, decode_html(html))
    many = ("<b>x</b>" * (INLINE_MAX_TAGS // 2)).encode()
    assert extracted_in_process(many, decode_html(many))  # exactly the limit
    many += b"<br>"
    assert not extracted_in_process(many, decode_html(many))
    assert not extracted_in_process(many.decode().encode("utf-16"), decode_html(many))


def test_extractor_options_pickling_and_empty_input():
    extractor = HtmlExtractor("trafilatura", include_tables=False, deduplicate=True)
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.trafilatura_options == extractor.trafilatura_options
    assert clone.extract(b"") == "" and clone.extract(b"   ") == ""
    assert HtmlExtractor("resiliparse").extract(b"<html><body></body></html>") == ""
    with pytest.raises(ValueError, match="unknown extractor"):
        HtmlExtractor("boilerpipe")  # type: ignore[arg-type]


def test_zlib_error_is_a_corrupt_file():
    """A raw deflate error (not only OSError) ends the file with a reject, not a crash."""

    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer):
            raise zlib.error("invalid distance too far back")

    rejects = list(iter_wet(io.BufferedReader(Broken()), "x.warc.wet.gz", "cc"))
    assert _reasons(rejects) == {"corrupt_file": 1}


# --- hostile records ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("br", brotli.compress)],
)
def test_content_encoding_bomb_is_too_large_not_inflated(tmp_path: Path, encoding, compress):
    """A few kB of body that would inflate to 5 MB, with a 1 MB limit."""
    bomb = _http(
        compress(_page("a" * 5_000_000)), "200 OK", "text/html", f"Content-Encoding: {encoding}"
    )
    records = [_record("response", _http(_page()), 0), _record("response", bomb, 1)]
    records.append(_record("response", _http(_page()), 2))
    docs, rejects = _read(
        _write(tmp_path, "bomb.warc", b"".join(records)), max_record_bytes=1 << 20
    )
    assert len(docs) == 2 and _reasons(rejects) == {"record_too_large": 1}
    assert f"Content-Encoding {encoding} expands past" in rejects[0]["detail"]


@pytest.mark.parametrize("length", ["²³", "-5", "1e9", "9" * 5000])
def test_content_length_that_is_not_a_plain_number(tmp_path: Path, length: str):
    """Unicode digits, signs, exponents and 5,000-digit numbers never reach int() unguarded."""
    good = [_record("response", _http(_page()), n) for n in range(2)]
    bad = re.sub(rb"Content-Length: \d+", f"Content-Length: {length}".encode(), good[0], count=1)
    docs, rejects = _read(_write(tmp_path, "len.warc", bad + good[1]))
    assert [d["url"] for d in docs] == ["http://example.com/1"]
    assert _reasons(rejects) == {"malformed_record": 1}


def test_deeply_nested_markup_is_one_record_between_good_pages(tmp_path: Path):
    """20,000 nested tags: resiliparse's time grows with the square of the nesting, so the page
    goes through the budgeted child. Whatever the machine's speed, the page gives exactly one
    record (a document or an extraction_timeout reject) and its neighbours are documents."""
    nested = b"<html><body>" + b"<div>" * 20_000 + _page() + b"</div>" * 20_000 + b"</body></html>"
    records = [
        _record("response", _http(page), n) for n, page in enumerate([_page(), nested, _page()])
    ]
    extractor = HtmlExtractor("resiliparse", timeout_s=1.0)
    try:
        docs, rejects = _read(_write(tmp_path, "nested.warc", b"".join(records)), extractor)
    finally:
        extractor.close()
    urls = sorted(r["url"] for r in docs + rejects)
    assert urls == [f"http://example.com/{n}" for n in range(3)]
    assert {"http://example.com/0", "http://example.com/2"} <= {d["url"] for d in docs}
    assert all(r["reason"] == "extraction_timeout" for r in rejects)


def test_consecutive_malformed_records_are_one_stretch(tmp_path: Path):
    """Junk between two good records is one reject however many bad headers it holds: 20,000
    bare version lines, then two records with broken headers."""
    good = [_record("response", _http(_page()), n) for n in range(2)]
    broken = [
        _record("response", _http(_page()), 7).replace(b"WARC-Type: response", b"WARC-Type"),
        re.sub(rb"Content-Length: \d+", b"Content-Length: x", good[1], count=1),
    ]
    junk = b"WARC/1.0\r\n" * 20_000 + b"".join(broken)
    docs, rejects = _read(_write(tmp_path, "junk.warc", good[0] + junk + good[1]))
    assert [d["url"] for d in docs] == ["http://example.com/0", "http://example.com/1"]
    (stretch,) = rejects
    assert stretch["reason"] == "malformed_record" and stretch["offset"] == len(good[0])
    end = len(good[0]) + len(junk)
    assert stretch["detail"].endswith(f"(bytes {len(good[0])}-{end}, 20002 malformed records)")


class _Read1Sizes(io.RawIOBase):
    """A decompressed stream that records the size of every ``read1`` asked of it."""

    def __init__(self, stream):
        self._stream = stream
        self.asked: list[int] = []

    def readable(self) -> bool:
        return True

    def read1(self, size: int = -1) -> bytes:
        self.asked.append(size)
        return self._stream.read1(size)

    def read(self, size: int = -1) -> bytes:
        return self.read1(size)


def test_reads_stay_below_the_workers_mmap_threshold():
    """A read of 1 MB made the buffered reader allocate 1 MB per record, above the workers'
    fixed mmap threshold (pipelines.malloc_limits): an mmap, page faults and an munmap each
    time. Reads of at most the threshold come from the heap."""
    from pipelines.malloc_limits import MMAP_THRESHOLD

    path = str(WHIRLWIND)
    with open_input(path) as stream:
        sizes = _Read1Sizes(stream)
        docs = [r for r in iter_warc(sizes, path, "cc", FAST) if not is_reject(r)]
    assert docs and sizes.asked
    assert max(sizes.asked) < MMAP_THRESHOLD
