"""held_out_387 of the PII evaluation set (scripts/pii_held_out_387.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real mobile,
phone, fax or mailbox, unchanged, each copy labelled; the post, its district's name and the
order's identifiers are in the text and unlabelled), each layout parses as its format, the
extractor's rules hold on a few rows, and the records are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import bd_rajshahi_police_contacts_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_387 as h387  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h387.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h387.by_locale()[locale][n]


def _expected(record: dict) -> Counter:
    """The labelled copies each layout writes of a row's values, by (value, type, kind)."""
    row, layout = _row(record), record["layout"]
    mobiles, lands, faxes, mail = (
        h387.mobiles(row),
        h387.landlines(row),
        h387.faxes(row),
        h387.email(row),
    )
    out: Counter = Counter()
    if layout == "steadfast_order":
        out.update({(m, "PHONE_NUMBER", "national:mobile"): 2 for m in mobiles})
        out.update({(p, "PHONE_NUMBER", "national:phone"): 1 for p in lands})
        mails = 1
    elif layout == "pathao_order_http":
        out.update({(m, "PHONE_NUMBER", "national:mobile"): 1 for m in mobiles})
        out.update({(p, "PHONE_NUMBER", "national:phone"): 1 for p in lands})
        out.update({(f, "PHONE_NUMBER", "national:fax"): 1 for f in faxes})
        mails = 1
    elif layout == "sslwireless_sms":
        out[(mobiles[0], "PHONE_NUMBER", "national:mobile")] = 2
        mails = 1
    else:
        ship = 0 if lands else 1
        out.update({(m, "PHONE_NUMBER", "national:mobile"): 1 + ship for m in mobiles})
        out.update({(p, "PHONE_NUMBER", "national:phone"): 1 for p in lands})
        out.update({(f, "PHONE_NUMBER", "national:fax"): 1 for f in faxes})
        mails = 1
    if mail:
        out[(mail, "EMAIL_ADDRESS", "register")] = mails
    return out


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h387.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h387.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:BD"
        assert r["language"] in ("bn", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h387.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The mobile lines, the landline and fax where they are lines of their own and the
    mailbox where the post has one are labelled wherever they stand, each whole, the numbers
    under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = _expected(r)
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        for (value, _, _), n in expected.items():
            assert text.count(value) == n, (r["id"], value)
        store_passwd = r["layout"] == "sslcommerz_curl"  # ``...@ssl``, SSLCOMMERZ's form
        assert text.count("@") == (1 if h387.email(row) else 0) + store_passwd, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h387.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:mobile": 498,
        "national:phone": 96,
        "national:fax": 9,
        "register": 112,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept mobile field is one or two numbers (Bengali or ASCII digits), each a number a
    person could hold, no first line twice; the mailboxes are on ``police.gov.bd``;
    placeholders and repeated lines are not written; the fields are strings as published and
    no officer's name is kept."""
    rows = h387.data()["rows"]
    firsts = [extractor.first_line(row["fields"]["mobile"]) for row in rows]
    assert len(set(firsts)) == 300
    lines = [h387._digits(line) for row in rows for line in h387.mobiles(row)]
    assert all(personal_phone(line, "BD") for line in lines)
    # 298 mobile lines; four Chapai Nawabganj thanas' duty officers' "mobile" is a landline
    shapes = Counter((len(line), line[:2]) for line in lines)
    assert shapes == {(11, "01"): 298, (10, "07"): 3, (9, "07"): 1}
    assert Counter(len(h387.mobiles(row)) for row in rows) == {1: 298, 2: 2}
    bengali = sum(bool(re.search("[০-৯]", row["fields"]["mobile"])) for row in rows)
    assert bengali == 245
    mails = [h387.email(row) for row in rows if h387.email(row)]
    assert len(mails) == 112 and all(m.endswith("@police.gov.bd") for m in mails)
    assert all(row["fields"].get("email", "") == h387.email(row) for row in rows)
    assert h387.placeholder("০৭২১-০০০০০০") and not h387.placeholder("০৭২২৫-৫৬০০৩")
    for row in rows:
        written = [h387._digits(v) for v in h387.mobiles(row) + h387.landlines(row)]
        written += [h387._digits(v) for v in h387.faxes(row)]
        assert len(written) == len(set(written)), row["path"]
        assert "person_name" not in row["fields"] and "user_id" not in row["fields"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractors_rules_on_a_few_rows():
    """Bengali digits are read as their values; a field's first line decides; a NULL column and
    a mailbox off police.gov.bd are left out; the district and thana are named."""
    assert extractor.ascii_digits("০১৭১৩-৩৭৩৮০১") == "01713373801"
    assert extractor.first_line("০১৭৬৫-৯৩০৯৩৮, ০১৭৪১-০৯৮৭০২") == "01765930938"
    districts = {"1": {"name": "রাজশাহী", "name_english": "Rajshahi"}}
    thanas = {"7": {"name": "গোদাগাড়ী মডেল"}}
    row = {
        "id": "26", "jurisdiction_level_id": "3", "district_id": "1", "thana_id": "7",
        "user_id": "11", "designation": "অফিসার ইনচার্জ, গোদাগাড়ী মডেল থানা",
        "person_name": "জনাব ক", "mobile": "০১৭১৩-৩৭৩৮০১", "phone": "০৭২২৫-৫৬০০৩",
        "fax": None, "email": "someone@gmail.com", "created_at": "2018-11-12 18:50:27",
        "updated_at": None, "deleted_at": None,
    }  # fmt: skip
    fields = extractor.kept_fields(row, districts, thanas)
    assert fields == {
        "id": "26", "jurisdiction_level_id": "3", "district_id": "1", "thana_id": "7",
        "designation": "অফিসার ইনচার্জ, গোদাগাড়ী মডেল থানা", "mobile": "০১৭১৩-৩৭৩৮০১",
        "phone": "০৭২২৫-৫৬০০৩", "district": "রাজশাহী", "district_english": "Rajshahi",
        "thana": "গোদাগাড়ী মডেল",
    }  # fmt: skip
    row["email"] = "ocraj.god@police.gov.bd"
    assert extractor.kept_fields(row, districts, thanas)["email"] == "ocraj.god@police.gov.bd"


def _json_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The post and its district's English name (where it has one) stand in every record's
    text, outside the labels."""
    for r in records:
        row = _row(r)
        wanted = [h387.post(row)]
        if r["layout"] == "sslcommerz_curl" and h387.district_en(row):
            wanted.append(h387.district_en(row))
        for value in wanted:
            found = [m.start() for m in re.finditer(re.escape(_json_string(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the HTTP message's
    head and body, the curl command by shlex), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        mobile, post = ", ".join(h387.mobiles(row)), h387.post(row)
        if r["layout"] == "steadfast_order":
            doc = json.loads(text)
            assert re.fullmatch(r"BOS-\d{5}-\d{3}", doc["invoice"])
            assert doc["recipient_name"] == post and doc["recipient_phone"] == mobile
            assert doc.get("alternative_phone", "") == ", ".join(h387.landlines(row))
            assert doc.get("recipient_email", "") == h387.email(row)
            assert doc["cod_amount"] == 0 and doc["delivery_type"] == 0
            assert f"পৌঁছে {mobile} নম্বরে" in doc["note"]
            assert len(doc["recipient_name"]) <= 100 and len(doc["recipient_address"]) <= 250
        elif r["layout"] == "pathao_order_http":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert lines[0] == "POST /aladdin/api/v1/orders HTTP/1.1"
            headers = dict(line.split(": ", 1) for line in lines[1:])
            assert headers["Host"] == "api-hermes.pathao.com"
            assert headers["Authorization"].startswith("Bearer ")
            assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
            doc = json.loads(body)
            assert doc["recipient_phone"] == mobile and doc["recipient_name"] == post
            assert doc["delivery_type"] == 48 and doc["item_type"] == 2
            assert doc["amount_to_collect"] == 0
            note = doc["special_instruction"]
            assert (h387.email(row) in note) if h387.email(row) else "@" not in note
        elif r["layout"] == "sslwireless_sms":
            doc = json.loads(text)
            assert set(doc) == {"api_token", "sid", "msisdn", "sms", "csms_id"}
            assert doc["msisdn"] == h387.mobiles(row)[0]
            assert f"কুরিয়ার {doc['msisdn']} নম্বরে" in doc["sms"]
            assert doc["csms_id"].startswith(re.search(r"BOS-\d{5}-\d{3}", doc["sms"]).group())
        else:
            words = shlex.split(text.replace("\\\n", " "))
            assert words[:4] == [
                "curl", "-X", "POST", "https://securepay.sslcommerz.com/gwprocess/v4/api.php",
            ]  # fmt: skip
            assert words[4::2] == ["--data-urlencode"] * len(words[5::2])
            params = dict(w.split("=", 1) for w in words[5::2])
            assert params["currency"] == "BDT" and params["cus_country"] == "Bangladesh"
            assert params["cus_name"] == post and params["cus_phone"] == mobile
            assert params.get("cus_email", "") == h387.email(row)
            assert params.get("cus_fax", "") == ", ".join(h387.faxes(row))
            assert params["ship_phone"] == (", ".join(h387.landlines(row)) or mobile)
            assert re.fullmatch(r"\d+\.00", params["total_amount"])
            assert params.get("cus_postcode", "") == h387.postcode(row)


def test_provenance():
    sources = h387.data()["sources"]
    assert set(sources) == {"BD"}
    bd = sources["BD"]
    assert bd["repository"] == "sumonweb/digrajshahi"
    assert bd["commit"] == "3c78e53e2728403f01752b831c126f6edd53128f"
    assert bd["paths"] == ["dig.sql"]
    assert "not confirmed" in bd["licence"] and bd["publisher"]
    rows = h387.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BD": 300}
    assert all(r["path"].startswith("dig.sql:jurisdiction_contacts#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h387, "held_out_387", tmp_path)
