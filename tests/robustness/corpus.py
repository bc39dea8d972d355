"""A corpus of bad inputs, built in a temporary directory, with the exact outcome each must have.

Every case is one file plus what reading it must give: how many documents, and the reject rows
(reason, offset) in file order. The reader-level tests check each case alone; the pipeline tests
put all of them in one directory and check that the run ledgers every one of them exactly once.

Files are generated (seeded) rather than committed: they are small to describe and large or
binary to store. The real pieces (a Wikipedia dump slice, Dolma JSONL) come from tests/data and
samples/, whose READMEs give their provenance.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.conftest import TEST_DATA

ENWIKI = TEST_DATA / "wiki" / "enwiki-head60.xml.bz2"

# The readers' max_record_bytes for the whole corpus: small, so that an oversized record costs a
# few hundred kilobytes to generate (the largest real record here, an enwiki page, is 190 kB).
RECORD_LIMIT = 300_000
OVERSIZED = 4 * RECORD_LIMIT

# Per input format: the glob (relative to the corpus root) and the source label.
FORMATS = {
    "warc": ("warc/*.warc*", "web"),
    "wet": ("wet/*.wet*", "wet"),
    "jsonl": ("jsonl/*.jsonl*", "js"),
    "parquet": ("parquet/*.parquet", "pq"),
    "wikipedia": ("wiki/*.xml*", "wiki"),
}

ENGLISH = (
    "The river runs through the old town, past the market and the stone bridge that was built "
    "more than three hundred years ago. People come here in the morning to buy bread, fruit and "
    "fish, and in the evening they sit by the water and talk about the day. "
)
CP1252_TEXT = "Crème brûlée à la café – “naïve” façade, déjà vu. "


@dataclass(frozen=True)
class Expected:
    """What reading one file must give: documents, then rejects as (reason, offset) in order.

    ``docs=None`` is for a file cut short: what comes before the file-level reject must be a
    non-empty prefix of what the intact file gives (``Case.intact``). An offset of ``None`` means
    "wherever decompression broke" (it depends on the compressor's block boundaries); the row must
    still have one. ``doc_checks`` are predicates on the documents, in order.
    """

    docs: int | None
    rejects: tuple[tuple[str, int | None], ...] = ()
    doc_checks: tuple[Callable[[dict], bool], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Case:
    name: str  # file name; also the test id
    format: str
    build: Callable[[], bytes]
    expected: Expected
    intact: Callable[[], bytes] | None = None  # the same file before it was damaged

    def path(self, root: Path) -> Path:
        return root / FORMATS[self.format][0].split("/")[0] / self.name

    @property
    def source(self) -> str:
        return FORMATS[self.format][1]


# --- WARC / WET pieces --------------------------------------------------------------------------


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n"
    return head.encode() + body


def page(text: str = ENGLISH * 3, charset: str = "utf-8") -> bytes:
    html = (
        f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
    )
    return html.encode(charset)


def warc_record(
    kind: str, block: bytes, uid: str, length: int | None = None, version: str = "WARC/1.0"
) -> bytes:
    """One record; ``length`` overrides the true Content-Length to make a lying header."""
    content_type = "application/http; msgtype=response"
    if kind == "conversion":
        content_type = "text/plain"
    elif kind == "request":
        content_type = "application/http; msgtype=request"
    head = [
        version,
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uid}>",
        f"WARC-Target-URI: http://example.com/{uid}",
        "WARC-Date: 2024-05-18T01:58:10Z",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block) if length is None else length}",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def uid(file_no: int, n: int) -> str:
    """Record ids distinct across files, so ids in the output identify one input record."""
    return f"00000000-0000-0000-{file_no:04d}-{n:012d}"


def warc_file(file_no: int, n: int, kind: str = "response") -> list[bytes]:
    """``n`` good records, each a distinct readable page (or conversion text)."""
    records = []
    for i in range(n):
        text = f"Page {file_no}-{i}. " + ENGLISH * 3
        block = text.encode() if kind == "conversion" else http_response(page(text))
        records.append(warc_record(kind, block, uid(file_no, i)))
    return records


def offsets(records: list[bytes]) -> list[int]:
    """Start offset of every record in their concatenation."""
    starts, position = [], 0
    for record in records:
        starts.append(position)
        position += len(record)
    return starts


def _cut(data: bytes, keep: float) -> bytes:
    return data[: int(len(data) * keep)]


def _incompressible_warc(file_no: int, n: int, kind: str) -> bytes:
    """Records with random words, so a cut gzip loses a predictable share of them."""
    rng = random.Random(file_no)
    words = ENGLISH.split()
    records = []
    for i in range(n):
        text = " ".join(rng.choice(words) + str(rng.randrange(10**6)) for _ in range(400))
        text = f"Page {file_no}-{i}. {text}."
        block = text.encode() if kind == "conversion" else http_response(page(text))
        records.append(warc_record(kind, block, uid(file_no, i)))
    return b"".join(records)


def _warc_cases() -> list[Case]:
    good = warc_file(1, 3)
    request = warc_record("request", b"GET / HTTP/1.1\r\n\r\n", uid(1, 99))
    cases = [
        Case(
            "good.warc.gz",
            "warc",
            lambda: gzip.compress(b"".join([good[0], request, *good[1:]]), mtime=0),
            Expected(3),
        ),
        Case(
            "truncated.warc.gz",
            "warc",
            lambda: _cut(gzip.compress(_incompressible_warc(2, 8, "response"), mtime=0), 0.6),
            Expected(None, (("truncated_file", None),)),
            intact=lambda: gzip.compress(_incompressible_warc(2, 8, "response"), mtime=0),
        ),
        Case(
            "random.warc.gz",
            "warc",
            lambda: random.Random(3).randbytes(20_000),
            Expected(0, (("corrupt_file", 0),)),
        ),
        Case("empty.warc.gz", "warc", lambda: b"", Expected(0)),
        Case("empty-member.warc.gz", "warc", lambda: gzip.compress(b"", mtime=0), Expected(0)),
    ]

    recs = warc_file(4, 3)
    broken_version = recs[1].replace(b"WARC/1.0", b"WARX/1.0", 1)
    cases.append(
        Case(
            "broken-version-line.warc",
            "warc",
            lambda: b"".join([recs[0], broken_version, recs[2]]),
            Expected(2, (("malformed_record", offsets(recs)[1]),)),
        )
    )
    recs5 = warc_file(5, 3)
    no_colon = recs5[1].replace(b"WARC-Type: response", b"WARC-Type response", 1)
    cases.append(
        Case(
            "header-without-colon.warc.gz",
            "warc",
            lambda: gzip.compress(b"".join([recs5[0], no_colon, recs5[2]]), mtime=0),
            Expected(2, (("malformed_record", offsets(recs5)[1]),)),
        )
    )
    recs6 = warc_file(6, 3)
    bad_length = re.sub(rb"Content-Length: \d+", b"Content-Length: abc", recs6[1], count=1)
    cases.append(
        Case(
            "non-numeric-length.warc.gz",
            "warc",
            lambda: gzip.compress(b"".join([recs6[0], bad_length, recs6[2]]), mtime=0),
            Expected(2, (("malformed_record", offsets(recs6)[1]),)),
        )
    )
    for file_no, delta, label in ((7, -25, "short"), (8, 40, "long")):
        recs_cl = warc_file(file_no, 3)
        block = http_response(page(f"Page {file_no}-1. " + ENGLISH * 3))
        lying = warc_record("response", block, uid(file_no, 1), len(block) + delta)
        data = [recs_cl[0], lying, recs_cl[2]]
        cases.append(
            Case(
                f"content-length-too-{label}.warc.gz",
                "warc",
                lambda data=data: gzip.compress(b"".join(data), mtime=0),
                Expected(2, (("malformed_record", offsets(data)[1]),)),
            )
        )
    # Content-Length too long on the last record: the file ends inside the promised block.
    recs9 = warc_file(9, 2)
    block9 = http_response(page("Page 9-1. " + ENGLISH * 3))
    last_long = warc_record("response", block9, uid(9, 1), len(block9) + 500)
    cases.append(
        Case(
            "last-record-too-long.warc.gz",
            "warc",
            lambda: gzip.compress(recs9[0] + last_long, mtime=0),
            Expected(1, (("truncated_file", len(recs9[0])),)),
        )
    )
    # A plain WARC cut in the middle of its third record's block.
    recs10 = warc_file(10, 3)
    whole10 = b"".join(recs10)
    cut_at = offsets(recs10)[2] + len(recs10[2]) // 2
    cases.append(
        Case(
            "cut-mid-block.warc",
            "warc",
            lambda: whole10[:cut_at],
            Expected(2, (("truncated_file", offsets(recs10)[2]),)),
        )
    )
    cases += _encoding_cases() + _hostile_warc_cases()
    return cases


def _hostile_warc_cases() -> list[Case]:
    """Records built to hurt, each between good ones that must all come out."""
    cases = []
    # A Content-Length of 100 GB in a file of a few kB: the record is malformed, not the file.
    recs = warc_file(12, 4)
    liar = warc_record("response", http_response(page()), uid(12, 90), 100_000_000_000)
    data = [recs[0], liar, *recs[1:]]
    cases.append(
        Case(
            "content-length-100gb.warc.gz",
            "warc",
            lambda data=data: gzip.compress(b"".join(data), mtime=0),
            Expected(4, (("malformed_record", offsets(data)[1]),)),
        )
    )
    # A length that ends exactly where a later record ends: it frames, but swallows a record
    # whose own header frames too; that header wins.
    recs = warc_file(13, 3)
    block = http_response(page("Page 13-90. " + ENGLISH))
    swallowing = warc_record("response", block, uid(13, 90), len(block) + len(recs[1]))
    data = [recs[0], swallowing, *recs[1:]]
    cases.append(
        Case(
            "content-length-past-next-header.warc",
            "warc",
            lambda data=data: b"".join(data),
            Expected(3, (("malformed_record", offsets(data)[1]),)),
        )
    )
    # An honest record larger than the limit, and a small gzip body that inflates past it.
    recs = warc_file(14, 2)
    huge = http_response(page("Big page. " + "word " * (OVERSIZED // 5)))
    bomb_body = gzip.compress(b"<html><body><p>" + b"a" * OVERSIZED, mtime=0)
    bomb = http_response(bomb_body, "text/html\r\nContent-Encoding: gzip")
    data = [
        recs[0],
        warc_record("response", huge, uid(14, 90)),
        warc_record("response", bomb, uid(14, 91)),
        recs[1],
    ]
    starts = offsets(data)
    cases.append(
        Case(
            "oversized-and-bomb.warc.gz",
            "warc",
            lambda data=data: gzip.compress(b"".join(data), mtime=0),
            Expected(2, (("record_too_large", starts[1]), ("record_too_large", starts[2]))),
        )
    )
    # Garbage after the last gzip member: the records before it are all kept.
    recs = warc_file(15, 2)
    cases.append(
        Case(
            "trailing-garbage.warc.gz",
            "warc",
            lambda recs=recs: gzip.compress(b"".join(recs), mtime=0) + b"not gzip" * 50,
            Expected(2, (("corrupt_file", len(b"".join(recs))),)),
        )
    )
    return cases


def _encoding_cases() -> list[Case]:
    """HTML whose bytes disagree with what it declares; each page must still be one document."""
    cp1252 = http_response(page(CP1252_TEXT * 6, "cp1252"), "text/html; charset=UTF-8")
    nulls = http_response(
        page(("Null\x00bytes\x00inside. " + ENGLISH) * 2).replace(b"<title>", b"\x00<title>")
    )
    # UTF-8 text with one cp1252 paragraph pasted in: not valid UTF-8 as a whole.
    mixed_html = page(CP1252_TEXT * 3 + ENGLISH).replace(
        b"</p>", b"</p><p>" + (CP1252_TEXT * 3).encode("cp1252") + b"</p>"
    )
    mixed = http_response(mixed_html)
    blocks = [cp1252, nulls, mixed]
    data = b"".join(warc_record("response", b, uid(11, i)) for i, b in enumerate(blocks))
    return [
        Case(
            "encodings.warc.gz",
            "warc",
            lambda: gzip.compress(data, mtime=0),
            Expected(
                3,
                doc_checks=(
                    lambda d: "Crème brûlée à la café – “naïve” façade" in d["text"],
                    lambda d: "\x00" not in d["text"] and "Null" in d["text"],
                    lambda d: "Crème brûlée" in d["text"] and "\x00" not in d["text"],
                ),
            ),
        )
    ]


def _wet_cases() -> list[Case]:
    good = warc_file(20, 2, "conversion")
    bad_utf8 = warc_record("conversion", b"caf\xe9 au lait " + ENGLISH.encode(), uid(20, 7))
    return [
        Case(
            "good.warc.wet.gz",
            "wet",
            lambda: gzip.compress(b"".join([*good, bad_utf8]), mtime=0),
            Expected(
                3, doc_checks=(lambda d: True, lambda d: True, lambda d: "\ufffd" in d["text"])
            ),
        ),
        Case(
            "truncated.warc.wet.gz",
            "wet",
            lambda: _cut(gzip.compress(_incompressible_warc(21, 10, "conversion"), mtime=0), 0.6),
            Expected(None, (("truncated_file", None),)),
            intact=lambda: gzip.compress(_incompressible_warc(21, 10, "conversion"), mtime=0),
        ),
        Case("empty.warc.wet.gz", "wet", lambda: gzip.compress(b"", mtime=0), Expected(0)),
        Case("zero-byte.warc.wet.gz", "wet", lambda: b"", Expected(0)),
        _wet_liar(),
    ]


def _wet_liar() -> Case:
    recs = warc_file(22, 3, "conversion")
    liar = warc_record("conversion", ENGLISH.encode(), uid(22, 90), 10**20)
    data = [recs[0], liar, *recs[1:]]
    return Case(
        "content-length-huge.warc.wet.gz",
        "wet",
        lambda: gzip.compress(b"".join(data), mtime=0),
        Expected(3, (("malformed_record", offsets(data)[1]),)),
    )


# --- JSONL ----------------------------------------------------------------------------------------


def jsonl_line(doc_id: str, text: object, **extra: object) -> bytes:
    return json.dumps({"id": doc_id, "text": text, **extra}).encode() + b"\n"


def _bad_lines(prefix: str) -> tuple[bytes, Expected]:
    """Good and bad lines; ``prefix`` keeps ids distinct between files."""
    lines = [
        jsonl_line(f"{prefix}ok-1", ENGLISH),
        b'{"id": "%sbad-utf8", "text": "caf\xe9"}\n' % prefix.encode(),
        b'{"id": "%sbad-json", "text": "unterminated\n' % prefix.encode(),
        json.dumps({"id": f"{prefix}no-text", "body": ENGLISH}).encode() + b"\n",
        jsonl_line(f"{prefix}int-text", 42),
        jsonl_line(f"{prefix}list-text", ["a", "b"]),
        b"\n",  # blank lines are not records
        b"[1, 2, 3]\n",
        jsonl_line(f"{prefix}one-char", "a"),
        jsonl_line(f"{prefix}ok-2", ENGLISH + " é ü 日本語"),
    ]
    starts = offsets(lines)
    reasons = [
        (1, "invalid_utf8"),
        (2, "invalid_json"),
        (3, "missing_text_field"),
        (4, "invalid_text_type"),
        (5, "invalid_text_type"),
        (7, "invalid_json"),
    ]
    return b"".join(lines), Expected(3, tuple((r, starts[i]) for i, r in reasons))


def _hostile_lines() -> tuple[bytes, Expected]:
    """Lines built to hurt, each between good ones; control characters and lone surrogates are
    in good documents, which must come out with valid Unicode."""
    deep = 100_000  # json's C decoder gives up past ~1,000 levels (RecursionError)
    lines = [
        jsonl_line("h-ok-1", ENGLISH),
        b'{"id": "h-deep", "text": ' + b"[" * deep + b"]" * deep + b"}\n",
        b'{"id": "h-surrogate\\udc80", "url": "http://x/\\ud800", "title": "t\\udfff",'
        b' "text": "lone \\ud800 surrogate, a pair \\ud83d\\ude00 ' + ENGLISH.encode() + b'"}\n',
        jsonl_line("h-control", "escaped \x00\x01\x1b controls " + ENGLISH),
        b'{"id": "h-raw-control", "text": "raw \x01\x7f\ttab ' + ENGLISH.encode() + b'"}\n',
        jsonl_line("h-too-long", "x" * OVERSIZED),
        b'{"id": "h-digits", "text": "t", "n": ' + b"9" * 5000 + b"}\n",
        jsonl_line("h-list-title", ENGLISH, title=["not", "a", "string"]),
        jsonl_line("h-ok-2", ENGLISH)[:-1],  # the last line has no newline
    ]
    starts = offsets(lines)
    checks = (
        lambda d: d["id"] == "js/h-ok-1",
        lambda d: (
            d["id"] == "js/h-surrogate\ufffd"
            and d["url"] == "http://x/\ufffd"
            and d["title"] == "t\ufffd"
            and "lone \ufffd surrogate, a pair \U0001f600" in d["text"]
            and d["metadata"]["unicode_replaced"] == "4"
        ),
        lambda d: "escaped \x00\x01\x1b controls" in d["text"],
        lambda d: "raw \x01\x7f\ttab" in d["text"],
        lambda d: d["title"] is None,
        lambda d: d["id"] == "js/h-ok-2",
    )
    rejects = (("invalid_json", starts[1]), ("record_too_large", starts[5]))
    rejects += (("invalid_json", starts[6]),)
    return b"".join(lines), Expected(6, rejects, doc_checks=checks)


def _gzip_bomb() -> bytes:
    """A few kB of gzip holding a line of OVERSIZED bytes between two good lines, compressed
    as it is generated (the bench does the same at 1 GB)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(jsonl_line("bomb-ok-1", ENGLISH))
        gz.write(b'{"id": "bomb", "text": "')
        for _ in range(OVERSIZED // 65536 + 1):
            gz.write(b"a" * 65536)
        gz.write(b'"}\n')
        gz.write(jsonl_line("bomb-ok-2", ENGLISH))
    return out.getvalue()


def _jsonl_cases() -> list[Case]:
    data, expected = _bad_lines("")
    gz_data, gz_expected = _bad_lines("gz-")
    hostile, hostile_expected = _hostile_lines()
    good_lines = b"".join(jsonl_line(f"tg-{i}", ENGLISH) for i in range(3))
    rng = random.Random(30)
    many = gzip.compress(
        b"".join(
            jsonl_line(f"t{i}", " ".join(str(rng.randrange(10**9)) for _ in range(200)))
            for i in range(100)
        ),
        mtime=0,
    )
    return [
        Case("bad-lines.jsonl", "jsonl", lambda: data, expected),
        Case("bad-lines.jsonl.gz", "jsonl", lambda: gzip.compress(gz_data, mtime=0), gz_expected),
        Case(
            "truncated.jsonl.gz",
            "jsonl",
            lambda: _cut(many, 0.5),
            Expected(None, (("truncated_file", None),)),
            intact=lambda: many,
        ),
        Case(
            "random.jsonl.gz",
            "jsonl",
            lambda: random.Random(31).randbytes(5000),
            Expected(0, (("corrupt_file", 0),)),
        ),
        Case("empty.jsonl", "jsonl", lambda: b"", Expected(0)),
        Case("empty.jsonl.gz", "jsonl", lambda: gzip.compress(b"", mtime=0), Expected(0)),
        Case("zero-byte.jsonl.gz", "jsonl", lambda: b"", Expected(0)),
        Case("hostile.jsonl", "jsonl", lambda: hostile, hostile_expected),
        Case(
            "gzip-bomb.jsonl.gz",
            "jsonl",
            _gzip_bomb,
            Expected(2, (("record_too_large", len(jsonl_line("bomb-ok-1", ENGLISH))),)),
        ),
        Case(
            "trailing-garbage.jsonl.gz",
            "jsonl",
            lambda: gzip.compress(good_lines, mtime=0) + b"\x00garbage" * 40,
            Expected(3, (("corrupt_file", len(good_lines)),)),
        ),
    ]


# --- Parquet --------------------------------------------------------------------------------------


def parquet_bytes(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _parquet_cases() -> list[Case]:
    good = pa.table({"id": ["p1", "p2", "p3"], "text": [ENGLISH, None, "b"]})
    no_text = pa.table({"id": ["n1"], "content": [ENGLISH]})
    int_text = pa.table({"id": ["i1", "i2"], "text": [1, 2]})
    empty_table = pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())})
    whole = parquet_bytes(pa.table({"id": ["c1"], "text": [ENGLISH]}))
    return [
        Case(
            "good.parquet",
            "parquet",
            lambda: parquet_bytes(good),
            Expected(2, (("missing_text_field", 1),)),
        ),
        Case(
            "no-text-column.parquet",
            "parquet",
            lambda: parquet_bytes(no_text),
            Expected(0, (("schema_mismatch", 0),)),
        ),
        Case(
            "int-text.parquet",
            "parquet",
            lambda: parquet_bytes(int_text),
            Expected(0, (("invalid_text_type", 0), ("invalid_text_type", 1))),
        ),
        Case("zero-rows.parquet", "parquet", lambda: parquet_bytes(empty_table), Expected(0)),
        Case("empty.parquet", "parquet", lambda: b"", Expected(0, (("unreadable_file", 0),))),
        Case(
            "cut.parquet",
            "parquet",
            lambda: whole[: len(whole) // 2],
            Expected(0, (("unreadable_file", 0),)),
        ),
        *_hostile_parquet_cases(),
    ]


def unvalidated_strings(values: list[bytes]) -> pa.Array:
    """A string column holding bytes that are not UTF-8, as a non-validating writer makes."""
    raw = pa.array(values, pa.binary())
    return pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())


