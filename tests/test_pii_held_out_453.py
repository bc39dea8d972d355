"""held_out_453 of the PII evaluation set (scripts/pii_held_out_453.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the place's name, address and state are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the extractor keeps its
rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import au_covid_clinics_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_453 as h453  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("name", "address")
# copies of the phone a record of each layout writes
COPIES = {
    "statuspage_incident": 2,
    "cosmos_document": 2,
    "datocms_item": 1,
    "appwrite_document": 1,
}
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
MIRROR = Path("/work/.mirror/covid-19-au+covid-19-au.github.io/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h453.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h453.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h453.data()["rows"]) == 132
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h453.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AU"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 33 for layout in h453.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h453.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:hospitalPhone"): COPIES[r["layout"]]}
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h453.international)
    assert kinds == {"national:hospitalPhone": 198}


def test_the_data_keeps_the_published_shape():
    """Every kept number is one the list writes (mostly ``(0A) NNNN NNNN``), a number a person
    could hold, no two alike, none an earlier Australian part holds; the fields are strings."""
    rows = h453.data()["rows"]
    tels = [h453.phone(row) for row in rows]
    assert all(personal_phone(tel, "AU") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 132
    assert sum(bool(re.fullmatch(r"\(0\d\) \d{4} \d{4}", tel)) for tel in tels) == 122
    assert sum(bool(re.fullmatch(r"1[38]00 \d{3} \d{3}", tel)) for tel in tels) == 5
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "61")
    assert not {digits_of(tel) for tel in tels} & earlier
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert {r["fields"]["state"] for r in rows} <= set(h453.STATES)


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h453._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h453.phone(row), row["fields"]["name"]
        lat, lon = (float(x) for x in row["fields"]["coor"].split(","))
        if r["layout"] == "statuspage_incident":
            assert re.fullmatch(r"[a-z0-9]{12}", doc["id"]) and doc["status"] == "monitoring"
            update = doc["incident_updates"][0]
            assert update["incident_id"] == doc["id"]
            assert f"call the clinic on {tel} " in update["body"]
            comp = doc["components"][0]
            assert comp["name"] == name and comp["description"].endswith(f"Ph {tel}")
            assert update["affected_components"][0]["code"] == comp["id"]
            assert doc["name"].startswith(f"{name}: ")
        elif r["layout"] == "cosmos_document":
            assert re.fullmatch(UUID4, doc["id"])
            assert doc["phone"] == tel and tel in doc["notes"]
            assert doc["location"] == {"type": "Point", "coordinates": [lon, lat]}
            assert doc["_self"].endswith(f"/docs/{doc['_rid']}/")
            assert doc["_attachments"] == "attachments/" and isinstance(doc["_ts"], int)
            assert doc["state"] == h453.STATES[row["fields"]["state"]]
        elif r["layout"] == "datocms_item":
            data = doc["data"]
            assert data["type"] == "item" and data["attributes"]["phone"] == tel
            assert data["attributes"]["location"] == {"latitude": lat, "longitude": lon}
            assert data["relationships"]["item_type"]["data"]["type"] == "item_type"
            assert data["meta"]["status"] == "published"
        else:
            assert re.fullmatch(r"[0-9a-f]{20}", doc["$id"])
            assert doc["$collectionId"] == "testing_sites" and doc["$databaseId"] == "covid"
            assert doc["phone"] == tel and doc["name"] == name
            assert (doc["lat"], doc["lng"]) == (lat, lon)


def test_provenance():
    sources = h453.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "covid-19-au/covid-19-au.github.io"
    assert au["commit"] == "d88a7a1607e9d6a4c2dc51c978a1372c918d409b"
    assert au["paths"] == ["src/data/mapdataHos.json"]
    assert "not confirmed" in au["licence"] and au["publisher"]
    assert Counter(r["country"] for r in h453.data()["rows"]) == {"AU": 132}


def test_the_extractor_keeps_its_rules(monkeypatch):
    """A place with no number of seven digits, with a number a place before it has, or with one
    an earlier Australian part holds is dropped; ``coor`` is joined; the rest is kept as
    published, in the file's order."""
    taken = next(iter(sorted(extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "61"))))
    places = [
        {"state": "Victoria", "address": "1 A St", "hospitalPhone": "(03) 9000 1111",
         "name": "A Clinic", "coor": ["-37.8", "144.9"], "hospitalType": "Fever Clinics"},
        {"state": "Victoria", "address": "2 B St", "hospitalPhone": "03 9000 1111",
         "name": "B Clinic", "coor": ["-37.7", "144.8"], "hospitalType": ""},
        {"state": "Victoria", "address": "3 C St", "hospitalPhone": "000", "name": "C",
         "coor": ["-37.6", "144.7"], "hospitalType": ""},
        {"state": "Victoria", "address": "4 D St", "hospitalPhone": taken, "name": "D",
         "coor": ["-37.5", "144.6"], "hospitalType": ""},
        {"state": "Tasmania", "address": "5 E St", "hospitalPhone": "1800 671 738",
         "name": "E Hospital", "coor": ["-42.8", "147.3"], "hospitalType": ""},
    ]  # fmt: skip
    monkeypatch.setattr(extractor, "_git", lambda *_: json.dumps(places).encode())
    rows = extractor.extract({"AU": Path("unused")})["rows"]
    assert [r["path"] for r in rows] == [f"{extractor.PATH}#0", f"{extractor.PATH}#4"]
    assert rows[0]["fields"]["coor"] == "-37.8,144.9"
    assert rows[1]["fields"]["hospitalPhone"] == "1800 671 738"


@pytest.mark.skipif(not MIRROR.is_dir(), reason="the register's mirror is not on this machine")
def test_the_data_is_the_extract_of_the_mirror():
    assert extractor.extract({"AU": MIRROR}) == h453.data()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h453, "held_out_453", tmp_path)
