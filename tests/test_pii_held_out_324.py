"""held_out_324 of the PII evaluation set (scripts/pii_held_out_324.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled e-mail address its real address, copied unchanged, each copy labelled; the
name and district are in the text and unlabelled), its data rebuilds byte for byte from the
fetched list, and the part from its data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_blood_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_324 as h324  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/ashutosh9503+bloodbank-directory/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h324.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h324.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h324.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h324.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "abdm_hfr_facility": 80, "youtube_video": 80, "cashfree_order": 80,
        "zoho_cliq_message": 80,
    }  # fmt: skip


def test_every_copy_of_each_number_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled on its own wherever it stands, under the
    ``Phone`` column; each copy of the e-mail address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for number in h324.phones(row):
            assert numbers(number) == [(0, len(number))], number
            assert personal_phone(number, "IN"), number
            found = len(re.findall(rf"(?<!\d){re.escape(number)}(?!\d)", text))
            assert found >= 1, (r["id"], number)
            expected[(number, "national:Phone")] += found
        labelled = Counter((text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        mail = h324.email(row)
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] * text.count(mail) and emails, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h324.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 533, "register": 400}


def test_the_data_keeps_the_published_shape():
    """320 centres, each phone field one to three numbers of seven to twelve digits (319 of
    the 364 ten-digit mobiles in one run), as the file gives them; one address each."""
    rows = h324.data()["rows"]
    assert Counter(len(h324.phones(row)) for row in rows) == {1: 286, 2: 24, 3: 10}
    found = [n for row in rows for n in h324.phones(row)]
    assert len(found) == 364 and sum(map(h324.mobile, found)) == 319
    assert {"022 33503583", "9422185125"} <= set(found)
    for row in rows:
        assert ", ".join(h324.phones(row)) == row["fields"]["Phone"] or re.search(
            r"\s*[,/]\s*", row["fields"]["Phone"]
        )
        assert "@" in row["fields"]["Email"] and h324.district(row)
    assert Counter(row["fields"]["Category"] for row in rows) == {
        "Charitable/Vol": 137, "Private": 92, "Govt.": 82, "Red Cross": 9,
    }  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and district stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h324._f(row, "Name"), h324.district(row)):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            if r["layout"] in {"cashfree_order", "zoho_cliq_message"}:
                encoded = encoded.replace("'", "'\\''")  # inside a single-quoted shell word
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)  # (a district may stand in a mailbox too)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _curl_data(text: str, flag: str) -> dict:
    """The JSON body of a curl command's ``flag`` argument."""
    words = shlex.split(text.replace("\\\n", " "))
    return json.loads(words[words.index(flag) + 1])


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, or a curl command whose body is JSON), the
    row's numbers and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        nums, mail = h324.phones(row), h324.email(row)
        if r["layout"] == "abdm_hfr_facility":
            doc = json.loads(text)
            contact = doc["facilityContactInformation"]
            assert contact["facilityContactNumber"] == h324.first_mobile(row)
            assert contact["facilityLandlineNumber"] == ", ".join(h324.others(row))
            assert contact["facilityEmailId"] == mail
            assert doc["facilityName"] == h324._f(row, "Name")
            assert doc["ownershipCode"] in {"G", "P"}
        elif r["layout"] == "youtube_video":
            doc = json.loads(text)
            description = doc["snippet"]["description"]
            assert description.count(", ".join(nums)) == 2 and description.count(mail) == 2
            assert doc["snippet"]["categoryId"] == "29" and len(doc["snippet"]["title"]) <= 100
        elif r["layout"] == "cashfree_order":
            assert "--url https://api.cashfree.com/pg/orders" in text
            doc = _curl_data(text, "--data")
            assert doc["customer_details"]["customer_phone"] == h324.first_mobile(row)
            assert doc["customer_details"]["customer_email"] == mail
            assert doc["order_currency"] == "INR"
            assert all(n in doc["order_note"] for n in h324.others(row))
        else:
            assert "https://cliq.zoho.in/api/v2/channelsbyname/" in text
            doc = _curl_data(text, "-d")
            label = {k: v for item in doc["slides"][0]["data"] for k, v in item.items()}
            assert label["Phone"] == h324.phone(row) and label["Email"] == mail
            assert doc["text"].endswith(h324.first_mobile(row))


def test_provenance():
    sources = h324.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "ashutosh9503/bloodbank-directory"
    assert src["commit"] == "7369763c95163423f1bc06079a73f8aceed14bce"
    assert src["path"] == "BloodBanks_Merged.csv"
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h324.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 320}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the list's repository is not fetched here")
def test_the_data_is_rebuilt_byte_for_byte_from_the_list():
    data = extractor.extract({"IN": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h324, "held_out_324", tmp_path)
