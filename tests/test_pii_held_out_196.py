"""held_out_196 of the PII evaluation set (scripts/pii_held_out_196.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field and every
labelled address its kept e-mail field, copied unchanged, each copy labelled; the name and
organisation number are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import no_oslo_kindergartens_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_196 as h196  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

N5 = "{http://www.arkivverket.no/standarder/noark5/arkivstruktur}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h196.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h196.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h196.data()["rows"]) == 85
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h196.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sosi_file": 22, "noark5_extract": 21, "bring_booking": 21, "tripletex_customer": 21,
    }  # fmt: skip


def _phone_copies(layout: str, row: dict) -> int:
    """How often the layout writes the phone field: three times in SOSI and Noark 5; twice
    in Bring and Tripletex, a third time where the number is a mobile one (``EVARSLING``,
    the SMS notice of invoices)."""
    if layout in ("sosi_file", "noark5_extract"):
        return 3
    return 3 if h196.mobile(row) else 2


def _email_copies(layout: str, row: dict) -> int:
    if not h196.email(row):
        return 0
    if layout == "tripletex_customer":
        return 3
    if layout == "bring_booking":
        return 2 if h196.mobile(row) else 1
    return 2


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled under its column, each copy of the kept
    e-mail address as an address; nothing else is, and no short number stands apart."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h196.phone(row), h196.email(row)
        assert text.count(tel) == _phone_copies(r["layout"], row), r["id"]
        if mail:
            assert text.count(mail) == _email_copies(r["layout"], row), r["id"]
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert phones == [tel] * text.count(tel), r["id"]
        assert emails == ([mail] * text.count(mail) if mail else []), r["id"]
        assert {kind.split(":")[1] for _, _, t, kind in r["spans"] if t == "PHONE_NUMBER"} == {
            h196.PHONE
        }
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h196.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 251, "register": 49}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a Norwegian eight-digit number in pairs as the pages give
    it (74 mobile numbers); 23 rows keep an e-mail address, none on ``oslo.kommune.no`` and
    none with a word of the head's name; no family kindergarten; no ``leader_name``; every
    value a string."""
    rows = h196.data()["rows"]
    assert all(re.fullmatch(r"\d\d \d\d \d\d \d\d", h196.phone(row)) for row in rows)
    assert sum(h196.mobile(row) for row in rows) == 74
    mails = [h196.email(row) for row in rows if h196.email(row)]
    assert len(mails) == 23
    assert not any(m.lower().endswith("oslo.kommune.no") for m in mails)
    assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", m) for m in mails)
    assert not any("familiebarnehage" in row["fields"]["name"].lower() for row in rows)
    assert all("leader_name" not in row["fields"] for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(re.fullmatch(r"\d{9}", row["fields"]["organization_id"]) for row in rows)
    assert Counter(row["fields"]["district"] for row in rows) == {
        "Bydel Grünerløkka": 31, "Bydel Sagene": 29, "Bydel St. Hanshaugen": 25,
    }  # fmt: skip


def test_the_email_filter_drops_a_persons_address():
    """``office_email`` keeps an office's address and drops a member of staff's."""
    keep = {"email": "dl.fernanda@bhg.no", "leader_name": "Terje Engesveen"}
    staff = {"email": "merete.kolstad@sio.no", "leader_name": "Merete Kolstad"}
    city = {"email": "ann.cathrin.poots@bsa.oslo.kommune.no", "leader_name": None}
    assert extractor.office_email(keep) == "dl.fernanda@bhg.no"
    assert extractor.office_email(staff) == "" and extractor.office_email(city) == ""


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or as is in SOSI)."""
    if layout == "noark5_extract":
        return escape(value)
    if layout in ("bring_booking", "tripletex_customer"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and organisation number stand in every record's text, outside the labels."""
    for r in records:
        for column in ("name", "organization_id"):
            value = _encoded(r["layout"], _row(r)["fields"][column])
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _sosi_attributes(text: str) -> dict[str, str]:
    """The ``..KEY value`` lines of a SOSI point (quotes taken off)."""
    out = {}
    for key, value in re.findall(r"^\.\.([A-ZÆØÅ-]+) ?(.*)$", text, re.M):
        out[key] = value[1:-1] if value.startswith('"') else value
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; SOSI by its
    fixed shape), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h196.phone(row), h196.email(row), row["fields"]["name"]
        if r["layout"] == "sosi_file":
            assert text.startswith(".HODE\n..TEGNSETT UTF-8\n") and text.endswith(".SLUTT\n")
            attrs = _sosi_attributes(text)
            assert attrs["OBJTYPE"] == "Barnehage" and attrs["NAVN"] == name
            assert attrs["TELEFONNUMMER"] == tel and attrs.get("EPOST", "") == mail
            assert attrs["INFORMASJON"].endswith(f"elefon {tel}.")
            north, east = re.search(r"\.\.NØ\n(\d+) (\d+)\n\.SLUTT", text).groups()
            assert abs(int(north) / 1e6 - float(row["fields"]["latitude"])) < 1e-6
            assert abs(int(east) / 1e6 - float(row["fields"]["longitude"])) < 1e-6
        elif r["layout"] == "noark5_extract":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{N5}arkiv"
            folder = root.find(f"{N5}arkivdel/{N5}mappe")
            assert folder.get(XSI_TYPE) == "saksmappe"
            post = folder.find(f"{N5}registrering")
            assert post.get(XSI_TYPE) == "journalpost"
            party = post.find(f"{N5}korrespondansepart")
            assert party.findtext(f"{N5}korrespondansepartNavn") == name
            assert party.findtext(f"{N5}telefonnummer") == tel
            assert (party.findtext(f"{N5}epostadresse") or "") == mail
            assert post.findtext(f"{N5}beskrivelse").endswith(f"telefon {tel}.")
            assert f" {tel} " in post.findtext(f"{N5}merknad/{N5}merknadstekst")
        elif r["layout"] == "bring_booking":
            doc = json.loads(text)
            assert doc["schemaVersion"] == 1 and doc["testIndicator"] is False
            recipient = doc["consignments"][0]["parties"]["recipient"]
            assert recipient["name"] == name and recipient["contact"]["phoneNumber"] == tel
            assert recipient["contact"].get("email", "") == mail
            assert recipient["reference"] == row["fields"]["organization_id"]
            services = doc["consignments"][0]["product"].get("additionalServices", [])
            assert bool(services) == h196.mobile(row)
            assert all(s["id"] == "EVARSLING" and s["mobile"] == tel for s in services)
        else:
            value = json.loads(text)["value"]
            assert value["name"] == name
            assert value["organizationNumber"] == row["fields"]["organization_id"]
            field = "phoneNumberMobile" if h196.mobile(row) else "phoneNumber"
            other = "phoneNumber" if h196.mobile(row) else "phoneNumberMobile"
            assert value[field] == tel and value[other] == ""
            assert value["email"] == value["invoiceEmail"] == value["overdueNoticeEmail"] == mail
            assert value["invoiceSendMethod"] == ("EMAIL" if mail else "EHF")
            assert value["description"].endswith(f" {tel}.")


def test_provenance():
    sources = h196.data()["sources"]
    assert set(sources) == {"NO"}
    no = sources["NO"]
    assert no["repository"] == "rix1/barnehageutforsker"
    assert no["commit"] == "3eb09a40b8e67b8b30513c656443f9d7ff7e127b"
    assert no["paths"] == ["data/kindergartens.json"]
    assert "not confirmed" in no["licence"] and no["publisher"]
    assert Counter(r["country"] for r in h196.data()["rows"]) == {"NO": 85}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h196, "held_out_196", tmp_path)
