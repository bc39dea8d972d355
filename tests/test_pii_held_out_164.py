"""held_out_164 of the PII evaluation set (scripts/pii_held_out_164.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, every labelled address one of its real e-mail fields, copied unchanged, each copy
labelled; the comune's name and province code are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_164 as h164  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SEGNATURA = "{http://www.digitPa.gov.it/protocollo/}"
MD = "{urn:oasis:names:tc:SAML:2.0:metadata}"
SPID = "{https://spid.gov.it/saml-extensions}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h164.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h164.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h164.data()["rows"]) == 200
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h164.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IT"
    assert Counter(r["layout"] for r in records) == {
        "segnatura_xml": 50, "spid_sp_metadata": 50, "io_service_json": 50,
        "fritzbox_phonebook": 50,
    }  # fmt: skip


def _copies(text: str, value: str, edge: str) -> int:
    """How many times ``value`` stands apart in ``text`` (no ``edge`` character beside it)."""
    pattern = f"(?<!{edge}){re.escape(value)}(?!{edge})"
    return len(re.findall(pattern, text)) if value else 0


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands (under the
    phone's column where the fax is the same), each e-mail address wherever it stands;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h164.phone(row), h164.fax(row)
        expected: Counter = Counter()
        fields = [(tel, h164.PHONE)] + ([(fax, h164.FAX)] if fax and fax != tel else [])
        for value, column in fields:
            copies = _copies(text, value, r"\d")
            # SPID metadata has no fax element: only the phone stands there
            needed = column == h164.PHONE or r["layout"] != "spid_sp_metadata"
            assert copies >= needed, (r["id"], value)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "IT"), (r["id"], value)
                expected[(value[s:e], column)] += copies
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        mails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        wanted = Counter()
        for value in {h164.mail(row), h164.pec(row)} - {""}:
            wanted[value] = _copies(text, value, r"[\w.@-]")
        assert mails == wanted, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h164.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:telefono": 254, "international:fax": 133, "national:telefono": 7,
        "national:fax": 2, "register": 383,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """200 rows, each with a ``telefono`` of six digits or more; most numbers begin with
    ``+39 ``; the addresses kept name an office or the comune, the others were set to null
    and counted."""
    d = h164.data()
    rows = d["rows"]
    assert len(rows) == 200
    for row in rows:
        digits = [c for c in row["fields"]["telefono"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert all(isinstance(v, str | None) for v in row["fields"].values())
    assert sum(h164.phone(row).startswith("+39 ") for row in rows) == 196
    assert d["dropped"] == {"mail": 19, "pec": 1}
    assert sum(bool(h164.mail(row)) for row in rows) == 181
    assert sum(bool(h164.pec(row)) for row in rows) == 199


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The comune's name and province code stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        name = escape(h164.name(row))
        found = [m.start() for m in re.finditer(re.escape(name), r["text"])]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]
        assert f"({h164._f(row, 'prov')})" in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, pec = h164.phone(row), h164.fax(row), h164.mail(row), h164.pec(row)
        if r["layout"] == "io_service_json":
            meta = json.loads(text)["service_metadata"]
            assert meta["phone"] == tel and meta["scope"] == "LOCAL"
            assert meta.get("email", "") == mail and meta.get("pec", "") == pec
            assert f"tel. {tel}" in meta["description"]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "segnatura_xml":
            assert root.tag == f"{SEGNATURA}Segnatura"
            unit = root.find(f".//{SEGNATURA}UnitaOrganizzativa")
            assert unit.findtext(f"{SEGNATURA}Telefono") == tel
            assert unit.findtext(f"{SEGNATURA}Fax") == (fax or None)
            origin = root.findtext(f"{SEGNATURA}Intestazione/{SEGNATURA}Origine/"
                                   f"{SEGNATURA}IndirizzoTelematico")  # fmt: skip
            assert origin == (pec or mail)
        elif r["layout"] == "spid_sp_metadata":
            assert root.tag == f"{MD}EntityDescriptor"
            contact = root.find(f"{MD}ContactPerson")
            assert contact.get("contactType") == "other"
            assert contact.find(f"{MD}Extensions/{SPID}Public") is not None
            assert contact.findtext(f"{MD}TelephoneNumber") == tel
            assert contact.findtext(f"{MD}EmailAddress") == (mail or pec)
        else:
            assert root.tag == "phonebooks"
            contact = root.find("phonebook/contact")
            got = {n.get("type"): n.text for n in contact.find("telephony")}
            assert got == {"work": tel, **({"fax_work": fax} if fax else {})}
            emails = {e.get("classifier"): e.text for e in contact.iter("email")}
            assert emails == {k: v for k, v in (("work", mail), ("other", pec)) if v}


def test_provenance():
    sources = h164.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "lukes1582/dati_sql"
    assert it["commit"] == "2a9cd37243b2d23ea3830eca329e2c2470403b9b"
    assert it["path"] == "bb_elenco_contatti_comuni_italiani.sql"
    assert "not confirmed" in it["licence"] and it["publisher"]
    assert Counter(r["country"] for r in h164.data()["rows"]) == {"IT": 200}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h164, "held_out_164", tmp_path)
