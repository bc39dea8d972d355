"""held_out_493 of the PII evaluation set (scripts/pii_held_out_493.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field
or mailbox, unchanged, each copy labelled; the café's register number and postcode are in the
text and unlabelled; each document parses in its format) and are rebuilt byte for byte from the
committed data; the extract keeps its extractor's rules. No recognizer runs here: the part is
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

import es_cyl_cafeterias_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_493 as h493  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the café's identifiers each layout writes (a Podium location has no field for the register
# number, an Uber Direct quote none for the name)
IDENTIFIERS = {
    "eancom_orders": ("N.Registro", "C.Postal"),
    "uber_direct_quote": ("N.Registro", "C.Postal"),
    "opencart_settings": ("N.Registro", "C.Postal", "Nombre"),
    "podium_location": ("C.Postal", "Nombre"),
}
# copies a record of each layout writes: (the first number, each other number, the mailbox)
COPIES = {
    "eancom_orders": (2, 1, 1),
    "uber_direct_quote": (1, 0, 0),
    "opencart_settings": (1, 1, 1),
    "podium_location": (1, 0, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h493.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h493.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h493.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h493.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h493.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each phone field with a number and the kept mailbox are labelled wherever they stand,
    each whole, the numbers under their columns; nothing else is labelled, no distractor is,
    and no other address stands in the text."""
    for r in records:
        row, text = _row(r), r["text"]
        first, other, n_mail = COPIES[r["layout"]]
        expected: Counter = Counter()
        for i, (column, value) in enumerate(h493.phones(row)):
            copies = first if i == 0 else other
            assert text.count(value) == copies, (r["id"], value)
            if copies:
                expected[(value, "PHONE_NUMBER", f"national:{column}")] = copies
        mail = h493.email(row)
        if mail and n_mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h493.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:Teléfono 1": 500,
        "national:Teléfono 2": 51,
        "national:Teléfono 3": 6,
        "register": 7,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a Spanish number as entered (nine digits, or ten where one was
    mistyped; in one run or with a space, slash or dots after the area code), one a person
    could hold; no number is in two rows or in an earlier Spanish part's data; the one row whose
    second field repeats its first is written once; the mailboxes are role addresses."""
    rows = h493.data()["rows"]
    values = [v for row in rows for c in h493.PHONES if (v := row["fields"][c].strip())]
    assert Counter(len(re.sub(r"\D", "", v)) for v in values) == {9: 496, 10: 2}
    assert all(re.fullmatch(r"\d{2,3}[ /]?[\d .]+", v) for v in values)
    assert all(personal_phone(v, "ES") for v in values)
    numbers = [extractor.numbers_of(row["fields"]) for row in rows]
    assert sum(len(n) for n in numbers) == len(set().union(*numbers))
    assert not set().union(*numbers) & extractor.earlier_runs(extractor.EARLIER)
    repeated = [row["path"] for row in rows if len(h493.phones(row)) < len(
        [c for c in h493.PHONES if row["fields"][c].strip()])]  # fmt: skip
    assert repeated == ["input_files/cafeterias.csv#473"]
    mails = [h493.email(row) for row in rows if h493.email(row)]
    assert len(mails) == 10 and all(extractor._role_address(m) for m in mails)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_its_rules():
    """A row is kept for a number of seven digits or more that is not all zeros, and not where
    a phone field holds a letter; its numbers are its fields' runs of digits."""
    blank = dict.fromkeys(extractor.PHONES, "")
    assert extractor.kept({**blank, "Teléfono 1": "920 221487"})
    assert extractor.kept({**blank, "Teléfono 2": "923/22.93.45"})
    assert not extractor.kept({**blank, "Teléfono 1": "000000000"})
    assert not extractor.kept({**blank, "Teléfono 1": "921455"})
    assert not extractor.kept({**blank, "Teléfono 1": "987654321", "Teléfono 2": "12345678Z"})
    assert extractor.numbers_of({**blank, "Teléfono 1": "920 221487"}) == {"920221487"}
    assert extractor._role_address("info@elcafedelacastellana.com")
    assert not extractor._role_address("maria.garcia@gmail.com")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string in the JSON layouts, a MySQL string in
    the dump)."""
    if layout in ("uber_direct_quote", "podium_location"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "opencart_settings":
        return value.replace("\\", "\\\\").replace("'", "\\'")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = _encoded(r["layout"], h493._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def _gs1_right(code: str) -> bool:
    return len(code) == 13 and h493.gs1_check(code[:-1]) == code


def _edifact(text: str) -> list[list[str]]:
    """The segments of an interchange (one a line, ``'`` ended, ``?`` the release character)
    as lists of their data elements."""
    lines = text.split("\n")
    assert lines[0] == "UNA:+,? '"
    out = []
    for line in lines[1:]:
        assert line.endswith("'") and not line.endswith("?'"), line
        out.append(re.split(r"(?<!\?)\+", line[:-1]))
    return out


def _sql_settings(text: str) -> dict[str, str]:
    """The ``key`` and ``value`` of each ``oc_setting`` row of a dump (MySQL escapes undone)."""
    rows = re.findall(r"^\((\d+), 0, 'config', '(\w+)', '((?:[^'\\]|\\.)*)', 0\)[,;]$", text, re.M)
    unescape = {"\\'": "'", "\\\\": "\\", "\\r": "\r", "\\n": "\n"}
    return {k: re.sub(r"\\.", lambda m: unescape[m.group()], v) for _, k, v in rows}


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (EDIFACT segments, an HTTP request with a JSON body,
    a MySQL dump's rows, JSON), the row's values where the format puts them, the invented GLNs
    and EAN-13 codes with their check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = [v for _, v in h493.phones(row)]
        mail = h493.email(row)
        if r["layout"] == "eancom_orders":
            segs = _edifact(text)
            tags = [s[0] for s in segs]
            assert tags[0] == "UNB" and tags[1] == "UNH" and tags[-1] == "UNZ"
            assert segs[1][2] == "ORDERS:D:01B:UN:EAN010"
            unt = segs[tags.index("UNT")]
            assert int(unt[1]) == tags.index("UNT") - tags.index("UNH") + 1
            com = [s[1] for s in segs if s[0] == "COM"]
            assert com == [f"{v}:TE" for v in numbers] + ([f"{mail}:EM"] if mail else [])
            by = segs[tags.index("NAD")]
            assert by[1] == "BY" and _gs1_right(by[2].split(":")[0])
            assert by[-2] == row["fields"]["C.Postal"] and by[-1] == "ES"
            assert all(_gs1_right(s[3].split(":")[0]) for s in segs if s[0] == "LIN")
            assert int(segs[tags.index("CNT")][1].split(":")[1]) == tags.count("LIN")
            assert segs[tags.index("FTX")][-1].endswith(f"AVISAR AL {numbers[0]}")
        elif r["layout"] == "uber_direct_quote":
            head, body = text.split("\n\n", 1)
            assert head.startswith("POST /v1/customers/") and "/delivery_quotes HTTP/1.1" in head
            doc = json.loads(body)
            assert doc["pickup_phone_number"] == numbers[0]
            assert "dropoff_phone_number" not in doc
            pickup = json.loads(doc["pickup_address"])
            assert pickup["zip_code"] == row["fields"]["C.Postal"] and pickup["country"] == "ES"
            assert doc["external_store_id"] == row["fields"]["N.Registro"]
        elif r["layout"] == "opencart_settings":
            settings = _sql_settings(text)
            assert len(settings) == 14 and settings["config_country_id"] == "195"
            assert settings["config_telephone"] == numbers[0]
            assert settings["config_email"] == mail
            assert settings["config_name"] == row["fields"]["Nombre"].strip()
            assert all(v in settings["config_comment"] for v in numbers[1:])
        else:
            doc = json.loads(text)["data"]
            assert doc["phoneNumber"] == numbers[0] and doc["podiumPhoneNumber"] is None
            assert doc["name"] == row["fields"]["Nombre"].strip()
            assert doc["addressDetails"]["postalCode"] == row["fields"]["C.Postal"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h493.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "rantoncuadrado/udacity_capstone_project"
    assert es["commit"] == "c5497c57ccb64092456f01a9a5024d27f14cb297"
    assert es["paths"] == ["input_files/cafeterias.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h493.data()["rows"]) == {"ES": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h493, "held_out_493", tmp_path)
