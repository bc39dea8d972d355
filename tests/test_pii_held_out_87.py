"""held_out_87 of the PII evaluation set (scripts/pii_held_out_87.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the row's e-mail address labelled; the
branch's name, code and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import gzip
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

import pii_held_out_87 as h87  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.part_copies import copies  # noqa: E402

PAIN = "{urn:iso:std:iso:20022:tech:xsd:pain.001.001.09}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h87.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h87.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h87.data()["rows"]) == 216
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h87.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ofx_profile": 54, "iso20022_pain001": 54, "gelf_messages": 54, "recutils_rec": 54,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone field (``(049) 36 78 43 - (049) 36 78 42`` holds two) and of
    the fax field is labelled wherever the field stands if a person could hold it, a
    distractor if not, and nothing else is; the shorter field inside a copy of the longer goes
    with it (of two equal fields, with the phone)."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        fields = [("phone", h87.phone(row))] + ([("fax", h87.fax(row))] if h87.fax(row) else [])
        fields.sort(key=lambda cv: -len(cv[1]))
        taken: list[tuple[int, int]] = []
        places = {}
        for column, value in fields:
            places[column] = copies(text, value, taken)
            taken += places[column]
        assert places["phone"] or h87.phone(row) in h87.fax(row), r["id"]
        assert re.search(r"\d", h87.phone(row)), r["id"]
        expected, short = Counter(), Counter()
        for column, value in fields:
            for s, e in numbers(value):
                number = value[s:e]
                target = expected if personal_phone(number, "DZ") else short
                target[(column, number)] += len(places[column])
        labelled = Counter(
            (kind.split(":")[1], text[s:e]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            {number: n for (_, number), n in short.items()}
        ), r["id"]
        assert not r["unscored"]
        total.update(kind for *_, t, kind in r["spans"] if t == "PHONE_NUMBER")
    assert total == {"national:phone": 597, "national:fax": 266}
    assert sum(len(r["distractors"]) for r in records) == 22


def test_every_email_address_is_labelled_unchanged(records):
    count = 0
    for r in records:
        text, address = r["text"], h87.email(_row(r))
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        expected = Counter({address: len(copies(text, address, []))} if address else {})
        assert labelled == expected, r["id"]
        assert all(expected.values()), r["id"]
        count += sum(labelled.values())
    assert count == 209


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith(("+", "00"))
                assert kind.split(":")[0] == ("international" if intl else "national")
            else:
                assert kind == "register"


def test_the_name_code_postcode_and_coordinates_are_in_the_text_and_unlabelled(records):
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        values = [h87.name(row), h87.code(row), h87._f(row, "address")]
        values += [h87.postcode(row)] if h87.postcode(row) else []
        values += [] if r["layout"] == "iso20022_pain001" else [h87._f(row, "lat")]
        xml = r["layout"] in ("ofx_profile", "iso20022_pain001")
        for value in (escape(v) for v in values) if xml else values:
            # standing on its own (the code also stands inside the e-mail address)
            found = [
                m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w@])", text)
            ]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _rec(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The descriptor's and the one record's fields of a recutils file: ``Name: value`` lines,
    comments and blank lines between them."""
    blocks = [
        [line for line in block.split("\n") if not line.startswith("#")]
        for block in text.strip("\n").split("\n\n")
    ]
    blocks = [b for b in blocks if b]
    assert len(blocks) == 2
    parsed = []
    for block in blocks:
        fields = []
        for line in block:
            m = re.fullmatch(r"(%?[A-Za-z][A-Za-z0-9_]*): (.+)", line)
            assert m, line
            fields.append((m.group(1), m.group(2)))
        parsed.append(fields)
    return parsed[0], parsed[1]


