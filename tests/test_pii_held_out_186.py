"""held_out_186 of the PII evaluation set (scripts/pii_held_out_186.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone or fax field,
copied unchanged, each copy labelled; the facility's id, name and ZIP code are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_186 as h186  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

IRS = "{http://www.irs.gov/efile}"
CCR = "{urn:astm-org:CCR}"
# copies of the phone and of the fax each layout writes
COPIES = {
    "irs_mef_return": (1, 0),
    "astm_ccr": (2, 1),
    "airs_xml": (2, 1),
    "servicenow_unload": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h186.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h186.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h186.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h186.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        if r["layout"] == "irs_mef_return":
            assert _row(r)["fields"]["Ownership Type"] not in h186.PUBLIC
    assert Counter(r["layout"] for r in records) == {
        "astm_ccr": 106, "airs_xml": 100, "servicenow_unload": 100, "irs_mef_return": 94,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """The phone field is labelled wherever the layout writes it, the fax (where the row has
    one other than the phone) too, each under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h186.phone(row), h186.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter({(tel, h186.PHONE): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            if n_fax:
                expected[(fax, h186.FAX)] = n_fax
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h186.international)
    assert kinds == {"national:Facility Phone Number": 606, "national:Facility Fax Number": 150}


def test_the_data_keeps_the_published_shape():
    """400 rows of the register; every phone ten digits with no separator, 200 rows with a fax
    in the same shape (one equal to the phone); no row a person operates in their own name;
    no operator's, cooperator's or web site column kept; every field a string."""
    rows = h186.data()["rows"]
    assert len(rows) == 400
    for row in rows:
        assert re.fullmatch(r"\d{10}", row["fields"][h186.PHONE])
        assert re.fullmatch(r"(\d{10})?", row["fields"][h186.FAX])
        assert row["fields"]["Ownership Type"] != "Individual"
        assert not any(k.startswith(("Operator", "Cooperator")) for k in row["fields"])
        assert "Facility Website" not in row["fields"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(bool(row["fields"][h186.FAX]) for row in rows) == 200
    assert sum(row["fields"][h186.FAX] == row["fields"][h186.PHONE] for row in rows) == 1


def _identifiers(record: dict) -> list[str]:
    """The facility's id, name (as IRS e-file writes it in a return) and ZIP code (digits only
    in a return), as the layout writes them; each stands in the text outside the labels."""
    row = _row(record)
    if record["layout"] == "irs_mef_return":
        return [escape(h186.irs_name(row)), h186._zip(row)]
    return [row["fields"]["Facility ID"], escape(h186._f(row, "Facility Name")),
            h186._f(row, "Facility Zip Code")]  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for value in _identifiers(r):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            # a short id may also stand inside a number by chance: one copy stands outside
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as XML, the row's numbers where its format puts them."""
    forms = {"Not for Profit Corporation": "990", "Business Corporation": "1120"}
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h186.phone(row), h186.fax(row)
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "irs_mef_return":
            assert root.tag == f"{IRS}Return"
            filer = root.find(f"{IRS}ReturnHeader/{IRS}Filer")
            assert filer.findtext(f"{IRS}PhoneNum") == tel
            assert re.fullmatch(r"\d{9}", filer.findtext(f"{IRS}EIN"))
            form = forms.get(row["fields"]["Ownership Type"], "1065")
            assert root.findtext(f"{IRS}ReturnHeader/{IRS}ReturnTypeCd") == form
            assert root.find(f"{IRS}ReturnData/{IRS}IRS{form}") is not None
        elif r["layout"] == "astm_ccr":
            assert root.tag == f"{CCR}ContinuityOfCareRecord"
            actors = {a.findtext(f"{CCR}ActorObjectID"): a for a in root.iter(f"{CCR}Actor")
                      if a.find(f"{CCR}ActorObjectID") is not None}  # fmt: skip
            org = root.findtext(f"{CCR}From/{CCR}ActorLink/{CCR}ActorID")
            tels = {
                t.findtext(f"{CCR}Type/{CCR}Text"): t.findtext(f"{CCR}Value")
                for t in actors[org].iter(f"{CCR}Telephone")
            }
            assert tels == ({"Office": tel, "Fax": fax} if fax else {"Office": tel})
            assert root.findtext(f"{CCR}Patient/{CCR}ActorID") in actors
        elif r["layout"] == "airs_xml":
            assert root.tag == "Source" and root.get("SchemaVersion") == "3.0"
            site = root.find("Agency/Site")
            got = {p.findtext("Type"): p.findtext("PhoneNumber") for p in site.iter("Phone")}
            assert got == ({"Voice": tel, "Fax": fax} if fax else {"Voice": tel})
            assert root.findtext("Agency/AgencyDescription").count(tel) == 1
        else:
            assert root.tag == "unload"
            loc = root.find("cmn_location")
            assert loc.get("action") == "INSERT_OR_UPDATE"
            assert loc.findtext("phone") == tel and (loc.findtext("fax_phone") or "") == fax
            tags = [child.tag for child in loc]
            assert tags == sorted(tags)
            assert re.fullmatch(r"[0-9a-f]{32}", loc.findtext("sys_id"))


def test_provenance():
    sources = h186.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "JoelJHarvey/our-turn-to-care"
    assert us["commit"] == "09a9b257d6aeb2760aa73c7dda4955148e82a207"
    assert us["path"] == "Health_Facility_General_Information.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h186.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h186, "held_out_186", tmp_path)
