"""held_out_470 of the PII evaluation set (scripts/pii_held_out_470.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the establishment's name, postcode and commune are in the text
and unlabelled), its documents parse in their formats, it is rebuilt byte for byte from the
committed data, and the extractor keeps the rows its rules keep. No recognizer runs here: the
part is scored from its committed file."""

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

import fr_esr_etablissements_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_470 as h470  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the establishment's identifiers, in every layout
IDENTIFIERS = ("uo_lib", "code_postal_uai", "com_nom")
KIND = f"national:{h470.PHONE}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h470.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h470.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h470.data()["rows"]) == 156
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h470.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "fr"
    assert Counter(r["layout"] for r in records) == {layout: 39 for layout in h470.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, twice in every layout, whole, under its
    column; nothing else is labelled, no distractor is, and no text holds an ``@``."""
    for r in records:
        tel, text = h470.phone(_row(r)), r["text"]
        assert text.count(tel) == 2, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == Counter({(tel, "PHONE_NUMBER", KIND): 2}), r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h470.international) == {KIND: 312}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ten digits with no space, a number a person could hold, no two
    alike and none an earlier French part holds; the fields are the kept columns as strings."""
    rows = h470.data()["rows"]
    tels = [h470.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[1-9]\d{8}", tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len(set(tels)) == 156
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "33")
    assert not set(tels) & earlier
    assert all(tuple(row["fields"]) == extractor.COLUMNS for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    uais = [row["fields"]["uai"] for row in rows]
    assert uais.count("") == 1 and all(re.fullmatch(r"\d{7}[A-Z]", u) for u in uais if u)
    assert Counter(row["fields"]["type_d_etablissement"] for row in rows) == {
        "École": 83, "Université": 50, "Grand établissement": 17, "Autre établissement": 6,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a CSV field, or a JSON string)."""
    if layout == "mednum_lieu":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The establishment's name, postcode and commune stand in every record's text, outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h470._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, or CSV with the standard's header), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, uai = h470.phone(row), row["fields"]["uo_lib"], row["fields"]["uai"]
        siret = row["fields"]["siret"]
        if r["layout"] == "lba_formation":
            item = json.loads(text)["results"][0]
            assert item["ideaType"] == "formation" and item["contact"]["phone"] == tel
            assert item["contact"]["email"] is None
            assert item["company"]["name"] == name and item["company"]["uai"] == uai
            assert item["company"]["siret"] == (siret or None)
            assert item["place"]["zipCode"] == row["fields"]["code_postal_uai"]
            assert re.fullmatch(r"RNCP\d{5}", item["rncpCode"])
            assert re.fullmatch(r"[0-9a-f]{24}", item["id"])
            assert item["training"]["description"].endswith(f"standard de l'établissement : {tel}")
        elif r["layout"] == "metarisc_contacts":
            doc = json.loads(text)
            assert doc["meta"]["pagination"]["total"] == len(doc["data"]) == 1
            contact = doc["data"][0]
            assert contact["telephone"] == tel and contact["societe"] == name
            assert contact["email"] is None and contact["prenom"] is None
            assert contact["observations"].endswith(f"par le standard au {tel}")
            assert (f", UAI {uai}" in contact["observations"]) == bool(uai)
        elif r["layout"] == "mednum_lieu":
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(rows) == 1 and tuple(rows[0]) == h470.MEDNUM
            lieu = rows[0]
            assert lieu["telephone"] == tel and lieu["courriel"] == ""
            assert lieu["pivot"] == siret and lieu["structure_parente"] == name
            assert lieu["code_insee"] == row["fields"]["com_code"]
            assert lieu["presentation_detail"].endswith(f"au {tel}.")
        else:
            doc = json.loads(text)
            assert doc["telephone"] == tel and doc["codeUniversite"] == uai
            assert doc["nomCentre"] == f"{name} - Bureau des stages"
            assert doc["mail"] is None and doc["fax"] is None and doc["personnels"] == []
            assert doc["nomViseur"] is None and doc["prenomViseur"] is None
            assert f"({tel})" in doc["commentaire"]


def test_the_extractor_keeps_the_rows_its_rules_keep():
    """On a few rows: a number an earlier French part holds, a number a kept row already has, an
    empty telephone and a short one are left out; the rest kept unchanged, in order."""

    header = ";".join(extractor.COLUMNS)

    def line(tel: str, name: str) -> str:
        values = {c: "" for c in extractor.COLUMNS} | {extractor.PHONE: tel, "uo_lib": name}
        return ";".join(values[c] for c in extractor.COLUMNS)

    earlier = sorted(extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "33"))
    taken = next(t for t in earlier if re.fullmatch(r"0[1-9]\d{8}", t))
    raw = "\n".join([
        header, line("0491000000", "A"), line(taken, "B"), line("0491000000", "C"),
        line("", "D"), line("12345", "E"), line("0320000001", "F"),
    ]) + "\n"  # fmt: skip

    original = extractor._git
    extractor._git = lambda *args: raw.encode("utf-8")
    try:
        out = extractor.extract({"FR": Path("unused")})
    finally:
        extractor._git = original
    kept = [(r["fields"]["uo_lib"], r["fields"][extractor.PHONE], r["path"]) for r in out["rows"]]
    assert kept == [
        ("A", "0491000000", f"{extractor.PATH}#0"),
        ("F", "0320000001", f"{extractor.PATH}#5"),
    ]


def test_provenance():
    sources = h470.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "MaxenceBodo/Projet_Web_Semantique"
    assert fr["commit"] == "d78c824622c4b1012bce870b684b6a51dd16f670"
    assert fr["paths"] == ["fr-esr-principaux-etablissements-enseignement-superieur.csv"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h470.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 156}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h470, "held_out_470", tmp_path)