def _hostile_parquet_cases() -> list[Case]:
    ok = ENGLISH
    wrong_fields = pa.table(
        {
            "id": pa.array([{"a": 1}, {"a": 2}]),  # a struct: no usable id, position instead
            "text": [ok, ok],
            "title": pa.array([[1, 2], [3]]),
            "url": pa.array([7, 8]),
            "date": pa.array([{"y": 2024}, None]),
        }
    )
    return [
        Case(
            "list-text.parquet",
            "parquet",
            lambda: parquet_bytes(pa.table({"id": ["l1", "l2"], "text": [["a"], ["b", "c"]]})),
            Expected(0, (("invalid_text_type", 0), ("invalid_text_type", 1))),
        ),
        Case(
            "binary-text.parquet",
            "parquet",
            lambda: parquet_bytes(
                pa.table({"id": ["b1", "b2", "b3"], "text": [ok.encode(), b"\xff\xfe", b"ok"]})
            ),
            Expected(2, (("invalid_utf8", 1),)),
        ),
        Case(
            "unvalidated-utf8.parquet",
            "parquet",
            lambda: parquet_bytes(
                pa.table(
                    {
                        "id": unvalidated_strings([b"u1", b"u2\xff", b"u3"]),
                        "text": unvalidated_strings([ok.encode(), b"bad \xc3(", ok.encode()]),
                    }
                )
            ),
            Expected(2, (("invalid_utf8", 1),)),
        ),
        Case(
            "wrong-typed-fields.parquet",
            "parquet",
            lambda: parquet_bytes(wrong_fields),
            Expected(
                2,
                doc_checks=(
                    lambda d: (
                        d["id"] == "pq/wrong-typed-fields.parquet#R0"
                        and d["title"] is None
                        and d["url"] is None
                        and d["date"] is None
                    ),
                    lambda d: d["id"] == "pq/wrong-typed-fields.parquet#R1",
                ),
            ),
        ),
        Case(
            "oversized-row.parquet",
            "parquet",
            lambda: parquet_bytes(
                pa.table({"id": ["o1", "o2", "o3"], "text": [ok, "x" * OVERSIZED, ok]})
            ),
            Expected(2, (("record_too_large", 1),)),
        ),
    ]


