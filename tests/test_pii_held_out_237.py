"""held_out_237 of the PII evaluation set (scripts/pii_held_out_237.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and city are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_237 as h237  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MR = "{http://www.mondialrelay.fr/webservice/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h237.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h237.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h237.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h237.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
    assert Counter(r["layout"] for r in records) == {
        "hprim_sante": 150, "boamp_notice": 150, "chronopost_soap": 150,
        "mondial_relay_soap": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The row's nine-digit number stands twice in each record, both copies labelled under its
    column; nothing else is labelled, nothing is a distractor."""
    for r in records:
        value, text = h237.phone(_row(r)), r["text"]
        assert text.count(value) == 2, r["id"]
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:tel")] * 2, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h237.international) == {"national:tel": 1200}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is nine digits in one run, its trunk 0 lost, as the GISCO file
    gives it; the FINESS numbers have eight or nine digits; no row has an e-mail address."""
    rows = h237.data()["rows"]
    assert all(re.fullmatch(r"[1-9]\d{8}", row["fields"]["tel"]) for row in rows)
    assert Counter(len(row["fields"]["id"]) for row in rows) == {9: 551, 8: 49}
    assert not any(row["fields"]["email"] for row in rows)
    assert not any("@" in v for row in rows for v in row["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it."""
    if layout in ("chronopost_soap", "mondial_relay_soap"):
        return escape(value)
    if layout == "hprim_sante":
        return h237._h(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The city stands in every record's text, outside the labels."""
    for r in records:
        value = _encoded(r["layout"], h237._f(_row(r), "city")[:26])
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h237.phone(row)
        if r["layout"] == "hprim_sante":
            lines = text.split("\r\n")
            assert lines[-1] == "" and [ln[0] for ln in lines[:-1]][0] == "H"
            header = lines[0].split("|")
            assert header[1] == "~^\\&" and header[6] == "ORU" and header[7] == tel
            assert header[12] == "H2.2^C" and header[4].startswith(h237._f(row, "id") + "^")
            assert lines[-2] == "L|1|||1" and lines[-3].startswith("C|1|L|")
            assert lines[-3].endswith(f"au {tel}|G")
        elif r["layout"] == "boamp_notice":
            doc = json.loads(text)["results"][0]
            donnees = json.loads(doc["donnees"])
            assert donnees["IDENTITE"]["TEL"] == tel
            assert donnees["IDENTITE"]["DENOMINATION"] == doc["nomacheteur"] == h237._name(row)
            assert f"tél. {tel}." in donnees["RENSEIGNEMENTS_COMPLEMENTAIRES"]
        elif r["layout"] == "chronopost_soap":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext(".//shipperValue/shipperPhone") == tel
            assert root.findtext(".//customerValue/customerPhone") == tel
            assert root.find(".//recipientValue/recipientPhone") is None
        else:
            root = ET.fromstring(text.encode("utf-8"))
            call = root.find(f".//{MR}WSI2_CreationExpedition")
            assert call.findtext(f"{MR}Expe_Tel1") == tel
            assert call.findtext(f"{MR}Texte").endswith(f"au {tel}")
            assert re.fullmatch(r"[0-9A-F]{32}", call.findtext(f"{MR}Security"))


def test_provenance():
    sources = h237.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "eurostat/basic-services"
    assert fr["commit"] == "f200d0ce0af43a0353ea0f229e1e770a2be26f8d"
    assert fr["path"] == "data/healthcare/csv/FR.csv"
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h237.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h237, "held_out_237", tmp_path)
