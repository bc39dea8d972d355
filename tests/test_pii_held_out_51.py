"""held_out_51 of the PII evaluation set (scripts/pii_held_out_51.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; each copy of each of the row's e-mail
addresses labelled; the row's room count and price range are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_51 as h51  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the establishment's room count and price range, in every layout where the row has them
IDENTIFIERS = ("Số phòng", "Giá")
OTA = "{http://www.opentravel.org/OTA/2003/05}"
GHERKIN_STEP = re.compile(r"(Cho|Khi|Thì|Và|Nhưng|Biết|\*) \S")
GHERKIN_HEAD = re.compile(r"(Tính năng|Bối cảnh|Kịch bản|Tình huống|Khung kịch bản|Dữ liệu):")
CS_TOKEN = re.compile(
    r'"((?:[^"\\\n]|\\.)*)"|(null)|(-?\d+)|(new DateTime\([\d, ]+DateTimeKind\.Utc\))'
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h51.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h51.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h51.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h51.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "gherkin_feature": 150, "ota_hotel_descriptive": 150, "rst_page": 150,
        "efcore_seed": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_and_addresses_is_labelled_unchanged(records):
    """Each number of the phone field (``0252 3870 678, 0938 562 562`` holds two) and of a fax
    field of its own is labelled wherever the field stands if a person could hold it, a
    distractor if not; each copy of each e-mail address is labelled, and nothing else is."""
    totals = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in (h51.phone(row), h51.fax(row)):
            if not value:
                continue
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "VN") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert addresses == Counter({a: text.count(a) for a in h51.emails(row)}), r["id"]
        assert all(addresses[a] for a in h51.emails(row)), r["id"]
        assert not r["unscored"]
        totals.update(kind for *_, kind in r["spans"])
    assert totals == {"national:phone": 1194, "national:fax": 119, "register": 450}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind.split(":")[0] == ("international" if intl else "national")
                assert kind.split(":")[1] in ("phone", "fax")


def test_the_room_count_and_price_are_in_the_text_and_unlabelled(records):
    """The room count (``52``) and price range (``300.000 - 400.000``), where the row has
    them, stand in the record's text outside the labels, whole."""
    seen = Counter()
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in IDENTIFIERS:
            value = h51._f(_row(r), column)
            if not value:
                continue
            seen[column] += 1
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)
    assert seen == {"Số phòng": 407, "Giá": 189}


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _cells(line: str) -> list[str]:
    """A Gherkin table row's cells, unescaped (``\\|``, ``\\\\``, ``\\n``) and stripped."""
    inner = line.strip()
    assert inner.startswith("|") and inner.endswith("|") and not inner.endswith("\\|")
    cells = re.split(r"(?<!\\)\|", inner[1:-1])
    unescape = {"\\|": "|", "\\\\": "\\", "\\n": "\n"}
    return [re.sub(r"\\[|\\n]", lambda m: unescape[m.group()], c).strip() for c in cells]


def _gherkin(text: str) -> dict[str, str]:
    """A feature file read line by line as Gherkin reads it: the language comment first, every
    line a comment, tag line, keyword line, step or table row; the data table's rows of one
    width, returned as its header's columns to the record's cells."""
    lines = text.splitlines()
    assert lines[0] == "# language: vi"
    table = []
    for line in lines:
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            assert all(t.startswith("@") for t in s.split())
        elif s.startswith("|"):
            table.append(_cells(line))
        else:
            assert (
                GHERKIN_HEAD.match(s)
                or GHERKIN_STEP.match(s)
                or line.startswith("  Là ")
                or (line.startswith(("  Tôi ", "  Để ")))
            ), line
    assert sum(1 for x in lines if x.startswith("Tính năng: ")) == 1
    assert len(table) == 2 and len(table[0]) == len(table[1])
    return dict(zip(table[0], table[1], strict=True))


