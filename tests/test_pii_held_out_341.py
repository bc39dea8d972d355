"""held_out_341 of the PII evaluation set (scripts/pii_held_out_341.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the shop's name and postcode are in the text and
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

import gb_greggs_shops_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_341 as h341  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the shop's identifiers, in every layout
IDENTIFIERS = ("name", "postcode")
COPIES = {"just_eat_order": 1, "stuart_job": 2, "bing_sds_source": 1, "webex_message": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h341.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h341.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h341.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h341.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(COPIES, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h341.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h341.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h341.international)
    assert kinds == {"national:phone": 900}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, in its
    fixed width of twelve characters (282 padded with blanks, stripped in the records); 319 with
    a blank inside; every shop a Greggs; the fields are strings as the file gives them (the
    first tuple's name keeps the file's byte-order mark)."""
    rows = h341.data()["rows"]
    assert Counter(row["country"] for row in rows) == {"GB": 600}
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert len(row["fields"]["phone"]) == 12
        assert re.fullmatch(r"0\d{3,5} ?\d{5,7}", h341.phone(row)), row["path"]
        assert row["fields"]["type"] == "Greggs"
    assert sum(row["fields"]["phone"] != h341.phone(row) for row in rows) == 282
    assert sum(" " in h341.phone(row) for row in rows) == 319
    assert sum(row["fields"]["name"] != h341._f(row, "name") for row in rows) == 1


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or pipe-delimited text)."""
    if layout == "bing_sds_source":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The shop's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h341._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the Bing data-source
    file by its lines and pipes), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h341.phone(row), h341._f(row, "name")
        if r["layout"] == "just_eat_order":
            doc = json.loads(text)
            shop = doc["Restaurant"]
            assert shop["PhoneNumber"] == tel and shop["Name"] == f"Greggs - {name}"
            assert shop["Id"] == h341._f(row, "id") and shop["TimeZone"] == "Europe/London"
            assert doc["Fulfilment"]["Method"] == "Collection"
            items = round(sum(i["TotalPrice"] for i in doc["Items"]), 2)
            assert doc["PriceBreakdown"]["Items"] == items
            assert doc["TotalPrice"] == doc["Payment"]["Lines"][0]["Value"]
        elif r["layout"] == "stuart_job":
            job = json.loads(text)["job"]
            (pickup,) = job["pickups"]
            assert pickup["contact"] == {"company": f"Greggs {name}", "phone": tel}
            assert pickup["comment"].endswith(f"call the shop on {tel}.")
            (dropoff,) = job["dropoffs"]
            assert dropoff["client_reference"].startswith(f"GRG-{h341._f(row, 'id')}-")
            assert "phone" not in dropoff["contact"]
        elif r["layout"] == "bing_sds_source":
            first, schema, entity, end = text.split("\n")
            assert first.startswith("Bing Spatial Data Services, 2.0, ") and end == ""
            keys = [k.split("(")[0] for k in schema.split("|")]
            values = dict(zip(keys, entity.split("|"), strict=True))
            assert values["Phone"] == tel and values["Name"] == name
            assert values["EntityID"] == h341._f(row, "id") and values["CountryRegion"] == "GB"
        else:
            doc = json.loads(text)
            assert set(doc) == {"roomId", "text", "markdown"}
            assert doc["text"].endswith(f"Shop phone: {tel}")
            assert doc["markdown"].endswith(f"\n\nShop phone: {tel}")
            assert doc["markdown"].startswith(f"**Shop {h341._f(row, 'id')} {name}**")


def test_the_extractor_reads_every_tuple_of_the_seed_script():
    """The extractor's tuple reader undoes SQL quotes and stops at the tuple's bracket (the
    last tuple's line goes on with the script's callback)."""
    line = "\t\t(1, 51.5, -0.1, 'St Mary''s Rd', '0208 1234567', 'N1 1AA ', 'x', 'y', 'Greggs', true);\", [], (e, r) => {"  # noqa: E501
    (row,) = extractor.rows_of(line)
    assert row["name"] == "St Mary's Rd" and row["phone"] == "0208 1234567"
    assert row["postcode"] == "N1 1AA " and row["vegan"] == "true"


def test_provenance():
    sources = h341.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "jackcutting/vsrf"
    assert gb["commit"] == "715fb249d025f7b420a8ae8bcfd9adb206748581"
    assert gb["paths"] == ["db/migrate_seed.js"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h341.data()["rows"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h341, "held_out_341", tmp_path)
