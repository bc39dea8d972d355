"""held_out_420 of the PII evaluation set (scripts/pii_held_out_420.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
fax field or mailbox, unchanged, each copy labelled, each number on its own; the centre's name,
postcode and record id are in the text and unlabelled), each document parses in its format, and
the records are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import es_madrid_universidades_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_420 as h420  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, fax field, mailbox); all
# but Agile CRM also write the phone field's first number alone once (3CX writes the whole
# field as ``Other`` only where it holds more than that number)
COPIES = {
    "threecx_phonebook": (1, 1, 1),
    "microsip_contacts": (1, 1, 1),
    "agilecrm_company": (1, 1, 1),
    "close_lead": (1, 1, 1),
}
ALONE = {"threecx_phonebook", "microsip_contacts", "close_lead"}
LANGUAGES = {"en": 180, "es": 31}
# one fax field writes its number after the country code in brackets, ``Fax (+34) 913 600 200``
KINDS = {
    "national:TELEFONO": 363, "national:FAX": 46, "international:FAX": 1, "register": 141,
}  # fmt: skip
SLASHED, FAXES = 27, 48


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h420.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h420.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h420.data()["rows"]) == 211
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h420.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
    assert Counter(r["layout"] for r in records) == {
        "threecx_phonebook": 53, "microsip_contacts": 53, "agilecrm_company": 53, "close_lead": 52,
    }  # fmt: skip
    # Spanish values in formats whose keys and tags are English: the language found varies
    assert Counter(r["language"] for r in records) == LANGUAGES


def _expected(row: dict, text: str) -> Counter:
    """The spans each copy of the row's fields should carry: every number of a phone or fax
    copy that a person could hold, every mailbox copy; a copy inside one taken before it (the
    first number inside the phone field) is that one's."""
    taken: list[tuple[int, int]] = []
    out: Counter = Counter()
    for column, value in (
        (h420.PHONE, h420.phone(row)),
        (h420.FAX, h420.fax(row)),
        (h420.PHONE, h420.first_number(row)),
    ):
        for m in re.finditer(re.escape(value), text) if value else ():
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            for a, b in numbers(value):
                kind = "international" if h420.international(value[a:b]) else "national"
                if personal_phone(value[a:b], "ES"):
                    out[(value[a:b], "PHONE_NUMBER", f"{kind}:{column}")] += 1
    mail = h420.email(row)
    if mail:
        out[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
    return out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field, the fax field (where it holds a number), the mailbox (where the field
    holds one address) and the phone field's first number are written as many times as the
    layout writes them and labelled wherever they stand, each number on its own; nothing else
    is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, first = (
            h420.phone(row),
            h420.fax(row),
            h420.email(row),
            h420.first_number(row),
        )
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        alone = r["layout"] in ALONE
        if first == tel:
            n_tel = (0 if r["layout"] == "threecx_phonebook" else n_tel) + alone
        # a fax field the same as the phone field: its copies are the phone field's too
        both = n_fax * fax.count(tel) if fax else 0
        assert text.count(tel) == n_tel + both, r["id"]
        if first != tel:
            assert text.count(first) == n_tel + alone + both, r["id"]
        if fax:
            assert text.count(fax) == n_fax + (n_tel if fax == tel else 0), r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == _expected(row, text), r["id"]
        assert got, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h420.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == KINDS


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds Spanish numbers as the city writes them, no two fields
    alike, some of several numbers; faxes and mailboxes as counted (the five that name a person
    are not kept; fields of two addresses, a malformed one and a number in the e-mail column are
    not written); the free-text columns are not kept; the fields are strings as the file gives
    them."""
    rows = h420.data()["rows"]
    tels = [h420.phone(row) for row in rows]
    assert len({re.sub(r"\D", "", t) for t in tels}) == 211
    for tel in tels:
        assert [tel[a:b] for a, b in numbers(tel)], tel
        assert "\n" not in tel and "\r" not in tel
    assert sum("/" in t for t in tels) == SLASHED
    assert sum(bool(h420.fax(row)) for row in rows) == FAXES
    mails = [h420.email(row) for row in rows if h420.email(row)]
    assert len(mails) == 141
    assert not set(mails) & extractor.PERSONAL
    assert sum("EMAIL" not in row["fields"] for row in rows) == 5
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(k not in r["fields"] for r in rows for k in ("", *extractor.DROPPED))
    assert Counter(h420.theatre(row) for row in rows) == {False: 118, True: 93}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, an XML attribute, or as it is)."""
    if layout in ("agilecrm_company", "close_lead"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "microsip_contacts":
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name stands in every record's text, its postcode and record id in the
    layouts that carry them, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["NOMBRE"]
        if r["layout"] != "threecx_phonebook":
            columns += ["CODIGO-POSTAL", "PK"]
        for column in columns:
            value = h420._f(row, column)
            if column == "CODIGO-POSTAL" and not value:
                continue  # a few rows give no postcode
            assert value, (r["id"], column)
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV, XML, JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h420.phone(row), h420.fax(row), h420.email(row), h420.name(row)
        first = h420.first_number(row)
        if r["layout"] == "threecx_phonebook":
            assert text.endswith("\r\n")
            lines = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(lines) == 1 and list(lines[0]) == h420.THREECX
            line = lines[0]
            assert line["Business"] == first and line["Company"] == name
            assert line["Other"] == ("" if first == tel else tel)
            assert line["BusinessFax"] == fax and line["Email"] == mail
            assert line["FirstName"] == h420.desk(row)
        elif r["layout"] == "microsip_contacts":
            root = ET.fromstring(text)
            assert root.tag == "contacts"
            contacts = root.findall("contact")
            assert [c.get("number") for c in contacts] == [first, *([fax] if fax else [])]
            assert contacts[0].get("phone") == tel and contacts[0].get("email") == mail
            assert contacts[0].get("zip") == h420.postcode(row)
            assert all(c.get("name").startswith(name) for c in contacts)
        elif r["layout"] == "agilecrm_company":
            doc = json.loads(text)
            assert doc["type"] == "COMPANY"
            props = [(p["name"], p.get("subtype"), p["value"]) for p in doc["properties"]]
            assert ("name", None, name) in props
            assert [v for k, s, v in props if k == "phone"] == [tel, *([fax] if fax else [])]
            assert [v for k, s, v in props if k == "email"] == ([mail] if mail else [])
            address = json.loads(next(v for k, s, v in props if k == "address"))
            assert address["zip"] == h420.postcode(row) and address["country"] == "ES"
        else:
            doc = json.loads(text)
            assert doc["name"] == name and re.fullmatch(r"stat_\w{43}", doc["status_id"])
            (contact,) = doc["contacts"]
            assert [p["phone"] for p in contact["phones"]] == [tel, *([fax] if fax else [])]
            assert [e["email"] for e in contact.get("emails", [])] == ([mail] if mail else [])
            assert f"Llamar al {first} por" in doc["description"]
            (custom,) = [k for k in doc if k.startswith("custom.")]
            assert re.fullmatch(r"custom\.cf_\w{43}", custom) and doc[custom] == h420._f(row, "PK")


def test_the_extractor_keeps_its_rules():
    """The extractor's rules on the kept rows: a phone of seven digits or more, no number an
    earlier Spanish part holds, no two phone fields alike, no field over two lines, the
    universities' list first, each in its file's order."""
    assert extractor.runs("915 336 812, 915 338 602 y 915 338 603") >= {
        "915336812", "915338602", "915338603",
    }  # fmt: skip
    earlier = extractor.earlier_runs(extractor.EARLIER)
    assert "915886186" in earlier  # a medical centre of held_out_366's list
    rows = h420.data()["rows"]
    seen = set()
    for row in rows:
        fields = row["fields"]
        tel = extractor.digits_of(fields["TELEFONO"])
        assert len(tel) >= 7 and tel not in seen
        seen.add(tel)
        assert not (extractor.runs(fields["TELEFONO"]) | extractor.runs(fields["FAX"])) & earlier
    keys = [(extractor.PATHS.index(p.split("#")[0]), int(p.rsplit("#", 1)[1])) for p in
            (r["path"] for r in rows)]  # fmt: skip
    assert keys == sorted(keys)
    assert not any("Forestal 913 367 652" in row["fields"]["TELEFONO"] for row in rows)


def test_provenance():
    sources = h420.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2017-2018"
    assert es["commit"] == "0b6e320042726e1910798c4086c246d241c4f492"
    assert es["paths"] == [
        "HandsOn/Group17/csv/203166-0-universidades-educacion.csv",
        "HandsOn/Group14/csv/ocio_salas.csv",
    ]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h420.data()["rows"]) == {"ES": 211}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h420, "held_out_420", tmp_path)
