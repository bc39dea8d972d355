"""held_out_310 of the PII evaluation set (scripts/pii_held_out_310.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_310 as h310  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("name", "address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h310.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h310.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h310.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h310.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "zomato_restaurant": 75, "urbanpiper_store": 75, "petpooja_menu": 75, "olamaps_place": 75,
    }  # fmt: skip


def _copies(layout: str, numbers: list[str]) -> Counter:
    """How many times the layout writes each of its row's ``numbers``: each once (the Zomato
    ``phone_numbers``, UrbanPiper's ``notification_phones``, Petpooja's ``contact``, the Ola
    Maps summary), the first once more in the other layouts (``contact_phone``, the pick-up
    note, the phone field); a number the field holds twice is written twice."""
    copies = Counter(numbers)
    if layout != "zomato_restaurant":
        copies[numbers[0]] += 1
    return copies


def test_every_copy_of_every_number_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the layout writes it, under its
    column, and nothing else is; none is a short number."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = h310.phones(row)
        copies = _copies(r["layout"], numbers)
        expected = Counter({(number, h310.PHONE): c for number, c in copies.items()})
        for number, c in copies.items():
            assert personal_phone(number, "IN"), r["id"]
            assert text.count(number) == c, r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h310.international)
    assert kinds == {"international:phone": 321, "national:phone": 365}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds one or two numbers of six digits or more, one to a line
    (34 with blank lines between them, kept as published); 161 fields of two numbers; the
    numbers are mobiles with ``+91 `` (230), landlines with the STD code apart (224) and a few
    in one run or with ``091``."""
    rows = h310.data()["rows"]
    numbers = [n for row in rows for n in h310.phones(row)]
    assert Counter(len(h310.phones(row)) for row in rows) == {1: 139, 2: 161}
    assert sum("\n\n" in h310.phone(row) for row in rows) == 34
    shapes = Counter(re.sub(r"\d", "9", n) for n in numbers)
    assert shapes == {
        "+99 9999999999": 230, "999 99999999": 224, "99999999999": 6, "999 9999999999": 1,
    }  # fmt: skip
    assert len({h310.phone(row) for row in rows}) == 300
    for row in rows:
        assert not any(re.search(r"\d{6}", h310._f(row, c)) for c in IDENTIFIERS)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string; in the curl body's single quotes an
    apostrophe closes and reopens them)."""
    encoded = json.dumps(value, ensure_ascii=False)[1:-1]
    return encoded.replace("'", "'\\''") if layout == "urbanpiper_store" else encoded


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels (a name of
    digits, ``1947``, may also stand inside one of the numbers)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h310._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the curl command by
    shlex), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers, name = h310.phones(row), h310._f(row, "name")
        if r["layout"] == "zomato_restaurant":
            doc = json.loads(text)
            assert doc["phone_numbers"] == ", ".join(numbers) and doc["name"] == name
            assert doc["location"]["city_id"] == 4 and doc["id"] == str(doc["R"]["res_id"])
            assert doc["location"]["address"] == h310._f(row, "address")
        elif r["layout"] == "urbanpiper_store":
            argv = shlex.split(text.replace("\\\n", ""))
            assert argv[:3] == ["curl", "-X", "POST"]
            assert argv[3] == "https://pos-int.urbanpiper.com/external/api/v1/stores/"
            store = json.loads(argv[argv.index("-d") + 1])["stores"][0]
            assert store["contact_phone"] == numbers[0]
            assert store["notification_phones"] == numbers and store["name"] == name
            assert store["ordering_enabled"] == (h310._f(row, "online_order") == "Yes")
        elif r["layout"] == "petpooja_menu":
            doc = json.loads(text)
            details = doc["restaurants"][0]["details"]
            assert details["contact"] == ", ".join(numbers)
            assert details["restaurantname"] == name and doc["success"] == "1"
            assert doc["ordertypes"][1]["note"].startswith(f"Call the outlet on {numbers[0]} ")
            ids = {c["categoryid"] for c in doc["categories"]}
            assert all(item["item_categoryid"] in ids for item in doc["items"])
        else:
            doc = json.loads(text)
            result = doc["result"]
            key = (
                "international_phone_number"
                if numbers[0].startswith("+")
                else ("formatted_phone_number")
            )
            assert result[key] == numbers[0] and result["name"] == name
            assert result["editorial_summary"]["overview"].endswith(f"Call {' or '.join(numbers)}.")
            assert doc["status"] == "ok"


def test_provenance():
    sources = h310.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "samwilson129/utilities-locator"
    assert src["commit"] == "d7b551c039ad2dfaffa5cef782d080073d2867c0"
    assert src["paths"] == ["final_release/backend/restaurant_insertion.sql"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h310.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 300}
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in (v or "") for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h310, "held_out_310", tmp_path)
