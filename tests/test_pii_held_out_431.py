"""held_out_431 of the PII evaluation set (scripts/pii_held_out_431.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real contact-number
field, unchanged, each copy labelled; the market's district, name and town are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps its rules.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_tn_uzhavar_sandhai_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_431 as h431  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the market's identifiers, in every layout
IDENTIFIERS = ("district", "name", "city")
# copies of the contact-number field a record of each layout writes
COPIES = {
    "bhashini_translation": 2,
    "dfc_enterprise": 2,
    "surveycto_wide_json": 2,
    "epicollect5_entries": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h431.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h431.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h431.data()["rows"]) == 179
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h431.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "bhashini_translation": 45,
        "dfc_enterprise": 45,
        "surveycto_wide_json": 45,
        "epicollect5_entries": 44,
    }


def test_every_copy_of_the_field_is_labelled_number_by_number(records):
    """Each copy of the contact-number field stands in the text as often as the layout writes
    it, and each number in it is labelled on its own, under its column; nothing else is labelled
    and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h431.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(field) == copies, r["id"]
        each = [field[s:e] for s, e in numbers(field)]
        expected = Counter({(v, "PHONE_NUMBER", "national:contactNumber"): copies for v in each})
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert not re.search(r"[\w.-]+@[\w-]+\.\w", text), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h431.international)
    assert kinds == {"national:contactNumber": 324}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one or two Indian numbers a person could hold, as the list writes
    them (a mobile of ten digits, an STD landline with a space or hyphen, one with its trunk 0
    dropped, one mobile a digit short as published, ``763908700``), the fields are strings, and
    the officers' names are not kept."""
    rows = h431.data()["rows"]
    fields = [h431.phone(row) for row in rows]
    assert sum(", " in f for f in fields) == 5
    odd = []
    for f in fields:
        each = [f[s:e] for s, e in numbers(f)]
        assert ", ".join(each) == f
        odd += [v for v in each if not re.fullmatch(r"\d{10}|0?\d{3,4}[- ]\d{6,7}", v)]
        assert all(personal_phone(v, "IN") for v in each), f
    assert odd == ["763908700"]
    assert "4329-294202" in fields and "0452 2526844" in fields
    assert len(set(fields)) == 126
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    keys = {k for row in rows for k in row["fields"]}
    assert keys <= {"district", "name", *extractor.ADDRESS, "designation", "contactNumber"}
    assert Counter(row["fields"].get("designation") for row in rows) == {
        "AO": 89, "DAO": 74, "AAO": 11, "": 5,
    }  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The district, the market's name and its town stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h431._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON in its format's shape, the row's values where the format
    puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        field, name = h431.phone(row), h431._f(row, "name")
        if r["layout"] == "bhashini_translation":
            (task,) = doc["pipelineResponse"]
            assert task["taskType"] == "translation"
            assert task["config"]["language"]["sourceLanguage"] == "en"
            assert task["config"]["language"]["targetLanguage"] == "ta"
            (out,) = task["output"]
            assert out["source"].startswith(f"Uzhavar Sandhai, {name} (")
            assert out["target"].startswith(f"உழவர் சந்தை, {name} (")
            assert f" on {field} during" in out["source"] and f" {field} என்ற" in out["target"]
        elif r["layout"] == "dfc_enterprise":
            assert doc["@context"] == "https://www.datafoodconsortium.org"
            graph = {node["@id"]: node for node in doc["@graph"]}
            (ent,) = [n for n in doc["@graph"] if n["@type"] == "dfc-b:Enterprise"]
            assert ent["dfc-b:name"] == f"Uzhavar Sandhai, {name}"
            number = graph[ent["dfc-b:hasPhoneNumber"]]
            assert number["@type"] == "dfc-b:PhoneNumber" and number["dfc-b:phoneNumber"] == field
            address = graph[ent["dfc-b:hasAddress"]]
            assert address["dfc-b:hasCity"] == h431._f(row, "city")
            assert address.get("dfc-b:hasPostalCode", "") == h431._f(row, "pincode")
            assert all(graph[p]["@type"] == "dfc-b:SuppliedProduct" for p in ent["dfc-b:supplies"])
            assert ent["dfc-b:description"].endswith(f", {field}.")
        elif r["layout"] == "surveycto_wide_json":
            (sub,) = doc
            assert sub["KEY"] == sub["instanceID"] and sub["KEY"].startswith("uuid:")
            assert sub["review_status"] == "APPROVED" and sub["devicephonenum"] == ""
            assert re.fullmatch(r"\d{10}", sub["formdef_version"])
            assert sub["officer_phone"] == field and sub["remarks"].endswith(field)
            assert sub["market_name"] == name and sub["district"] == h431._f(row, "district")
        else:
            assert doc["data"]["type"] == "entries" and doc["meta"]["total"] == 1
            (entry,) = doc["data"]["entries"]
            assert entry["5_Contact_number"] == field and entry["2_Market"] == name
            assert doc["data"]["mapping"] == {"map_name": "EC5_AUTO", "map_index": 0}
            assert doc["links"]["next"] is None


def test_the_extractor_keeps_its_rules():
    """The extractor reads the array literal, keeps a market's district, name, address keys,
    designation and number (never the officer's name), and drops a market whose number an
    earlier Indian part holds or that has no number of seven digits."""
    text = (
        "export class SandhaiService {\n  sandhaiDistrictList = [\n"
        '  {"name": "Theni", "sandhais": [\n'
        '    {"name": "Theni", "fullPostalAddr": {"address1": "Periyakulam Road", "city": "Theni"},'
        ' "contact": {"name": "A. Officer", "designation": "AO", "contactNumber": "9443675467"}},'
        '    {"name": "Cumbum", "fullPostalAddr": {"city": "Cumbum"},'
        ' "contact": {"name": "B. Officer", "designation": "DAO", "contactNumber": "2523"}}\n'
        "  ]}\n  ];\n}\n"
    )
    found = extractor.markets(text)
    assert [m["name"] for _, m in found] == ["Theni", "Cumbum"]
    fields = extractor.fields_of(*found[0])
    assert fields == {
        "district": "Theni", "name": "Theni", "address1": "Periyakulam Road", "city": "Theni",
        "designation": "AO", "contactNumber": "9443675467",
    }  # fmt: skip
    rows = h431.data()["rows"]
    assert all("name" in row["fields"] and "Officer" not in str(row) for row in rows[:1])
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    for row in rows:
        value = row["fields"]["contactNumber"]
        digits = [extractor.digits_of(value[s:e]) for s, e in numbers(value)]
        assert not any(d in earlier for d in digits) and any(len(d) >= 7 for d in digits)


def test_provenance():
    sources = h431.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "tnsocial/sandhai"
    assert src["commit"] == "0ca9e0a2cc3bb5f1394c2e2bdd21cf462907a734"
    assert src["paths"] == ["src/app/service/sandhai.service.ts"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h431.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 179}
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == list(range(179))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h431, "held_out_431", tmp_path)
