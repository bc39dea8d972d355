"""held_out_358 of the PII evaluation set (scripts/pii_held_out_358.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real
numbers or mailboxes, unchanged, each copy labelled; the kindergarten's name, address and legal
entity code are in the text and unlabelled) and are rebuilt byte for byte from the committed
data; the extractor keeps the rows its rules name. No recognizer runs here: the part is scored
from its committed file."""

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

import lt_vilnius_kindergartens_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_358 as h358  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the kindergarten's identifiers, in every layout
IDENTIFIERS = ("LABEL", "SCHOOLNO")
UBL = "{urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
EFAC = "{http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1}"
SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h358.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h358.by_locale()[locale][n]


def _copies(layout: str, row: dict) -> Counter:
    """How many copies of each value a record of ``layout`` writes: (value, type, kind)."""
    out: Counter = Counter()
    tels, faxes, own, others = h358.phones(row), h358.faxes(row), h358.email(row), []
    others = h358.phone_emails(row)

    def tel(value: str, column: str, n: int) -> None:
        kind = "international" if h358.international(value) else "national"
        out[(value, "PHONE_NUMBER", f"{kind}:{column}")] += n

    for i, value in enumerate(tels):
        n = {"eforms_contract_notice": 2 if i == 0 else 1, "asana_task": 2}.get(layout, 1)
        tel(value, "PHONE", n)
    for i, value in enumerate(faxes):
        n = {"eforms_contract_notice": 2 if i == 0 else 1, "asana_task": 2}.get(layout, 1)
        tel(value, "FAX", n)
    if own:
        out[(own, "EMAIL_ADDRESS", "register")] += 2
    for value in others:
        out[(value, "EMAIL_ADDRESS", "register")] += 2 if layout == "asana_task" else 1
    return out


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h358.data()["rows"]) == 151
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h358.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        # the pipeline's langid stage reads these JSON and XML documents as English
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "eforms_contract_notice": 38, "scim_user": 38, "pipedrive_person": 38, "asana_task": 37,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields and each mailbox (the row's own and those its
    phone field holds) is labelled wherever it stands, whole, the numbers under their columns;
    the text holds no other copy and no other mailbox; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = _copies(r["layout"], row)
        for value, _, _ in expected:
            assert text.count(value) == sum(n for (v, *_), n in expected.items() if v == value)
        assert text.count("@") == sum(n for (_, t, _), n in expected.items() if t[0] == "E")
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h358.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:PHONE": 337, "international:PHONE": 4, "national:FAX": 13,
        "international:FAX": 2, "register": 304,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept row has a number of seven digits or more that a person could hold, no two
    rows the same phone field; the numbers are cut from the fields unchanged, the notes after
    them left out; every row has a mailbox of its own, and two phone fields hold a second one;
    every field is a string."""
    rows = h358.data()["rows"]
    assert all(h358.phones(row) for row in rows)
    assert len({re.sub(r"\D", "", row["fields"]["PHONE"]) for row in rows}) == 151
    numbers = [n for row in rows for n in (*h358.phones(row), *h358.faxes(row))]
    assert len(numbers) == 255
    assert all(personal_phone(n, "LT") for n in numbers)
    assert all(n in row["fields"]["PHONE"] or n in row["fields"]["FAX"]
               for row in rows for n in (*h358.phones(row), *h358.faxes(row)))  # fmt: skip
    assert Counter(sum(c.isdigit() for c in n) for n in numbers) == {7: 225, 9: 25, 11: 5}
    assert h358.numbers("+370 5 247 1732, 247 17 48(dir.)") == ["+370 5 247 1732", "247 17 48"]
    assert h358.numbers("267 2502 (dir.), 267 6478(pav.),") == ["267 2502", "267 6478"]
    assert h358.numbers("(8-5) 2416045, 8 618 57 569") == ["(8-5) 2416045", "8 618 57 569"]
    assert [m for row in rows for m in h358.phone_emails(row)] == [
        "ciauskutis@gmail.com", "daigelis@yahoo.co.uk",
    ]  # fmt: skip
    assert sum(bool(h358.email(row)) for row in rows) == 151
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert not any("testuojam" in row["fields"]["LABEL"] for row in rows)


def test_the_extractors_rules():
    """A phone field with no number of seven digits (``1``, ``-``) is left out; a number in
    brackets or with its country code counts; the test entry of the system is no row."""
    assert not extractor.has_number("1") and not extractor.has_number("-")
    assert not extractor.has_number("")
    assert extractor.has_number("213 8721,") and extractor.has_number("(8-5) 2416045")
    assert extractor.has_number("+370 5 234 1580")
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in h358.data()["rows"]]
    assert paths == sorted(paths) and len(set(paths)) == 151


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "eforms_contract_notice":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The kindergarten's name and legal entity code stand in every record's text, outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h358._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, faxes, mail = h358.phones(row), h358.faxes(row), h358.email(row)
        name, code = row["fields"]["LABEL"], row["fields"]["SCHOOLNO"]
        if r["layout"] == "eforms_contract_notice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{UBL}ContractNotice"
            assert root.findtext(f"{CBC}NoticeLanguageCode") == "LIT"
            company = root.find(f".//{EFAC}Organization/{EFAC}Company")
            assert company.findtext(f"{CAC}PartyName/{CBC}Name") == name
            assert company.findtext(f"{CAC}PartyLegalEntity/{CBC}CompanyID") == code
            contact = company.find(f"{CAC}Contact")
            assert contact.findtext(f"{CBC}Telephone") == tels[0]
            assert (contact.findtext(f"{CBC}Telefax") or "") == (faxes[0] if faxes else "")
            assert (contact.findtext(f"{CBC}ElectronicMail") or "") == mail
            cpv = root.findtext(f".//{CAC}MainCommodityClassification/{CBC}ItemClassificationCode")
            assert re.fullmatch(r"\d{8}", cpv)
        elif r["layout"] == "scim_user":
            doc = json.loads(text)
            assert doc["schemas"] == [SCIM_USER, ENTERPRISE]
            assert [p["value"] for p in doc["phoneNumbers"]] == [*tels, *faxes]
            types = ["work"] * len(tels) + ["fax"] * len(faxes)
            assert [p["type"] for p in doc["phoneNumbers"]] == types
            assert [e["value"] for e in doc["emails"]] == h358.emails(row)
            assert doc["userName"] == (mail or f"rastine-{row['fields']['ID']}")
            assert doc[ENTERPRISE]["costCenter"] == code and doc["meta"]["resourceType"] == "User"
        elif r["layout"] == "pipedrive_person":
            doc = json.loads(text)
            assert doc["success"] is True
            person = doc["data"]
            assert [p["value"] for p in person["phone"]] == [*tels, *faxes]
            assert sum(p["primary"] for p in person["phone"]) == 1
            assert [e["value"] for e in person["email"]] == h358.emails(row)
            assert person["primary_email"] == (mail or None)
            assert person["org_name"] == person["org_id"]["name"] == name
        else:
            task = json.loads(text)["data"]
            assert task["resource_type"] == "task" and task["name"].endswith(f" – {name}")
            assert f"Tel. (savivaldybės sąraše): {row['fields']['PHONE'].strip()}" in task["notes"]
            html = task["html_notes"]
            assert html.startswith("<body>") and html.endswith("</body>")
            fields = {f["name"]: f["text_value"] for f in task["custom_fields"]}
            assert fields["Įmonės kodas"] == code
            assert task["permalink_url"].endswith(f"/{task['gid']}")


def test_provenance():
    sources = h358.data()["sources"]
    assert set(sources) == {"LT"}
    lt = sources["LT"]
    assert lt["repository"] == "vilnius/darzeliai"
    assert lt["commit"] == "b3b168f0599f0f1e14845d4f76603a96427c625b"
    assert lt["paths"] == ["data/darzeliai.csv"]
    assert "not confirmed" in lt["licence"] and lt["publisher"]
    rows = h358.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"LT": 151}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h358, "held_out_358", tmp_path)
