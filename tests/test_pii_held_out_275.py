"""held_out_275 of the PII evaluation set (scripts/pii_held_out_275.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the row's mailbox labelled on each copy; the name is in
the text and unlabelled) and are rebuilt byte for byte from the committed data, which is rebuilt
from the fetched register where its mirror is present. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import br_snbp_bibliotecas_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_275 as h275  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/culturagovbr+mapasculturais-bibliotecas/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h275.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h275.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h275.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h275.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 80 for layout in h275.LAYOUTS}


def test_every_copy_of_the_phone_field_and_of_the_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, under its column;
    the mailbox wherever it stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h275.phone(row)
        copies = text.count(value)
        assert copies == h275.COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "BR"), r["id"]
            expected[value[s:e]] += copies
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        kinds = {kind for _, _, t, kind in r["spans"] if t == "PHONE_NUMBER"}
        assert kinds == {f"national:{h275.PHONE}"}, r["id"]
        mail = h275.email(row)
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        want = Counter({mail: h275.EMAIL_COPIES[r["layout"]]}) if mail else Counter()
        assert got == want and (not mail or text.count(mail) == want[mail]), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind_and_the_part_its_size(records):
    kinds = phone_kinds(records, h275.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {f"national:{h275.PHONE}": 868, "register": 124}


def test_the_data_keeps_the_published_shape():
    """Every kept row is a public library whose phone field holds fixed lines only; every kept
    mailbox names the library or a desk; the fields are strings as the file gives them, the
    same keys in every row."""
    rows = h275.data()["rows"]
    assert all(list(row["fields"]) == list(extractor.COLUMNS) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    for row in rows:
        assert extractor.public_library(row["fields"]["name"])
        assert extractor.fixed_lines(row["fields"][h275.PHONE])
        if row["fields"][h275.EMAIL]:
            assert extractor.desk_email(row["fields"][h275.EMAIL], row["fields"]["name"])
    assert sum(bool(row["fields"][h275.EMAIL]) for row in rows) == 99
    assert Counter(len(numbers(h275.phone(row))) for row in rows) == {1: 295, 2: 23, 3: 2}
    # four with a trailing blank (one a no-break space), kept as published
    assert sum(row["fields"][h275.PHONE] != h275.phone(row) for row in rows) == 4
    assert sum(bool(re.match(r"\(\d\d\)", h275.phone(row))) for row in rows) == 241
    assert sum(bool(re.fullmatch(r"\d{10}", h275.phone(row))) for row in rows) == 79
    # 34 libraries have only a postcode: no street, city or joined address
    assert sum(not row["fields"]["endereco"] for row in rows) == 34


def test_the_name_is_in_the_text_and_unlabelled(records):
    for r in records:
        name = json.dumps(h275._f(_row(r), h275.NAME), ensure_ascii=False)[1:-1]
        found = [m.start() for m in re.finditer(re.escape(name), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number and mailbox where the format puts
    them."""
    for r in records:
        row = _row(r)
        doc = json.loads(r["text"])
        tel, name, mail = h275.phone(row), h275._f(row, h275.NAME), h275.email(row) or None
        if r["layout"] == "agendor_organization":
            org = doc["data"]
            assert org["name"] == name and org["contact"]["work"] == tel
            assert org["contact"]["email"] == mail
            assert org["description"].endswith(f"agendar entregas: {tel}.")
            assert org["accountUrl"].endswith(f"/empresas/{org['id']}")
            assert org["address"]["postalCode"] == (h275._f(row, "En_CEP") or None)
        elif r["layout"] == "movidesk_person":
            (person,) = doc
            assert person["personType"] == 2 and person["businessName"] == name
            assert person["contacts"] == [
                {"contactType": "Telefone comercial", "contact": tel, "isDefault": True}
            ]
            assert [e["email"] for e in person["emails"]] == ([mail] if mail else [])
            assert f"telefone: {tel}.</p>" in person["observations"]
        elif r["layout"] == "sympla_event":
            event = doc["data"]
            assert event["host"]["name"] == event["address"]["name"] == name
            assert f"telefone {tel}" in event["detail"]
            assert f"telefone {tel}" in event["host"]["description"]
            assert event["url"].endswith(f"/{event['id']}")
            assert event["start_date"] < event["end_date"]
            lat, lon = h275.coordinates(row)
            assert event["address"]["lat"] == (float(lat) if lat else None)
        else:
            assert doc["name"] == doc["billing_name"] == name
            assert doc["phone"] == doc["billing_phone"] == tel
            assert doc["default_address"] == doc["addresses"][0]
            assert doc["default_address"]["phone"] == tel
            assert doc["email"] == mail
            assert re.fullmatch(r"\d+\.\d\d", doc["total_spent"])


def test_provenance():
    sources = h275.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "culturagovbr/mapasculturais-bibliotecas"
    assert br["commit"] == "1757b06bcb7a3cee5f3ee7122668cf186c854a45"
    assert br["paths"] == ["bibliotecas.json"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h275.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 320}


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"BR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h275, "held_out_275", tmp_path)
