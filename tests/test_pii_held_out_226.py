"""held_out_226 of the PII evaluation set (scripts/pii_held_out_226.py): its committed records
keep the generator's invariants (every labelled phone is a number of the court's real ``Tel``
field, copied unchanged, each copy labelled; the court's name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import io
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

import pii_held_out_226 as h226  # noqa: E402 - the scripts folder's modules
import za_lower_courts_data  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

NC = "{http://niem.gov/niem/niem-core/2.0}"
J = "{http://niem.gov/niem/domains/jxdm/4.0}"
ECF = "{urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:CommonTypes-4.0}"
CORE = "{urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:CoreFilingMessage-4.0}"
RFR = "{urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:ReviewFilingRequestMessage-4.0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h226.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h226.by_locale()[locale][n]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("049 846 0013", ["049 846 0013"]),
        ("015 516 0181/2/3", ["015 516 0181/2/3"]),
        ("013 932 2901-3", ["013 932 2901-3"]),
        ("051 432 4728 / 4729 /", ["051 432 4728 / 4729"]),
        ("053 384 0041/ 313 1155", ["053 384 0041", "313 1155"]),
        ("039 972 1788/ 039 972", ["039 972 1788", "039 972"]),
        ("011 786 5181/2971; 011", ["011 786 5181/2971", "011"]),
        ("018 464 9200 018 464", ["018 464 9200", "018 464"]),
        ("011 917 9620-6 / 9153-8", ["011 917 9620-6 / 9153-8"]),
        ("053 531  0116/ 0621/23", ["053 531  0116/ 0621/23"]),
        ("See Maclear or 045 933", ["045 933"]),
        ("043-7085000", ["043-7085000"]),
    ],
)
def test_numbers_of_a_tel_field(field, expected):
    """Shortened endings after ``/`` stay with their number; a whole number, a new area code,
    and pieces after ``;``, a blank or ``or`` stand apart; a trailing slash is no part."""
    assert [field[s:e] for s, e in h226.numbers(field)] == expected


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h226.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h226.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ecf_review_filing": 100, "shiplogic_shipment": 100, "alaveteli_bodies_csv": 100,
        "zendesk_org": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the ``Tel`` field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h226.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h226.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ZA") else short)[(number, h226.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h226.international)
    assert kinds == {"national:Tel": 820}
    distractors = Counter(r["text"][s:e] for r in records for s, e, *_ in r["distractors"])
    assert distractors == {"011": 2}


def test_the_data_keeps_the_published_shape():
    """Every kept ``Tel`` holds a number of six digits or more and no mobile number; 400
    courts of four types in nine provinces; every value a string as the list gives it."""
    rows = h226.data()["rows"]
    assert Counter(row["fields"]["CourtType"] for row in rows) == {
        "Magistrate Court": 209, "Branch Court": 92, "Periodical Court": 69,
        "Detached Court": 30,
    }  # fmt: skip
    assert len({row["fields"]["Province"] for row in rows}) == 9
    for row in rows:
        tel = row["fields"]["Tel"]
        assert sum(c.isdigit() for c in tel) >= 6
        assert not za_lower_courts_data.MOBILE.search(tel)
        assert row["fields"]["latitude"] and row["fields"]["longitude"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum("/" in h226.phone(row) for row in rows) == 142


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or a CSV field's text)."""
    if layout == "ecf_review_filing":
        return escape(value)
    if layout in ("shiplogic_shipment", "zendesk_org"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The court's name and physical address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h226.court_name(row), h226._f(row, "Physical")):
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML, JSON and CSV by the standard library), the
    court's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h226.phone(row), h226.court_name(row)
        if r["layout"] == "ecf_review_filing":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{RFR}ReviewFilingRequestMessage"
            court = root.find(f"{CORE}CoreFilingMessage/{ECF}Case/{J}CaseAugmentation/{J}CaseCourt")
            assert court.findtext(f"{J}CourtName") == name
            full = f"{NC}OrganizationPrimaryContactInformation/{NC}ContactTelephoneNumber/"
            full += f"{NC}FullTelephoneNumber/{NC}TelephoneNumberFullID"
            assert court.findtext(full) == tel
            lead = root.find(f"{CORE}CoreFilingMessage/{ECF}FilingLeadDocument")
            assert lead.findtext(f"{NC}DocumentDescriptionText").endswith(f"tel. {tel}.")
        elif r["layout"] == "shiplogic_shipment":
            doc = json.loads(text)
            assert doc["collection_contact"]["mobile_number"] == tel
            assert f"phone {tel} before" in doc["special_instructions_collection"]
            assert doc["collection_address"]["company"] == name
            assert doc["collection_address"]["code"] == h226.postcode(row)
            assert doc["collection_address"]["lat"] == float(row["fields"]["latitude"])
        elif r["layout"] == "alaveteli_bodies_csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert len(rows) == 1 and tuple(rows[0]) == h226.ALAVETELI_COLUMNS
            body = rows[0]
            assert body["name"] == name and body["#id"] == "" and body["request_email"] == ""
            assert f"Telephone: {tel}. " in body["notes"]
            assert f"Telefoon: {tel}. " in body["notes.af"]
        else:
            org = json.loads(text)["organization"]
            assert org["name"] == name
            assert org["organization_fields"]["court_telephone"] == tel
            assert f"through to the court: {tel}. " in org["notes"]
            assert org["url"].endswith(f"/{org['id']}.json")


def test_provenance():
    sources = h226.data()["sources"]
    assert set(sources) == {"ZA"}
    za = sources["ZA"]
    assert za["repository"] == "Kebalepile/government_service_locator"
    assert za["commit"] == "8a8cba53eac1a24ad3b9fb2bcb7c639c08b6d1f0"
    assert za["paths"] == ["src/database/courts.json"]
    assert "not confirmed" in za["licence"] and za["publisher"]
    rows = h226.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ZA": 400}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h226, "held_out_226", tmp_path)
