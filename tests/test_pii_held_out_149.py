"""held_out_149 of the PII evaluation set (scripts/pii_held_out_149.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled, as is each copy of the office's e-mail address; the
annuaire's id and the name are in the text and unlabelled; each document is well formed in its
format) and are rebuilt byte for byte from the committed data. No recognizer runs here: the part
is scored from its committed file."""

from __future__ import annotations

import base64
import hashlib
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

import fr_annuaire_local_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_149 as h149  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("#id", "name")
RAM = "{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}"
TRIPLE = re.compile(r'(_:\w+) <([^>]+)> (<[^>]+>|_:\w+|"(?:[^"\\]|\\.)*"(?:@fr|\^\^<[^>]+>)?) \.')


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h149.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h149.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h149.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h149.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "warc_capture": 90, "kdl_document": 90, "cii_invoice": 90, "ntriples_graph": 90,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands (a fax
    that is the phone's own number as the phone), under its column, and each copy of the
    e-mail address; the layout writes each as often as it says; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h149.phone(row), h149.fax(row), h149.email(row)
        n_tel, n_fax, n_mail = h149.COPIES[r["layout"]]
        assert text.count(tel) == n_tel + (n_fax if fax == tel else 0), r["id"]
        expected = Counter()
        for s, e in numbers(tel):
            if personal_phone(tel[s:e], "FR"):
                expected[(tel[s:e], h149.PHONE)] += text.count(tel)
        if fax and fax != tel:
            assert text.count(fax) == n_fax, r["id"]
            for s, e in numbers(fax):
                if personal_phone(fax[s:e], "FR"):
                    expected[(fax[s:e], h149.FAX)] += n_fax
        phones = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(phones) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([mail] * n_mail if mail else []), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    entities = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    kinds = phone_kinds(records, h149.international, entities)
    assert kinds == {
        "national:Tél": 650, "international:Tél": 12, "national:Fax": 191,
        "international:Fax": 9, "register": 283,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept row's ``notes`` has the annuaire's shape with a phone field of seven digits
    or more and no field the layouts could not label; 180 town halls and 180 offices of other
    kinds; 232 faxes (32 the phone's own number); 283 office addresses, each naming an office;
    the values are strings as the files give them."""
    rows = h149.data()["rows"]
    assert Counter(h149.town_hall(row) for row in rows) == {True: 180, False: 180}
    for row in rows:
        assert extractor.parts(row["fields"]["notes"]) is not None
        tel, fax = h149.phone(row), h149.fax(row)
        assert sum(c.isdigit() for c in tel) >= 7 and not extractor.ODD.search(f"{tel} | {fax}")
    assert sum(bool(h149.fax(row)) for row in rows) == 232
    assert sum(h149.fax(row) == h149.phone(row) for row in rows) == 32
    mails = [h149.email(row) for row in rows if "request_email" in row["fields"]]
    assert len(mails) == 283 and all(extractor.office_address(m) for m in mails)
    assert sum(h149.phone(row).startswith("+") for row in rows) == 7


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (KDL or N-Triples string, XML or HTML text)."""
    if layout == "kdl_document":
        return h149._kdl(value)[1:-1]
    if layout == "ntriples_graph":
        return h149._nt(value)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The annuaire's id and the name stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h149._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _digest(block: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode("ascii")


def _warc_records(data: bytes) -> list[tuple[dict[str, str], bytes]]:
    """The records of a WARC file: each one's named fields and its block (by its length)."""
    out = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("utf-8").split("\r\n")
        assert lines[0] == "WARC/1.1"
        fields = dict(line.split(": ", 1) for line in lines[1:])
        size = int(fields["Content-Length"])
        block, data = rest[:size], rest[size:]
        assert data.startswith(b"\r\n\r\n")
        data = data[4:]
        out.append((fields, block))
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (WARC by its lengths and digests, KDL by its fixed
    shape, XML by the standard library, N-Triples line by line), the row's values where the
    format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h149.phone(row), h149.fax(row), h149.email(row)
        if r["layout"] == "warc_capture":
            (req, req_block), (resp, resp_block) = _warc_records(text.encode("utf-8"))
            assert req["WARC-Type"] == "request" and resp["WARC-Type"] == "response"
            assert req["WARC-Concurrent-To"] == resp["WARC-Record-ID"]
            assert req["WARC-Block-Digest"] == _digest(req_block)
            assert resp["WARC-Block-Digest"] == _digest(resp_block)
            head, _, body = resp_block.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200 OK\r\n")
            assert f"Content-Length: {len(body)}".encode() in head
            assert resp["WARC-Payload-Digest"] == _digest(body)
            page = body.decode("utf-8")
            assert f"<dd>{escape(tel)}</dd>" in page
            assert (f"<dd>{escape(fax)}</dd>" in page) == bool(fax)
            assert (f'href="mailto:{mail}"' in page) == bool(mail)
        elif r["layout"] == "kdl_document":
            lines = text.splitlines()
            assert lines[0].startswith("// ") and lines[-1] == "}"
            assert lines[1] == (f"organisme {h149._kdl(h149._f(row, '#id'))} "
                                f"type={h149._kdl(h149._f(row, 'tag_string'))} {{")  # fmt: skip
            assert text.count("{") == text.count("}") == 2
            assert f"    telephone {h149._kdl(tel)}" in lines
            assert (f"    fax {h149._kdl(fax)}" in lines) == bool(fax)
            assert (f"    courriel {h149._kdl(mail)}" in lines) == bool(mail)
        elif r["layout"] == "cii_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag.endswith("}CrossIndustryInvoice")
            buyer = root.find(f".//{RAM}BuyerTradeParty")
            assert buyer.findtext(f"{RAM}ID") == h149._f(row, "#id")
            contact = buyer.find(f"{RAM}DefinedTradeContact")
            path = f"{RAM}TelephoneUniversalCommunication/{RAM}CompleteNumber"
            assert contact.findtext(path) == tel
            path = f"{RAM}FaxUniversalCommunication/{RAM}CompleteNumber"
            assert contact.findtext(path) == (fax or None)
            path = f"{RAM}EmailURIUniversalCommunication/{RAM}URIID"
            assert contact.findtext(path) == (mail or None)
            lines = [float(e.text) for e in root.iter(f"{RAM}LineTotalAmount")]
            assert round(sum(lines[:-1]), 2) == lines[-1]
            assert root.findtext(f".//{RAM}IncludedNote/{RAM}Content").endswith(f" : {tel}.")
        else:
            found = {}
            for line in text.splitlines():
                m = TRIPLE.fullmatch(line)
                assert m, (r["id"], line)
                found.setdefault(m.group(2), []).append(m.group(3))
            assert found["https://schema.org/telephone"] == [h149._nt(tel)]
            assert found.get("https://schema.org/faxNumber", []) == ([h149._nt(fax)] if fax else [])
            assert found.get("https://schema.org/email", []) == ([h149._nt(mail)] if mail else [])


def test_provenance():
    sources = h149.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "okfnfr/dada-france-authorities"
    assert fr["commit"] == "6811933f508e4a97988d6a32a57c05b35edd0a49"
    assert fr["paths"] == [f"emails_valide{n}.csv" for n in (0, *range(5000, 50001, 5000))]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h149.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert json.dumps(sources, ensure_ascii=False) == json.dumps(extractor.SOURCES,
                                                                 ensure_ascii=False)  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h149, "held_out_149", tmp_path)
