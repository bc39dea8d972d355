"""held_out_269 of the PII evaluation set (scripts/pii_held_out_269.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled, each number of a field on its own; every labelled e-mail
address is the row's office address; the name and street are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_issy_poi_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_269 as h269  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("titre", "adresse")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h269.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h269.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h269.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h269.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "opendatasoft_records": 100, "spip_article": 100, "sellsy_company": 100,
        "publik_formdata": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled, on its own, wherever the field stands (once
    in the Opendatasoft response, twice in the other layouts); the office e-mail address
    wherever it stands; nothing else is."""
    copies_of = {"opendatasoft_records": 1, "spip_article": 2, "sellsy_company": 2,
                 "publik_formdata": 2}  # fmt: skip
    for r in records:
        row, text = _row(r), r["text"]
        value = h269.phone(row)
        copies = copies_of[r["layout"]]
        assert text.count(value) == copies, r["id"]
        expected = Counter()
        for number in h269.phone_numbers(row):
            assert personal_phone(number, "FR"), r["id"]
            expected[(number, h269.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h269.email(row)
        assert mails == ([mail] * text.count(mail) if mail else []), r["id"]
        if mail:
            assert len(mails) == (2 if r["layout"] == "spip_article" else 1), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_each_number_of_a_field_of_two_is_its_own_span(records):
    """The one field of two numbers after ``/`` gives two labels per copy, neither holding the
    slash."""
    two = [r for r in records if len(h269.phone_numbers(_row(r))) == 2]
    assert len(two) == 1
    r = two[0]
    got = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
    assert got == ["06 33 61 79 42", "06 33 61 42 08"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h269.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 701, "register": 129}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, all but two ten digits in
    pairs; the postcodes are JSON numbers as published; 104 rows keep an office e-mail address,
    none of those the extractor empties; no town or description holds a number of its own."""
    rows = h269.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h269.phone(row)) for row in rows)
    assert shapes == {
        "99 99 99 99 99": 398, "99 99 999 999": 1, "99 99 99 99 99/ 99 99 99 99 99": 1,
    }  # fmt: skip
    assert all(isinstance(row["fields"]["codepostal"], int) for row in rows)
    mails = [h269.email(row) for row in rows if h269.email(row)]
    assert len(mails) == 104
    assert not set(mails) & extractor.PERSONAL_OR_MALFORMED
    assert all(extractor.WELL_FORMED.fullmatch(m) for m in mails)
    for row in rows:
        for key in ("ville", "description"):
            assert not extractor.OWN_NUMBER.search(h269._f(row, key)), row["path"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or SPIP text)."""
    if layout == "spip_article":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h269._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the SPIP text read by
    its shortcuts), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h269.phone(row), h269._f(row, "titre"), h269.email(row)
        if r["layout"] == "opendatasoft_records":
            doc = json.loads(text)
            assert doc["total_count"] == 1 and len(doc["results"]) == 1
            result = doc["results"][0]
            assert result["telephone"] == tel and result["titre"] == name
            assert result["email"] == (mail or None)
            assert result["codepostal"] == row["fields"]["codepostal"]
            assert result["wgs84"] == {
                "lon": row["fields"]["longitude"], "lat": row["fields"]["latitude"]
            }  # fmt: skip
        elif r["layout"] == "spip_article":
            assert re.match(r"<doc\d+\|right>\n\n\{\{\{", text)
            assert f"{{{{{{{name}}}}}}}\n" in text
            assert f"\n-* {{{{Téléphone :}}}} {tel}\n" in text
            if mail:
                assert f"[{mail}->mailto:{mail}]" in text
            assert re.search(rf"appelez le {re.escape(tel)}\[\[[^\]]+\]\]\.\n$", text)
        elif r["layout"] == "sellsy_company":
            doc = json.loads(text)
            assert doc["type"] == "prospect" and doc["name"] == name
            assert doc["phone_number"] == tel and doc["email"] == (mail or None)
            assert doc["note"].split(" Tél. ")[1].startswith(tel)
            address = doc["_embed"]["invoicing_address"]
            assert address["id"] == doc["invoicing_address_id"]
            assert address["postal_code"] == h269._f(row, "codepostal")
            assert address["country_code"] == "FR"
        else:
            doc = json.loads(text)
            assert doc["fields"]["telephone"] == tel and doc["fields"]["etablissement"] == name
            assert doc["fields"]["courriel"] == (mail or None)
            assert doc["digest"] == f"{name} — {tel}"
            assert doc["api_url"].endswith(f"/api/forms/{h269.FORM}/{doc['id']}/")
            assert doc["workflow"]["status"]["id"] == doc["evolution"][-1]["status"]
            assert doc["fields"]["identifiant_fiche"] == row["recordid"]


def test_provenance():
    sources = h269.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "jpalpha/leaflet-fm"
    assert fr["commit"] == "1db1a58d97fe30083ff65ec9adccac85d25f524f"
    assert fr["paths"] == ["public/geojson-data.js"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h269.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 400}
    assert all(r["path"].startswith("public/geojson-data.js#") for r in rows)
    assert len({r["recordid"] for r in rows}) == 400


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h269, "held_out_269", tmp_path)