# --- Wikipedia ------------------------------------------------------------------------------------


def enwiki_xml() -> bytes:
    return bz2.decompress(ENWIKI.read_bytes())


def _cut_mid_tag() -> bytes:
    """The dump cut inside the ``<title>`` tag of its 11th page (after ``<tit``)."""
    raw = enwiki_xml()
    starts = [m.start() for m in re.finditer(rb"<page>", raw)]
    title = raw.index(b"<title>", starts[10])
    return raw[: title + 4]


def multiblock_bz2() -> bytes:
    """The real dump re-compressed with 100 kB bz2 blocks, so damage mid-file spares the start."""
    return bz2.compress(enwiki_xml(), compresslevel=1)


def _corrupt_bz2() -> bytes:
    data = bytearray(multiblock_bz2())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    return bytes(data)


def wiki_page(n: int, text: str, title: str | None = None) -> str:
    title = title or f"Page {n}"
    return (
        f"<page><title>{title}</title><ns>0</ns><id>{n}</id><revision><id>{n}</id>"
        f"<timestamp>2024-01-01T00:00:00Z</timestamp><text>{text}</text></revision></page>\n"
    )


def wiki_dump(body: str, prolog: str = "") -> bytes:
    head = "<mediawiki><siteinfo><dbname>testwiki</dbname></siteinfo>\n"
    return (f'<?xml version="1.0"?>\n{prolog}' + head + body + "</mediawiki>\n").encode()


