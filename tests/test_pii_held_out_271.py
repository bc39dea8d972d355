"""held_out_271 of the PII evaluation set (scripts/pii_held_out_271.py): its committed records
keep the generator's invariants (every labelled phone is the row's real school or owner phone
field and every labelled address its real e-mail field, copied unchanged, each copy labelled;
the owners' four-digit numbers are distractors; the name and organisation number are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_271 as h271  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h271.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h271.by_locale()[locale][n]


def _copies(text: str, value: str, edge: str) -> set[tuple[int, int]]:
    """(start, end) of each copy of ``value`` in ``text`` that stands apart (no ``edge``
    character next to it)."""
    return {
        (m.start(), m.end())
        for m in re.finditer(re.escape(value), text)
        if not re.fullmatch(edge, text[m.start() - 1 : m.start()])
        and not re.fullmatch(edge, text[m.end() : m.end() + 1])
    }


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h271.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h271.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NO"
    assert Counter(r["layout"] for r in records) == {
        "fint_skole": 100, "nsr_enhet": 100, "arbeidsplassen_ad": 100, "fiken_contact": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each copy of the school's number and of an eight-digit owner's number is a phone label,
    each copy of a four-digit owner's number a distractor, each copy of an e-mail address an
    e-mail label; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        phones = set().union(
            *(_copies(text, v, r"\d") for v in (h271.phone(row), h271.owner_phone(row)) if v)
        )
        mails = set().union(
            *(_copies(text, v, r"[\w.@-]") for v in (h271.email(row), h271.owner_email(row)) if v)
        )
        labelled = {(s, e): t for s, e, t, _ in r["spans"]}
        short = {(s, e) for s, e, *_ in r["distractors"]}
        assert {k for k, t in labelled.items() if t == "EMAIL_ADDRESS"} == mails, r["id"]
        eight = {k for k in phones if len(text[k[0] : k[1]]) == 8}
        assert {k for k, t in labelled.items() if t == "PHONE_NUMBER"} == eight, r["id"]
        assert short == phones - eight, r["id"]
        assert all(text[s:e] in ("5557", "2180") for s, e in short), r["id"]
        assert text.count(h271.phone(row)) >= 1 and not r["unscored"]


def test_the_labels_per_layout(records):
    counts = Counter()
    for r in records:
        for _, _, t, kind in r["spans"]:
            counts[(r["layout"], t, kind.split(":")[-1])] += 1
    school, owner = h271.PHONE, h271.OWNER_PHONE
    assert counts == {
        ("arbeidsplassen_ad", "EMAIL_ADDRESS", "register"): 186,
        ("arbeidsplassen_ad", "PHONE_NUMBER", owner): 47,
        ("arbeidsplassen_ad", "PHONE_NUMBER", school): 216,
        ("fiken_contact", "EMAIL_ADDRESS", "register"): 175,
        ("fiken_contact", "PHONE_NUMBER", owner): 39,
        ("fiken_contact", "PHONE_NUMBER", school): 117,
        ("fint_skole", "EMAIL_ADDRESS", "register"): 98,
        ("fint_skole", "PHONE_NUMBER", school): 100,
        ("nsr_enhet", "EMAIL_ADDRESS", "register"): 95,
        ("nsr_enhet", "PHONE_NUMBER", school): 100,
    }
    assert sum(len(r["distractors"]) for r in records) == 31


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h271.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        f"national:{h271.PHONE}": 533,
        f"national:{h271.OWNER_PHONE}": 86,
        "register": 554,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept school number is eight digits; the owners' are eight or four digits
    (``5557``, ``2180``) or NULL; the fields are the dump's strings, ``\\N`` kept."""
    rows = h271.data()["rows"]
    assert all(re.fullmatch(r"\d{8}", row["fields"][h271.PHONE]) for row in rows)
    owners = Counter(len(h271.owner_phone(row)) for row in rows)
    assert owners == {8: 229, 4: 62, 0: 109}
    assert {h271.owner_phone(r) for r in rows if len(h271.owner_phone(r)) == 4} == {"5557", "2180"}
    assert sum(row["fields"][h271.EMAIL] == "\\N" for row in rows) == 22
    assert all(len(row["fields"]) == 34 for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name and organisation number stand in every record's text, outside the
    labels."""
    for r in records:
        for column in ("skolenavn", "organisasjonsnummer"):
            value = json.dumps(h271._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON with the row's number and address where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail = h271.phone(row), h271.email(row)
        if r["layout"] == "fint_skole":
            contact = doc["kontaktinformasjon"]
            assert contact["telefonnummer"] == tel and contact["epostadresse"] == (mail or None)
            assert doc["skolenummer"]["identifikatorverdi"] == row["fields"]["nsrid"]
            assert doc["_links"]["self"][0]["href"].endswith(doc["systemId"]["identifikatorverdi"])
        elif r["layout"] == "nsr_enhet":
            assert doc["Telefon"] == tel and doc["Epost"] == mail
            assert doc["NSRId"] == int(row["fields"]["nsrid"]) and doc["ErVideregaaendeSkole"]
        elif r["layout"] == "arbeidsplassen_ad":
            assert doc["contactList"][0]["phone"] == tel
            assert doc["contactList"][0].get("email", "") == mail
            assert f"(telefon {tel}" in doc["adText"]
            assert doc["employer"]["orgnr"] == row["fields"]["organisasjonsnummer"]
            assert doc["categoryList"][0]["categoryType"] == "STYRK08"
            if h271.owner_phone(row) and h271._f(row, "organisasjonsnavn"):
                assert doc["properties"]["employerdescription"].endswith(
                    f": {h271.owner_phone(row)}."
                )
        else:
            assert doc["phoneNumber"] == tel and doc["email"] == mail
            person = doc["contactPerson"][0]
            assert person.get("phoneNumber", "") == h271.owner_phone(row)
            assert person.get("email", "") == h271.owner_email(row)


def test_provenance():
    sources = h271.data()["sources"]
    assert set(sources) == {"NO"}
    no = sources["NO"]
    assert no["repository"] == "AdrianFolge/ProgrammingInGeomatics"
    assert no["commit"] == "bfbc01d65dffde8c48d6bb93662a8ddc545011f6"
    assert no["paths"] == ["Befolkning_0000_Norge_3035_Videregaendeskoler_PostGIS.sql"]
    assert "not confirmed" in no["licence"] and no["publisher"]
    rows = h271.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NO": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h271, "held_out_271", tmp_path)
