"""held_out_195 of the PII evaluation set (scripts/pii_held_out_195.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address the row's real e-mail field, copied unchanged, each copy
labelled; the name and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_195 as h195  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

WMS = "{http://www.opengis.net/wms}"
T = "{http://schemas.microsoft.com/exchange/services/2006/types}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h195.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h195.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h195.data()["rows"]) == 260
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h195.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "wms_capabilities": 65, "invoicexpress_client": 65, "thunderbird_mork": 65,
        "ews_contact": 65,
    }  # fmt: skip


def test_field_numbers_keep_a_lines_other_endings_with_it():
    assert h195.field_numbers("220949331/2/3") == ["220949331/2/3"]
    assert h195.field_numbers("239 506 470 / 239 506 476") == ["239 506 470", "239 506 476"]
    assert h195.field_numbers("21 384 64 00") == ["21 384 64 00"]
    assert h195.field_numbers("213\xa0846 400") == ["213\xa0846 400"]


def test_every_copy_of_each_field_is_labelled_unchanged(records):
    """Each number of the phone and fax fields and the e-mail address (and its lower-case
    copy) is labelled wherever it stands, under its column (a fax number that repeats a phone
    number under the phone's); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h195.field_numbers(h195.phone(row))
        fax = [v for v in h195.field_numbers(h195.fax(row)) if v not in tel]
        expected: Counter = Counter()
        for column, values in ((h195.PHONE, tel), (h195.FAX, fax)):
            for value in set(values):
                assert personal_phone(value, "PT")
                expected[(value, column)] += text.count(value)
        both = set(h195.field_numbers(h195.fax(row)))
        assert all(text.count(v) == 2 + (v in both) for v in tel), r["id"]
        assert all(text.count(v) == 1 for v in fax), r["id"]
        mail = h195.email(row)
        for value in dict.fromkeys([mail, mail.lower()]) if mail else ():
            expected[(value, "register")] += text.count(value)
        got = Counter((text[s:e], kind.split(":")[-1]) for s, e, _, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_labels_by_kind(records):
    kinds = phone_kinds(records, h195.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefone": 521, "national:FAX": 254, "register": 305}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of seven digits or more, no notary's office is
    kept, every kept address is on the courts' or the Ministry's domains, and the fields are
    strings as the file gives them (five phone fields with blanks around, kept)."""
    rows = h195.data()["rows"]
    assert Counter(row["fields"]["Tipo"] for row in rows) == {
        "1": 164, "2": 72, "7": 9, "3": 8, "5": 4, "4": 3,
    }  # fmt: skip
    for row in rows:
        assert all(sum(c.isdigit() for c in v) >= 7 for v in h195.field_numbers(h195.phone(row)))
        assert not row["fields"]["Nome"].strip().startswith("Cartório Notarial")
        if h195.email(row):
            assert re.fullmatch(r"[\w.-]+@(?:[a-z0-9-]+\.)*(?:mj\.pt|tribunais\.org\.pt)",
                                h195.email(row))  # fmt: skip
    assert sum(row["fields"]["Telefone"] != h195.phone(row) for row in rows) == 5
    assert sum(bool(h195.email(row)) for row in rows) == 245
    assert sum(bool(h195.fax(row)) for row in rows) == 255
    assert not any(h195.phone(row).startswith("+") for row in rows)


def _mork_text(value: str) -> str:
    """``value`` as a Mork atom writes it."""
    return h195._mork(value)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (JSON string, Mork atom or XML text)."""
    if layout == "invoicexpress_client":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "thunderbird_mork":
        return _mork_text(value)
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h195._f(row, "Nome"), h195._postcode(row)[0]):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def _mork_atoms(text: str) -> dict[str, str]:
    """The atoms of a Mork group (``(81=...)``), unescaped."""
    group = text.split("@$${", 1)[1]
    body = re.search(r"\n<(.*?)>\n\{", group, re.S).group(1)
    atoms = {}
    for key, raw in re.findall(r"\(([0-9A-F]+)=((?:\\.|[^)\\])*)\)", body.replace("\n  ", "")):
        raw = re.sub(r"\\(.)", r"\1", raw)
        atoms[key] = re.sub(
            r"((?:\$[0-9A-F]{2})+)",
            lambda m: bytes.fromhex(m.group(1).replace("$", "")).decode("utf-8"),
            raw,
        )
    return atoms


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, Mork by its
    atoms and the card's cells), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h195.phone(row), h195.fax(row), h195.email(row)
        name = h195._f(row, "Nome")
        if r["layout"] == "wms_capabilities":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{WMS}WMS_Capabilities" and root.get("version") == "1.3.0"
            info = root.find(f"{WMS}Service/{WMS}ContactInformation")
            assert info.findtext(f"{WMS}ContactVoiceTelephone") == tel
            assert info.findtext(f"{WMS}ContactFacsimileTelephone") == (fax or None)
            assert info.findtext(f"{WMS}ContactElectronicMailAddress") == (mail or None)
            org = info.findtext(f"{WMS}ContactPersonPrimary/{WMS}ContactOrganization")
            assert org == name
            assert root.findtext(f"{WMS}Service/{WMS}Abstract").endswith(f": {tel}.")
        elif r["layout"] == "invoicexpress_client":
            client = json.loads(text)["client"]
            assert client["phone"] == client["preferred_contact"]["phone"] == tel
            assert client["fax"] == fax and client["email"] == mail
            assert client["name"] == name
            nif = client["fiscal_id"]
            check = 11 - sum(int(c) * (9 - i) for i, c in enumerate(nif[:8])) % 11
            assert nif.startswith("600") and int(nif[8]) == (0 if check >= 10 else check)
        elif r["layout"] == "thunderbird_mork":
            assert text.startswith('// <!-- <mdb:mork:z v="1.4"/> -->\n')
            atoms = _mork_atoms(text)
            col = {c: f"{0x80 + i:X}" for i, c in enumerate(h195.MORK_COLUMNS)}
            cells = dict(re.findall(r"\(\^([0-9A-F]+)\^([0-9A-F]+)\)", text.split("@$${")[1]))
            assert atoms[cells[col["WorkPhone"]]] == tel
            assert atoms[cells[col["DisplayName"]]] == name
            assert atoms[cells[col["Notes"]]].endswith(f"tel. {tel}")
            if fax:
                assert atoms[cells[col["FaxNumber"]]] == fax
            if mail:
                assert atoms[cells[col["PrimaryEmail"]]] == mail
                assert atoms[cells[col["LowercasePrimaryEmail"]]] == mail.lower()
        else:
            root = ET.fromstring(text.encode("utf-8"))
            contact = root.find(f".//{T}Contact")
            phones = {e.get("Key"): e.text for e in contact.find(f"{T}PhoneNumbers")}
            assert phones == {"BusinessPhone": tel, **({"BusinessFax": fax} if fax else {})}
            emails = contact.find(f"{T}EmailAddresses")
            assert (emails[0].text if emails is not None else "") == mail
            assert contact.findtext(f"{T}DisplayName") == name
            assert contact.findtext(f"{T}Body").startswith(f"Secretaria: {tel}.")


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h195.data()["sources"]
    assert set(sources) == {"PT"}
    pt = sources["PT"]
    assert pt["repository"] == "scsx/geoapi_pt"
    assert pt["commit"] == "d8867309d3f225fdeeb22e43d9dfa55bfae93394"
    assert pt["paths"] == ["data/MinisterioJustica_Equipamentos_TodosEquipamentos_PT.json"]
    assert "not confirmed" in pt["licence"] and pt["publisher"]
    rows = h195.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 260}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h195, "held_out_195", tmp_path)
