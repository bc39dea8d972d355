"""held_out_471 of the PII evaluation set (scripts/pii_held_out_471.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or fax,
unchanged, each copy labelled; the facility's name, number, town and postcode are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
hold on the kept rows. No recognizer runs here: the part is scored from its committed file."""

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

import au_qld_public_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_471 as h471  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
HPD = "{http://ns.electronichealth.net.au/hi/svc/SearchHealthcareProviderDirectoryForOrganisation/3.0}"
COMMON = "{http://ns.electronichealth.net.au/hi/xsd/common/CommonCoreElements/3.0}"
# copies of each value a record of each layout writes: (phone, fax)
COPIES = {
    "nhsd_service": (1, 1),
    "hi_hpd_organisation": (1, 1),
    "datadog_event": (1, 1),
    "pushover_message": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h471.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h471.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h471.data()["rows"]) == 173
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h471.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "nhsd_service": 44,
        "hi_hpd_organisation": 43,
        "datadog_event": 43,
        "pushover_message": 43,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and the fax (where it is not the phone again) are labelled wherever they
    stand, each whole, under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h471.phone(row), h471.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Phone Number"): n_tel})
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:Fax Number")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h471.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone Number": 173, "national:Fax Number": 164}


def test_no_number_of_the_register_stands_unlabelled(records):
    """No run of the phone's or fax's digits stands in the text outside its labels (no
    normalised copy, no ``tel:`` link)."""
    for r in records:
        row, text = _row(r), r["text"]
        for value in (h471.phone(row), h471.fax(row)):
            if not value:
                continue
            line = digits_of(value)[2:]
            plain = re.sub(r"\D", "", text)
            labelled = sum(digits_of(r["text"][s:e]).count(line) for s, e, *_ in r["spans"])
            assert plain.count(line) == labelled, (r["id"], value)


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``(0A)`` and a line of eight digits (one with a space, one with a
    digit too many, as published), a number a person could hold; no number twice; the faxes
    are in the same shape or empty (one the phone again, not written as a fax); the fields are
    strings as the sheet shows them."""
    rows = h471.data()["rows"]
    tels = [h471.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(0[27]\)\d{4} ?\d{4,5}", tel) for tel in tels)
    assert all(personal_phone(tel, "AU") for tel in tels)
    numbers = [digits_of(v) for row in rows for v in (h471.phone(row), h471.fax(row)) if v]
    assert len(numbers) == len(set(numbers)) == 337
    faxes = [row["fields"]["Fax Number"] for row in rows]
    assert all(re.fullmatch(r"\(0[27]\)\d{4} ?\d{4}", f) for f in faxes if f)
    assert sum(not f for f in faxes) == 8
    assert sum(bool(h471.fax(row)) for row in rows) == 164
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(row["fields"]["Facility Name"] and row["fields"]["HHS 2012"] for row in rows)


def test_the_extractor_rules_hold_on_the_kept_rows():
    """No kept number is one an earlier Australian part's data holds; rows are in the sheet's
    order; a shared switchboard is kept once, at the first row that has it (the Mater's adult
    hospital, the Royal Children's before the Royal Brisbane and Women's); a facility with no
    phone and a heading row are never kept."""
    rows = h471.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "61")
    for row in rows:
        assert digits_of(h471.phone(row)) not in earlier
        assert not h471.fax(row) or digits_of(h471.fax(row)) not in earlier
    order = [int(row["path"].rsplit("!", 1)[1]) for row in rows]
    assert order == sorted(order)
    names = [row["fields"]["Facility Name"] for row in rows]
    assert "MATER ADULT PUBLIC HOSPITAL" in names
    assert "MATER CHILDREN'S PUBLIC HOSPITAL" not in names
    assert "ROYAL CHILDREN'S HOSPITAL" in names
    assert "ROYAL BRISBANE & WOMEN'S HOSPITAL" not in names
    assert "GOLD COAST HOSPITAL BIRTHING CENTRE" not in names  # no phone
    assert {row["fields"]["HHS 2012"] for row in rows} >= {"Cairns and Hinterland", "Wide Bay"}


def test_the_extractor_rebuilds_the_data_from_the_mirror():
    git = Path("/work/.mirror/Stephen-Gates+service-locations/repo")
    if not git.exists():
        pytest.skip("the register's mirror is not on this machine")
    out = extractor.extract({"AU": git})
    assert out == h471.data()


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "hi_hpd_organisation":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name and number and its address's town stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        _, town, _ = h471.place(row)
        for value in (row["fields"]["Facility Name"], row["fields"]["Fac No"], town):
            if not value:
                continue
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _luhn_right(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented HPI-Os' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h471.phone(row), h471.fax(row), row["fields"]["Facility Name"]
        facno = row["fields"]["Fac No"]
        if r["layout"] == "nhsd_service":
            doc = json.loads(text)
            assert doc["organisation"]["name"] == name
            assert doc["organisation"]["identifiers"] == [{"type": "QH-FACILITY", "value": facno}]
            contacts = {c["valueType"]["label"]: c["value"] for c in doc["contacts"]}
            assert contacts == ({"Phone": tel, "Fax": fax} if fax else {"Phone": tel})
            assert doc["_links"]["self"]["href"].endswith(doc["id"])
        elif r["layout"] == "hi_hpd_organisation":
            root = ET.fromstring(text.encode("utf-8"))
            entry = root.find(
                f"{SOAP}Body/{HPD}searchHealthcareProviderDirectoryForOrganisationResponse/"
                f"{HPD}searchHealthcareProviderDirectoryForOrganisationResult/"
                f"{HPD}organisationProviderDirectoryEntries"
            )
            hpio = entry.findtext(f"{HPD}entityId")
            assert re.fullmatch(r"800362\d{10}", hpio) and _luhn_right(hpio)
            assert entry.findtext(f"{HPD}organisationDetails/{HPD}organisationName") == name
            comms = {
                e.findtext(f"{COMMON}medium"): e.findtext(f"{COMMON}details")
                for e in entry.findall(f"{HPD}electronicCommunication")
            }
            assert comms == ({"P": tel, "F": fax} if fax else {"P": tel})
        elif r["layout"] == "datadog_event":
            doc = json.loads(text)
            assert doc["text"].startswith("%%%\n") and doc["text"].endswith("\n%%%")
            assert f"* Switchboard: {tel}\n" in doc["text"]
            assert (f"* Fax: {fax}\n" in doc["text"]) == bool(fax)
            assert f"facility:{facno}" in doc["tags"] and doc["title"].endswith(f" at {name}")
            assert isinstance(doc["date_happened"], int)
        else:
            doc = json.loads(text)
            assert re.fullmatch(r"[a-z0-9]{30}", doc["token"])
            assert re.fullmatch(r"[a-z0-9]{30}", doc["user"])
            assert f"switchboard on {tel}" in doc["message"]
            assert (f"fax {fax} " in doc["message"]) == bool(fax)
            assert doc["title"].startswith(f"[{facno}] ") and doc["priority"] == 1


def test_provenance():
    sources = h471.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "Stephen-Gates/service-locations"
    assert au["commit"] == "27aa44fbf7f86d62801e07b52e829b5f8acaee4a"
    assert au["paths"] == ["service-location-source-data/130711-public-hospitals.xls"]
    assert "not confirmed" in au["licence"] and au["publisher"].startswith("Queensland Health")
    rows = h471.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 173}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h471, "held_out_471", tmp_path)
