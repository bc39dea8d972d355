"""held_out_347 of the PII evaluation set (scripts/pii_held_out_347.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_347 as h347  # noqa: E402 - the scripts folder's modules
import tw_aphia_vet_hospitals_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the practice's identifiers, in every layout
IDENTIFIERS = ("name", "address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h347.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h347.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h347.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h347.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ecpay_invoice": 120, "moa_adoption": 120, "espocrm_account": 120, "baserow_rows": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h347.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h347.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h347.international)
    assert kinds == {"national:tel": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept field is the register's label and one fixed line in the practices' shapes,
    no mobile, each number once; the responsible veterinarian (a person) is not copied; the
    columns are the file's strings, labels and all."""
    rows = h347.data()["rows"]
    digits = Counter()
    for row in rows:
        fields = row["fields"]
        assert list(fields) == ["name", "license", "license_date", "tel", "address", "service"]
        assert fields["tel"].startswith(extractor.LABEL)
        assert fields["license"].startswith("開業執照：")
        assert fields["address"].startswith("地\xa0\xa0\xa0\xa0\xa0址：")
        tel = h347.phone(row)
        assert extractor.SHAPE.fullmatch(tel) and not tel.startswith("09"), tel
        digits["".join(c for c in tel if c.isdigit())] += 1
    assert len(digits) == len(rows) and max(digits.values()) == 1
    shapes = Counter(re.sub(r"\d", "9", h347.phone(row)) for row in rows)
    assert sum(c for s, c in shapes.items() if s.startswith("99-") or s.startswith("999-")) == 404
    assert shapes["999999999"] + shapes["9999999999"] == 20
    assert shapes["99999999"] + shapes["9999999"] + shapes["9999-9999"] == 56


def _encoded(value: str) -> str:
    """``value`` as a JSON string's content (every layout is JSON)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h347._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _ubn_valid(ubn: str) -> bool:
    weights = (1, 2, 1, 2, 1, 2, 4, 1)
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(ubn, weights, strict=True)) % 10 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number and name where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h347.phone(row), h347._f(row, "name")
        doc = json.loads(text)
        if r["layout"] == "ecpay_invoice":
            data = doc["Data"]
            assert doc["MerchantID"] == data["MerchantID"] and doc["RqHeader"]["Timestamp"] > 0
            assert data["CustomerPhone"] == tel and data["CustomerName"] == name
            assert data["CustomerAddr"] == h347._f(row, "address")
            assert data["InvoiceRemark"].endswith(f"來電 {tel}")
            assert re.fullmatch(r"\d{8}", data["CustomerIdentifier"])
            assert _ubn_valid(data["CustomerIdentifier"])
            assert data["SalesAmount"] == sum(item["ItemAmount"] for item in data["Items"])
            for item in data["Items"]:
                assert item["ItemAmount"] == item["ItemCount"] * item["ItemPrice"]
            assert (data["InvType"], data["TaxType"], data["Print"]) == ("07", "1", "1")
        elif r["layout"] == "moa_adoption":
            assert text.startswith('[{"animal_id":') and len(doc) == 1
            animal = doc[0]
            assert animal["shelter_tel"] == tel and animal["shelter_name"] == name
            assert animal["animal_place"] == name and tel in animal["animal_remark"]
            assert animal["shelter_address"] == h347._f(row, "address")
            if h347.county(row):
                assert animal["animal_area_pkid"] == h347.AREAS[h347.county(row)]
            assert animal["animal_status"] == "OPEN"
        elif r["layout"] == "espocrm_account":
            assert doc["phoneNumber"] == tel and doc["name"] == name
            assert doc["phoneNumberData"] == [
                {"phoneNumber": tel, "primary": True, "type": "Office", "optOut": False,
                 "invalid": False},
            ]  # fmt: skip
            assert re.fullmatch(r"[0-9a-f]{17}", doc["id"]) and doc["emailAddressData"] == []
            assert doc["description"].startswith(f"開業執照：{h347._f(row, 'license')}")
        else:
            assert doc["count"] == 1 and doc["next"] is None and doc["previous"] is None
            result = doc["results"][0]
            assert result["聯絡電話"] == tel and result["院所名稱"] == name
            assert result["order"] == f"{result['id']}.00000000000000000000"
            assert f"致電 {tel} " in result["備註"]
            assert result["發照日期"] == (h347._f(row, "license_date") or None)


def test_provenance():
    sources = h347.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "refinism-B/TJR103-Group-1-Project"
    assert tw["commit"] == "7859ab8b5c2b5b55a000cbae3bb49d099d9ef4f7"
    assert tw["paths"] == ["data/raw/hospital/hospital_data.csv"]
    assert "not confirmed" in tw["licence"] and "aphia.gov.tw" in tw["publisher"]
    rows = h347.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert not any(extractor.PERSON in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h347, "held_out_347", tmp_path)
