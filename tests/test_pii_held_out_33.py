"""held_out_33 of the PII evaluation set (scripts/pii_held_out_33.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the row's e-mail address labelled;
the facility id and postcode are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import email
import email.policy
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from email.header import decode_header, make_header
from email.utils import parseaddr
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import cz_hospitals_data  # noqa: E402 - the scripts folder's modules
import pii_held_out_33 as h33  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's facility id and its postcode, in every layout
IDENTIFIERS = ("id", "postcode")
ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h33.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h33.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h33.data()["rows"]) == 195
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h33.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["layout"] != "mime_qp_html" or h33.email(_row(r))
    assert Counter(r["layout"] for r in records) == {
        "odt_content_table": 57, "mime_qp_html": 41, "notion_markdown": 49, "pptx_slide": 48,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``519 363 111,   0627/352 412-18`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, each
    copy of the e-mail address is labelled, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h33.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CZ") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h33.email(row)
        assert addresses == ([address] * text.count(address) if address else []), r["id"]
        assert not address or addresses, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":tel"


def test_the_facility_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The facility id (``00092584000003``) and the postcode (``66902``) stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h33._f(_row(r), column)
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


def _odt_cells(text: str) -> dict[str, str]:
    root = ET.fromstring(text.split("\n", 1)[1])
    rows = root.iter(f"{ODF_TABLE}table-row")
    return {
        "".join(a.itertext()): "".join(b.itertext())
        for a, b in (list(row.iter(f"{ODF_TABLE}table-cell")) for row in rows)
    }


def test_the_documents_are_well_formed(records):
    """The ODF content parses, its ``Telefon`` cell the phone field, its name the repaired
    Czech; the e-mail parses as MIME, both parts quoted-printable and decoding to text that
    gives the phone field; the Notion page opens with ``# `` and has a ``Telefon:`` line; the
    slide parses, a run ``Telefon: `` followed by the phone field's run."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "odt_content_table":
            assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<office:')
            cells = _odt_cells(text)
            assert cells["Telefon"] == h33.phone(row) and cells["PSČ"] == h33._f(row, "postcode")
            assert cells.get("E-mail", "") == h33.email(row)
            heading = ET.fromstring(text.split("\n", 1)[1]).find(f".//{ODF_TEXT}h")
            assert heading.text == h33._cs(row, "hospital_name")
        elif r["layout"] == "mime_qp_html":
            message = email.message_from_string(text, policy=email.policy.default)
            name, address = parseaddr(email.message_from_string(text)["From"])
            assert address == h33.email(row)
            assert str(make_header(decode_header(name))) == h33._cs(row, "hospital_name")
            parts = list(message.iter_parts())
            assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
            for part in parts:
                assert part["Content-Transfer-Encoding"] == "quoted-printable"
            plain, html = (p.get_content() for p in parts)
            assert f"Telefon: {h33.phone(row)}\n" in plain
            assert f"<td>{h33.phone(row)}</td>" in html
            assert f'href="mailto:{h33.email(row)}"' in html
        elif r["layout"] == "notion_markdown":
            assert text.startswith(f"# {h33._cs(row, 'hospital_name')}\n\n")
            assert f"\nTelefon: {h33.phone(row)}\n" in text
        else:
            head, slide = text.split("\r\n", 1)
            assert head == '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            root = ET.fromstring(slide)
            runs = [t.text for t in root.iter(f"{DRAWING}t")]
            assert runs[runs.index("Telefon: ") + 1] == h33.phone(row)


def test_czech_text_is_read_back_and_values_are_ascii():
    """The file's mis-decoded Czech is read back (``Léèebna`` → ``Léčebna``, the undefined
    ``\\x9d`` → ``ť``), and every phone and e-mail field is ASCII, untouched by it."""
    rows = h33.by_locale()["reg:CZ"]
    types = {h33._cs(r, "facility_type") for r in rows}
    assert "Léčebna pro dlouhodobě nemocné (LDN)" in types
    assert any("Uherskohradišťská" in h33._cs(r, "hospital_name") for r in rows)
    assert all(h33.phone(r).isascii() and h33.email(r).isascii() for r in rows)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h33.data()["sources"]
    assert set(sources) == {"CZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h33.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CZ": 195}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)
    assert sum(1 for r in rows if h33.email(r)) == 147
    kept = {h33.email(r).split("@")[0].lower() for r in rows}
    assert not kept & cz_hospitals_data.PERSONAL


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h33.write(rebuilt)
    assert rebuilt.read_bytes() == h33.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_33"
