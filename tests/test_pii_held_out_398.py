"""held_out_398 of the PII evaluation set (scripts/pii_held_out_398.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone number,
unchanged, each copy labelled; the pharmacy's name, street and place are in the text and
unlabelled), parse as their formats, are rebuilt byte for byte from the committed data, and the
extractor's rules hold on its data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import nl_zorgkaart_pharmacies_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_398 as h398  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from nl_zorgkaart_specialist_care_data import COLUMNS  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number a record of each layout writes
COPIES = {
    "adyen_store": 1,
    "bunq_user_company": 2,
    "umbraco_content_item": 2,
    "trustpilot_profile": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h398.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h398.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h398.data()["rows"]) == 391
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h398.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:NL"
    assert Counter(r["layout"] for r in records) == {
        "adyen_store": 101,
        "bunq_user_company": 98,
        "umbraco_content_item": 98,
        "trustpilot_profile": 94,
    }
    # a row with no web page is never a Trustpilot business unit
    assert all(h398.website(_row(r)) for r in records if r["layout"] == "trustpilot_profile")


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The number is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is."""
    for r in records:
        tel = h398.phone(_row(r))
        assert r["text"].count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((r["text"][s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone_number"): COPIES[r["layout"]]}
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in r["text"], r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h398.international) == {"national:phone_number": 587}


def test_the_data_keeps_the_published_shape():
    """Every kept number is the area code with its trunk ``0``, a hyphen and the line, ten
    digits but one ``0900`` number of eleven, a number a person could hold, no two alike, none
    a mobile; every row is a pharmacy of the ``Farmacie`` segment; the fields are strings as
    the scraper wrote them."""
    rows = h398.data()["rows"]
    tels = [h398.phone(row) for row in rows]
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {"999-9999999": 233, "9999-999999": 157, "9999-9999999": 1}
    assert [t for t in tels if len(digits_of(t)) == 11] == ["0900-6006666"]
    assert all(personal_phone(tel, "NL") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 391
    assert not any(tel.startswith("06") for tel in tels)
    assert {row["fields"]["marked_segment"] for row in rows} == {"Farmacie"}
    assert all(set(row["fields"]) == set(COLUMNS) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(not h398.website(row) for row in rows) == 13
    assert all(row["fields"]["address"].count(", ") == 1 for row in rows)


def test_the_extractor_rules():
    """The rules the extractor keeps rows by, on values of the file: one number (not two joined,
    not a web address), no doctor's title (a place named ``Dokter`` falls under it too), none
    of an earlier part's numbers (OpenStreetMap's ``+31`` read with the trunk ``0``)."""
    assert extractor.one_number("020-2106015") and extractor.one_number("0229-228040")
    assert not extractor.one_number("0570-640367;0570-616919")
    assert not extractor.one_number("http://www.transvaalapotheek.nl")
    assert extractor.mobile("06-12345678") and not extractor.mobile("020-2106015")
    assert extractor.names_a_doctor("Apotheek Dokter aan de Lek")
    assert not extractor.names_a_doctor("Apotheek de Dreef")
    osm = extractor.osm_numbers()
    assert "0499575272" in osm and "31499575272" in osm
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "31") | osm
    assert not {digits_of(h398.phone(row)) for row in h398.data()["rows"]} & earlier


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name, and its street and place (its web page's host in a Trustpilot
    profile, which carries no address), stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        where = [h398.street(row), h398.town(row)]
        if r["layout"] == "trustpilot_profile":
            where = [h398.domain(row)]
        for value in (h398.name(row), *where):
            if r["layout"] == "bunq_user_company" and value == h398.street(row):
                value = re.match(r"(.*?)(?:\s+\d.*)?$", value).group(1)
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, its format's fields in place, the row's values where the
    format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h398.phone(row), h398.name(row)
        if r["layout"] == "adyen_store":
            assert re.fullmatch(r"ST[A-Z0-9]{23}", doc["id"])
            assert doc["phoneNumber"] == tel and doc["description"] == name
            assert len(doc["shopperStatement"]) <= 22 and name.startswith(doc["shopperStatement"])
            assert doc["address"] == {
                "city": h398.town(row),
                "country": "NL",
                "line1": h398.street(row),
            }
            assert re.fullmatch(r"[A-Za-z0-9_-]+", doc["reference"])
            assert doc["_links"]["self"]["href"].endswith(f"/stores/{doc['id']}")
        elif r["layout"] == "bunq_user_company":
            (item,) = doc["Response"]
            company = item["UserCompany"]
            assert company["alias"] == [{"type": "PHONE_NUMBER", "value": tel, "name": tel}]
            assert company["name"] == company["display_name"] == name
            assert re.fullmatch(r"\d{8}", company["chamber_of_commerce_number"])
            main = company["address_main"]
            assert f"{main['street']} {main['house_number']}".strip() == h398.street(row)
            assert main["city"] == h398.town(row) and main["postal_code"] is None
        elif r["layout"] == "umbraco_content_item":
            props = doc["properties"]
            assert doc["contentType"] == "apotheek" and doc["name"] == name
            assert props["telefoonnummer"] == tel and props["adres"] == row["fields"]["address"]
            assert props["intro"]["markup"].endswith(f"Bel ons op {tel}.</p>")
            assert doc["route"]["startItem"]["path"] == "apotheken"
            assert re.fullmatch(r"/[a-z0-9-]+/", doc["route"]["path"])
        else:
            assert re.fullmatch(r"[0-9a-f]{24}", doc["id"])
            assert doc["displayName"] == name and doc["contact"] == {"phone": tel}
            assert doc["websiteUrl"] == h398.website(row) and doc["name"] == h398.domain(row)
            counts = doc["numberOfReviews"]
            assert counts["total"] == sum(v for k, v in counts.items() if k != "total")
            assert 1 <= doc["trustScore"] <= 5


def test_provenance():
    sources = h398.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "JLSchol/zorginstellingen-scraper"
    assert nl["commit"] == "33431932cd8a2a43118fc41b47fe74732783cd0b"
    assert nl["path"] == "output_deel_123_gecombineerd.csv"
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    assert Counter(r["country"] for r in h398.data()["rows"]) == {"NL": 391}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h398, "held_out_398", tmp_path)
