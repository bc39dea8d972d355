"""held_out_481 of the PII evaluation set (scripts/pii_held_out_481.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real contact number
or mailbox, unchanged, each copy labelled; the body's name and tenant code are in the text and
unlabelled), each layout parses in its format, and the file is rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_punjab_ulbs_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_481 as h481  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (number, e-mail)
COPIES = {
    "digit_mdms_search": (1, 1),
    "ccavenue_form": (2, 1),
    "paytm_initiate": (1, 1),
    "juspay_order": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h481.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h481.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h481.data()["rows"]) == 142
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h481.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IN"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "digit_mdms_search": 36, "ccavenue_form": 36, "paytm_initiate": 35, "juspay_order": 35,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The number and the mailbox (where the body has a well-formed one) are labelled wherever
    they stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h481.phone(row), h481.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:contactNumber"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h481.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contactNumber": 213, "register": 139}


def test_the_data_keeps_the_published_shape():
    """Every kept number is one an Indian office could hold, no two alike and none an earlier
    Indian part holds; the mailboxes are the register's strings (two malformed ones are not
    written); the fields are the tenant's, flat."""
    rows = h481.data()["rows"]
    tels = [h481.phone(row) for row in rows]
    assert all(personal_phone(tel, "IN") for tel in tels)
    assert all(re.fullmatch(r"[\d -/]{9,16}", tel) for tel in tels)
    digits = {re.sub(r"\D", "", tel) for tel in tels}
    assert len(digits) == 142
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    assert not digits & earlier
    assert sum(bool(h481.email(row)) for row in rows) == 139
    assert [row["fields"]["emailId"] for row in rows if not h481.email(row)] == [
        "mcanandpur Sahib89@gmail.com", "EONPBRWGMAIL.COM", "",
    ]  # fmt: skip
    for row in rows:
        assert row["fields"]["code"].startswith("pb.")
        assert set(extractor.TOP) <= set(row["fields"])


def test_the_extractor_keeps_only_new_numbers_of_seven_digits_or_more():
    """The extractor's rules on a few tenants: a number as published is kept; ``Not available``,
    ``0`` and a number an earlier part holds are not; the nested city fields come flat."""
    tenant = {
        "code": "pb.x", "name": "X", "description": "X", "domainUrl": "", "type": "CITY",
        "emailId": "a@b.in", "address": "Not available", "contactNumber": "1871243426",
        "OfficeTimings": {"Mon - Fri": "9.00 AM - 5.00 PM"},
        "city": {"ulbGrade": "NP", "code": "1", "latitude": 30.1},
    }  # fmt: skip
    flat = extractor.flat(tenant)
    assert flat["contactNumber"] == "1871243426" and flat["city.ulbGrade"] == "NP"
    assert flat["city.latitude"] == 30.1
    assert flat["OfficeTimings"] == "Mon - Fri: 9.00 AM - 5.00 PM"
    assert len(extractor.digits_of("Not available")) < 7 and len(extractor.digits_of("0")) < 7
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    taken = extractor.json.loads(
        (extractor.DATA / "pii_in_tn_uzhavar_sandhai.json").read_text(encoding="utf-8")
    )["rows"][0]["fields"]["contactNumber"]
    assert extractor.digits_of(taken) in earlier


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The body's name and tenant code stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h481.name(row), row["fields"]["code"]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("type") == "text":
            self.values[a["name"]] = a["value"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTML, a curl command line), the row's values
    where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, code = h481.phone(row), h481.email(row), row["fields"]["code"]
        if r["layout"] == "digit_mdms_search":
            doc = json.loads(text)
            assert doc["ResponseInfo"]["status"] == "successful"
            (entry,) = doc["MdmsRes"]["tenant"]["tenants"]
            assert entry["code"] == code and entry["contactNumber"] == tel
            assert entry.get("emailId", "") == mail
            assert entry["city"]["districtName"] == row["fields"]["city.districtName"]
        elif r["layout"] == "ccavenue_form":
            parser = _Inputs()
            parser.feed(text)
            v = parser.values
            assert v["billing_tel"] == v["delivery_tel"] == tel
            assert v["billing_email"] == mail and v["currency"] == "INR"
            assert re.fullmatch(r"\d{13}", v["tid"]) and re.fullmatch(r"\d{6}", v["merchant_id"])
            assert v["merchant_param2"] == code
        else:
            words = shlex.split(text.replace("\\\n", " "))
            assert words[:3] == ["curl", "-X", "POST"]
            if r["layout"] == "paytm_initiate":
                doc = json.loads(words[words.index("--data") + 1])
                body = doc["body"]
                assert body["userInfo"]["mobile"] == tel
                assert body["userInfo"].get("email", "") == mail
                assert f"orderId={body['orderId']}" in words[3]
                assert body["txnAmount"]["currency"] == "INR"
            else:
                pairs = [words[i + 1] for i, w in enumerate(words) if w == "--data-urlencode"]
                params = dict(p.split("=", 1) for p in pairs)
                assert params["customer_phone"] == params["billing_address_phone"] == tel
                assert params.get("customer_email", "") == mail
                assert params["customer_id"] == code and params["currency"] == "INR"


def test_provenance():
    sources = h481.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "egovernments/punjab-mdms-data"
    assert src["commit"] == "f83725e9d6e53045a49236ae96067de9fbb26ee5"
    assert src["paths"] == ["data/pb/tenant/tenants.json"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h481.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 142}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h481, "held_out_481", tmp_path)
