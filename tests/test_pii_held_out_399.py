"""held_out_399 of the PII evaluation set (scripts/pii_held_out_399.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the food bank's name, network and postcode are in the
text and unlabelled; the contact column is never written) and are rebuilt byte for byte from
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

import gb_fud_foodbanks_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_399 as h399  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telephone, e-mail)
COPIES = {
    "campaign_monitor_subscriber": (1, 1),
    "copper_company": (1, 1),
    "keap_company": (2, 1),
    "deliverect_job": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h399.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h399.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h399.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h399.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h399.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox are labelled wherever they stand, each whole, the number
    under its column; nothing else is labelled, no distractor is, and no other address is in
    the text."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h399.phone(row), h399.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter(
            {
                (tel, "PHONE_NUMBER", "national:telephone"): n_tel,
                (mail, "EMAIL_ADDRESS", "register"): n_mail,
            }
        )
        assert text.count(tel) == n_tel and text.count(mail) == n_mail, r["id"]
        assert text.count("@") == n_mail, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h399.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 375, "register": 300}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The food bank's name, network and postcode (where its contact column ends in one) stand
    in every record's text, outside the labels; the contact column is not written."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = r["spans"]
        for value in (h399.name(row), row["fields"]["network"], h399.postcode(row)):
            if not value:
                continue
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), text)]
            assert [at for at in found if not any(s <= at < e for s, e, *_ in spans)], (
                r["id"],
                value,
            )
        assert row["fields"]["contact"].strip() not in text, r["id"]
        assert "W:" not in text and "T:" not in text, r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each body parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h399.phone(row), h399.email(row), h399.name(row)
        if r["layout"] == "campaign_monitor_subscriber":
            assert doc["EmailAddress"] == mail and doc["Name"] == name
            fields = {f["Key"]: f["Value"] for f in doc["CustomFields"]}
            assert fields["Telephone"] == tel
            assert fields["Network"] == row["fields"]["network"]
            assert fields.get("Postcode", "") == h399.postcode(row)
            assert doc["ConsentToTrack"] == "Yes" and doc["Resubscribe"] is True
        elif r["layout"] == "copper_company":
            assert doc["name"] == name
            assert doc["phone_numbers"] == [{"number": tel, "category": "work"}]
            assert doc["email_domain"] == mail.split("@")[1]
            assert doc["details"].endswith(f"donations: {mail}")
            assert doc["address"]["country"] == "GB"
            assert (doc["address"]["postal_code"] or "") == h399.postcode(row)
        elif r["layout"] == "keap_company":
            assert doc["company_name"] == name
            assert doc["email_address"] == {"email": mail, "field": "EMAIL1"}
            assert doc["phone_number"] == {"number": tel, "field": "PHONE1", "type": "Work"}
            assert doc["address"]["country_code"] == "GBR"
            assert f"telephone on {tel};" in doc["notes"]
        else:
            assert re.fullmatch(r"[0-9a-f]{24}", doc["jobId"])
            (drop,) = doc["deliveryLocations"]
            assert drop["company"] == name and drop["phone"] == tel
            assert re.fullmatch(r"\d{9}", drop["phoneAccessCode"])
            assert drop["deliveryRemarks"].endswith(mail)
            assert drop["postalCode"] == h399.postcode(row)
            assert doc["pickupTime"] < drop["deliveryTime"]


def test_the_data_keeps_the_published_shape():
    """Every kept telephone and mailbox stands in the row's contact column as written, after
    ``T:``/``Tel:`` and ``E:``; every telephone is eleven digits, a number a person could hold,
    no two alike; the fields are the file's five columns and the two values, strings."""
    rows = h399.data()["rows"]
    tels = [h399.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d+(?: \d+)*", tel) for tel in tels)
    assert all(len(re.sub(r"\D", "", tel)) == 11 for tel in tels)
    assert all(personal_phone(tel, "GB") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    for row in rows:
        fields = row["fields"]
        assert set(fields) == {*extractor.COLUMNS, "telephone", "email"}
        assert all(isinstance(v, str) for v in fields.values())
        assert (fields["telephone"], fields["email"]) == extractor.contact_values(fields["contact"])
        assert fields["telephone"] in fields["contact"] and fields["email"] in fields["contact"]
    assert Counter(row["fields"]["network"] for row in rows)["Trussell Trust"] == 268


def test_the_extractor_rules_on_a_few_contacts():
    """The first telephone after ``T:`` or ``Tel:`` (not a second after ``or``), of ten or
    eleven digits, and the address after ``E:``; none where either is missing or short."""
    values = extractor.contact_values
    assert values("T: 01205 367400 or 07743 686999 E: hstones@btinternet.com W: x") == (
        "01205 367400",
        "hstones@btinternet.com",
    )
    assert values("T:0115 943 6081 E:hope@hopenottingham.org.uk   W: http://x/") == (
        "0115 943 6081",
        "hope@hopenottingham.org.uk",
    )
    assert values("Tel: 0116 286 7735  / 07863 645 219  Email: fs@fareshare.org.uk") == (
        "0116 286 7735",
        "fs@fareshare.org.uk",
    )
    assert values("Under Development E: info@northamptoncentral.foodbank.org.uk") is None
    assert values("T: 0191 E: info@example.org.uk") is None
    assert values("T: 07854690694 W: http://arnold.foodbank.org.uk/") is None


def test_provenance():
    sources = h399.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "officialgupta/fud"
    assert gb["commit"] == "b397b390c5e932b0f4ee1034d47fd2a898e1304b"
    assert gb["paths"] == ["data/foodbanks.csv"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h399.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h399, "held_out_399", tmp_path)
