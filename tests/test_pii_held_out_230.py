"""held_out_230 of the PII evaluation set (scripts/pii_held_out_230.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field or a number
of its real comment, every labelled address its real e-mail field, copied unchanged, each copy
labelled; the name and commune are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_france_services_data as fs_data  # noqa: E402 - the scripts folder's modules
import pii_held_out_230 as h230  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the counter's identifiers, in every layout
IDENTIFIERS = ("lib_fs", "lib_com")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h230.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h230.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h230.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h230.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "grist_records": 80, "rdv_webhook": 80, "brevo_contact": 80, "pennylane_customer": 80,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the phone field, of the comment's other numbers and of the e-mail address
    is labelled wherever it stands, under its column; nothing else is."""
    copies = {"grist_records": 2, "rdv_webhook": 2, "brevo_contact": 2, "pennylane_customer": 2}
    mails = {"grist_records": 1, "rdv_webhook": 1, "brevo_contact": 2, "pennylane_customer": 2}
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, comment = h230.phone(row), h230.mail(row), h230.comment(row)
        shown = comment and r["layout"] in ("grist_records", "brevo_contact")
        in_comment = comment.count(tel) if shown else 0
        assert text.count(tel) == copies[r["layout"]] + in_comment, r["id"]
        assert text.count(mail) == mails[r["layout"]] + (comment.count(mail) if shown else 0)
        expected = Counter({(tel, h230.PHONE): text.count(tel)})
        if shown:
            for number in h230.other_numbers(row):
                expected[(number, h230.COMMENT)] += text.count(number)
        assert all(personal_phone(n, "FR") for n, _ in expected)
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] * text.count(mail), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h230.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 648, "national:commentaire": 8, "register": 485}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ten digits in pairs with the trunk ``0`` (36 mobiles); every
    address is an office's; 92 rows have a comment, 12 with a number other than the field."""
    rows = h230.data()["rows"]
    for row in rows:
        assert re.fullmatch(r"0\d( \d\d){4}", row["fields"]["telephone"])
        assert fs_data.office_address(row["fields"]["mail"])
        assert h230.phone(row) == row["fields"]["telephone"]
    assert sum(h230.phone(row)[:2] in ("06", "07") for row in rows) == 36
    assert sum(bool(h230.comment(row)) for row in rows) == 92
    assert sum(bool(h230.other_numbers(row)) for row in rows) == 12
    assert {n for row in rows for n in h230.other_numbers(row)} >= {
        "0383764850", "02.31.36.17.57", "02 35 13 18 00",
    }  # fmt: skip


def test_office_addresses_are_told_from_an_agents_own():
    assert fs_data.office_address("franceservices@ccpb01.fr")
    assert fs_data.office_address("tende@france-services.gouv.fr")
    assert not fs_data.office_address("nathalie.andre@msm-normandie.fr")
    assert not fs_data.office_address("mairie@dourgne.fr - aini.abdou@dourgne.fr")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The counter's name and commune stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h230._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h230.phone(row), h230.mail(row), h230.name(row)
        if r["layout"] == "grist_records":
            (rec,) = doc["records"]
            fields = rec["fields"]
            assert isinstance(rec["id"], int) and fields["id_fs"] == int(row["fields"]["id_fs"])
            assert fields["Telephone"] == tel and fields["Courriel"] == mail
            assert fields["Nom"] == name and fields["Commentaire"] == h230.comment(row)
            assert fields["Suivi"].endswith(f"accueil joint au {tel} le jour même.")
            assert fields["Derniere_visite"] % 86400 == 0
            assert fields["Referent_prefecture"][0] == "L"
        elif r["layout"] == "rdv_webhook":
            assert doc["meta"]["model"] == "Rdv" and doc["meta"]["event"] == "created"
            rdv = doc["data"]
            assert rdv["organisation"]["phone_number"] == rdv["lieu"]["phone_number"] == tel
            assert rdv["organisation"]["email"] == mail and rdv["lieu"]["name"] == name
            assert rdv["collectif"] and rdv["participations"] == [] and rdv["users_count"] == 0
            assert rdv["starts_at"] < rdv["ends_at"]
        elif r["layout"] == "brevo_contact":
            assert doc["email"] == mail and doc["updateEnabled"] is True
            attrs = doc["attributes"]
            assert attrs["TELEPHONE_ACCUEIL"] == tel and attrs["NOM_STRUCTURE"] == name
            assert f"\nTél. {tel}\nCourriel : {mail}" in attrs["SIGNATURE"]
            assert attrs.get("COMMENTAIRE", "") == h230.comment(row)
            assert doc["ext_id"] == f"fs-{row['fields']['id_fs']}"
        else:
            assert doc["name"] == name and doc["phone"] == tel and doc["emails"] == [mail]
            assert f"Contact accueil : {tel} ; courriel : {mail} (" in doc["notes"]
            assert re.fullmatch(r"2\d{8}", doc["reg_no"])
            assert doc["billing_address"]["country_alpha2"] == "FR"


def test_provenance():
    sources = h230.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "anct-carto/france_services"
    assert fr["commit"] == "77f42baab04eae687d5eef1acdc79ee395f9562b"
    assert fr["paths"] == ["data/liste-fs-20240801.csv"]
    assert "Licence Ouverte" in fr["licence"] and fr["publisher"]
    rows = h230.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 320}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h230, "held_out_230", tmp_path)
