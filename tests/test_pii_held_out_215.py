"""held_out_215 of the PII evaluation set (scripts/pii_held_out_215.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, every labelled e-mail an address of its e-mail field, copied unchanged, each copy
labelled; the office's name, CAP and codice fiscale are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_giudici_di_pace_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_215 as h215  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

NIR = "{http://www.normeinrete.it/nir/2.2/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h215.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h215.by_locale()[locale][n]


def _numbers(field: str) -> list[str]:
    return [field[s:e] for s, e in extractor.numbers(field)] if field else []


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h215.data()["rows"]) == 200
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h215.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "nir_decreto": 50, "easyfatt_xml": 50, "fattureincloud_client": 50, "brt_shipment": 50,
    }  # fmt: skip


def test_a_field_reads_as_its_numbers_notes_and_endings():
    """The list's shapes: a number after its area code and a hyphen, notes in brackets, numbers
    run together after a note, alternatives of six digits or more after a slash (a number of
    their own), shorter endings (none); fields that run numbers together digit to digit or
    hold words outside brackets are not read."""
    assert _numbers("0862 - 204981") == ["0862 - 204981"]
    assert _numbers("071-2899901 (centralino)") == ["071-2899901"]
    assert _numbers("0141 - 388600 (centralino)0141 - 388135 (cancelleria civile)") == [
        "0141 - 388600", "0141 - 388135",
    ]  # fmt: skip
    assert _numbers("0471 - 982387 / 976911") == ["0471 - 982387", "976911"]
    assert _numbers("0736 - 329216/329229") == ["0736 - 329216", "329229"]
    assert _numbers("0187 - 595122 / 3 / 4 (cancelleria penale)") == ["0187 - 595122"]
    assert _numbers("089856045") == ["089856045"]
    assert not extractor.clean("095 - 686589095 - 686376")
    assert not extractor.clean("cancelleria civile: 0424 - 1234567")


def _expected(row: dict, layout: str) -> tuple[Counter, Counter]:
    """(phones by (number, column), e-mail addresses) the layout writes of the row."""
    phone, fax = h215.phone(row), h215.fax(row)
    phones, mails = Counter(), Counter()
    if layout == "nir_decreto":
        phones.update((n, h215.PHONE) for n in _numbers(phone))
        phones.update((n, h215.FAX) for n in _numbers(fax))
        mails.update(h215.emails(row))
    elif layout in ("easyfatt_xml", "fattureincloud_client"):
        phones.update((n, h215.PHONE) for n in [*_numbers(phone), h215.first(phone)])
        if fax:
            phones.update((n, h215.FAX) for n in [*_numbers(fax), h215.first(fax)])
        mails.update(a for a in (h215.mailbox(row), h215.pec(row)) if a)
    else:
        phones[(h215.first(phone), h215.PHONE)] += 1
        address = h215.mailbox(row) or h215.pec(row)
        if address:
            mails[address] += 1
    return phones, mails


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields and each e-mail address is labelled wherever the
    layout writes it, under its column; no copy of one stands unlabelled; nothing else is
    labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        phones, mails = _expected(row, r["layout"])
        got_phones = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        got_mails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got_phones == phones, r["id"]
        assert got_mails == mails, r["id"]
        for value in {n for n, _ in phones} | set(mails):
            for m in re.finditer(rf"(?<![\w.@-]){re.escape(value)}(?![\w@])", text):
                assert any(s <= m.start() and m.end() <= e for s, e, *_ in r["spans"]), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h215.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefono": 354, "national:Fax": 275, "register": 156}


def test_the_data_keeps_the_published_shape():
    """Every kept office's phone field, and fax field where it has one, reads cleanly; the
    fields are the list's strings; the one address that names a person is left out; the
    offices' own addresses stay."""
    rows = h215.data()["rows"]
    assert len(rows) == 200
    for row in rows:
        fields = row["fields"]
        assert extractor.clean(fields["Telefono"])
        assert "Fax" not in fields or extractor.clean(fields["Fax"])
        assert re.fullmatch(r"Giudice di Pace (di|della|dell'|del) ?\S.*", fields["Ufficio"])
        assert re.fullmatch(r".+, .+ \d{5}", fields["Indirizzo"])
        assert all(isinstance(v, str) for v in fields.values())
        assert fields["Numero"] not in extractor.PERSONAL or "Email" not in fields
    mails = [a for row in rows for a in h215.emails(row)]
    assert len(mails) == 159
    assert all(
        re.fullmatch(r"(gdp|prot\.gdp|gpace)\.[a-z]+@(giustizia|giustiziacert|tiscali)\.it", a)
        or re.fullmatch(r"gdp[a-z]+@regione\.taa\.it", a)
        for a in mails
    )
    assert sum(len(_numbers(row["fields"]["Telefono"])) > 1 for row in rows) == 35


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, CAP and codice fiscale stand in every record's text (the codice
    fiscale where the list gives one), outside the labels."""
    for r in records:
        row = _row(r)
        values = [h215._f(row, "Ufficio"), h215.address(row)[2], h215._f(row, "Codice Fiscale")]
        for value in filter(None, values):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        phone, fax = h215.phone(row), h215.fax(row)
        if r["layout"] == "nir_decreto":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{NIR}NIR" and root.get("tipo") == "originale"
            act = root.find(f"{NIR}AttoDiAutorita")
            urn = act.find(f"{NIR}meta/{NIR}descrittori/{NIR}urn").get("valore")
            assert re.fullmatch(r"urn:nir:ufficio\.giudice\.pace\.[a-z0-9.]+:decreto:"
                                r"2024-\d\d-\d\d;\d+", urn)  # fmt: skip
            bodies = [c.findtext(f"{NIR}corpo") for c in act.iter(f"{NIR}comma")]
            assert any(b.endswith(f": {phone}.") for b in bodies), r["id"]
            assert not fax or any(b.endswith(f"fax {fax}.") for b in bodies), r["id"]
        elif r["layout"] == "easyfatt_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "EasyfattDocuments" and root.get("AppVersion") == "2"
            doc = root.find("Documents/Document")
            assert doc.findtext("DocumentType") == "C"
            assert doc.findtext("CustomerName") == h215.office(row)
            assert doc.findtext("CustomerTel") == h215.first(phone)
            assert (doc.findtext("CustomerFax") or "") == h215.first(fax)
            assert f"tel. {phone}" in doc.findtext("InternalComment")
            lines = sum(float(x.findtext("Total")) for x in doc.iter("Row"))
            assert f"{lines:.2f}" == doc.findtext("TotalWithoutTax")
        elif r["layout"] == "fattureincloud_client":
            client = json.loads(text)["data"]
            assert client["type"] == "pa" and client["name"] == h215.office(row)
            assert client["phone"] == h215.first(phone) and client["fax"] == h215.first(fax)
            assert client["notes"].startswith(f"Recapiti: tel. {phone}")
            assert client["tax_code"] == h215._f(row, "Codice Fiscale")
        else:
            request = json.loads(text)
            data = request["createData"]
            assert data["consigneeTelephone"] == h215.first(phone)
            assert data["consigneeZIPCode"] == h215.address(row)[2]
            assert data["consigneeEMail"] == (h215.mailbox(row) or h215.pec(row))
            assert data["senderCustomerCode"] == int(request["account"]["userID"])


def test_provenance():
    sources = h215.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "RiccardoRomagnoli/clamo"
    assert it["commit"] == "c386a7f2700a6290693d4f290629a57bf14f6d23"
    assert it["paths"] == ["src/utils/giudici-pace.ts"]
    assert "not confirmed" in it["licence"] and "Ministero della Giustizia" in it["publisher"]
    rows = h215.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 200}
    indices = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert indices == sorted(indices) and len(set(indices)) == 200


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h215, "held_out_215", tmp_path)
