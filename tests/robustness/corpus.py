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
    cases += _encoding_cases()
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
    ]


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


def _jsonl_cases() -> list[Case]:
    data, expected = _bad_lines("")
    gz_data, gz_expected = _bad_lines("gz-")
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


def _wiki_cases() -> list[Case]:
    cut = _cut_mid_tag()
    return [
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
