"""held_out_209 of the PII evaluation set (scripts/pii_held_out_209.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real telephone
field, copied unchanged, each copy labelled; every copy of the row's e-mail address labelled;
the centre's name, postcode and register ids are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

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

import pii_held_out_209 as h209  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("actuele_naam_oko", "opvanglocatie_postcode", "kvk_nummer_houder")
BG = "{http://www.egem.nl/StUF/sector/bg/0310}"
STUF = "{http://www.egem.nl/StUF/StUF0301}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h209.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h209.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h209.data()["rows"]) == 233
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h209.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "exact_online_account": 59, "afas_knorganisation": 58, "stuf_bg_vestiging": 58,
        "postnl_shipment": 58,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """The number is labelled wherever it stands (twice in each record), under its column;
    the e-mail address wherever it stands (once, where the row has one); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h209.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NL") else short)[(number, h209.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h209.email(row)
        assert emails == ([address] * text.count(address) if address else []), r["id"]
        assert emails == ([address] if address else []), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h209.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contact_telefoon": 466, "register": 160}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone field holds one number of nine digits or more with the trunk ``0``
    and no mobile; the export's trailing apostrophe is gone; the holders are organisations;
    160 rows keep an e-mail address; 191 Amsterdam and 42 Haarlem centres."""
    rows = h209.data()["rows"]
    for row in rows:
        tel = row["fields"][h209.PHONE]
        assert re.fullmatch(r"0[1-9]\d{1,3}[- ]?\d{6,7}", tel), tel
        assert not tel.startswith("06") and not tel.endswith("'")
        assert row["fields"]["rechtsvorm_houder"] in {
            "BV", "BeslotenVennootschap", "Stichting", "CV", "Vereniging",
        }  # fmt: skip
        assert "contact_persoon" not in row["fields"]
    assert sum(bool(h209.email(row)) for row in rows) == 160
    assert Counter(row["path"].split("#")[0].rsplit("_", 1)[1] for row in rows) == {
        "amsterdam.csv": 191, "haarlem.csv": 42,
    }  # fmt: skip
    assert len({row["fields"]["LRK nummer"] for row in rows}) == 233


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "stuf_bg_vestiging":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and its postcode stand in every record's text, and the holder's
    Chamber of Commerce number in every one but the label requests, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if r["layout"] == "postnl_shipment" and column == "kvk_nummer_houder":
                continue
            value = _encoded(r["layout"], h209._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h209.phone(row), h209._f(row, "actuele_naam_oko"), h209.email(row)
        if r["layout"] == "exact_online_account":
            d = json.loads(text)["d"]
            assert d["__metadata"]["type"] == "Exact.Web.Api.Models.Account"
            assert d["__metadata"]["uri"].endswith(f"/crm/Accounts(guid'{d['ID']}')")
            assert d["Phone"] == tel and d["Name"] == name and d["Email"] == (mail or None)
            assert d["Remarks"].endswith(f"bereikbaar op {tel}.")
            assert re.fullmatch(r"/Date\(\d{13}\)/", d["Created"])
        elif r["layout"] == "afas_knorganisation":
            element = json.loads(text)["KnOrganisation"]["Element"]
            fields = element["Fields"]
            assert fields["TeNr"] == tel and fields["Nm"] == name
            assert fields.get("EmAd", "") == mail
            assert f"bereikbaar op {tel}." in fields["Re"]
            address = element["Objects"][0]["KnBasicAddressAdr"]["Element"]["Fields"]
            assert address["ZpCd"] == h209._f(row, "opvanglocatie_postcode")
            assert address["CoId"] == "NL"
        elif r["layout"] == "stuf_bg_vestiging":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{BG}vesLk01"
            assert root.findtext(f"{BG}stuurgegevens/{STUF}berichtcode") == "Lk01"
            obj = root.find(f"{BG}object")
            assert obj.get(f"{STUF}entiteittype") == "VES"
            assert obj.findtext(f"{BG}sub.telefoonnummer") == tel
            assert (obj.findtext(f"{BG}sub.emailadres") or "") == mail
            assert obj.findtext(f"{BG}handelsnaam") == name
            note = obj.find(f"{STUF}extraElementen/{STUF}extraElement[@naam='opmerking']")
            assert note.text.endswith(f"bereikbaar op {tel}.")
        else:
            doc = json.loads(text)
            shipment = doc["Shipments"][0]
            assert shipment["Addresses"][0]["CompanyName"] == name
            assert shipment["Addresses"][0]["AddressType"] == "01"
            assert shipment["Contacts"][0]["TelNr"] == tel
            assert shipment["Contacts"][0].get("Email", "") == mail
            assert shipment["Remark"].endswith(f"bellen naar {tel}.")
            assert re.fullmatch(r"3SBLKD\d{9}", shipment["Barcode"])


def test_provenance():
    sources = h209.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "openstate/datasets"
    assert nl["commit"] == "3800f80f7ad465034663205a068b055735366274"
    assert nl["paths"] == [
        "kinderopvang/risicoprofielen_kdv_amsterdam.csv",
        "kinderopvang/risicoprofielen_kdv_haarlem.csv",
    ]
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    rows = h209.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 233}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h209, "held_out_209", tmp_path)