def billion_laughs() -> str:
    """A DTD whose last entity expands to 10^9 copies of "lol"."""
    decls = ['  <!ENTITY lol0 "lol">']
    for level in range(1, 10):
        decls.append(f'  <!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    return "<!DOCTYPE mediawiki [\n" + "\n".join(decls) + "\n]>\n"


def _hostile_wiki_cases() -> list[Case]:
    laughs = wiki_dump(
        wiki_page(1, ENGLISH) + wiki_page(2, f"Laugh: &lol9; {ENGLISH}") + wiki_page(3, ENGLISH),
        billion_laughs(),
    )
    big = wiki_dump(wiki_page(1, ENGLISH) + wiki_page(2, "y " * OVERSIZED) + wiki_page(3, ENGLISH))
    comment = "<!-- " + "c" * (OVERSIZED * 4) + " -->"
    held = wiki_dump(wiki_page(1, ENGLISH) + comment + wiki_page(2, ENGLISH))

    def page_at(data: bytes, n: int) -> int:
        return data.index(b"<page><title>Page %d<" % n)

    return [
        Case(
            "billion-laughs.xml",
            "wikipedia",
            lambda: laughs,
            Expected(
                2,
                (
                    ("xml_entity_refused", page_at(laughs, 2)),
                    # expat reports the DTD where its internal subset opens
                    ("xml_dtd_refused", laughs.index(b"[\n  <!ENTITY")),
                ),
            ),
        ),
        Case(
            "oversized-page.xml.bz2",
            "wikipedia",
            lambda: bz2.compress(big),
            Expected(2, (("record_too_large", page_at(big, 2)),)),
        ),
        Case(
            "huge-comment.xml",
            "wikipedia",
            lambda: held,
            # expat must hold a comment whole: reading stops there, the page before is kept
            Expected(1, (("record_too_large", None),)),
        ),
    ]


def _wiki_cases() -> list[Case]:
    cut = _cut_mid_tag()
    return [
        *_hostile_wiki_cases(),
        Case(
            "enwiki-cut-mid-tag.xml",
            "wikipedia",
            lambda: cut,
            # expat points at the start of the token it could not finish: ``<tit``
            Expected(None, (("truncated_file", len(cut) - len(b"<tit")),)),
            intact=enwiki_xml,
        ),
        Case(
            "enwiki-corrupt-mid-stream.xml.bz2",
            "wikipedia",
            _corrupt_bz2,
            Expected(None, (("corrupt_file", None),)),
            intact=multiblock_bz2,
        ),
        Case(
            "enwiki-empty.xml",
            "wikipedia",
            lambda: b"",
            Expected(0, (("unreadable_file", 0),)),
        ),
        Case(
            "enwiki-random.xml.bz2",
            "wikipedia",
            lambda: random.Random(40).randbytes(3000),
            Expected(0, (("corrupt_file", 0),)),
        ),
    ]


def all_cases() -> list[Case]:
    return _warc_cases() + _wet_cases() + _jsonl_cases() + _parquet_cases() + _wiki_cases()


def write_corpus(root: Path, cases: list[Case] | None = None) -> list[Case]:
    """Write every case under ``root/<format dir>/``; returns the cases written."""
    cases = all_cases() if cases is None else cases
    for case in cases:
        path = case.path(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.build())
    return cases
