"""held_out_169 of the PII evaluation set (scripts/pii_held_out_169.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and locality are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html import escape as html_escape
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_169 as h169  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the museum's identifiers, in every layout
IDENTIFIERS = ("nombre", "localidad")
EAC = "{urn:isbn:1-931666-33-4}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h169.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h169.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h169.data()["rows"]) == 514
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h169.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "eac_cpf": 129, "fountain_screenplay": 129, "insomnia_export": 128,
        "netscape_bookmarks": 128,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h169.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AR") else short)[(number, h169.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_an_extension_is_not_part_of_the_number(records):
    """Where the field has an extension (``INT.``, ``int.``), the label ends before it."""
    seen = 0
    for r in records:
        for s, e, *_ in r["spans"]:
            after = r["text"][e : e + 5]
            if re.match(r"(?i) int\b", after):
                seen += 1
                assert not re.search(r"(?i)int", r["text"][s:e]), r["id"]
    assert seen == 80


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h169.international)
    assert kinds == {"national:telefono": 1028}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds one number of seven digits or more before any extension;
    the area code stays in its own column; the fields are strings as the file gives them; no
    e-mail column is kept."""
    rows = h169.data()["rows"]
    for row in rows:
        head = re.split(r"(?i)\s*int\b", row["fields"]["telefono"])[0]
        assert any(sum(c.isdigit() for c in p) >= 7 for p in re.split(r"/| y ", head))
        assert "Mail" not in row["fields"]
    assert sum(bool(h169._f(row, "cod_area")) for row in rows) == 512
    assert sum(bool(re.search(r"(?i)int", h169.phone(row))) for row in rows) == 40
    assert Counter(h169._f(row, "fuente") for row in rows)["DNPyM"] == 467


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML or HTML text, a JSON string, or plain text)."""
    if layout == "eac_cpf":
        return escape(value)
    if layout == "netscape_bookmarks":
        return html_escape(value)
    if layout == "insomnia_export":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and locality stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h169._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the Fountain
    and bookmark files read by their fixed shapes), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h169.phone(row), h169._f(row, "nombre")
        if r["layout"] == "eac_cpf":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EAC}eac-cpf"
            ident = root.find(f"{EAC}cpfDescription/{EAC}identity")
            assert ident.findtext(f"{EAC}entityType") == "corporateBody"
            assert ident.findtext(f"{EAC}nameEntry/{EAC}part") == name
            address = root.find(f".//{EAC}place/{EAC}address")
            lines = {a.get("localType"): a.text for a in address}
            assert lines["telefono"] == tel
            assert lines.get("caracteristica", "") == h169._f(row, "cod_area")
            assert tel in root.findtext(f".//{EAC}biogHist/{EAC}p")
        elif r["layout"] == "fountain_screenplay":
            title, _, body = text.partition("\n\n")
            assert title.startswith("Title: ") and "\nContact:\n" in title
            contact = title.split("\nContact:\n", 1)[1].splitlines()
            assert all(line.startswith("    ") for line in contact)
            assert contact[0].strip() == name and contact[-1].strip().startswith(f"Tel. {tel}")
            assert body.startswith(f"INT. {name.upper()} - DÍA\n")
            assert f"PRODUCTORA\n(al teléfono)\nSí, llamamos al {tel}" in body
            assert body.endswith("> FUNDIDO A NEGRO.\n")
        elif r["layout"] == "insomnia_export":
            doc = json.loads(text)
            assert doc["_type"] == "export" and doc["__export_format"] == 4
            kinds = [res["_type"] for res in doc["resources"]]
            assert kinds == ["workspace", "environment", "request"]
            req = doc["resources"][2]
            assert req["method"] == "PATCH" and req["parentId"] == doc["resources"][0]["_id"]
            body = json.loads(req["body"]["text"])
            assert body["telefono"] == tel and body["nombre"] == name
            assert f"al {tel}" in req["description"]
        else:
            assert text.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n")
            links = re.findall(r'<DT><A HREF="([^"]*)" ADD_DATE="(\d+)">(.*)</A>\n', text)
            notes = re.findall(r"        <DD>(.*)\n", text)
            assert len(links) == 2 and len(notes) == 2
            assert links[0][2] == html_escape(name)
            assert f"Tel. {tel}" in notes[0] and f"al {tel}." in notes[1]
            assert text.count("<DL><p>") == 2 and text.count("</DL><p>") == 2


def test_provenance():
    sources = h169.data()["sources"]
    assert set(sources) == {"AR"}
    ar = sources["AR"]
    assert ar["repository"] == "FrancoCaravello/Proyecto-Cultura"
    assert ar["commit"] == "c192438f07c02f96a33a160e6f26b59fbf17beb5"
    assert ar["paths"] == ["museos_datosabiertos.csv"]
    assert "not confirmed" in ar["licence"] and ar["publisher"]
    rows = h169.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AR": 514}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched repository (skipped
    where no mirror of it is at hand)."""
    git = Path("/work/.mirror/FrancoCaravello+Proyecto-Cultura/repo")
    if not git.is_dir():
        pytest.skip("no mirror of FrancoCaravello/Proyecto-Cultura")
    import ar_museums_data as extractor

    data = extractor.extract({"AR": git})
    assert json.dumps(data, ensure_ascii=False, indent=1) + "\n" == h169.ROWS.read_text("utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h169, "held_out_169", tmp_path)
