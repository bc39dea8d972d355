"""held_out_435 of the PII evaluation set (scripts/pii_held_out_435.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone
number or mailbox, unchanged, each copy labelled; the unit's name, postcode and town are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor
keeps the register's rows by its rules. No recognizer runs here: the part is scored from its
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

import pii_held_out_435 as h435  # noqa: E402 - the scripts folder's modules
import pl_malopolska_rjps_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("nazwa", "kod_pocztowy", "miejscowosc")
# copies of each field a record of each layout writes: (telefon, e-mail)
COPIES = {
    "p24_transaction": (1, 1),
    "getresponse_contact": (1, 1),
    "activecampaign_sync": (1, 1),
    "infakt_client": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h435.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h435.by_locale()[locale][n]


def _numbers(value: str) -> list[str]:
    """The numbers ``labelled_record`` labels in a telephone field."""
    return [value[s:e] for s, e in numbers(value)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h435.data()["rows"]) == 125
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h435.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pl", "en")
    assert Counter(r["layout"] for r in records) == {
        "p24_transaction": 32,
        "getresponse_contact": 31,
        "activecampaign_sync": 31,
        "infakt_client": 31,
    }
    assert Counter(r["language"] for r in records) == {"pl": 52, "en": 73}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, and the
    mailbox wherever it stands; nothing else is labelled, no distractor is (every number of
    the register is one a person could hold), and no '@' stands outside the mailbox's copies."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h435.phone(row), h435.email(row)
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
    assert kinds == {"national:telefon": 161, "register": 125}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds one to three numbers of nine digits, each a number a person could
    hold, no number in two rows; the mailboxes are single addresses or empty; the fields are
    strings as the register's table gives them, every row the register's."""
    rows = h435.data()["rows"]
    seen: set[str] = set()
    for row in rows:
        labelled = _numbers(h435.phone(row))
        assert 1 <= len(labelled) <= 3 and all(personal_phone(n, "PL") for n in labelled)
        digits = [re.sub(r"\D", "", n) for n in labelled]
        assert all(len(d) == 9 for d in digits), row["path"]
        assert not set(digits) & seen, row["path"]
        seen |= set(digits)
        mail = h435.email(row)
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", mail), row["path"]
    fields = [h435.phone(row) for row in rows]
    assert sum(re.fullmatch(r"\(\d\d\) \d{3}-\d\d-\d\d", f) is not None for f in fields) == 95
    assert sum(", " in f for f in fields) == 3
    assert sum(len(_numbers(f)) > 1 for f in fields) == 4
    assert Counter(row["fields"]["typ"] for row in rows) == {
        "OPS": 94,
        "PCPR": 16,
        "CUS": 13,
        "MOPR": 2,
    }
    assert all(row["fields"]["wojewodztwo"] == "małopolskie" for row in rows)
    assert all(row["fields"]["uwagi"] == "źródło: RJPS eksport 06.03.2026" for row in rows)


def test_the_extractor_keeps_rows_by_its_rules():
    """A register row whose field holds nine-digit numbers, with one mailbox, is kept; two
    numbers run together with only spaces between them, a masked number, an empty field, no
    mailbox or two, or a row of the other site, are not."""
    row = {
        "telefon": "(12) 256-10-63",
        "email": "cus@liszki.pl",
        "uwagi": "źródło: RJPS eksport 06.03.2026",
    }
    assert extractor.kept(row)
    assert not extractor.kept({**row, "email": ""})
    other = "Źródło: mir.org.pl - wymaga weryfikacji danych kontaktowych"
    assert not extractor.kept({**row, "uwagi": other})
    assert extractor.kept({**row, "telefon": "14 688 21 80"})
    assert extractor.kept({**row, "telefon": "(12) 256-10-63, (12) 256-10-64"})
    assert extractor.kept({**row, "telefon": "(12) 386-29-60    517-847-661"})
    assert extractor.kept({**row, "telefon": "(18) 3347070"})
    assert not extractor.kept({**row, "telefon": "32 642 84 67        32 642 94 01"})
    assert not extractor.kept({**row, "telefon": "18 354-xx-xx"})
    assert not extractor.kept({**row, "telefon": ""})
    assert not extractor.kept({**row, "email": "cus@liszki.pl, ops@liszki.pl"})
    assert extractor.numbers_of("(12) 256-10-63, (12) 256-10-64") == [
        "(12) 256-10-63",
        "(12) 256-10-64",
    ]
    paths = [row["path"] for row in h435.data()["rows"]]
    assert paths == sorted(paths, key=lambda p: int(p.rsplit("#", 1)[1]))
    assert len(set(paths)) == 125 and all(int(p.rsplit("#", 1)[1]) < 195 for p in paths)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, postcode and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h435._f(_row(r), column), ensure_ascii=False)[1:-1]
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


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them, the
    invented NIPs' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h435.phone(row), h435.email(row), row["fields"]["nazwa"].strip()
        postcode, town = row["fields"]["kod_pocztowy"], row["fields"]["miejscowosc"]
        if r["layout"] == "p24_transaction":
            assert doc["merchantId"] == doc["posId"] and doc["currency"] == "PLN"
            assert doc["email"] == mail and doc["phone"] == tel and doc["client"] == name
            assert doc["zip"] == postcode and doc["city"] == town and doc["country"] == "PL"
            assert isinstance(doc["amount"], int) and doc["amount"] > 0
            assert re.fullmatch(r"[0-9a-f]{96}", doc["sign"])
            assert re.fullmatch(r"SZK-2025\d{4}-\d{4}", doc["sessionId"])
        elif r["layout"] == "getresponse_contact":
            assert doc["name"] == name and doc["email"] == mail and doc["dayOfCycle"] == "0"
            assert re.fullmatch(r"\w{5}", doc["campaign"]["campaignId"])
            values = [v["value"] for v in doc["customFieldValues"]]
            assert [tel] in values and [postcode] in values and [town] in values
        elif r["layout"] == "activecampaign_sync":
            contact = doc["contact"]
            assert contact["email"] == mail and contact["phone"] == tel
            assert contact["firstName"] == name and contact["lastName"] == ""
            values = [v["value"] for v in contact["fieldValues"]]
            assert name in values and postcode in values and town in values
        else:
            client = doc["client"]
            assert client["company_name"] == name and client["phone_number"] == tel
            assert client["email"] == mail
            assert client["postal_code"] == postcode and client["city"] == town
            assert _nip_right(client["nip"]) and client["country"] == "PL"
            assert client["note"].endswith(f"tel. {tel}.")


def test_provenance():
    sources = h435.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "Kaczor4444/kompas-seniora"
    assert pl["commit"] == "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b"
    assert pl["paths"] == ["raw_dane/malopolskie/ops_malopolska_geo.csv"]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h435.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 125}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h435, "held_out_435", tmp_path)