def _rst(text: str) -> dict[str, str]:
    """A page read as reStructuredText lays it out: a reference label, a title whose overline
    and underline match and are no shorter than it, a field list (``:Name: body``, each name
    once), then a ``note`` directive whose body is indented; the fields returned by name."""
    lines = text.split("\n")
    assert re.fullmatch(r"\.\. _[a-z0-9-]+:", lines[0]) and lines[1] == ""
    over, title, under = lines[2:5]
    assert over == under and set(over) == {"="} and len(over) >= len(title.expandtabs(8))
    fields, at = {}, 6
    while lines[at]:
        m = re.fullmatch(r":([^:]+): (.+)", lines[at])
        assert m and m.group(1) not in fields, lines[at]
        fields[m.group(1)] = m.group(2)
        at += 1
    assert lines[at + 1 : at + 3] == [".. note::", ""]
    assert lines[at + 3].startswith("   ") and lines[at + 3].strip()
    assert lines[at + 4 :] == [""]
    return fields


def _insert_values(text: str) -> list[str | None]:
    """The ``values: new object[] { ... }`` of the migration's ``InsertData``, as C# reads its
    literals (strings unescaped, ``null`` as None, numbers and the ``DateTime`` as written)."""
    line = next(x for x in text.splitlines() if "values: new object[] { " in x)
    body = line.split("new object[] { ", 1)[1].removesuffix(" });")
    out, at = [], 0
    while at < len(body):
        m = CS_TOKEN.match(body, at)
        assert m, body[at:]
        if m.group(1) is not None:
            out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
        elif m.group(2):
            out.append(None)
        else:
            out.append(m.group(3) or m.group(4))
        at = m.end()
        if at < len(body):
            assert body[at : at + 2] == ", ", body[at:]
            at += 2
    return out


def test_the_documents_are_well_formed(records):
    """The feature file reads as Gherkin whose table row is the record and whose steps quote
    the phone; the OTA message is XML whose voice ``<Phone>`` is the phone field (a tab read
    as a space, as XML reads attributes) and whose fax and e-mails are the row's; the page's
    title, field list and note are laid out as reStructuredText reads them, the phone its
    ``Điện thoại`` field and an inline literal; the migration's braces balance and
    ``InsertData`` gives one value per column, the phone as the ``DienThoai`` string."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h51.phone(row)
        if r["layout"] == "gherkin_feature":
            table = _gherkin(text)
            assert table["Điện thoại"] == tel and table["Fax"] == h51.fax(row)
            assert table["Tên cơ sở"] == h51._f(row, "Tên cơ sở")
            assert f'Thì trang hiển thị số điện thoại "{tel}"' in text
        elif r["layout"] == "ota_hotel_descriptive":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{OTA}OTA_HotelDescriptiveContentNotifRQ"
            phones = {
                p.get("PhoneTechType"): p.get("PhoneNumber") for p in root.iter(f"{OTA}Phone")
            }
            assert phones.get("1") == re.sub(r"[\t\n]", " ", tel)
            assert phones.get("3") == (h51.fax(row) or None)
            assert [e.text for e in root.iter(f"{OTA}Email")] == h51.emails(row)
            rooms = [t.get("Count") for t in root.iter(f"{OTA}TypeRoom")]
            assert rooms == ([h51._f(row, "Số phòng")] if h51._f(row, "Số phòng") else [])
        elif r["layout"] == "rst_page":
            fields = _rst(text)
            assert fields["Điện thoại"] == tel
            assert fields.get("Fax", "") == h51.fax(row)
            links = re.findall(r"`([^`<]+) <mailto:([^>]+)>`__", fields.get("Email", ""))
            assert links == [(a, a) for a in h51.emails(row)]
            assert f"``{tel}``" in text
        else:
            code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)
            assert code.count("{") == code.count("}") and code.count("(") == code.count(")")
            values = _insert_values(text)
            line = next(x for x in text.splitlines() if "columns: new[] { " in x)
            columns = re.findall(r'"(\w+)"', line)
            record = dict(zip(columns, values, strict=True))
            assert record["DienThoai"] == tel
            assert record["Fax"] == (h51.fax(row) or None)
            assert record["Email"] == (h51._f(row, "Email") or None)
            assert record["SoPhong"] == (h51._f(row, "Số phòng") or None)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h51.data()["sources"]
    assert set(sources) == {"VN"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h51.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["Điện thoại"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(re.fullmatch(r"\d*", r["fields"]["Số phòng"].strip()) for r in rows)
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(set(paths))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h51.write(rebuilt)
    assert rebuilt.read_bytes() == h51.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_51"
