"""held_out_359 of the PII evaluation set (scripts/pii_held_out_359.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the store's name, postcode and locality are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import nz_baxters_stockists_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_359 as h359  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("name", "postcode", "locality")
# copies of the phone a record of each layout writes
COPIES = {
    "starshipit_order": 2,
    "unleashed_customer": 2,
    "overture_place": 1,
    "tomtom_poi_search": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h359.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h359.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h359.data()["rows"]) == 129
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h359.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NZ"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "starshipit_order": 33,
        "unleashed_customer": 32,
        "overture_place": 32,
        "tomtom_poi_search": 32,
    }


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled (the list has no e-mail) and no distractor is."""
    for r in records:
        tel, text = h359.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text.replace("api@baxters.co.nz", ""), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h359.international)
    assert kinds == {"national:phone": 194}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is a national number as the list writes it (``(AA) NNN NNNN``, four
    with the line in one run, one ``0800`` number), a number a person could hold, no two
    alike; no rural delivery address is kept; the fields are strings as the module gives
    them, the coordinates as their literal pair."""
    rows = h359.data()["rows"]
    tels = [h359.phone(row) for row in rows]
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {"(99) 999 9999": 124, "(99) 9999999": 4, "9999 999 999": 1}
    assert all(personal_phone(tel, "NZ") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 129
    assert not any(extractor.RURAL.search(row["fields"]["address"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(re.fullmatch(r"\[-?[\d.]+, -?[\d.]+\]", row["fields"]["lngLat"]) for row in rows)
    assert Counter(row["fields"]["storeType"] for row in rows) == {
        "Supermarkets": 121,
        "Other Stockists": 6,
        "Wholesalers": 2,
    }


def test_the_extractor_reads_the_module_as_published():
    """The module's object literals are read line by line, values unchanged (the coordinate
    pair as its text); a line of any other shape is refused."""
    text = "\n".join(
        [
            "export const stores: IStoreDetails[] = [",
            "  {",
            '    name: "Kerikeri Countdown",',
            '    address: "Cnr Butler & Kerikeri Rds",',
            '    postcode: "0230",',
            '    phone: "(09) 407 0030",',
            "    lngLat: [173.946844, -35.22932],",
            "  },",
            "  {",
            '    name: "The Market",',
            '    storeType: "Other Stockists",',
            "  },",
            "];",
            "",
        ]
    )
    assert extractor.store_literals(text) == [
        {"name": "Kerikeri Countdown", "address": "Cnr Butler & Kerikeri Rds",
         "postcode": "0230", "phone": "(09) 407 0030", "lngLat": "[173.946844, -35.22932]"},
        {"name": "The Market", "storeType": "Other Stockists"},
    ]  # fmt: skip
    with pytest.raises(AssertionError):
        extractor.store_literals(text.replace('postcode: "0230",', "postcode: 230,"))
    assert extractor.RURAL.search("1087 Wekaweka Road, RD 3")
    assert not extractor.RURAL.search("11 Kamo Road")


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's name, postcode and locality stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h359._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them, the invented
    GST numbers' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h359.phone(row), row["fields"]["name"]
        if r["layout"] == "starshipit_order":
            dest = doc["order"]["destination"]
            assert dest["phone"] == tel and dest["name"] == name
            assert dest["post_code"] == row["fields"]["postcode"]
            assert tel in dest["delivery_instructions"]
            assert doc["order"]["items"] and doc["order"]["packages"]
        elif r["layout"] == "unleashed_customer":
            assert doc["Pagination"]["NumberOfItems"] == len(doc["Items"]) == 1
            item = doc["Items"][0]
            assert item["PhoneNumber"] == tel and item["CustomerName"] == name
            assert tel in item["Addresses"][0]["DeliveryInstruction"]
            assert h359.ird_valid(item["GSTVATNumber"])
            assert re.fullmatch(r"/Date\(\d{13}\)/", item["CreatedOn"])
        elif r["layout"] == "overture_place":
            assert doc["type"] == "Feature" and doc["geometry"]["type"] == "Point"
            props = doc["properties"]
            assert props["phones"] == [tel] and props["names"]["primary"] == name
            assert props["addresses"][0]["postcode"] == row["fields"]["postcode"]
            assert doc["geometry"]["coordinates"] == list(h359.lng_lat(row))
        else:
            assert doc["summary"]["numResults"] == len(doc["results"]) == 1
            result = doc["results"][0]
            assert result["type"] == "POI"
            assert result["poi"]["phone"] == tel and result["poi"]["name"] == name
            lng, lat = h359.lng_lat(row)
            assert result["position"] == {"lat": lat, "lon": lng}


def test_provenance():
    sources = h359.data()["sources"]
    assert set(sources) == {"NZ"}
    nz = sources["NZ"]
    assert nz["repository"] == "malinmalliyawadu/baxters-store-locator-main"
    assert nz["commit"] == "aff796bc7c25bfbe4252b5b6397eccbafde81416"
    assert nz["paths"] == ["src/constants/stores.ts"]
    assert "not confirmed" in nz["licence"] and nz["publisher"]
    rows = h359.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NZ": 129}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h359, "held_out_359", tmp_path)
