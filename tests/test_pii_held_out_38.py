"""held_out_38 of the PII evaluation set (scripts/pii_held_out_38.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real landline
or fax field, copied unchanged, each copy labelled; each copy of the row's e-mail address
labelled; the MFL code and postcode are in the text and unlabelled) and are rebuilt byte for
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
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ke_mfl_facilities_data as source  # noqa: E402 - the scripts folder's modules
import pii_held_out_38 as h38  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's MFL code and its postcode, in every layout
IDENTIFIERS = ("Facility Code", "Post Code")
DOCBOOK = "{http://docbook.org/ns/docbook}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h38.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h38.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h38.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h38.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "typst_letter": 75, "groff_ms_letter": 75, "docbook_article": 75, "pandoc_swahili": 75,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_and_address_is_labelled_unchanged(records):
    """Each number of the landline field (``064-51016,064-51118`` holds two) and of a fax
    field of its own is labelled wherever the field stands if a person could hold it, a
    distractor if not; each copy of the e-mail address is labelled, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in (h38.phone(row), h38.fax(row)):
            if not value:
                continue
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "KE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        address = h38.email(row)
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert addresses == ([address] * text.count(address) if address else []), r["id"]
        assert not address or addresses, r["id"]
        assert not r["unscored"]


def test_a_fax_that_repeats_the_landline_is_left_out():
    """``069-52022`` as both landline and fax is one number: the fax is not written again."""
    row = {"fields": {"Official Landline": "069-52022", "Official Fax": "069-52022"}}
    assert h38.fax(row) == ""
    row["fields"]["Official Fax"] = "064-52160"
    assert h38.fax(row) == "064-52160"


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert kind in ("national:tel", "national:fax"), r["id"]
                column = h38.fax(_row(r)) if kind.endswith("fax") else h38.phone(_row(r))
                assert r["text"][s:e] in column, r["id"]


def test_the_mfl_code_and_postcode_are_in_the_text_and_unlabelled(records):
    """The MFL code (``17009``) and, where the row has one, the postcode (``70100``) stand in
    every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h38._f(_row(r), column)
            if not value:
                assert column == "Post Code", r["id"]
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


def _typst_cells(text: str) -> dict[str, str]:
    """The ``[key], [value],`` rows of the letter's ``#table``."""
    table = text.split("#table(\n", 1)[1].split("\n)\n", 1)[0]
    return dict(re.findall(r"^  \[([^\]]+)\], \[(.*)\],$", table, re.M))


def test_the_documents_are_well_formed(records):
    """The Typst letter's unescaped brackets balance and its table gives ``[Telephone], [...]``; the
    groff letter's lines are requests or text (no text line starts with ``.`` or ``'`` unless
    it is a request of the letter) and its ``tbl`` rows hold two cells; the DocBook article is
    XML whose ``<phone>`` is the landline and ``<email>`` the address; the Pandoc notice's
    metadata block is YAML and its definition list gives ``Simu``."""
    requests = re.compile(r"\.(?:\\\"|ND|nr|LP|PP|ad|br|sp|B|TS|TE)(?: |$)")
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "typst_letter":
            bare = re.sub(r"\\.", "", text)  # escaped characters are text
            assert bare.count("[") == bare.count("]"), r["id"]
            cells = _typst_cells(text)
            assert cells["Telephone"] == h38.phone(row)
            assert cells.get("Fax", "") == h38.fax(row)
            assert cells.get("E-mail", "") == (
                f'#link("mailto:{h38.email(row)}")' if h38.email(row) else ""
            )
            assert cells["MFL code"] == h38._f(row, "Facility Code")
        elif r["layout"] == "groff_ms_letter":
            lines = text.split("\n")
            assert all(requests.match(x) for x in lines if x[:1] in (".", "'")), r["id"]
            table = text.split("lB l.\n", 1)[1].split("\n.TE\n", 1)[0].split("\n")
            cells = dict(x.split(";") for x in table)
            assert cells["Tel."] == h38.phone(row)
            assert cells.get("Fax", "") == h38.fax(row)
            assert cells.get("E-mail", "") == h38.email(row)
        elif r["layout"] == "docbook_article":
            root = ET.fromstring(text)
            assert root.tag == f"{DOCBOOK}article"
            assert root.find(f".//{DOCBOOK}phone").text == h38.phone(row)
            found = root.find(f".//{DOCBOOK}email")
            assert (found.text if found is not None else "") == h38.email(row)
            pob = root.find(f".//{DOCBOOK}pob")
            assert (pob.text if pob is not None else "") == h38._f(row, "Official Address")
        else:
            head, body = text[4:].split("\n...\n", 1)
            meta = yaml.safe_load(head)
            assert meta["lang"] == "sw-KE" and h38._f(row, "Facility Name") in meta["title"]
            assert f"\nSimu\n:   {h38.phone(row)}\n" in body
            if h38.email(row):
                assert f"\nBarua pepe\n:   <{h38.email(row)}>\n" in body


def test_the_data_keeps_no_persons_column_and_only_office_addresses():
    """No row keeps the officer's name or title, the mobile or alternate numbers, or an
    address whose local part names a person; every row is an organisation's facility."""
    rows = h38.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KE": 300}
    for r in rows:
        fields = r["fields"]
        assert not set(source.DROPPED) & set(fields), r["path"]
        assert not fields["Owner"].startswith("Private Practice"), r["path"]
        assert sum(c.isdigit() for c in fields["Official Landline"]) >= 6, r["path"]
        address = fields.get("Official Email", "").strip()
        if address:
            assert source.ADDRESS.fullmatch(address), r["path"]
            assert address.split("@")[0].lower() not in source.PERSONAL, r["path"]
    assert sum(1 for r in rows if h38.email(r)) == 147


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h38.data()["sources"]
    assert set(sources) == {"KE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h38.write(rebuilt)
    assert rebuilt.read_bytes() == h38.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_38"
