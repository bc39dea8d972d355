"""held_out_172 of the PII evaluation set (scripts/pii_held_out_172.py): its committed records
keep the generator's invariants (every labelled phone is the number the row's real phone field
holds, copied unchanged, each copy labelled; the name and state are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the data file is what the extractor reads
from the source's mirror where it is on this machine. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_cbse_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_172 as h172  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/shaneapen+CBSE-Directory-Scraper/repo")
# how many times each layout writes the phone field
COPIES = {"gst_einvoice": 2, "beckn_on_search": 2, "delhivery_cmu": 1, "bagit_info": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h172.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h172.by_locale()[locale][n]


def _unfolded(record: dict) -> str:
    """The record's text, a BagIt tag file's continuation lines joined to their elements."""
    text = record["text"]
    return text.replace("\n  ", " ") if record["layout"] == "bagit_info" else text


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h172.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h172.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IN"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "gst_einvoice": 120, "beckn_on_search": 120, "delhivery_cmu": 120, "bagit_info": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_as_its_shape_reads_it(records):
    """In each copy of the field: the STD code and landline as one span, else the number after
    the comma alone; nothing else is labelled, nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h172.phone(row)
        starts = [m.start() for m in re.finditer(re.escape(value), text)]
        assert len(starts) == COPIES[r["layout"]], r["id"]
        kind = extractor.shape(value)
        if kind == "std_landline":
            expected = [(at, at + len(value)) for at in starts]
        else:
            comma = value.index(",") + 1
            expected = [(at + comma, at + len(value)) for at in starts]
        assert [(s, e) for s, e, *_ in r["spans"]] == expected, r["id"]
        assert all(t == "PHONE_NUMBER" and k == "national:Phone" for *_, t, k in r["spans"])
        if kind != "std_landline":
            assert text[expected[0][0] : expected[0][1]] in (value[1:], value.split(",")[1])
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h172.international)
    assert kinds == {"national:Phone": 840}


def test_the_data_keeps_the_published_shape():
    """Every kept field has one of the three shapes, no blanks around it; 365 STD codes and
    landlines, 53 numbers with no STD code, 62 STD codes (17 of them ``91``) and mobiles; every
    state is one the part knows; no e-mail column."""
    rows = h172.data()["rows"]
    shapes = Counter(extractor.shape(row["fields"]["Phone"]) for row in rows)
    assert shapes == {"std_landline": 365, "number_only": 53, "std_mobile": 62}
    assert all(row["fields"]["Phone"] == h172.phone(row) for row in rows)
    assert sum(h172.phone(row).startswith("91,") for row in rows) == 17
    assert all(row["fields"]["State"].strip() in h172.STATES for row in rows)
    assert all(set(row["fields"]) == {"Name", "Address", "Phone", "State"} for row in rows)
    assert sum(bool(h172.pin(row)) for row in rows) == 472


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name and its state stand in every record's text, outside the labels."""
    for r in records:
        row, text = _row(r), _unfolded(r)
        for value in (h172._f(row, "Name"), h172.state(row)[0]):
            encoded = value if r["layout"] == "bagit_info" else json.dumps(value)[1:-1]
            assert encoded in text, (r["id"], value)
        raw = r["text"]
        name = h172._f(row, "Name")
        for m in re.finditer(re.escape(name), raw):
            assert not any(s <= m.start() < e for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the BagIt tag file
    read as its RFC's label-colon-value lines), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h172.phone(row), h172._f(row, "Name")
        if r["layout"] == "gst_einvoice":
            doc = json.loads(text)
            assert doc["Version"] == "1.1" and doc["TranDtls"]["SupTyp"] == "B2B"
            buyer = doc["BuyerDtls"]
            assert buyer["Ph"] == tel and buyer["LglNm"] == name
            assert buyer["Stcd"] == buyer["Pos"] == buyer["Gstin"][:2] == h172.state(row)[1]
            assert (
                doc["RefDtls"]["InvRm"]
                == f"Deliver to the school office; call {tel} before dispatch"
            )
            assert len(doc["RefDtls"]["InvRm"]) <= 100
            values = doc["ValDtls"]
            assert values["TotInvVal"] == pytest.approx(
                sum(i["TotItemVal"] for i in doc["ItemList"])
            )
        elif r["layout"] == "beckn_on_search":
            doc = json.loads(text)
            assert doc["context"]["action"] == "on_search"
            assert doc["context"]["version"] == "1.1.0"
            provider = doc["message"]["catalog"]["providers"][0]
            assert provider["descriptor"]["name"] == name
            assert provider["fulfillments"][0]["contact"]["phone"] == tel
            assert provider["items"][0]["descriptor"]["long_desc"].endswith(f", {tel}.")
        elif r["layout"] == "delhivery_cmu":
            doc = json.loads(text)
            shipment = doc["shipments"][0]
            assert shipment["phone"] == tel and shipment["name"] == name
            assert shipment.get("pin", "") == h172.pin(row)
            assert doc["pickup_location"]["name"] == h172.SUPPLIER["warehouse"]
        else:
            assert text.endswith("\n")
            elements = {}
            for line in text.splitlines():
                if line.startswith("  "):
                    continue
                label, value = line.split(": ", 1)
                elements[label] = value
            assert elements["Contact-Phone"] == tel
            assert re.fullmatch(r"\d+\.\d+", elements["Payload-Oxum"])
            assert f"telephone {tel}." in _unfolded(r)
            assert all(len(line) <= 79 or " " not in line.strip() for line in text.splitlines())


def test_provenance():
    sources = h172.data()["sources"]
    assert set(sources) == {"IN"}
    meta = sources["IN"]
    assert meta["repository"] == "shaneapen/CBSE-Directory-Scraper"
    assert meta["commit"] == "436f7b7eecc54e4f7285a41b490ba6415dbdeeac"
    assert meta["paths"] == ["COMPLETE.csv"]
    assert "not confirmed" in meta["licence"] and meta["publisher"]
    rows = h172.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["in_cbse_schools_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h172.ROWS.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h172, "held_out_172", tmp_path)
