"""held_out_498 of the PII evaluation set (scripts/pii_held_out_498.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or fax,
unchanged, each copy labelled; the installation's name, licence number and postal code are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ca_qc_msss_installations_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_498 as h498  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the installation's identifiers, in every layout
IDENTIFIERS = ("Legal Name", "License Number", "Postal Code")
# copies of each value a record of each layout writes: (phone, fax)
COPIES = {
    "gorgias_customer": (2, 2),
    "bookwhen_location": (1, 1),
    "creole_page": (2, 1),
    "hjson_kiosk": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h498.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h498.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h498.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h498.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "fr"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h498.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and the fax (where it is a line of its own) are labelled wherever they stand,
    each whole, under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h498.phone(row), h498.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Phone"): n_tel})
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:Fax")] = n_fax
        assert h498.NONE not in text, r["id"]
        assert "@" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h498.international)
    assert kinds == {"national:Phone": 700, "national:Fax": 70}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``(AAA) NNN-NNNN``, a number a person could hold, no two alike;
    the faxes are in the same shape or the directory's placeholder of zeros (two copies of the
    phone are not written as faxes); the fields are strings as the file gives them."""
    rows = h498.data()["rows"]
    tels = [h498.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "CA") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    faxes = [row["fields"]["Fax"] for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", f) for f in faxes)
    assert Counter(f == h498.NONE for f in faxes) == {True: 342, False: 58}
    assert sum(row["fields"]["Fax"] == h498.phone(row) for row in rows) == 2
    assert sum(bool(h498.fax(row)) for row in rows) == 56
    assert Counter(row["fields"]["Status"] for row in rows) == {"Public": 368, "Privé": 32}


def test_the_extractor_keeps_its_rules():
    """The kept rows hold a number (not the placeholder), no number an earlier Canadian part
    holds, and none of the columns that name people or that the scraper added."""
    assert extractor.has_number("(514) 321-8800")
    assert not extractor.has_number("(000) 000-0000")
    assert not extractor.has_number("")
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER)
    earlier |= {d[1:] for d in earlier if len(d) == 11 and d.startswith("1")}
    assert len(earlier) > 5000
    for row in h498.data()["rows"]:
        fields = row["fields"]
        assert not set(extractor.DROPPED) & set(fields)
        assert extractor.has_number(fields["Phone"])
        assert digits_of(fields["Phone"]) not in earlier
        if extractor.has_number(fields["Fax"]):
            assert digits_of(fields["Fax"]) not in earlier
        assert row["path"].startswith(extractor.PATH + "#")
        assert all(isinstance(v, str) for v in fields.values())
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in h498.data()["rows"]]
    assert paths == sorted(paths) and len(set(paths)) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string's text, or as it stands)."""
    if layout in ("gorgias_customer", "bookwhen_location"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The installation's name, licence number and postal code stand in every record's text,
    outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h498._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _hjson(text: str) -> Any:
    """The value of the Hjson the kiosk files use (a subset: ``#`` comments, objects of
    quoteless keys one member a line, JSON strings and numbers, arrays of JSON strings on one
    line, quoteless strings to the end of the line, ``'''`` multiline strings), strictly."""
    lines = [ln for ln in text.split("\n") if not ln.strip().startswith("#") and ln.strip()]
    at = 0

    def value(raw: str) -> Any:
        nonlocal at
        raw = raw.strip()
        if raw == "{":
            return obj()
        if raw.startswith(("[", '"')) or re.fullmatch(r"-?\d+(\.\d+)?", raw):
            return json.loads(raw)
        if raw == "":
            assert lines[at].strip() == "'''", lines[at]
            indent = lines[at].index("'")
            at += 1
            body = []
            while lines[at].strip() != "'''":
                body.append(lines[at][indent:])
                at += 1
            at += 1
            return "\n".join(body)
        assert raw[0] not in "{}[],:'\"", raw
        return raw

    def obj() -> dict[str, Any]:
        nonlocal at
        out = {}
        while lines[at].strip() != "}":
            key, _, raw = lines[at].strip().partition(":")
            assert re.fullmatch(r"[a-z_]+", key), lines[at]
            at += 1
            out[key] = value(raw)
        at += 1
        return out

    assert lines[at] == "{"
    at += 1
    doc = obj()
    assert at == len(lines)
    return doc


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the Hjson subset by a
    strict reader, the Creole page line by line), the row's values where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h498.phone(row), h498.fax(row), h498.name(row)
        permit = row["fields"]["License Number"]
        if r["layout"] == "gorgias_customer":
            doc = json.loads(text)
            assert isinstance(doc["id"], int) and doc["email"] is None
            assert doc["name"] == name and doc["external_id"] == permit
            assert doc["channels"] == [{**doc["channels"][0], "type": "phone", "address": tel}]
            assert doc["data"].get("telecopieur", "") == fax
            assert f"l'accueil au {tel} la veille" in doc["note"]
            assert doc["language"] == "fr" and doc["timezone"] == "America/Toronto"
        elif r["layout"] == "bookwhen_location":
            doc = json.loads(text)["data"]
            assert doc["type"] == "location" and re.fullmatch(r"[a-z0-9]{12}", doc["id"])
            attrs = doc["attributes"]
            assert attrs["address_text"].split("\n")[0] == name
            assert attrs["address_text"].split("\n")[-1] == row["fields"]["Postal Code"]
            assert f"l'accueil au {tel}" in attrs["additional_info"]
            assert (f"télécopieur au {fax}." in attrs["additional_info"]) == bool(fax)
            assert doc["links"]["self"].endswith(f"/v2/locations/{doc['id']}")
        elif r["layout"] == "creole_page":
            lines = text.split("\n")
            assert lines[0] == f"= {name} ="
            assert [ln for ln in lines if ln.startswith("==")] == [
                "== Coordonnées ==", "== Rattachement ==", "== Services au permis ==",
                "== Statut ==",
            ]  # fmt: skip
            rows = [ln for ln in lines if ln.startswith("|")]
            assert all(re.fullmatch(r"\|=? [^|]+ \|=? [^|]+ \|", ln) for ln in rows), r["id"]
            cells = dict(re.fullmatch(r"\| ([^|]+) \| ([^|]+) \|", ln).groups() for ln in rows[1:])
            assert cells["Téléphone"] == tel and cells.get("Télécopieur", "") == fax
            assert cells["Numéro au permis"] == permit
            assert lines[-2].startswith(f"Pour joindre l'installation : **{tel}** (accueil).")
        else:
            doc = _hjson(text)
            assert doc["installation"]["permis"] == permit
            assert doc["installation"]["nom"] == name
            assert doc["adresse"]["code_postal"] == row["fields"]["Postal Code"]
            assert doc["adresse"]["rue"] == row["fields"]["Address"]
            assert doc["telephones"]["accueil"] == tel
            assert doc["telephones"].get("telecopieur", "") == fax
            assert doc["borne"]["message_accueil"] == (
                f"Bienvenue à {name}.\nPour joindre l'accueil, composez le {tel}."
            )


def test_provenance():
    sources = h498.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "lsc1025/Web-Scraper"
    assert ca["commit"] == "3375c29fa2867f3df6c4facbc619a3cc5d6a2e18"
    assert ca["paths"] == ["Canada/QC/17-HealthAndSocialServices/output/output.csv"]
    assert "not confirmed" in ca["licence"] and ca["publisher"] and ca["language"] == "fr"
    rows = h498.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h498, "held_out_498", tmp_path)
