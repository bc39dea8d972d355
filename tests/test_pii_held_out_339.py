"""held_out_339 of the PII evaluation set (scripts/pii_held_out_339.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged and labelled whole, each copy labelled; the code, name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_339 as h339  # noqa: E402 - the scripts folder's modules
import tw_mos_burger_stores_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("id", "title", "addr")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h339.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h339.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h339.data()["rows"]) == 268
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h339.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "woocommerce_order": 67, "sap_b1_partner": 67, "clickup_task": 67, "prisma_seed": 67,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field stands twice in each record, each copy labelled as one number under its
    column (two blanks after the area code are no gap between two numbers); nothing else is
    labelled and there is no distractor."""
    for r in records:
        value, text = h339.phone(_row(r)), r["text"]
        assert h339.ONE_NUMBER.fullmatch(value) and personal_phone(value, "TW"), r["id"]
        assert text.count(value) == 2, r["id"]
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:tel")] * 2, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h339.international)
    assert kinds == {"national:tel": 536}


def test_the_data_keeps_the_published_shape():
    """268 stores of 21 counties and cities, each number once and none of an earlier
    Taiwanese part's data; the numbers in the chain's shapes (174 of a two-digit area code and
    eight digits, 63 with seven, 23 with two blanks after the bracket, 7 of a three-digit area
    code, one of seven digits after ``(02)``, kept as published); every field as the file gives
    it (strings, and the three flags as booleans)."""
    rows = h339.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h339.phone(row)) for row in rows)
    assert shapes == {
        "(99) 9999-9999": 174, "(99) 999-9999": 63, "(99)  999-9999": 14,
        "(99)  9999-9999": 9, "(999) 999-999": 5, "(999) 999-9999": 2, "(99) 9999-999": 1,
    }  # fmt: skip
    assert len({h339.phone(row) for row in rows}) == 268
    assert len({row["fields"]["city"] for row in rows}) == 21
    earlier = source.earlier_numbers(source.DATA, source.EARLIER, "886")
    assert not {source.digits_of(h339.phone(row)) for row in rows} & earlier
    for row in rows:
        fields = row["fields"]
        assert set(fields) == {
            "id", "title", "lat", "lng", "zipCode", "city", "area", "addr", "tel", "is_lane",
            "is_Delivery", "is_Pay",
        }  # fmt: skip
        flags = {"is_lane", "is_Delivery", "is_Pay"}
        assert all(isinstance(fields[k], bool) for k in flags)
        assert all(isinstance(v, str) for k, v in fields.items() if k not in flags)
        assert re.fullmatch(r"B\d{3}", fields["id"]) and re.fullmatch(r"\d{3}", fields["zipCode"])


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's code, name and street address stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h339._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each JSON document parses and holds the number where its format puts it; each seed
    script keeps Prisma's shape with the store's fields as literals."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fields = h339.phone(row), row["fields"]
        if r["layout"] == "woocommerce_order":
            doc = json.loads(text)
            assert doc["billing"]["phone"] == doc["shipping"]["phone"] == tel
            assert doc["shipping"]["company"] == h339.store_name(row)
            assert doc["shipping"]["postcode"] == fields["zipCode"]
            items = sum(float(i["total"]) + float(i["total_tax"]) for i in doc["line_items"])
            assert items + float(doc["shipping_total"]) == float(doc["total"])
            assert sum(float(i["total_tax"]) for i in doc["line_items"]) == float(doc["total_tax"])
        elif r["layout"] == "sap_b1_partner":
            doc = json.loads(text)
            assert doc["Phone1"] == tel and doc["FreeText"].endswith(f"請來電 {tel}。")
            (address,) = doc["BPAddresses"]
            assert address["AddressType"] == "bo_ShipTo" and address["BPCode"] == doc["CardCode"]
            assert (address["Street"], address["ZipCode"]) == (fields["addr"], fields["zipCode"])
            assert (doc["U_Lat"], doc["U_Lng"]) == (fields["lat"], fields["lng"])
        elif r["layout"] == "clickup_task":
            doc = json.loads(text)
            assert f"門市電話：{tel}\n" in doc["description"]
            assert [f["value"] for f in doc["custom_fields"]] == [fields["id"], tel]
            assert doc["start_date"] < doc["due_date"] and doc["status"] == "to do"
        else:
            assert text.startswith('import { PrismaClient } from "@prisma/client";\n')
            assert f"      tel: {json.dumps(tel)},\n" in text
            assert f"      latitude: {fields['lat']},\n" in text
            assert f"    where: {{ code: {json.dumps(fields['id'])} }},\n" in text
            assert text.endswith("    process.exit(1);\n  });\n")
            assert text.count("{") == text.count("}") and text.count("(") == text.count(")")


def test_provenance():
    sources = h339.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "harvey0623/side_project"
    assert tw["commit"] == "10a0225565c510ca7a177806bc0f6009f08ead5f"
    assert tw["paths"] == ["mos/js/storeInfo.js"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h339.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 268}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/harvey0623+side_project/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = source.extract({"TW": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == source.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h339, "held_out_339", tmp_path)
