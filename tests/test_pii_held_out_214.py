"""held_out_214 of the PII evaluation set (scripts/pii_held_out_214.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and commune are in the text and unlabelled) and
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

import fr_musees_de_france_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_214 as h214  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the museum's identifiers, in every layout
IDENTIFIERS = ("nom_officiel_du_musee", "commune")
LIDO = "{http://www.lido-schema.org}"
GML = "{http://www.opengis.net/gml}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h214.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h214.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h214.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h214.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "lido_record": 110, "datatourisme_jsonld": 110, "apidae_object": 110, "acceslibre_erp": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h214.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h214.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "FR") else short)[(number, h214.PHONE)] += copies
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
    kinds = phone_kinds(records, h214.international)
    assert kinds == {"national:telephone": 900, "international:telephone": 12}


@pytest.mark.parametrize(
    ("field", "found"),
    [
        ("04 74 49 20 42", ["04 74 49 20 42"]),
        ("+33 (0)3 59 73 38 00", ["+33 (0)3 59 73 38 00"]),
        ("33 (0) 3 27 82 27 90", ["33 (0) 3 27 82 27 90"]),
        ("02 48 57 81 15 ou 02 48 70 41 92", ["02 48 57 81 15", "02 48 70 41 92"]),
        ("05 58 74 12 91 (Accueil) / 05 58 56 20 50 (Conservation)",
         ["05 58 74 12 91", "05 58 56 20 50"]),
        ("04 66 76 71 82 (accueil) 04 66 76 71 91 (conservation)",
         ["04 66 76 71 82", "04 66 76 71 91"]),
        ("05 56 01 51 00/02", ["05 56 01 51 00/02"]),
        ("03 85 94 74 41/48 29 52", ["03 85 94 74 41/48 29 52"]),
        ("05 63 41 03 81/63 81 20 25", ["05 63 41 03 81", "63 81 20 25"]),
        ("04 95 78 46 34 / 47 98", ["04 95 78 46 34"]),
        ("01 53 89 06 50 ou 06 40 (boîte vocale)", ["01 53 89 06 50"]),
        ("05 56  71 52 12", ["05 56  71 52 12"]),
        ("00 590 105178", ["00 590 105178"]),
    ],
)  # fmt: skip
def test_numbers_of_a_field(field, found):
    assert [field[s:e] for s, e in h214.numbers(field)] == found


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the 55 fields of another
    shape than five pairs and the 20 overseas museums are all kept; the fields are strings as
    the file gives them."""
    rows = h214.data()["rows"]
    assert len(rows) == extractor.CAP == 440
    for row in rows:
        digits = [c for c in row["fields"]["telephone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert len(row["fields"]) == 15
    assert sum(not extractor._plain(row["fields"]["telephone"]) for row in rows) == 55
    overseas = [r for r in rows if r["fields"]["region_administrative"] == extractor.OVERSEAS]
    assert len(overseas) == 20
    assert all(row["fields"]["telephone"] == h214.phone(row) for row in rows)
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert paths == sorted(set(paths))


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "lido_record":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and commune stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h214._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    phone field where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h214.phone(row), h214._f(row, "nom_officiel_du_musee")
        museofile = h214._f(row, "identifiant_museofile")
        if r["layout"] == "lido_record":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{LIDO}lidoWrap"
            repo = root.find(f".//{LIDO}repositorySet/{LIDO}repositoryName")
            assert repo.findtext(f"{LIDO}legalBodyID") == museofile
            assert repo.findtext(f"{LIDO}legalBodyName/{LIDO}appellationValue") == name
            note = root.findtext(f".//{LIDO}descriptiveNoteValue")
            assert note.endswith(f" : {tel}.")
            assert root.findtext(f".//{LIDO}creditLine").endswith(f"renseignements : {tel}")
            pos = root.findtext(f".//{GML}pos")
            assert pos == f"{h214._f(row, 'latitude')} {h214._f(row, 'longitude')}"
        elif r["layout"] == "datatourisme_jsonld":
            doc = json.loads(text)
            assert doc["dc:identifier"] == museofile and doc["rdfs:label"] == {"fr": [name]}
            assert doc["hasContact"][0]["schema:telephone"] == [tel]
            assert doc["hasDescription"][0]["dc:description"]["fr"][0].endswith(f" : {tel}.")
            assert "schema:Museum" in doc["@type"]
        elif r["layout"] == "apidae_object":
            doc = json.loads(text)
            assert doc["type"] == "PATRIMOINE_CULTUREL" and doc["nom"]["libelleFr"] == name
            means = doc["informations"]["moyensCommunication"]
            assert means[0]["type"]["id"] == 201 and means[0]["coordonnees"]["fr"] == tel
            assert doc["presentation"]["descriptifCourt"]["libelleFr"].endswith(f"au {tel}.")
            lon, lat = doc["localisation"]["geolocalisation"]["geoJson"]["coordinates"]
            assert (lat, lon) == (
                float(row["fields"]["latitude"]),
                float(row["fields"]["longitude"]),
            )
        else:
            doc = json.loads(text)
            assert doc["telephone"] == tel and doc["nom"] == name
            assert doc["activite"] == {"nom": "Musée", "slug": "musee"}
            assert f" au {tel} " in doc["accessibilite"]["datas"]["commentaire"]
            assert doc["url"].endswith(f"/api/erps/{doc['slug']}/")
            assert re.fullmatch(r"[a-z0-9-]+", doc["slug"])


def test_provenance():
    sources = h214.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "Victorianed/Stats"
    assert fr["commit"] == "59269fc54d464698b3e460f4e446a52d0180a8ad"
    assert fr["paths"] == ["liste-et-localisation-des-musees-de-france.csv"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h214.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 440}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h214, "held_out_214", tmp_path)
