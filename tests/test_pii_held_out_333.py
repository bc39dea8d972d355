"""held_out_333 of the PII evaluation set (scripts/pii_held_out_333.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name, postcode and commune are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_333 as h333  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the phone field each layout writes
COPIES = {"vaccination_csv": 2, "gogocarto_element": 2, "yeswiki_bazar": 2, "cozy_contact": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h333.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h333.entries()[locale][n]


def test_every_row_of_the_data_is_one_record_in_each_layout(records):
    rows = h333.data()["rows"]
    assert len(records) == 4 * len(rows) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h333.layout_of(n) == h333.LAYOUTS[n % 4]
        assert _row(r) is rows[n // 4]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 150 for layout in h333.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands, whole, under its column; nothing else
    is, and there is no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h333.phone(row)
        assert text.count(value) == COPIES[r["layout"]], r["id"]
        assert personal_phone(value, "FR"), r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(value, h333.PHONE): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h333.international)
    assert kinds == {"international:phone_number": 1050}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``+33`` and nine digits, as the scraper wrote it; 132
    pharmacies and 18 vaccination centres; no practitioner's practice; no e-mail address."""
    rows = h333.data()["rows"]
    assert len(rows) == 150
    assert Counter(h333.pharmacy(row) for row in rows) == {True: 132, False: 18}
    for row in rows:
        assert re.fullmatch(r"\+33[1-9]\d{8}", row["fields"]["phone_number"]), row["path"]
        assert not row["fields"]["nom"].strip().startswith("Cabinet"), row["path"]
        assert row["fields"]["com_cp"] in row["fields"]["address"], row["path"]
    assert len({row["path"] for row in rows}) == 150
    assert Counter(row["fields"]["phone_number"][:4] for row in rows)["+336"] == 3
    assert not any("@" in json.dumps(row["fields"]) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (CSV text, or a JSON string)."""
    if layout == "vaccination_csv":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, postcode and commune stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h333.name(row), row["fields"]["com_cp"], h333.street_and_commune(row)[1]):
            if r["layout"] == "vaccination_csv" and re.search(r'[;"]', value):
                continue
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h333.phone(row), h333.name(row)
        if r["layout"] == "vaccination_csv":
            table = list(csv.DictReader(io.StringIO(text), delimiter=";"))
            assert len(table) == 1 and tuple(table[0]) == h333.CSV_COLUMNS
            line = table[0]
            assert line["rdv_tel"] == tel and line["nom"] == name and line["rdv_tel2"] == ""
            assert line["rdv_modalites"].endswith(f"par téléphone au {tel}")
            assert line["com_cp"] == row["fields"]["com_cp"]
            assert line["com_insee"] == row["fields"]["com_insee"]
            assert re.fullmatch(r"\d{9}", line["structure_siren"])
            for day in h333.DAYS:
                expected = row["fields"]["business_hours"].get(day, "fermé")
                assert line[f"rdv_{day.lower()}"] == expected
        elif r["layout"] == "gogocarto_element":
            doc = json.loads(text)
            assert doc["ontology"] == "gogofull" and len(doc["data"]) == 1
            element = doc["data"][0]
            assert element["telephone"] == tel and element["name"] == name
            assert element["description"].endswith(f"Renseignements au {tel}.")
            assert element["geo"]["latitude"] == row["fields"]["lat_coor1"]
            assert element["address"]["postalCode"] == row["fields"]["com_cp"]
            assert set(element["openHours"]) <= set(h333.GOGO_DAYS.values())
        elif r["layout"] == "yeswiki_bazar":
            doc = json.loads(text)
            ((tag, entry),) = doc.items()
            assert entry["id_fiche"] == tag and entry["url"].endswith(f"/?{tag}")
            assert entry["bf_telephone"] == tel and entry["bf_titre"] == name
            assert f"au **{tel}**." in entry["bf_description"]
            assert entry["bf_code_postal"] == row["fields"]["com_cp"]
        else:
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{32}", doc["_id"])
            assert re.fullmatch(r"\d-[0-9a-f]{32}", doc["_rev"])
            assert doc["phone"] == [
                {"number": tel, "type": "work", "label": "work", "primary": True}
            ]
            assert doc["fullname"] == doc["company"] == doc["displayName"] == name
            assert doc["address"][0]["postcode"] == row["fields"]["com_cp"]
            group = doc["relationships"]["groups"]["data"][0]
            assert group["_type"] == "io.cozy.contacts.groups"


def test_provenance():
    sources = h333.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "CovidTrackerFr/vitemadose"
    assert fr["commit"] == "d3ddf8c65723213bf60c340291c4b136803771e2"
    assert fr["paths"] == ["data/output/maiia_centers.json"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h333.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 150}
    assert all(r["path"].startswith("data/output/maiia_centers.json#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h333, "held_out_333", tmp_path)