def test_the_documents_are_well_formed(records):
    """The OFX file is XML whose profile gives the fields in ``CSPHONE``, ``FAXPHONE`` and
    ``EMAIL``; the pain.001 message is XML in its namespace whose debtor's ``CtctDtls`` give
    them; the GELF messages are two JSON objects of version 1.1 with ``_agence_tel``,
    ``_agence_fax`` and ``_agence_email``; the recutils file has its descriptor and one record
    whose ``Tel``, ``Fax`` and ``Courriel`` are the fields and whose key and types hold."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "ofx_profile":
            assert text.startswith('<?xml version="1.0"') and '<?OFX OFXHEADER="200"' in text
            root = ET.fromstring(text)
            prof = root.find("PROFMSGSRSV1/PROFTRNRS/PROFRS")
            assert root.findtext("SIGNONMSGSRSV1/SONRS/STATUS/CODE") == "0"
            assert prof.findtext("FINAME") == h87.name(row)
            assert prof.findtext("ADDR1") == h87._f(row, "address")
            assert prof.findtext("CSPHONE") == h87.phone(row)
            assert (prof.findtext("FAXPHONE") or "") == h87.fax(row)
            assert (prof.findtext("EMAIL") or "") == h87.email(row)
            assert prof.findtext("COUNTRY") == "DZA"
        elif r["layout"] == "iso20022_pain001":
            root = ET.fromstring(text)
            assert root.tag == f"{PAIN}Document"
            hdr = root.find(f"{PAIN}CstmrCdtTrfInitn/{PAIN}GrpHdr")
            pmt = root.find(f"{PAIN}CstmrCdtTrfInitn/{PAIN}PmtInf")
            amt = pmt.find(f"{PAIN}CdtTrfTxInf/{PAIN}Amt/{PAIN}InstdAmt")
            assert hdr.findtext(f"{PAIN}CtrlSum") == amt.text and amt.get("Ccy") == "DZD"
            dbtr = pmt.find(f"{PAIN}Dbtr")
            ctct = dbtr.find(f"{PAIN}CtctDtls")
            assert dbtr.findtext(f"{PAIN}Nm") == h87.name(row)
            assert ctct.findtext(f"{PAIN}PhneNb") == h87.phone(row)
            assert (ctct.findtext(f"{PAIN}FaxNb") or "") == h87.fax(row)
            assert (ctct.findtext(f"{PAIN}EmailAdr") or "") == h87.email(row)
            adr = dbtr.find(f"{PAIN}PstlAdr")
            assert adr.findtext(f"{PAIN}AdrLine") == h87._f(row, "address")
            accounts = [e.text for e in root.iter(f"{PAIN}Id") if e.text and len(e.text) == 20]
            assert len(accounts) == 2 and all(a.isdigit() for a in accounts)
        elif r["layout"] == "gelf_messages":
            lines = text.rstrip("\n").split("\n")
            first, second = (json.loads(line) for line in lines)
            assert first["version"] == second["version"] == "1.1"
            assert first["timestamp"] < second["timestamp"]
            assert first["_agence_tel"] == h87.phone(row)
            assert first["short_message"].endswith(f" : {h87.phone(row)}")
            assert second.get("_agence_fax", "") == h87.fax(row)
            assert second.get("_agence_email", "") == h87.email(row)
            assert first["_agence_nom"] == second["_agence_nom"] == h87.name(row)
            assert first["_call_id"] == second["_call_id"]
        else:
            descriptor, fields = _rec(text)
            got = dict(fields)
            assert len(got) == len(fields)
            assert dict(descriptor)["%rec"] == "Agence" and dict(descriptor)["%key"] == "Code"
            assert got["Code"].isdigit() and got["Guichets"].isdigit()
            assert all(re.fullmatch(r"-?\d+\.\d+", got[k]) for k in ("Lat", "Lon"))
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", got["MiseAJour"])
            assert got["Nom"] == h87.name(row) and got["Tel"] == h87.phone(row)
            assert got.get("Fax", "") == h87.fax(row)
            assert got.get("Courriel", "") == h87.email(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h87.data()["sources"]
    assert set(sources) == {"DZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h87.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DZ": 216}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert set(rows[0]["fields"]) == {
        "num", "name", "email", "address", "wilaya", "code_wil", "tel", "fax", "lon", "lat",
    }  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h87.write(rebuilt)
    assert rebuilt.read_bytes() == h87.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_87"
