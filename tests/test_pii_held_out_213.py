"""held_out_213 of the PII evaluation set (scripts/pii_held_out_213.py): its committed records
keep the generator's invariants (every labelled phone, fax and e-mail value is the row's real
field, copied unchanged, each copy labelled; the office's name, department, code and address
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_213 as h213  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

TNS = "{http://www.xjustiz.de}"
# the office's identifiers, in every layout
IDENTIFIERS = ("Name", "Postalcode", "Place")
# how many copies of each field each layout writes
COPIES = {
    "xjustiz_message": {"phone": 1, "fax": 1, "email": 1},
    "dhl_shipment": {"phone": 1, "fax": 0, "email": 1},
    "hylafax_qfile": {"phone": 1, "fax": 2, "email": 0},
    "typoscript": {"phone": 1, "fax": 1, "email": 1},
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h213.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h213.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h213.data()["rows"]) == 375
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h213.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "typoscript": 97, "xjustiz_message": 94, "dhl_shipment": 94, "hylafax_qfile": 90,
    }  # fmt: skip
    assert all(h213.fax(_row(r)) for r in records if r["layout"] == "hylafax_qfile")


def _number(value: str) -> str:
    """The labelled number of a field (up to an alternative extension after ``o.``)."""
    return value.split(h213.ALTERNATIVE)[0]


def test_every_copy_of_each_field_is_labelled_unchanged(records):
    """Each number field is labelled whole wherever the layout writes it, under its column,
    each e-mail address as an address; nothing else is labelled or a distractor."""
    for r in records:
        row, copies = _row(r), COPIES[r["layout"]]
        expected = Counter()
        for kind, column, value in (("phone", "Phone", h213.phone(row)),
                                    ("fax", "Fax", h213.fax(row))):  # fmt: skip
            if value:
                expected[(_number(value), column)] += copies[kind]
        if h213.email(row):
            expected[(h213.email(row), "register")] += copies["email"]
        labelled = Counter((r["text"][s:e], kind.split(":")[-1]) for s, e, _, kind in r["spans"])
        assert labelled == +expected, r["id"]
        for value, _ in expected:
            assert r["text"].count(value) >= expected[(value, _)], r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h213.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:Phone": 286, "national:Fax": 286, "international:Phone": 89,
        "international:Fax": 79, "register": 283,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the fields are strings as
    the file gives them (some with blanks around them, kept as published); 87 phones begin with
    ``+49``; 367 offices have a fax and 373 an e-mail address; one field holds an alternative
    extension after ``o.``."""
    rows = h213.data()["rows"]
    assert all(sum(c.isdigit() for c in row["fields"]["Phone"]) >= 6 for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(row["fields"]["Phone"] != h213.phone(row) for row in rows) > 0
    assert sum(h213.phone(row).startswith("+49") for row in rows) == 87
    assert sum(bool(h213.fax(row)) for row in rows) == 367
    assert sum(bool(h213.email(row)) for row in rows) == 373
    fields = [v for row in rows for v in (h213.phone(row), h213.fax(row))]
    assert [v for v in fields if h213.ALTERNATIVE in v] == ["04471 15-436 o.-248"]
    assert len({row["fields"]["Code"] for row in rows}) == 375


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string's inside, XML text, or as it stands)."""
    if layout == "dhl_shipment":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "xjustiz_message":
        return escape(value)
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The district or city, postcode and place stand in every record's text, outside the
    labels (a place's name may also stand inside an e-mail address, as a domain's)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h213._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _qfile(text: str) -> dict[str, list[str]]:
    """A HylaFAX ``sendq`` file's ``key:value`` lines (a key may repeat)."""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        assert re.fullmatch(r"!?[a-z]+", key), line
        out.setdefault(key, []).append(value)
    return out


def _constants(text: str) -> dict[str, str]:
    """A TypoScript constants block's ``key = value`` lines (comments and setup aside)."""
    pairs = re.findall(r"^(plugin\.tx_gesundheitsamt\.kontakt\.\w+) = (.*)$", text, re.M)
    return dict(pairs)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the HylaFAX
    job file and the TypoScript by their fixed shapes), the row's values where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h213.phone(row), h213.fax(row), h213.email(row)
        if r["layout"] == "xjustiz_message":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{TNS}nachricht.gds.uebermittlungSchriftgutobjekte.0005005"
            org = root.find(f".//{TNS}organisation")
            assert org.findtext(f"{TNS}anschrift/{TNS}postleitzahl") == h213._f(row, "Postalcode")
            telecom = {
                t.find(f"{TNS}telekommunikationsart").findtext("code"): t.findtext(
                    f"{TNS}verbindung"
                )
                for t in org.findall(f"{TNS}telekommunikation")
            }
            want = {"007": tel, "002": fax, "001": mail}
            assert telecom == {k: v for k, v in want.items() if v}, r["id"]
        elif r["layout"] == "dhl_shipment":
            doc = json.loads(text)
            shipment = doc["shipments"][0]
            shipper = shipment["shipper"]
            assert shipper["phone"] == tel and shipper.get("email", "") == mail
            assert shipper["name1"] == h213._f(row, "Name") and shipper["country"] == "DEU"
            assert shipment["product"] == "V01PAK" and shipment["consignee"]["city"] == "Berlin"
        elif r["layout"] == "hylafax_qfile":
            q = _qfile(text)
            assert q["number"] == [fax] and q["external"] == [fax] and q["voice"] == [tel]
            assert q["jobid"] == q["groupid"] and int(q["killtime"][0]) > int(q["tts"][0])
            assert q["!postscript"] == [f"0::docq/doc{q['jobid'][0]}.ps"]
        else:
            consts = _constants(text)
            key = "plugin.tx_gesundheitsamt.kontakt"
            assert consts[f"{key}.telefon"] == tel and consts[f"{key}.name"] == h213._f(row, "Name")
            assert consts.get(f"{key}.telefax", "") == fax
            assert consts.get(f"{key}.email", "") == mail
            assert text.count("{") == text.count("}")
            for ref in re.findall(r"\{\$([\w.]+)\}", text):
                assert ref in consts, (r["id"], ref)


def test_provenance():
    sources = h213.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "gematik/DEMIS-pdfgen-service"
    assert de["commit"] == "2ef495c2d691c021a2eba68f3b291b7692c583ad"
    assert de["paths"] == ["src/main/resources/TransmittingSiteSearchText.xml"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h213.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 375}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h213, "held_out_213", tmp_path)
