"""held_out_222 of the PII evaluation set (scripts/pii_held_out_222.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field and every
labelled e-mail address the row's real e-mail field, copied unchanged, each copy labelled; the
site's name, id and postcode are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_222 as h222  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the site's identifiers, in every layout
IDENTIFIERS = ("site_name", "postcode")
# how many copies of the number and of the e-mail address (where the row has one) each layout
# writes (the DPD request writes the number once more, as ``mobile``, for a mobile)
PHONE_COPIES = {
    "fsa_food_registration": 2,
    "dpd_shipment": 2,
    "odp_planning_application": 2,
    "cf_notice": 2,
}
EMAIL_COPIES = {
    "fsa_food_registration": 2,
    "dpd_shipment": 1,
    "odp_planning_application": 2,
    "cf_notice": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h222.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h222.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h222.data()["rows"]) == 255
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h222.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "fsa_food_registration": 64, "dpd_shipment": 64, "odp_planning_application": 64,
        "cf_notice": 63,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """The number is labelled wherever it stands (under its column), the e-mail address too;
    nothing else is, and no number is short enough to be a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h222.phone(row), h222.email(row)
        copies = text.count(tel)
        expected_copies = PHONE_COPIES[r["layout"]]
        if r["layout"] == "dpd_shipment" and h222.mobile(row):
            expected_copies += 1
        assert copies == expected_copies, r["id"]
        expected = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "GB"), r["id"]
            expected[(tel[s:e], h222.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            assert emails == [mail] * EMAIL_COPIES[r["layout"]], r["id"]
            assert text.count(mail) == len(emails), r["id"]
        else:
            assert emails == [], r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h222.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 512, "register": 407}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of seven digits or more, not all zeros, stripped as
    published; 14 are mobiles; 233 rows have an e-mail address; 124 sites; the fields are
    strings as the file gives them."""
    rows = h222.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["telephone"] if c.isdigit()]
        assert len(digits) >= 7 and set(digits) != {"0"}
        assert row["fields"]["telephone"] == h222.phone(row)
        assert re.fullmatch(r"0[1-9][\d ]+\d", h222.phone(row))
    assert sum(h222.mobile(row) for row in rows) == 14
    assert sum(bool(h222.email(row)) for row in rows) == 233
    assert len({row["fields"]["site_id"] for row in rows}) == 124
    assert Counter(h222.phone(row)[:4] for row in rows)["0161"] == 236


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The site's name and postcode, and its Active Places id where the layout writes it, stand
    in the record's text, outside the labels."""
    for r in records:
        row = _row(r)
        columns = [*IDENTIFIERS, *(["site_id"] if r["layout"] == "dpd_shipment" else [])]
        for column in columns:
            value = json.dumps(h222._f(row, column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON, the row's number and e-mail address where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h222.phone(row), h222.email(row) or None, h222._f(row, "site_name")
        if r["layout"] == "fsa_food_registration":
            (reg,) = doc
            est = reg["establishment"]
            assert re.fullmatch(r"[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{6}", reg["fsa_rn"])
            assert est["establishment_trading_name"] == name
            assert (
                est["establishment_primary_number"]
                == tel
                == est["operator"]["operator_primary_number"]
            )
            assert est["establishment_email"] == mail == est["operator"]["operator_email"]
            assert est["premise"]["establishment_postcode"] == h222._f(row, "postcode")
        elif r["layout"] == "dpd_shipment":
            (consignment,) = doc["consignment"]
            delivery = consignment["deliveryDetails"]
            assert delivery["contactDetails"]["telephone"] == tel
            assert delivery["address"]["organisation"] == name
            assert delivery["notificationDetails"].get("email") == mail
            assert delivery["notificationDetails"].get("mobile") == (
                tel if h222.mobile(row) else None
            )
            assert consignment["deliveryInstructions"].endswith(f"call {tel}")
            assert consignment["shippingRef2"] == h222._f(row, "site_id")
        elif r["layout"] == "odp_planning_application":
            applicant = doc["data"]["applicant"]
            assert applicant["type"] == "company" and applicant["company"]["name"] == name
            assert applicant["phone"]["primary"] == tel
            assert applicant.get("email") == mail
            answers = {q["question"]: q["responses"][0]["value"] for q in doc["responses"]}
            assert answers["Your phone number"] == tel
            assert answers.get("Your email address") == mail
            assert doc["data"]["property"]["address"]["postcode"] == h222._f(row, "postcode")
            assert doc["metadata"]["source"] == "PlanX"
        else:
            notice = doc["notice"]
            assert notice["contactDetails"]["phone"] == tel
            assert notice["contactDetails"]["email"] == mail
            assert notice["organisationName"] == name
            assert f"calling {tel} " in notice["description"]
            assert re.fullmatch(r"\d{8}", notice["cpvCodes"])


def test_provenance():
    sources = h222.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "traffordDataLab/open_data"
    assert gb["commit"] == "8a2071fa600abdfec80cecb415ee47eee8df2657"
    assert gb["paths"] == ["sport_facilities/sports_facilities.csv"]
    assert "Open Government Licence" in gb["licence"] and "Sport England" in gb["publisher"]
    rows = h222.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 255}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h222, "held_out_222", tmp_path)
