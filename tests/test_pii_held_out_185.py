"""held_out_185 of the PII evaluation set (scripts/pii_held_out_185.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real
``telefoon`` field, copied unchanged, each copy labelled; every labelled e-mail address is the
row's; the KBO number and web page are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import be_abb_contacts_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_185 as h185  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DCAT = "{http://www.w3.org/ns/dcat#}"
DCT = "{http://purl.org/dc/terms/}"
VCARD = "{http://www.w3.org/2006/vcard/ns#}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
SP = "{http://schemas.microsoft.com/sharepoint/soap/}"
# the copies of the number and of the e-mail address each layout writes
COPIES = {
    "dcat_ap_vl": (2, 2),
    "mu_delta": (1, 1),
    "wegwijs_api": (1, 1),
    "sharepoint_caml": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h185.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h185.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h185.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h185.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:BE"
    assert Counter(r["layout"] for r in records) == {layout: 80 for layout in h185.LAYOUTS}


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each copy of the row's number is labelled under ``telefoon`` (all are personal by the
    policy: nine digits or more) and each copy of its e-mail address as one; nothing else is,
    and there is no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h185.phone(row), h185.email(row)
        phones, emails = COPIES[r["layout"]]
        assert text.count(tel) == phones, r["id"]
        assert [tel[s:e] for s, e in numbers(tel)] == [tel]
        assert personal_phone(tel, "BE")
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert labelled == [(tel, h185.PHONE)] * phones, r["id"]
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert got == ([mail] * emails if mail else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h185.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:telefoon": 320, "national:telefoon": 160, "register": 388,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept ``telefoon`` is a Belgian number of nine digits (a ``tel:`` URI with ``+32``
    and eight digits, ``+32`` and eight, or the trunk ``0`` and eight), no mobile; 186
    municipalities and OCMWs, 60 companies, 41 zones, 33 associations; no e-mail of a
    person's."""
    rows = h185.data()["rows"]
    assert Counter(row["kind"] for row in rows) == {
        "gemeente": 186, "agb_apb": 60, "pz_hvz": 41, "igs": 33,
    }  # fmt: skip
    shapes = Counter(re.sub(r"(?<=\+32)\d{8}|(?<=^0)\d{8}", "n", row["fields"]["telefoon"])
                     for row in rows)  # fmt: skip
    assert shapes == {"tel:+32n": 186, "+32n": 28, "0n": 106}
    for row in rows:
        assert not extractor._mobile(row["fields"]["telefoon"])
        assert set(row["fields"]) <= {"KBO nummer", "telefoon", "e-mail", "website"}
        assert re.fullmatch(r"0\d{9}", row["fields"]["KBO nummer"])
        mail = row["fields"].get("e-mail", "")
        assert mail.split("@")[0] not in extractor.PERSONAL
    assert sum("e-mail" not in row["fields"] for row in rows) == 10
    assert sum("website" not in row["fields"] for row in rows) == 5


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout in ("mu_delta", "wegwijs_api"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value.replace("&", "&amp;")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The KBO number and web page stand in every record's text (where the row has them),
    outside the labels."""
    for r in records:
        for key in ("KBO nummer", "website"):
            value = _encoded(r["layout"], h185._f(_row(r), key))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], key)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], key)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        field, tel, mail = h185.published_phone(row), h185.phone(row), h185.email(row)
        kbo = h185._f(row, "KBO nummer")
        if r["layout"] == "dcat_ap_vl":
            root = ET.fromstring(text.encode("utf-8"))
            dataset = root.find(f"{DCAT}Dataset")
            org = dataset.find(f"{DCAT}contactPoint/{VCARD}Organization")
            assert org.find(f"{VCARD}hasTelephone").get(f"{RDF}resource") in (field, f"tel:{tel}")
            if mail:
                assert org.find(f"{VCARD}hasEmail").get(f"{RDF}resource") == f"mailto:{mail}"
            publisher = dataset.find(f"{DCT}publisher").get(f"{RDF}resource")
            assert publisher == f"http://data.vlaanderen.be/id/organisatie/{kbo}"
            assert dataset.findtext(f"{DCT}description").endswith(f"telefonisch op {tel}.")
        elif r["layout"] == "mu_delta":
            (changes,) = json.loads(text)
            assert set(changes) == {"deletes", "inserts"}
            objects = {t["predicate"]["value"]: t["object"]["value"] for t in changes["inserts"]}
            assert objects["http://schema.org/telephone"] == field
            assert objects.get("http://schema.org/email", "") == mail
            lokaal = "https://data.vlaanderen.be/ns/generiek#lokaleIdentificator"
            assert objects[lokaal] == kbo
            for triple in (*changes["deletes"], *changes["inserts"]):
                assert set(triple) == {"subject", "predicate", "object", "graph"}
        elif r["layout"] == "wegwijs_api":
            doc = json.loads(text)
            assert re.fullmatch(r"OVO\d{6}", doc["ovoNumber"]) and doc["kboNumber"] == kbo
            contacts = {c["contactTypeName"]: c["value"] for c in doc["contacts"]}
            assert contacts["Telefoon"] == field
            assert contacts.get("Email", "") == mail
        else:
            root = ET.fromstring(text.encode("utf-8"))
            method = root.find(f"{SOAP}Body/{SP}UpdateListItems/{SP}updates/{SP}Batch/{SP}Method")
            assert method.get("Cmd") == "Update"
            fields = {f.get("Name"): f.text for f in method.findall(f"{SP}Field")}
            assert fields["Telefoon"] == field and fields["KBO_x0020_nummer"] == kbo
            assert fields.get("E_x002d_mail", "") == mail
            assert fields["Opmerking"].endswith(f"het algemeen nummer {tel} is correct.")


def test_the_extractor_reads_blocks_as_the_migrations_write_them():
    """A block of the register's migrations gives its KBO number, telephone, e-mail and page."""
    block = (
        "\n  DELETE {\n    GRAPH <g> { ?contact <http://schema.org/telephone> ?phone . }\n  }\n"
        "  INSERT {\n    GRAPH <g> {\n"
        '      ?contact <http://schema.org/telephone> "092780412" .\n'
        '      ?contact <http://xmlns.com/foaf/0.1/page> "https://www.zonemeetjesland.be" .\n'
        '      ?contact <http://schema.org/email> "onthaal@zonemeetjesland.be" .\n'
        "    }\n  }\n  WHERE {\n"
        '    ?id <https://data.vlaanderen.be/ns/generiek#lokaleIdentificator> "0500927596" .\n'
        "  }\n"
    )
    fields = {
        "KBO nummer": "0500927596",
        "telefoon": "092780412",
        "e-mail": "onthaal@zonemeetjesland.be",
        "website": "https://www.zonemeetjesland.be",
    }
    assert extractor.blocks(block * 2) == [fields, fields]
    assert extractor._mobile("0473964880") and extractor._mobile("+32479600028")
    assert not extractor._mobile("tel:+3243819940") and not extractor._mobile("043819999")


def test_provenance():
    sources = h185.data()["sources"]
    assert set(sources) == {"BE"}
    be = sources["BE"]
    assert be["repository"] == "lblod/app-organization-portal"
    assert be["commit"] == "c133c4e0d910364f88d5e2772c9580da6ff1b16e"
    assert len(be["paths"]) == 7 and all(p.endswith(".sparql") for p in be["paths"])
    assert "not confirmed" in be["licence"] and be["publisher"]
    rows = h185.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BE": 320}
    assert all(r["path"].rsplit("#", 1)[0] in be["paths"] for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h185, "held_out_185", tmp_path)
