"""held_out_371 of the PII evaluation set (scripts/pii_held_out_371.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the temple's name, district and street address are in the text
and unlabelled; the person in charge is nowhere) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_371 as h371  # noqa: E402 - the scripts folder's modules
import tw_kaohsiung_temples_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the temple's identifiers, in every layout
IDENTIFIERS = ("Name", "District", "Address")
# copies of the telephone a record of each layout writes
COPIES = {
    "iculture_activity": 2,
    "iculture_emap": 2,
    "nominatim_jsonv2": 1,
    "typesense_search": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h371.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h371.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h371.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h371.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h371.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is."""
    for r in records:
        tel, text = h371.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Tel"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h371.international) == {"national:Tel": 600}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number of the extractor's shape, a number a person could
    hold, no two alike; the fields are strings as the list gives them, the person in charge
    not among them."""
    rows = h371.data()["rows"]
    tels = [h371.phone(row) for row in rows]
    assert all(extractor.SHAPE.fullmatch(tel) for tel in tels)
    assert all(personal_phone(tel, "TW") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    assert Counter(re.sub(r"\d", "9", tel) for tel in tels) == {
        "99-9999999": 398, "9999-999999": 1, "99-99999999": 1,
    }  # fmt: skip
    for row in rows:
        assert set(row["fields"]) == {"Name", "Org", "District", "Address", "Religion", "Tel"}
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert row["fields"]["District"].startswith("高雄市")
    assert Counter(row["fields"]["Org"] for row in rows) == {"高雄市政府": 396, "內政部": 4}


def test_the_extractor_keeps_one_number_of_the_list_shapes():
    """The extractor's rule on the shapes the list holds: one landline or mobile number kept;
    a bare hyphen, an area code alone, a short line, two numbers, an extension, misplaced
    hyphens and an address left out."""
    for tel in ("07-6965481", "07-78807055", "0937-663623", "02-23815226"):
        assert extractor.kept({"Tel": tel}), tel
    for tel in (
        "-", "", "07-", "07-773711", "07-6778990、6774344", "07-2226747轉322",
        "093-7327146", "-0922-688688", "09-37376741", "07-新庄里司馬路二巷五六之九號",
    ):  # fmt: skip
        assert not extractor.kept({"Tel": tel}), tel


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The temple's name, district and street address stand in every record's text, outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h371._f(_row(r), column))
            if column == "District" and r["layout"] == "nominatim_jsonv2":
                value = value.removeprefix("高雄市")
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row = _row(r)
        tel, name, addr = h371.phone(row), h371.name(row), h371.address(row)
        doc = json.loads(r["text"])
        if r["layout"] == "iculture_activity":
            (event,) = doc
            assert event["version"] == "1.4" and re.fullmatch(r"[0-9a-f]{24}", event["UID"])
            (show,) = event["showInfo"]
            assert show["locationName"] == name and show["location"] == addr
            assert event["descriptionFilterHtml"].endswith(f"洽詢電話：{tel}")
            assert event["comment"].endswith(f"報名請電 {tel}")
            assert event["masterUnit"] == [name] and event["startDate"] <= event["endDate"]
        elif r["layout"] == "iculture_emap":
            (venue,) = doc
            assert venue["name"] == name and venue["address"] == addr
            assert venue["phone"] == tel and venue["contact"] == f"{name}服務處 {tel}"
            assert venue["cityName"] == "高雄市"
        elif r["layout"] == "nominatim_jsonv2":
            (place,) = doc
            assert place["category"] == "amenity" and place["type"] == "place_of_worship"
            assert place["extratags"]["phone"] == tel and place["name"] == name
            assert place["address"]["ISO3166-2-lvl4"] == "TW-KHH"
            assert 22.5 < float(place["lat"]) < 23.1 and 120.2 < float(place["lon"]) < 120.7
        else:
            assert doc["found"] == len(doc["hits"]) == 1 and doc["out_of"] == h371.LISTED
            document = doc["hits"][0]["document"]
            assert document["tel"] == tel and document["name"] == name
            assert document["address"] == addr
            assert doc["request_params"]["q"] == name


def test_provenance():
    sources = h371.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "jimmy4413i/final"
    assert tw["commit"] == "b2e2a86bb95825c0c01c794b1d1f9c440c3b6a72"
    assert tw["paths"] == ["temple.xml"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h371.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h371, "held_out_371", tmp_path)
