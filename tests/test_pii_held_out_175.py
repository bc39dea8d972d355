"""held_out_175 of the PII evaluation set (scripts/pii_held_out_175.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_175 as h175  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

NEMSIS = "{http://www.nemsis.org}"
AUC = "{http://buildingsync.net/schemas/bedes-auc/2019}"
COPIES = {"fgdc_csdgm": 2, "nemsis_dem": 1, "buildingsync": 2, "gbp_location": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h175.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h175.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h175.data()["rows"]) == 183
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h175.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "fgdc_csdgm": 46, "nemsis_dem": 46, "buildingsync": 46, "gbp_location": 45,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h175.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        column = h175.phone_column(row)
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, column)] += copies
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
    kinds = phone_kinds(records, h175.international)
    assert kinds == {"national:PHONE": 293, "national:Phone": 27}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, kept as published (no
    blanks around it); 164 of them ``ddd-ddd-dddd``, 16 with a space after the area code; nine
    layers; no ``+``."""
    rows = h175.data()["rows"]
    assert Counter(h175.layer(row) for row in rows) == {
        "Day_Care_Facilities": 86, "Private_Schools": 32, "Public_Schools": 18,
        "Emergency_Shelters": 15, "Health_Clinics": 12, "Fire_Stations": 8,
        "Public_Libraries": 7, "Hospitals": 3, "Police_Stations": 2,
    }  # fmt: skip
    phones = [row["fields"][h175.phone_column(row)] for row in rows]
    for value in phones:
        assert sum(c.isdigit() for c in value) >= 6 and value == value.strip()
        assert not value.startswith("+")
    assert sum(bool(re.fullmatch(r"\d{3}-\d{3}-\d{4}", v)) for v in phones) == 164
    assert sum(bool(re.fullmatch(r"\d{3} \d{3}-\d{4}", v)) for v in phones) == 16
    assert phones.count("1-857-600-1840") == 1 and phones.count("339-970 9596") == 2


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "gbp_location":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h175.name(row), h175.address(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and name where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h175.phone(row), h175.name(row)
        if r["layout"] == "gbp_location":
            doc = json.loads(text)
            assert doc["phoneNumbers"]["primaryPhone"] == tel and doc["title"] == name
            assert f"Call us at {tel} " in doc["profile"]["description"]
            assert re.fullmatch(r"locations/\d{19}", doc["name"])
            assert doc["storefrontAddress"]["addressLines"] == [h175.address(row)]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "fgdc_csdgm":
            assert root.tag == "metadata"
            assert root.findtext("idinfo/ptcontac/cntinfo/cntvoice") == tel
            assert root.findtext("idinfo/ptcontac/cntinfo/cntorgp/cntorg") == name
            assert root.findtext("idinfo/descript/abstract").endswith(f"{name} at {tel}.")
            assert root.findtext("metainfo/metstdv") == "FGDC-STD-001-1998"
            box = root.find("idinfo/spdom/bounding")
            lon, lat = float(row["fields"]["geometry_lon"]), float(row["fields"]["geometry_lat"])
            assert float(box.findtext("westbc")) < lon < float(box.findtext("eastbc"))
            assert float(box.findtext("southbc")) < lat < float(box.findtext("northbc"))
        elif r["layout"] == "nemsis_dem":
            assert root.tag == f"{NEMSIS}DEMDataSet"
            path = ("DemographicReport", "dFacility", "dFacilityGroup", "dFacility.FacilityGroup")
            group = root.find("/".join(NEMSIS + step for step in path))
            assert group.findtext(f"{NEMSIS}dFacility.02") == name
            assert group.find(f"{NEMSIS}dFacility.15").get("PhoneNumberType") == "9913009"
            assert group.findtext(f"{NEMSIS}dFacility.15") == tel
            assert group.findtext(f"{NEMSIS}dFacility.03") == row["fields"]["GlobalID"]
        else:
            assert root.tag == f"{AUC}BuildingSync" and root.get("version") == "2.5.0"
            facility = root.find(f"{AUC}Facilities/{AUC}Facility")
            contact = facility.find(f"{AUC}Contacts/{AUC}Contact")
            assert contact.findtext(f"{AUC}ContactCompany") == name
            number = contact.findtext(
                f"{AUC}ContactTelephoneNumbers/{AUC}ContactTelephoneNumber/{AUC}TelephoneNumber"
            )
            assert number == tel
            building = facility.find(f"{AUC}Sites/{AUC}Site/{AUC}Buildings/{AUC}Building")
            assert building.findtext(f"{AUC}PremisesName") == name
            assert f"call {tel} before arrival" in building.findtext(f"{AUC}PremisesNotes")


def test_provenance():
    sources = h175.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "cambridgegis/cambridgegis_data"
    assert us["commit"] == "44a03d195bb4bc3d9f0bf31452f5ab2d6b2f7be9"
    assert len(us["paths"]) == 9 and all(p.endswith(".geojson") for p in us["paths"])
    assert "PDDL" in us["licence"] and us["publisher"]
    rows = h175.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 183}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert not any(k in r["fields"] for r in rows for k in ("created_user", "last_edited_user"))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h175, "held_out_175", tmp_path)
