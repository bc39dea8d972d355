"""held_out_424 of the PII evaluation set (scripts/pii_held_out_424.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone
number or mailbox, unchanged, each copy labelled; the centre's name, postcode and town are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor
keeps the list's rows by its rules. No recognizer runs here: the part is scored from its
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

import pii_held_out_424 as h424  # noqa: E402 - the scripts folder's modules
import pl_slaskie_ops_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("nazwa", "kod_pocztowy", "miejscowosc")
# copies of each field a record of each layout writes: (telefon, e-mail)
COPIES = {
    "shipx_shipment": (2, 1),
    "baselinker_order": (2, 1),
    "ifirma_kontrahent": (1, 2),
    "freshmail_subscribers": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h424.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h424.by_locale()[locale][n]


def _numbers(value: str) -> list[str]:
    """The numbers ``labelled_record`` labels in a telephone field."""
    return [value[s:e] for s, e in numbers(value)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h424.data()["rows"]) == 165
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h424.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pl", "en")
    assert Counter(r["layout"] for r in records) == {
        "shipx_shipment": 42,
        "baselinker_order": 41,
        "ifirma_kontrahent": 41,
        "freshmail_subscribers": 41,
    }
    assert Counter(r["language"] for r in records) == {"pl": 87, "en": 78}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, and the
    mailbox wherever it stands; nothing else is labelled, no distractor is (every number of
    the list is one a person could hold), and no '@' stands outside the mailbox's copies."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h424.phone(row), h424.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(json.dumps(tel, ensure_ascii=False)[1:-1]) == n_tel, r["id"]
        assert text.count(mail) == n_mail and text.count("@") == n_mail, r["id"]
        expected = Counter({(mail, "EMAIL_ADDRESS", "register"): n_mail})
        for number in _numbers(tel):
            expected[(number, "PHONE_NUMBER", "national:telefon")] += n_tel
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(
        records, lambda v: v.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {"national:telefon": 261, "register": 206}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one or more numbers ``(AA) NNN-NN-NN`` (or in spaces, an
    extensions' range after it) joined by ``|``, each a number a person could hold, no number
    in two rows; the mailboxes are single addresses; the fields are strings as the table gives
    them."""
    rows = h424.data()["rows"]
    seen: set[str] = set()
    for row in rows:
        parts = extractor.numbers_of(h424.phone(row))
        assert all(extractor.NUMBER.fullmatch(p) for p in parts), row["path"]
        labelled = _numbers(h424.phone(row))
        assert len(labelled) == len(parts) and all(personal_phone(n, "PL") for n in labelled)
        digits = {re.sub(r"\D", "", n) for n in labelled}
        assert not digits & seen, row["path"]
        seen |= digits
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", h424.email(row)), row["path"]
    fields = [h424.phone(row) for row in rows]
    assert sum("|" in f for f in fields) == 8 and sum("(do " in f for f in fields) == 3
    assert sum(re.fullmatch(r"\(\d\d\) \d{3}-\d\d-\d\d", f) is not None for f in fields) == 154
    assert Counter(row["fields"]["typ"] for row in rows) == {"GOPS": 120, "MOPS": 42, "CUS": 3}
    assert all(row["fields"]["wojewodztwo"] == "śląskie" for row in rows)


def test_the_extractor_keeps_rows_by_its_rules():
    """A field of the list's numbers and one mailbox is kept; a field that begins with digits
    the PDF parser took from elsewhere, or an empty mailbox, is not."""
    row = {"telefon": "(32) 296-21-31", "email": "sekretariat@mops.bedzin.pl"}
    assert extractor.kept(row)
    assert extractor.kept({**row, "telefon": "(32) 649 94 92 (do 97)"})
    assert extractor.kept({**row, "telefon": "(33) 815-29-92 | (33) 815-32-96"})
    assert not extractor.kept({**row, "telefon": "18 575-222 -40 | (32) 225-76-95"})
    assert not extractor.kept({**row, "telefon": "52 730-179-561 | (32) 332-71-65"})
    assert not extractor.kept({**row, "email": ""})
    assert extractor.numbers_of("(33) 479-05-17 | (33) 479-05-54") == [
        "(33) 479-05-17",
        "(33) 479-05-54",
    ]
    paths = [row["path"] for row in h424.data()["rows"]]
    assert paths == sorted(paths, key=lambda p: int(p.rsplit("#", 1)[1]))
    assert len(set(paths)) == 165 and all(int(p.rsplit("#", 1)[1]) < 167 for p in paths)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, postcode and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h424._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nip_right(nip: str) -> bool:
    digits = [int(c) for c in nip]
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    return (
        len(digits) == 10
        and sum(d * w for d, w in zip(digits[:9], weights, strict=True)) % 11 == digits[9]
    )


def _ean_right(ean: str) -> bool:
    digits = [int(c) for c in ean]
    return (
        len(digits) == 13 and sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
    )


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them, the
    invented NIPs' and EANs' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h424.phone(row), h424.email(row), row["fields"]["nazwa"]
        if r["layout"] == "shipx_shipment":
            receiver = doc["receiver"]
            assert receiver["company_name"] == name and receiver["phone"] == tel
            assert receiver["email"] == mail and receiver["address"]["country_code"] == "PL"
            assert receiver["address"]["post_code"] == row["fields"]["kod_pocztowy"]
            assert doc["service"] == "inpost_courier_standard" and len(doc["parcels"]) == 1
            assert doc["comments"].endswith(f"tel. {tel}.")
            assert re.fullmatch(r"ZAM/2024/\d{4}", doc["reference"])
        elif r["layout"] == "baselinker_order":
            assert doc["phone"] == tel and doc["email"] == mail and doc["currency"] == "PLN"
            assert doc["delivery_company"] == name
            assert doc["invoice_company"] == f"Gmina {row['fields']['gmina']}"
            assert _nip_right(doc["invoice_nip"])
            assert 1 <= len(doc["products"]) <= 3
            assert all(_ean_right(p["ean"]) and p["tax_rate"] == 23 for p in doc["products"])
            assert doc["admin_comments"].endswith(f"pod numerem {tel}.")
        elif r["layout"] == "ifirma_kontrahent":
            assert doc["response"]["Kod"] == 0
            (item,) = doc["response"]["Wynik"]
            assert item["Nazwa"] == name and item["Telefon"] == tel
            assert item["Email"] == item["EmailDlaFaktury"] == mail
            assert _nip_right(item["NIP"]) and item["NumerKonta"] is None
            assert item["KodPocztowy"] == row["fields"]["kod_pocztowy"]
        else:
            assert doc["state"] == 1 and doc["confirm"] == 0
            assert re.fullmatch(r"[0-9a-f]{10}", doc["list"])
            (sub,) = doc["subscribers"]
            assert sub["email"] == mail and sub["custom_fields"]["telefon"] == tel
            assert sub["custom_fields"]["nazwa"] == name


def test_provenance():
    sources = h424.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "Kaczor4444/kompas-seniora"
    assert pl["commit"] == "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b"
    assert pl["paths"] == ["raw_dane/slaskie/ops_slaskie.csv"]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h424.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 165}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h424, "held_out_424", tmp_path)
