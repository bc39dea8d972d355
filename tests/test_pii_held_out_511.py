"""held_out_511 of the PII evaluation set (scripts/pii_held_out_511.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax, PEC or mailbox, unchanged, each copy labelled; the comune's name and postcode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps
its rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
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

import it_comuni_ita_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_511 as h511  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DCAT = "{http://www.w3.org/ns/dcat#}"
DCATAPIT = "{http://dati.gov.it/onto/dcatapit#}"
DCT = "{http://purl.org/dc/terms/}"
VCARD = "{http://www.w3.org/2006/vcard/ns#}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
ORDER = "{urn:oasis:names:specification:ubl:schema:xsd:Order-2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h511.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h511.by_locale()[locale][n]


def _copies(layout: str, row: dict) -> tuple[int, int, int, int]:
    """Copies of (telefono, fax, pec, e-mail) a record of ``layout`` writes of ``row``."""
    fax, pec, mail = bool(h511.fax(row)), bool(h511.pec(row)), bool(h511.email(row))
    if layout == "ipa_uo_csv":
        return 2, 2 * fax, 2 * pec, 2 * mail
    if layout in ("send_notifica", "dcatapit_rdf"):
        return 1, fax, pec, mail
    # nso_ordine: the note's telephone and PEC, the contact's telephone and mailbox (the PEC
    # where the comune has no other)
    return 2, 0, pec + (pec and not mail), mail


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h511.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h511.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("it", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h511.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, the fax (where it is a line of its own), the PEC and the mailbox (where
    each is one address) are labelled wherever they stand, each whole, the numbers under their
    columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, pec, mail = h511.phone(row), h511.fax(row), h511.pec(row), h511.email(row)
        n_tel, n_fax, n_pec, n_mail = _copies(r["layout"], row)
        expected = Counter({(tel, "PHONE_NUMBER", f"{kind(tel)}:telefono"): n_tel})
        if fax:
            expected[(fax, "PHONE_NUMBER", f"{kind(fax)}:fax")] = n_fax
        if pec:
            expected[(pec, "EMAIL_ADDRESS", "register")] = n_pec
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == n_pec + n_mail, r["id"]
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def kind(value: str) -> str:
    return "international" if h511.international(value) else "national"


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h511.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:telefono": 447,
        "national:telefono": 3,
        "international:fax": 257,
        "register": 741,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is an Italian number as the comuni wrote it, nearly all after
    ``+39``, a number a person could hold, no two alike; the PECs and mailboxes are one
    address each where they are written; the objects are the register's own."""
    rows = h511.data()["rows"]
    tels = [h511.phone(row) for row in rows]
    assert all(personal_phone(tel, "IT") for tel in tels)
    assert sum(tel.startswith("+39") for tel in tels) == 297
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    assert sum(bool(h511.fax(row)) for row in rows) == 256
    assert sum(bool(h511.pec(row)) for row in rows) == 300
    assert sum(bool(h511.email(row)) for row in rows) == 292
    for row in rows:
        assert set(row["fields"]) >= {"codice", "nome", "cap", "provincia", "telefono", "fax"}
        assert re.fullmatch(r"\d{6}", row["fields"]["codice"])
        assert re.fullmatch(r"\d{5}", row["fields"]["cap"])


