"""held_out_402 of the PII evaluation set (scripts/pii_held_out_402.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
fax field or mailbox, unchanged, each copy labelled, each number on its own; the mission's name,
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

import es_madrid_embajadas_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_402 as h402  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, fax field, mailbox); the
# Aircall and NethVoice layouts also write the phone field's first number alone once
COPIES = {
    "clientify_contact": (2, 1, 1),
    "aircall_contact": (1, 1, 1),
    "nethvoice_speeddial": (1, 1, 1),
    "finesse_phonebook": (1, 1, 1),
}
ALONE = {"aircall_contact", "nethvoice_speeddial"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h402.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h402.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h402.data()["rows"]) == 156
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h402.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
    assert Counter(r["layout"] for r in records) == {layout: 39 for layout in h402.LAYOUTS}
    # Spanish values in formats whose keys and tags are English: the language found varies
    assert Counter(r["language"] for r in records) == {"en": 89, "es": 65, "ca": 2}


def _expected(row: dict, text: str) -> Counter:
    """The spans each copy of the row's fields should carry: every number of a phone or fax
    copy that a person could hold, every mailbox copy; a copy inside one taken before it (the
    first number inside the phone field) is that one's."""
    taken: list[tuple[int, int]] = []
    out: Counter = Counter()
    for column, value in (
        (h402.PHONE, h402.phone(row)),
        (h402.FAX, h402.fax(row)),
        (h402.PHONE, h402.first_number(row)),
    ):
        for m in re.finditer(re.escape(value), text) if value else ():
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            for a, b in numbers(value):
                if personal_phone(value[a:b], "ES"):
                    out[(value[a:b], "PHONE_NUMBER", f"national:{column}")] += 1
    mail = h402.email(row)
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
            h402.phone(row),
            h402.fax(row),
            h402.email(row),
            h402.first_number(row),
        )
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        if first == tel:
            n_tel += r["layout"] in ALONE
        assert text.count(tel) == n_tel, r["id"]
        if first != tel:
            assert text.count(first) == n_tel + (r["layout"] in ALONE), r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == _expected(row, text), r["id"]
        assert got, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h402.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:TELEFONO": 349, "national:FAX": 154, "register": 113}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds nine-digit Spanish numbers as the city writes them, no two
    fields alike, 53 of two to four numbers joined by a slash; 145 faxes; 113 mailboxes, the
    missions' (the four that name a person are not kept, four fields of two addresses are not
    written); the free-text columns are not kept; the fields are strings as the file gives
    them."""
    rows = h402.data()["rows"]
    tels = [h402.phone(row) for row in rows]
    assert len({re.sub(r"\D", "", t) for t in tels}) == 156
    for tel in tels:
        pieces = [tel[a:b] for a, b in numbers(tel)]
        assert pieces and all(personal_phone(p, "ES") for p in pieces), tel
        joined = [p for p in pieces if not re.fullmatch(r"\d{3} \d{3} \d{3}", p)]
        # ``numbers`` reads two numbers joined by a slash with no blank before it as one
        assert joined in ([], ["913 885 980/ 913 882 724"]), tel
    assert sum("/" in t for t in tels) == 53
    assert sum(bool(h402.fax(row)) for row in rows) == 145
    mails = [h402.email(row) for row in rows if h402.email(row)]
    assert len(mails) == len(set(mails)) == 113
    assert not set(mails) & extractor.PERSONAL
    assert sum("EMAIL" not in row["fields"] for row in rows) == 4
    odd = [row["fields"].get("EMAIL", "") for row in rows]
    assert (
        sum(bool(v.strip()) and not h402.email(row) for v, row in zip(odd, rows, strict=True)) == 4
    )
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(k not in r["fields"] for r in rows for k in ("", *extractor.DROPPED))
    names = [row["fields"]["NOMBRE"] for row in rows]
    assert all(n.startswith(("Embajada de ", "Consulado de ")) for n in names)
    assert Counter(h402.kind(row) for row in rows) == {"Embajada": 119, "Consulado": 37}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text, or as it is)."""
    if layout in ("clientify_contact", "aircall_contact"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "finesse_phonebook":
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The mission's name and postcode stand in every record's text, and its record id in the
    layouts that carry it, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["NOMBRE", "CODIGO-POSTAL"]
        if r["layout"] != "finesse_phonebook":
            columns.append("PK")
        for column in columns:
            value = h402._f(row, column)
            assert value, (r["id"], column)
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, CSV, XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h402.phone(row), h402.fax(row), h402.email(row), h402.name(row)
        if r["layout"] == "clientify_contact":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc.get("email", "") == mail
            assert doc["last_name"] == doc["company"] == name
            assert doc["addresses"][0]["postal_code"] == h402.postcode(row)
            assert doc["description"].endswith(f"Centralita: {tel}.")
            assert doc["remarks"].startswith(f"Fax: {fax}. ") == bool(fax)
            assert {f["field"] for f in doc["custom_fields"]} == {"ficha_ayuntamiento", "distrito"}
        elif r["layout"] == "aircall_contact":
            doc = json.loads(text)
            assert doc["last_name"] == doc["company_name"] == name
            numbers_ = {p["label"]: p["value"] for p in doc["phone_numbers"]}
            assert numbers_ == ({"Centralita": tel, "Fax": fax} if fax else {"Centralita": tel})
            assert [e["value"] for e in doc.get("emails", [])] == ([mail] if mail else [])
            assert f"({h402.first_number(row)})" in doc["information"]
        elif r["layout"] == "nethvoice_speeddial":
            lines = list(csv.DictReader(io.StringIO(text)))
            assert len(lines) == 1 and list(lines[0]) == h402.NETHCTI
            line = lines[0]
            assert line["workphone"] == tel and line["fax"] == fax and line["workemail"] == mail
            assert line["speeddial_num"] == h402.first_number(row)
            assert line["company"] == line["name"] == name and line["type"] == "speeddial"
            assert re.fullmatch(r"2\d\d", line["extension"])
        else:
            root = ET.fromstring(text)
            assert root.tag == "Contacts"
            contacts = root.findall("Contact")
            assert [c.findtext("phoneNumber") for c in contacts] == [tel, *([fax] if fax else [])]
            assert all(c.findtext("lastName") == name for c in contacts)
            assert all(
                re.fullmatch(r"/finesse/api/PhoneBook/\d+/Contact/\d+", c.findtext("uri"))
                for c in contacts
            )
            assert contacts[0].findtext("description").endswith(mail or h402.place(row))


def test_the_extractor_keeps_its_rules():
    """The extractor's rules on the kept rows: a phone of seven digits or more, no number an
    earlier Spanish part holds, no two phone fields alike (the Embajada de Costa Rica shares the
    Consulado's switchboard and is left out), the file's order."""
    assert extractor.runs("913 190 763 / 913 199 559") == {
        "913190763", "913199559", "913190763913199559",
    }  # fmt: skip
    earlier = extractor.earlier_runs(extractor.EARLIER)
    assert "915886186" in earlier  # a medical centre of held_out_366's list
    rows = h402.data()["rows"]
    seen = set()
    for row in rows:
        fields = row["fields"]
        tel = extractor.digits_of(fields["TELEFONO"])
        assert len(tel) >= 7 and tel not in seen
        seen.add(tel)
        assert not (extractor.runs(fields["TELEFONO"]) | extractor.runs(fields["FAX"])) & earlier
    assert [r["path"] for r in rows] == sorted(
        (r["path"] for r in rows), key=lambda p: int(p.rsplit("#", 1)[1])
    )
    names = [row["fields"]["NOMBRE"] for row in rows]
    assert "Consulado de Costa Rica" in names and "Embajada de Costa Rica" not in names


def test_provenance():
    sources = h402.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2014-2015"
    assert es["commit"] == "5bfcbf632bfb31a7407fea0132f717d9fc3172a6"
    assert es["paths"] == ["HandsOn/Group04/csv/201000-0-embajadas-consulados.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h402.data()["rows"]) == {"ES": 156}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h402, "held_out_402", tmp_path)
