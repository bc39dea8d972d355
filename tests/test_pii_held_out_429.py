"""held_out_429 of the PII evaluation set (scripts/pii_held_out_429.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real phone
numbers or mailboxes, unchanged, each copy labelled; the service's name, operator and postcode
are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on a few rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import de_berlin_hilfmir_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_429 as h429  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the service's identifiers, in every layout
IDENTIFIERS = ("Einrichtung", "Träger", "PLZ")
# copies each record of a layout writes: (phone field, first number again, first mailbox,
# every other mailbox)
COPIES = {
    "ninox_records": (1, 0, 1, 1),
    "seatable_rows": (1, 0, 1, 1),
    "kirby_content": (1, 1, 2, 1),
    "cleverreach_receivers": (1, 0, 1, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h429.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h429.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h429.data()["rows"]) == 231
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h429.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        if r["layout"] == "cleverreach_receivers":
            assert h429.email(_row(r))
    assert Counter(r["layout"] for r in records) == {
        "ninox_records": 58, "seatable_rows": 58, "kirby_content": 60,
        "cleverreach_receivers": 55,
    }  # fmt: skip
    assert Counter(r["language"] for r in records)["de"] == 220


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field (written whole, and the first alone where the layout
    repeats it) and each mailbox are labelled wherever they stand; nothing else is labelled and
    no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        field, first = h429.phone(row), h429.first_phone(row)
        n_field, n_first, n_mail, n_other = COPIES[r["layout"]]
        expected: Counter = Counter()
        for number in h429.phone_numbers(row):
            expected[(number, "PHONE_NUMBER", "national:Telefonnummer")] += n_field
        expected[(first, "PHONE_NUMBER", "national:Telefonnummer")] += n_first
        mails = h429.mailboxes(row)
        for i, mail in enumerate(mails):
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail if i == 0 else n_other
        assert text.count(field) == n_field + (n_first if field == first else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert text.count("@") == sum(expected[(m, "EMAIL_ADDRESS", "register")] for m in mails)
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h429.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefonnummer": 313, "register": 275}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or Kirby's plain text)."""
    return value if layout == "kirby_content" else json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h429._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert [at for at in found if not any(s <= at < e for s, e, *_ in spans)], (
                r["id"],
                column,
            )


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _kirby(text: str) -> dict[str, str]:
    """A Kirby content file's fields (``Key: value`` apart by ``----`` lines)."""
    out = {}
    for part in text.rstrip("\n").split("\n\n----\n\n"):
        key, _, value = part.partition(":")
        assert re.fullmatch(r"[A-Z][a-z]+", key), part
        out[key] = value.strip()
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        name, field, mail = h429._f(row, "Einrichtung"), h429.phone(row), h429.email(row)
        if r["layout"] == "ninox_records":
            (doc,) = json.loads(text)
            assert set(doc) == {"id", "sequence", "createdAt", "createdBy", "modifiedAt",
                                "modifiedBy", "fields"}  # fmt: skip
            assert doc["createdAt"] < doc["modifiedAt"]
            assert doc["fields"]["Einrichtung"] == name and doc["fields"]["Telefon"] == field
            assert doc["fields"].get("E-Mail", "") == mail
        elif r["layout"] == "seatable_rows":
            (item,) = json.loads(text)["rows"]
            assert re.fullmatch(r"[\w-]{22}", item["_id"])
            assert item["_ctime"].endswith("+00:00") and item["_ctime"] < item["_mtime"]
            assert item["Einrichtung"] == name and item["Telefon"] == field
            assert (item["E-Mail"] or "") == mail
        elif r["layout"] == "kirby_content":
            fields = _kirby(text)
            assert fields["Title"] == name and fields["Telefon"] == field
            assert fields.get("Email", "") == mail
            assert f"(tel: {h429.first_phone(row)})" in fields["Text"]
            assert re.fullmatch(r"[A-Za-z0-9]{16}", fields["Uuid"])
        else:
            (receiver,) = json.loads(text)
            assert receiver["email"] == h429.mailboxes(row)[0]
            assert receiver["attributes"]["telefon"] == field
            assert receiver["attributes"]["einrichtung"] == name
            assert receiver["registered"] <= receiver["activated"]
            assert receiver["deactivated"] == 0 and receiver["global_attributes"]["zip"]


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one to three national numbers a person could hold, apart by
    commas (one with a note), no number twice in the data; the mailboxes are addresses, none a
    person's; the fields are strings as the directory gives them."""
    rows = h429.data()["rows"]
    found = [n for row in rows for n in h429.phone_numbers(row)]
    assert all(personal_phone(n, "DE") and n.startswith("0") for n in found)
    assert len(found) == len({re.sub(r"\D", "", n) for n in found}) == 253
    assert Counter(len(h429.phone_numbers(row)) for row in rows) == {1: 212, 2: 16, 3: 3}
    assert sum(bool(h429.email(row)) for row in rows) == 223
    for row in rows:
        for mail in h429.mailboxes(row):
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", mail), mail
            assert mail.split("@")[0].lower() not in extractor.PERSONAL
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_rules():
    """A field whose double space would cut the area code off is not taken; a field of several
    numbers is; ``0``, empty fields and a person's mailbox are no mailbox."""
    assert extractor.phone_numbers("030  98426176") == []
    assert extractor.phone_numbers("030 671289-14, 030 671289-15") == [
        "030 671289-14", "030 671289-15",
    ]  # fmt: skip
    assert extractor.phone_numbers("030 4441664, 0157 77927011 (Signal)") == [
        "030 4441664", "0157 77927011",
    ]  # fmt: skip
    assert extractor.mailbox(" 0 ") == "" and extractor.mailbox("") == ""
    assert extractor.mailbox("ines.hagedorn@example.org") == ""
    assert extractor.mailbox("pankow@vistaberlin.de ") == "pankow@vistaberlin.de"
    kept = {row["path"].rsplit("#", 1)[1] for row in h429.data()["rows"]}
    assert "0" in kept and "1" in kept


def test_provenance():
    sources = h429.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "technologiestiftung/hilf-mir.berlin"
    assert de["commit"] == "db29859039c79343cb813836c7fb73362ba4fafe"
    assert de["paths"] == ["docs/datensatz_hilf-mir_berlin_utf8.csv"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    assert Counter(r["country"] for r in h429.data()["rows"]) == {"DE": 231}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h429, "held_out_429", tmp_path)
