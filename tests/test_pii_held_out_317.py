"""held_out_317 of the PII evaluation set (scripts/pii_held_out_317.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, every labelled e-mail address the row's e-mail field, copied unchanged, each copy
labelled; the name, ODS code and postcode are in the text and unlabelled) and are rebuilt byte
for byte from the committed data. No recognizer runs here: the part is scored from its
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

import pii_held_out_317 as h317  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the hospital's identifiers, in every layout
IDENTIFIERS = ("OrganisationName", "OrganisationCode", "Postcode")
TXC = "{http://www.transxchange.org.uk/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h317.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h317.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h317.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h317.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ods_ord_json": 150, "cqc_location_json": 150, "parliament_wq_json": 150,
        "transxchange_xml": 150,
    }  # fmt: skip


def _copies(text: str, value: str, longer: list[str]) -> int:
    """How many times ``value`` stands in ``text`` outside the copies of ``longer`` values."""
    inside = [(m.start(), m.end()) for v in longer for m in re.finditer(re.escape(v), text)]
    return sum(
        not any(s <= m.start() and m.end() <= e for s, e in inside)
        for m in re.finditer(re.escape(value), text)
    )


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the layout writes the field
    (a distractor if no person could hold it), under its column, and the e-mail address
    wherever it stands; nothing else is."""
    copies_of = {
        "ods_ord_json": {"phone": 1, "fax": 1, "email": 1},
        "cqc_location_json": {"phone": 1, "fax": 0, "email": 0},
        "parliament_wq_json": {"phone": 1, "fax": 1, "email": 2},
        "transxchange_xml": {"phone": 1, "fax": 0, "email": 1},
    }
    for r in records:
        row, text, layout = _row(r), r["text"], r["layout"]
        values = dict(h317.values(row, layout))
        expected, short = Counter(), Counter()
        emails = Counter()
        for kind, value in values.items():
            if not value:
                continue
            longer = [v for v in values.values() if len(v) > len(value) and value in v]
            copies = _copies(text, value, longer)
            assert copies == copies_of[layout][kind], (r["id"], kind)
            if kind == "email":
                emails[value] += copies
                continue
            column = h317.COLUMNS[kind]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "GB") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got == emails, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            {n: c for (n, _), c in short.items()}
        ), r["id"]
        assert not r["unscored"]


def test_extensions_stay_outside_the_labels(records):
    """A phone field's extension (``(ext. 300)``) is no number of its own: outside every span,
    and in a TransXChange document its own ``TelExtensionNumber``."""
    seen = 0
    for r in records:
        tel, ext = h317.extension(h317.phone(_row(r)))
        if not ext:
            continue
        seen += 1
        text = r["text"]
        (end,) = [e for s, e, t, kind in r["spans"] if kind.endswith(":Phone")]
        assert text[:end].endswith(tel), r["id"]
        if r["layout"] == "transxchange_xml":
            assert text[end:].startswith(
                f"</TelNationalNumber>\n        <TelExtensionNumber>{ext}<"
            )
        else:
            assert text[end:].startswith(f" (ext. {ext})"), r["id"]
    assert seen == 4


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h317.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 600, "national:Fax": 87, "register": 221}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 409 NHS and 191
    independent-sector hospitals; the fields are strings as the file gives them (two phone and
    seven fax fields with a trailing blank, kept as published); 225 e-mail fields (222
    written: two name a person, one is a placeholder) and 178 fax fields."""
    rows = h317.data()["rows"]
    assert Counter(h317.nhs(row) for row in rows) == {True: 409, False: 191}
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["Phone"]) >= 6
    assert sum(row["fields"]["Phone"] != h317.phone(row) for row in rows) == 2
    assert sum(row["fields"]["Fax"] != h317.fax(row) for row in rows) == 7
    assert sum(bool(row["fields"]["Email"]) for row in rows) == 225
    assert sum(bool(h317.email(row)) for row in rows) == 222
    assert sum(bool(h317.fax(row)) for row in rows) == 178


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "transxchange_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, ODS code and postcode stand in every record's text, outside the labels (a
    written question names no ODS code)."""
    for r in records:
        for column in IDENTIFIERS:
            value = h317._f(_row(r), column)
            if r["layout"] == "parliament_wq_json" and column == "OrganisationCode":
                continue
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h317.phone(row), h317._f(row, "OrganisationName")
        if r["layout"] == "ods_ord_json":
            org = json.loads(text)["Organisation"]
            assert org["Name"] == name and org["orgRecordClass"] == "RC2"
            assert org["OrgId"]["extension"] == h317._f(row, "OrganisationCode")
            contacts = {c["type"]: c["value"] for c in org["Contacts"]["Contact"]}
            assert contacts["tel"] == tel
            assert contacts.get("fax", "") == h317.fax(row)
            assert contacts.get("email", "") == h317.email(row)
            assert org["GeoLoc"]["Location"]["PostCode"] == h317._f(row, "Postcode")
            target = org["Rels"]["Rel"][0]["Target"]["OrgId"]["extension"]
            assert target == h317._f(row, "ParentODSCode")
        elif r["layout"] == "cqc_location_json":
            doc = json.loads(text)
            assert doc["name"] == name and doc["mainPhoneNumber"] == tel
            assert re.fullmatch(r"1-\d{9,10}", doc["locationId"])
            assert doc["odsCode"] == h317._f(row, "OrganisationCode")
            assert all(a["contacts"] == [] for a in doc["regulatedActivities"])
        elif r["layout"] == "parliament_wq_json":
            doc = json.loads(text)["value"]
            assert doc["answeringBodyName"] == "Department of Health and Social Care"
            assert doc["askingMember"] is None and doc["answeringMember"] is None
            assert name in doc["questionText"]
            assert f"contact the hospital on {tel}" in doc["answerText"]
            if h317.email(row):
                assert f'href="mailto:{h317.email(row)}"' in doc["answerText"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{TXC}TransXChange" and root.get("SchemaVersion") == "2.4"
            operator = root.find(f"{TXC}Operators/{TXC}Operator")
            assert operator.findtext(f"{TXC}TradingName") == name
            number, ext = h317.extension(tel)
            enquiry = operator.find(f"{TXC}EnquiryTelephoneNumber")
            assert enquiry.findtext(f"{TXC}TelNationalNumber") == number
            assert (enquiry.findtext(f"{TXC}TelExtensionNumber") or "") == ext
            stops = [e.text for e in root.iter(f"{TXC}StopPointRef")]
            assert len(set(stops)) == 2


def test_provenance():
    sources = h317.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "June-Ruth/OC-Architecte-Projet11"
    assert gb["commit"] == "a87f3fd3ebef2b593dd79294b16cd9fb5572ac66"
    assert gb["paths"] == ["MedHeadBackEnd/src/main/resources/hospital-england.csv"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h317.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h317, "held_out_317", tmp_path)
