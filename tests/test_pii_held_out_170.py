"""held_out_170 of the PII evaluation set (scripts/pii_held_out_170.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; every e-mail address is the row's; the name and
address are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_170 as h170  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

IPTC = "{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h170.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h170.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h170.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h170.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h170.LAYOUTS, 125)


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column, and the e-mail address wherever it stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        # a number inside the other field's copy is that field's (``+4350477`` in the fax
        # ``+4350477-2400``): the longer field is taken first
        taken: list[tuple[int, int]] = []
        fields = sorted(((h170.PHONE, h170.phone(row)), (h170.FAX, h170.fax(row))),
                        key=lambda cv: -len(cv[1]))  # fmt: skip
        for column, value in fields:
            if not value:
                continue
            found = [m.span() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", text)]
            found = [(s, e) for s, e in found if not any(a <= s and e <= b for a, b in taken)]
            taken += found
            copies = len(found)
            assert copies == (1 if column == h170.PHONE or r["layout"] == "fritzbox_phonebook"
                              else 0), (r["id"], column)  # fmt: skip
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "AT") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == ([h170.email(row)] if h170.email(row) else []), r["id"]
        assert not r["unscored"]


def test_labels_by_kind(records):
    kinds = phone_kinds(records, h170.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:Tel": 500, "international:Fax": 95, "register": 489}


def test_the_data_keeps_the_published_shape():
    """500 rows, each with one number in ``Tel`` (the calling code, ``+43`` in all but one, and
    the number, a spreadsheet's text marker before 88 of them), a fax in 360, an office
    address in 489; no address that names a person is kept."""
    rows = h170.data()["rows"]
    assert Counter(r["path"].split("/")[0] for r in rows) == {
        "wien": 146, "bund": 94, "oberoesterreich": 44, "niederoesterreich": 42, "tirol": 41,
        "steiermark": 33, "salzburg": 32, "kaernten": 28, "burgenland": 21, "vorarlberg": 19,
    }  # fmt: skip
    assert not any(r["path"].startswith("privat/") for r in rows)
    assert sum(not h170.phone(r).startswith("+43") for r in rows) == 1  # CEU's Budapest number
    for row in rows:
        tel = h170.phone(row)
        assert tel.startswith("+") and [tel[s:e] for s, e in numbers(tel)] == [tel]
        assert row["fields"]["Tel"].strip().endswith(tel)
    assert sum(row["fields"]["Tel"] != h170.phone(row) for row in rows) == 88
    assert sum(bool(h170.fax(r)) for r in rows) == 360
    assert sum(bool(h170.email(r)) for r in rows) == 489
    import at_authorities_data as extractor

    assert not any(h170.email(r) in extractor.PERSONAL for r in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text, or as it stands)."""
    if layout == "cyclonedx_sbom":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "security_txt":
        return value
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for value in (h170.name(_row(r)), h170._f(_row(r), "Adresse")):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; security.txt
    by RFC 9116's field lines), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail = h170.phone(row), h170.fax(row), h170.email(row)
        if r["layout"] == "security_txt":
            fields = [ln.split(": ", 1) for ln in text.splitlines() if ln and ln[0] != "#"]
            assert {k for k, _ in fields} <= {"Contact", "Expires", "Preferred-Languages",
                                              "Canonical", "Policy"}  # fmt: skip
            contacts = [v for k, v in fields if k == "Contact"]
            assert contacts == [
                *([f"mailto:{mail}"] if mail else []),
                *([f"tel:{tel}"] if h170.TEL_URI.fullmatch(tel) else []),
            ]
            if not h170.TEL_URI.fullmatch(tel):
                assert f"\n# Telefon: {tel}\n" in text
            assert sum(k == "Expires" for k, _ in fields) == 1
        elif r["layout"] == "xmp_sidecar":
            body = text.split("\n", 1)[1].rsplit("<?xpacket", 1)[0]
            root = ET.fromstring(body)
            info = root.find(f"{RDF}RDF/{RDF}Description/{IPTC}CreatorContactInfo")
            assert info.findtext(f"{IPTC}CiTelWork") == tel
            assert info.findtext(f"{IPTC}CiEmailWork") == (mail or None)
            assert info.findtext(f"{IPTC}CiAdrPcode") == h170._f(row, "PLZ")
        elif r["layout"] == "cyclonedx_sbom":
            doc = json.loads(text)
            assert doc["bomFormat"] == "CycloneDX" and doc["specVersion"] == "1.6"
            supplier = doc["metadata"]["supplier"]
            assert supplier["name"] == h170.name(row)
            assert supplier["contact"][0]["phone"] == tel
            assert supplier["contact"][0].get("email") == (mail or None)
            assert all(c["purl"].endswith("@" + c["version"]) for c in doc["components"])
        else:
            root = ET.fromstring(text.encode("utf-8"))
            contact = root.find("phonebook/contact")
            assert contact.findtext("person/realName") == h170.name(row)
            got = {n.get("type"): n.text for n in contact.find("telephony")}
            assert got == {"work": tel, **({"fax_work": fx} if fx else {})}
            assert contact.findtext("services/email") == (mail or None)


def test_provenance():
    sources = h170.data()["sources"]
    assert set(sources) == {"AT"}
    at = sources["AT"]
    assert at["repository"] == "cyber-perikarp/auskunftsbegehren_at_adressen"
    assert at["commit"] == "63cc65c8ba37d881c67f18db016ca05dc8fe36e0"
    assert len(at["paths"]) == 36 and not any(p.startswith("privat/") for p in at["paths"])
    assert at["licence"].startswith("CC BY-SA 4.0") and at["publisher"]
    rows = h170.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AT": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h170, "held_out_170", tmp_path)
