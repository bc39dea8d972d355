"""held_out_43 of the PII evaluation set (scripts/pii_held_out_43.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the row's office e-mail address
labelled; the row's id and postcode are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_43 as h43  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the row's id in the file and its postcode, in every layout (where the row has one)
IDENTIFIERS = ("id", "postcode")
# a C-style escape of the ``.strings`` and ``.po`` layouts (and aapt's), read back
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"n": "\n", "t": "\t"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h43.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h43.by_locale()[locale][n]


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), value)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h43.data()["rows"]) == 112
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h43.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "android_strings_xml": 28, "ios_localizable_strings": 28, "flutter_arb": 28,
        "gettext_po": 28,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``2313 303110, 2313 303111, 2313 303310`` holds three)
    is labelled wherever the field stands, as its layout escapes it, if a person could hold
    it, a distractor if not; each copy of the e-mail address is labelled, and nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        raw = h43.phone(row)
        shown = h43.BLOCKS[r["layout"]].shown(raw)
        copies = text.count(shown)
        assert copies and re.search(r"\d", raw), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(raw):
            number = raw[s:e]
            (expected if personal_phone(number, "GR") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h43.email(row)
        assert addresses == [address] * (text.count(address) if address else 0), r["id"]
        assert not r["unscored"]


def test_a_row_without_an_office_address_writes_none(records):
    """Rows whose ``email`` field named a person, held several addresses or none were left
    without the key; their records label no address."""
    without = [r for r in records if not h43.email(_row(r))]
    assert len(without) == 112 - 68
    for r in without:
        assert not any(t == "EMAIL_ADDRESS" for *_, t, _ in r["spans"])
        assert not re.search(r"[\w.+-]@[\w-]+\.\w", r["text"]), r["id"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":tel"


def test_the_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The row's id (``0``) and postcode (``546 42``) stand in every record's text, outside
    the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h43._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """The strings.xml parses and its phone string, unescaped as aapt does, is the row's
    field; every ``.strings`` line is a comment, blank or ``"key" = "value";`` and the phone
    key reads back the field; the ARB file is JSON whose ``@@locale`` is ``el`` and whose
    phone and e-mail keys are the row's fields; each ``.po`` entry's ``msgid`` and
    ``msgstr`` read back the same value, the phone's the field."""
    for r in records:
        row, text, n = _row(r), r["text"], h43._f(_row(r), "id")
        if r["layout"] == "android_strings_xml":
            root = ET.fromstring(text)
            strings = {e.get("name"): e.text for e in root.iter("string")}
            assert _unescape(strings[f"hospital_phone_{n}"]) == h43.phone(row)
            assert root.find("integer").text == n
        elif r["layout"] == "ios_localizable_strings":
            pairs = {}
            body = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
            for line in body.splitlines():
                if line.strip():
                    m = re.fullmatch(r'"([^"]+)" = "((?:[^"\\]|\\.)*)";', line)
                    assert m, (r["id"], line)
                    pairs[m.group(1)] = _unescape(m.group(2))
            assert pairs[f"hospital.{n}.phone"] == h43.phone(row)
            assert pairs[f"hospital.{n}.id"] == n
        elif r["layout"] == "flutter_arb":
            arb = json.loads(text)
            assert arb["@@locale"] == "el" and arb[f"hospital{n}Id"] == n
            assert arb[f"hospitalPhone{n}"] == h43.phone(row)
            assert arb.get(f"hospitalEmail{n}", "") == h43.email(row)
        else:
            assert text.startswith("# Greek translation") and '"Language: el\\n"' in text
            entries = re.findall(
                r'msgctxt "(\w+)"\nmsgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"', text
            )
            assert all(msgid == msgstr for _, msgid, msgstr in entries)
            values = {ctxt: _unescape(msgid) for ctxt, msgid, _ in entries}
            assert values["hospital_phone"] == h43.phone(row)
            assert values.get("hospital_email", "") == h43.email(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h43.data()["sources"]
    assert set(sources) == {"GR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h43.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GR": 112}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)


def test_the_data_keeps_no_address_that_names_a_person():
    """The e-mail fields left out are those ``gr_hospitals_data.PERSONAL`` lists, those of
    several addresses and those of none; every address kept is one well-formed address."""
    from gr_hospitals_data import ADDRESS, PERSONAL

    for row in h43.data()["rows"]:
        if "email" in row["fields"]:
            value = row["fields"]["email"].strip()
            assert ADDRESS.fullmatch(value) and value not in PERSONAL, row["path"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h43.write(rebuilt)
    assert rebuilt.read_bytes() == h43.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_43"
