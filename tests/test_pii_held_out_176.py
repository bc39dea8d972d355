"""held_out_176 of the PII evaluation set (scripts/pii_held_out_176.py): its committed records
keep the generator's invariants (every labelled phone, fax and e-mail address is the row's real
field, copied unchanged, each copy labelled; the UAI code, name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
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

import pii_held_out_176 as h176  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

LHEO = "{http://www.lheo.org/2.2}"
# copies of each field per layout: phone, fax (where the row has one), e-mail (where it has one)
COPIES = {
    "lheo_offre": (3, 1, 2),
    "gar_ent_etab": (1, 0, 1),
    "openagenda_event": (2, 0, 2),
    "francetravail_offre": (2, 0, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h176.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h176.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h176.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h176.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "lheo_offre": 75, "gar_ent_etab": 75, "openagenda_event": 75, "francetravail_offre": 75,
    }  # fmt: skip


def test_every_copy_of_each_field_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column, and each copy of the e-mail address as an address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        n_phone, n_fax, n_mail = COPIES[r["layout"]]
        expected: Counter = Counter()
        for column, value, copies in (
            (h176.PHONE, h176.phone(row), n_phone),
            (h176.FAX, h176.fax(row), n_fax if h176.fax(row) else 0),
        ):
            assert text.count(value) == copies if value else True, (r["id"], column)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "FR"), r["id"]
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == ([h176.mail(row)] * n_mail if h176.mail(row) else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h176.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telephone": 600, "national:Fax": 11, "register": 514}


def test_the_data_keeps_the_published_shape():
    """300 rows of Ille-et-Vilaine's establishments, every phone a French ten-digit number with
    its trunk ``0``, run together or in pairs as published (53 in pairs, 5 mobiles); 48 faxes,
    294 e-mail addresses, 270 of them the académie's; no address that names a person."""
    rows = h176.data()["rows"]
    assert Counter(r["fields"]["Type_etablissement"] for r in rows) == {
        "Ecole": 207, "Collège": 35, "Lycée": 21, "Service Administratif": 15,
        "Médico-social": 12, "Autre": 6, "EREA": 2, "Information et orientation": 2,
    }  # fmt: skip
    for row in rows:
        assert re.fullmatch(r"0\d{9}|0\d( \d\d){4}", h176.phone(row)), row["path"]
        assert not h176.fax(row) or re.fullmatch(r"0\d( \d\d){4}", h176.fax(row)), row["path"]
        assert row["fields"]["Code_departement"] == "035"
    assert sum(" " in h176.phone(row) for row in rows) == 53
    assert sum(h176.mobile(h176.phone(row)) for row in rows) == 5
    assert sum(bool(h176.fax(row)) for row in rows) == 48
    assert sum(bool(h176.mail(row)) for row in rows) == 294
    assert sum("@ac-rennes.fr" in h176.mail(row).lower() for row in rows) == 270
    import fr_annuaire_education_data as source

    assert not {h176.mail(row) for row in rows} & source.PERSON_ADDRESSES


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout in ("lheo_offre", "gar_ent_etab"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The UAI code stands outside the labels in the XML layouts (in the JSON ones only inside
    the académie's addresses, which are labelled), and the name and street in every layout but
    the GAR feed (which writes the name in capitals and no address)."""
    for r in records:
        row = _row(r)
        values = []
        if r["layout"] in ("lheo_offre", "gar_ent_etab"):
            values.append(h176.uai(row))
        if r["layout"] != "gar_ent_etab":
            values += [h176.name(row), h176._street(row)]
        spans = [*r["spans"], *r["distractors"]]
        for value in values:
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h176.phone(row), h176.mail(row)
        if r["layout"] == "lheo_offre":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{LHEO}lheo"
            org = root.find(f"{LHEO}offres/{LHEO}formation/{LHEO}organisme-formation-responsable")
            assert org.findtext(f"{LHEO}nom-organisme") == h176.name(row)
            coords = org.find(f"{LHEO}coordonnees-organisme/{LHEO}coordonnees")
            kind = "portable" if h176.mobile(tel) else "telfixe"
            assert coords.findtext(f"{LHEO}{kind}/{LHEO}numtel") == tel
            assert coords.findtext(f"{LHEO}fax/{LHEO}numtel") == (h176.fax(row) or None)
            assert coords.findtext(f"{LHEO}courriel") == (mail or None)
            assert (
                coords.findtext(f"{LHEO}adresse/{LHEO}codepostal") == row["fields"]["Code postal"]
            )
            contact = org.find(f"{LHEO}contact-organisme/{LHEO}coordonnees")
            assert contact.findtext(f"{LHEO}{kind}/{LHEO}numtel") == tel
        elif r["layout"] == "gar_ent_etab":
            root = ET.fromstring(text.encode("utf-8"))
            ns = h176.GAR_1D if row["fields"]["Type_etablissement"] == "Ecole" else h176.GAR_2D
            assert root.tag == f"{{{ns}}}GAR-ENT-Etab" and root.get("Version")
            etab = root.find(f"{{{ns}}}GAREtab")
            assert [child.tag.split("}")[1] for child in etab][:2] == [
                "GARStructureUAI", "GARStructureNomCourant",
            ]  # fmt: skip
            assert etab.findtext(f"{{{ns}}}GARStructureUAI") == h176.uai(row)
            assert etab.findtext(f"{{{ns}}}GARStructureTelephone") == tel
            assert etab.findtext(f"{{{ns}}}GARStructureEmail") == (mail or None)
        elif r["layout"] == "openagenda_event":
            doc = json.loads(text)
            reg = {entry["type"]: entry["value"] for entry in doc["registration"]}
            assert reg == ({"phone": tel, "email": mail} if mail else {"phone": tel})
            assert doc["location"]["name"] == h176.name(row)
            assert doc["location"]["postalCode"] == row["fields"]["Code postal"]
            assert f"Renseignements au {tel} " in doc["longDescription"]["fr"] or doc[
                "longDescription"
            ]["fr"].endswith(f"Renseignements au {tel}.")
        else:
            doc = json.loads(text)
            assert re.fullmatch(r"1[78]\d[0-9A-Z]{4}", doc["id"])
            assert doc["contact"]["telephone"] == tel
            assert doc["contact"].get("courriel") == (mail or None)
            assert doc["description"].endswith(f"appeler le {tel}.")
            assert doc["lieuTravail"]["codePostal"] == row["fields"]["Code postal"]


def test_provenance():
    sources = h176.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "msimonin/coll-ges35"
    assert fr["commit"] == "a99ab9927d29b57ed9f9058e2de0e88e9039a9e2"
    assert fr["path"] == "fr-en-annuaire-education.csv"
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h176.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h176, "held_out_176", tmp_path)