def test_the_extractor_keeps_its_rules():
    """No kept comune's telephone or fax is a number an earlier Italian part holds; the kept
    rows are in the file's order and name their place in it."""
    old = extractor.taken()
    rows = h511.data()["rows"]
    indexes = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert indexes == sorted(indexes) and all(
        row["path"].startswith(f"{extractor.PATH}#") for row in rows
    )
    for row in rows:
        tel = extractor.digits_of(row["fields"]["telefono"])
        fax = extractor.digits_of(row["fields"]["fax"] or "")
        assert len(tel) >= 7 and tel not in old and tel[2:] not in old
        assert not fax or fax not in old


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, a CSV field)."""
    if layout in ("dcatapit_rdf", "nso_ordine"):
        return escape(value)
    if layout == "send_notifica":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The comune's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in ("nome", "cap"):
            value = _encoded(r["layout"], h511._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV, JSON and XML by the standard library), the
    row's values where the format puts them, the invented codici fiscali's check digits
    right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, pec, mail = h511.phone(row), h511.fax(row), h511.pec(row), h511.email(row)
        name = h511.name(row)
        if r["layout"] == "ipa_uo_csv":
            units = list(csv.DictReader(io.StringIO(text)))
            assert len(units) == 2
            assert units[1]["Codice_uni_uo_padre"] == units[0]["Codice_uni_uo"]
            for unit in units:
                assert unit["Codice_IPA"] == f"c_{row['fields']['codiceCatastale'].lower()}"
                assert unit["Denominazione_ente"] == f"Comune di {name}"
                assert unit["Codice_comune_ISTAT"] == row["fields"]["codice"]
                assert h511.piva_ok(unit["Codice_fiscale_ente"])
                assert unit["Telefono"] == tel and unit["Fax"] == fax
                assert unit["Mail1"] == pec and unit["Tipo_Mail1"] == "Pec"
                assert unit["Mail2"] == mail and not unit["Nome_responsabile"]
        elif r["layout"] == "send_notifica":
            doc = json.loads(text)
            assert doc["senderDenomination"] == f"Comune di {name}"
            assert h511.piva_ok(doc["senderTaxId"])
            (recipient,) = doc["recipients"]
            assert recipient["recipientType"] == "PG" and h511.piva_ok(recipient["taxId"])
            assert recipient["physicalAddress"]["zip"] == row["fields"]["cap"]
            assert re.fullmatch(r"3\d{17}", recipient["payments"][0]["pagoPa"]["noticeCode"])
            assert f"tel. {tel}" in doc["abstract"] and len(doc["abstract"]) <= 1024
        elif r["layout"] == "dcatapit_rdf":
            root = ET.fromstring(text.encode("utf-8"))
            org = root.find(f"{DCATAPIT}Dataset/{DCAT}contactPoint/{DCATAPIT}Organization")
            mails = [e.get(f"{RDF}resource") for e in org.findall(f"{VCARD}hasEmail")]
            assert mails == [f"mailto:{m}" for m in (mail, pec) if m]
            voice = org.findtext(f"{VCARD}hasTelephone/{VCARD}Voice/{VCARD}hasValue")
            assert voice == tel
            assert (org.findtext(f"{VCARD}hasTelephone/{VCARD}Fax/{VCARD}hasValue") or "") == fax
            address = org.find(f"{VCARD}hasAddress/{VCARD}Address")
            assert address.findtext(f"{VCARD}postal-code") == row["fields"]["cap"]
            ident = root.findtext(f"{DCATAPIT}Dataset/{DCT}identifier")
            assert ident.startswith(f"c_{row['fields']['codiceCatastale'].lower()}:ds_")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{ORDER}Order"
            assert root.findtext(f"{CBC}ProfileID") == "urn:fdc:peppol.eu:poacc:bis:ordering:3"
            party = root.find(f"{CAC}BuyerCustomerParty/{CAC}Party")
            assert party.find(f"{CBC}EndpointID").get("schemeID") == "0201"
            legal = party.find(f"{CAC}PartyLegalEntity")
            assert legal.findtext(f"{CBC}RegistrationName") == f"Comune di {name}"
            assert h511.piva_ok(legal.findtext(f"{CBC}CompanyID"))
            assert party.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            assert party.findtext(f"{CAC}Contact/{CBC}ElectronicMail") == (mail or pec)
            postal = party.find(f"{CAC}PostalAddress")
            assert postal.findtext(f"{CBC}PostalZone") == row["fields"]["cap"]
            assert re.fullmatch(
                r"B[0-9A-F]{9}", root.findtext(f"{CAC}OriginatorDocumentReference/{CBC}ID")
            )
            total = root.find(f"{CAC}AnticipatedMonetaryTotal")
            net = float(total.findtext(f"{CBC}LineExtensionAmount"))
            tax = float(root.findtext(f"{CAC}TaxTotal/{CBC}TaxAmount"))
            assert abs(float(total.findtext(f"{CBC}PayableAmount")) - net - tax) < 0.006


def test_provenance():
    sources = h511.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "Samurai016/Comuni-ITA"
    assert it["commit"] == "e70ac2e03231ad0dd4453bfda819c482b421e8b2"
    assert it["paths"] == ["data/comuni.json"]
    assert "not confirmed" in it["licence"] and it["publisher"]
    rows = h511.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h511, "held_out_511", tmp_path)
