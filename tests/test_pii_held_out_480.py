"""held_out_480 of the PII evaluation set (scripts/pii_held_out_480.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone, as
published or less a spreadsheet's float tail, each copy labelled; the brewery's name, city and
postal code are in the text and unlabelled), the extractor's rules hold on the kept rows, and
the records are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ca_open_brewery_db_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_480 as h480  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the brewery's identifiers, in every layout
IDENTIFIERS = ("name", "city", "postal_code")
# copies of the phone a record of each layout writes
COPIES = {
    "beerjson_recipe": 2,
    "beersmith_bsmx": 2,
    "brewfather_batch": 2,
    "untappd_brewery": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h480.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h480.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h480.data()["rows"]) == 188
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h480.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CA"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 47 for layout in h480.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is; the float tail is never written."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h480.phone(row)
        assert tel == row["fields"]["phone"].strip().removesuffix(".0")
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        assert f"{tel}.0" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h480.international)
    assert kinds == {"national:phone": 329}


def test_the_data_keeps_the_published_shape():
    """British Columbia's numbers are eleven digits with the trunk ``1``; Ontario's are in
    brackets, hyphens, dots or ten digits with a float tail, as published; every one a number a
    person could hold, no two lines alike; the fields are strings as the files give them."""
    rows = h480.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["phone"]) for row in rows)
    assert shapes == {
        "99999999999": 88, "9999999999.9": 57, "(999) 999-9999": 39, "999-999-9999": 2,
        "999.999.9999": 1, "(999) 999.9999": 1,
    }  # fmt: skip
    assert all(personal_phone(h480.phone(row), "CA") for row in rows)
    assert len({extractor.line_of(row["fields"]["phone"]) for row in rows}) == 188
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractor_rules_hold_on_the_kept_rows():
    """No planned or closed brewery, no e-mail address for a web site, no line an earlier
    Canadian part holds; ``line_of`` reads a number's last ten digits, the float tail aside."""
    assert extractor.line_of("9054445050.0") == "9054445050"
    assert extractor.line_of("16045681211") == "6045681211"
    assert extractor.line_of("(647) 347-6286") == "6473476286"
    assert extractor.line_of("905-444") == ""
    rows = h480.data()["rows"]
    earlier = {n[-10:] for n in earlier_numbers(extractor.DATA, extractor.EARLIER)}
    for row in rows:
        assert row["fields"]["brewery_type"] not in extractor.LEFT_OUT
        assert "@" not in row["fields"]["website_url"]
        assert extractor.line_of(row["fields"]["phone"]) not in earlier
        assert row["fields"]["country"] == "Canada"
    assert Counter(r["path"].split("#")[0] for r in rows) == {
        "data/canada/british-columbia.csv": 88, "data/canada/ontario.csv": 100,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "beersmith_bsmx":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h480._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h480.phone(row), row["fields"]["name"]
        if r["layout"] == "beersmith_bsmx":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Recipes"
            recipe = root.find("Data/Recipe")
            assert recipe.findtext("F_R_BREWER") == name
            assert recipe.findtext("F_R_NOTES").endswith(f"Brewery line: {tel}")
            assert f"call {tel} " in recipe.findtext("F_R_EQUIPMENT/F_E_NOTES")
            assert float(recipe.findtext("F_R_OG_MEASURED")) > 1
        elif r["layout"] == "beerjson_recipe":
            doc = json.loads(text)["beerjson"]
            assert doc["version"] == 1.0
            (recipe,) = doc["recipes"]
            assert recipe["author"] == name and recipe["type"] == "all grain"
            assert recipe["notes"].endswith(f"call the brewery at {tel}.")
            assert doc["equipments"][0]["equipment_items"][0]["notes"].endswith(f", {tel}.")
        elif r["layout"] == "brewfather_batch":
            doc = json.loads(text)
            assert doc["_type"] == "batch" and doc["brewer"] == name
            assert re.fullmatch(r"[A-Za-z0-9]{20}", doc["_id"])
            assert re.fullmatch(r"\d{13}", str(doc["brewDate"]))
            assert f"call {tel} before" in doc["batchNotes"]
            assert doc["notes"][1]["note"].endswith(tel)
            assert doc["recipe"]["author"] == name
        else:
            doc = json.loads(text)
            assert doc["meta"]["code"] == 200
            brewery = doc["response"]["brewery"]
            assert brewery["brewery_name"] == name and brewery["country_name"] == "Canada"
            assert brewery["brewery_description"].endswith(f"Taproom: {tel}")
            assert brewery["location"]["brewery_city"] == row["fields"]["city"]
            assert brewery["contact"]["url"] == row["fields"]["website_url"]


def test_provenance():
    sources = h480.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "openbrewerydb/openbrewerydb"
    assert ca["commit"] == "7b65c4f7ea53824326ba7eafe8a1d580055913ec"
    assert ca["folder"] == "data/canada/"
    assert "MIT" in ca["licence"] and ca["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h480, "held_out_480", tmp_path)
