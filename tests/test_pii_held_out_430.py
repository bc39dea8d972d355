"""held_out_430 of the PII evaluation set (scripts/pii_held_out_430.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the market's ZIP code and city are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the extract keeps the extractor's rules.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_430 as h430  # noqa: E402 - the scripts folder's modules
import us_ny_farmers_markets_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the market's identifiers that every layout writes as published
IDENTIFIERS = ("Zip", "City")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h430.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h430.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h430.data()["rows"]) == 288
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h430.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 72 for layout in h430.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone stands twice in every record, each copy labelled whole under its column;
    nothing else is labelled, no distractor is, and no record holds an e-mail address."""
    for r in records:
        tel, text = h430.phone(_row(r)), r["text"]
        assert text.count(tel) == 2, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Phone"): 2}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h430.international, frozenset({"PHONE_NUMBER"}))
    assert kinds == {"national:Phone": 576}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _row(r)["fields"][column]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _kirby(text: str) -> dict[str, str]:
    """A Kirby content file's fields (``Key: value`` between lines of four dashes)."""
    out = {}
    for part in text.rstrip("\n").split("\n\n----\n\n"):
        key, _, value = part.partition(":")
        out[key] = value.lstrip(" ")
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, YAML front matter and Kirby's fields), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        f, tel = row["fields"], h430.phone(row)
        if r["layout"] == "tec_venue":
            doc = json.loads(text)
            assert doc["venue"] == f["Market Name"] and doc["phone"] == tel
            assert doc["zip"] == f["Zip"] and doc["stateprovince"] == "NY"
            assert doc["global_id"].endswith(f"?id={doc['id']}")
            assert doc["geo_lat"] == float(f["Latitude"])
            assert doc["description"].endswith(f"Call the market at {tel}.</p>")
        elif r["layout"] == "kirby_page":
            fields = _kirby(text)
            assert fields["Title"] == f["Market Name"] and fields["Phone"] == tel
            assert fields["Hours"] == f["Operation Hours"].strip()
            assert fields["Zip"] == f["Zip"] and re.fullmatch(r"[a-z0-9]{16}", fields["Uuid"])
            assert fields["Text"].endswith(f"reach the market at {tel}.")
        elif r["layout"] == "statamic_entry":
            assert text.startswith("---\n")
            head, _, body = text[4:].partition("\n---\n")
            matter = yaml.safe_load(head)
            assert matter["title"] == f["Market Name"].strip() and matter["phone"] == tel
            assert matter["zip"] == f["Zip"] and matter["blueprint"] == "market"
            assert isinstance(matter["updated_at"], int) and matter["fmnp"] == (f["FMNP"] == "Y")
            assert body.endswith(f"**Market manager's line:** {tel}\n")
        else:
            answer = json.loads(text)
            assert answer["results_size"] == len(answer["results"]) == 1
            doc = answer["results"][0]
            assert doc["type"] == "farmers_market" and doc["tags"] == [f["County"]]
            assert doc["data"]["name"][0]["text"] == f["Market Name"].strip()
            assert doc["data"]["phone"] == tel and doc["data"]["zip"] == f["Zip"]
            assert doc["data"]["description"][0]["text"].endswith(f"Market line: {tel}.")


def test_the_data_keeps_the_extractors_rules():
    """Every kept phone is ten digits as published, a number a person could hold, no two
    alike, none an earlier US part holds; no manager's name is kept."""
    rows = h430.data()["rows"]
    tels = [h430.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{10}", tel) for tel in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len(set(tels)) == 288
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    assert not any(tel in earlier or f"1{tel}" in earlier for tel in tels)
    assert all(extractor.PERSON not in row["fields"] for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert paths == sorted(paths)
    first = rows[0]["fields"]
    assert (first["Market Name"], first["Phone"], first["Zip"]) == (
        "Albany Jewish Community Ctr Farmers' Market", "5184386651", "12208",
    )  # fmt: skip


def test_provenance():
    sources = h430.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "frankbi/AAJA-Scraper"
    assert us["commit"] == "668509a1ca4f73a1b6a5d91de593258f73498e98"
    assert us["paths"] == ["nyc/Farmers_Markets_in_New_York_State.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h430, "held_out_430", tmp_path)
