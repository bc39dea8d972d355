"""held_out_350 of the PII evaluation set (scripts/pii_held_out_350.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
every labelled address the row's kept e-mail address, copied unchanged, each copy labelled; the
name and municipality key are in the text and unlabelled) and are rebuilt byte for byte from the
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

import de_lup_pflegeportal_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_350 as h350  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h350.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h350.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h350.data()["rows"]) == 301
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h350.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    assert Counter(r["layout"] for r in records) == {
        "oparl_paper": 76, "weclapp_party": 75, "openproject_work_package": 75,
        "divera_alarm": 75,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, under its
    column; each copy of the kept e-mail address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h350.phone(row), h350.email(row)
        copies = text.count(value)
        assert copies == (1 if r["layout"] == "divera_alarm" else 2), r["id"]
        expected = Counter()
        for s, e in h350.numbers(value):
            assert personal_phone(value[s:e], "DE"), r["id"]
            expected[(value[s:e], h350.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if r["layout"] == "divera_alarm" or not mail:
            assert not emails and "@" not in text, r["id"]
        else:
            want = {"oparl_paper": 2, "weclapp_party": 2, "openproject_work_package": 3}
            assert emails == [mail] * want[r["layout"]] == [mail] * text.count(mail), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_numbers_split_a_field_only_between_whole_numbers():
    cases = {
        "03874 22042": ["03874 22042"],
        "038729/22170": ["038729/22170"],
        "038847 / 36125": ["038847 / 36125"],
        "038735 81025 / 03871 45 18 93": ["038735 81025", "03871 45 18 93"],
        "03869 76 030": ["03869 76 030"],
    }
    for field, want in cases.items():
        assert [field[s:e] for s, e in h350.numbers(field)] == want


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h350.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefon": 529, "register": 312}


def test_the_data_keeps_the_published_shape():
    """Every kept row is no doctor's practice and has a phone field of six digits or more; no
    row keeps the contact person or an address that names a person; 176 keep an address."""
    rows = h350.data()["rows"]
    for row in rows:
        fields = row["fields"]
        assert fields["angebot"].strip() != "Arzt"
        assert sum(c.isdigit() for c in fields["telefon"]) >= 6
        assert "ansprechpartner" not in fields
        assert fields.get("email", "").strip() not in extractor.PERSONAL
        assert "/" not in fields.get("email", "")
        assert all(isinstance(v, str) for v in fields.values())
        assert re.fullmatch(r"\d+\.\d+,\d+\.\d+", fields["koordinaten"])
        assert re.fullmatch(r"130\d{5}", fields["gemeindeschl"])
    assert sum(bool(h350.email(row)) for row in rows) == 176
    assert sum("email" not in row["fields"] for row in rows) == 50
    shapes = Counter(re.sub(r"\d+", "9", h350.phone(row)) for row in rows)
    assert shapes["9 9"] == 290 and shapes["9 / 9"] == 2 and shapes["9/9"] == 1


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The provider's name and municipality key stand in every record's text (the name as a
    JSON string), outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h350._f(row, "einrichtung"), h350._f(row, "gemeindeschl")):
            if r["layout"] in ("weclapp_party", "divera_alarm") and value.isdigit():
                continue
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_no_owner_is_named_as_carrier(records):
    for r in records:
        carrier = h350._f(_row(r), "traeger")
        if "Inhaber" in carrier or carrier.startswith(("Herr ", "Frau ")):
            assert json.dumps(carrier, ensure_ascii=False)[1:-1] not in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON of its format's shape, the row's values where the format puts
    them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h350.phone(row), h350.email(row), h350._f(row, "einrichtung")
        if r["layout"] == "oparl_paper":
            assert doc["type"] == "https://schema.oparl.org/1.1/Paper"
            assert doc["paperType"] == "Informationsvorlage"
            main = doc["mainFile"]
            assert main["type"] == "https://schema.oparl.org/1.1/File"
            assert main["fileName"] == doc["reference"].replace("/", "-") + ".pdf"
            assert re.fullmatch(r"[0-9a-f]{40}", main["sha1Checksum"])
            assert f"\nTelefon: {tel}\n" in main["text"] and name in main["text"]
            if mail:
                assert f"\nE-Mail: {mail}\n" in main["text"]
        elif r["layout"] == "weclapp_party":
            assert doc["partyType"] == "ORGANIZATION" and doc["customer"] is True
            assert doc["company"] == name and doc["phone"] == tel
            assert doc.get("email", "") == mail
            assert doc["addresses"][0]["zipcode"] == h350._f(row, "plz")
            assert doc["createdDate"] < doc["lastModifiedDate"]
            assert f"unter {tel}" in doc["description"]
        elif r["layout"] == "openproject_work_package":
            assert doc["_type"] == "WorkPackage"
            assert doc["_links"]["self"]["href"] == f"/api/v3/work_packages/{doc['id']}"
            description = doc["description"]
            assert description["format"] == "markdown"
            assert description["raw"].count(tel) == description["html"].count(tel) == 1
            assert h350._f(row, "koordinaten") in description["raw"]
            if mail:
                assert f'<a href="mailto:{mail}">{mail}</a>' in description["html"]
        else:
            alarm = doc["Alarm"]
            assert alarm["scene_object"] == name and f"Objekttelefon {tel} " in alarm["text"]
            assert alarm["foreign_id"] in alarm["text"]
            assert doc["instructions"] == {"group": {"mapping": "name"}}


def test_provenance():
    sources = h350.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "pkorduan/wfs2json"
    assert de["commit"] == "11cf41fbca8e8df0edbf011e2e2435932f5aa79c"
    assert de["paths"] == ["wfs/data.gml"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    assert Counter(r["country"] for r in h350.data()["rows"]) == {"DE": 301}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h350, "held_out_350", tmp_path)
