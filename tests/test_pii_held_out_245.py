"""held_out_245 of the PII evaluation set (scripts/pii_held_out_245.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real number
lines, every labelled e-mail address one of its real addresses, copied unchanged, each copy
labelled; the notary's name and the address are in the text and unlabelled) and are rebuilt
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

import pii_held_out_245 as h245  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

D394 = "{mfp:anaf:dgti:d394:declaratie:v4}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h245.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h245.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h245.data()["rows"]) == 240
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h245.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "anaf_d394": 60, "smartbill_invoice": 60, "fan_courier_awb": 60, "saga_xml": 60,
    }  # fmt: skip


def test_every_copy_of_the_real_values_is_labelled_and_nothing_else(records):
    """Each copy of each of the row's numbers and addresses in the text is labelled, under its
    line's kind; every label is one of them; no number is short of a subscriber's line."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = dict.fromkeys(n for _, n in h245.phones(row))
        mails = dict.fromkeys(h245.emails(row))
        expected = Counter()
        for value in [*numbers, *mails]:
            expected[value] += len(re.findall(re.escape(value), text))
        labelled = Counter(text[s:e] for s, e, *_ in r["spans"])
        assert labelled == +expected, r["id"]
        kinds = {n: h245.COLUMNS[k] for k, n in reversed(h245.phones(row))}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert kind == f"national:{kinds[text[s:e]]}", r["id"]
            else:
                assert (t, kind) == ("EMAIL_ADDRESS", "register"), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]
        # the first number and the first address stand in every layout
        assert expected[next(iter(numbers))] >= 1, r["id"]
        assert not mails or expected[next(iter(mails))] >= 1, r["id"]


def test_layouts_that_list_every_line_carry_every_number(records):
    for r in records:
        if r["layout"] == "anaf_d394":
            continue
        for _, number in h245.phones(_row(r)):
            assert number in r["text"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h245.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:fix": 378, "national:mobil": 137, "national:rds": 76, "national:tel_fax": 2,
        "register": 377,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept office has one to four number lines of ten digits in the register's shapes,
    each with its kind as the register labels it; all but three have an e-mail address (two of the
    register's addresses are no whole address and are left out)."""
    rows = h245.data()["rows"]
    shapes = Counter()
    for row in rows:
        lines = h245.phones(row)
        assert 1 <= len(lines) <= 4
        for kind, number in lines:
            assert sum(c.isdigit() for c in number) == 10 and number.startswith("0")
            shapes[re.sub(r"\d", "9", number)] += 1
            assert (f"{kind}: {number}" if kind else number) in row["fields"]["phone_numbers"]
    assert set(shapes) <= {"9999 999 999", "999 999 99 99", "999999.99.99"}
    assert Counter(k for row in rows for k, _ in h245.phones(row)) == {
        "Fix": 175, "Mobil": 125, "": 64, "RDS": 46, "Tel/Fax": 1,
    }  # fmt: skip
    assert sum(bool(h245.emails(row)) for row in rows) == 237
    for row in rows:
        for mail in h245.emails(row):
            assert h245.MAIL.fullmatch(mail), mail
            assert mail in row["fields"]["email_addr"]


def _encoded(layout: str, value: str) -> str:
    if layout in ("anaf_d394", "saga_xml"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The notary's name and the address stand in every record's text, outside the labels."""
    for r in records:
        for column in ("name", "address"):
            value = _encoded(r["layout"], h245._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's first number and address where the
    format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = list(dict.fromkeys(n for _, n in h245.phones(row)))
        mails = h245.emails(row)
        first_mail = mails[0] if mails else ""
        office = f"BIROU NOTARIAL {h245._f(row, 'name')}"
        if r["layout"] == "anaf_d394":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{D394}declaratie394"
            assert root.get("telefon") == numbers[0] and root.get("den") == office
            assert (root.get("mail") or "") == first_mail and root.get("caen") == "6910"
            assert root.find(f"{D394}op1") is not None
        elif r["layout"] == "smartbill_invoice":
            doc = json.loads(text)
            assert doc["client"]["phone"] == numbers[0] and doc["client"]["name"] == office
            assert doc["client"]["email"] == first_mail
            assert all(n in doc["mentions"] for n in numbers)
            if mails:
                assert doc["email"]["to"] == first_mail and doc["sendEmail"] is True
        elif r["layout"] == "fan_courier_awb":
            doc = json.loads(text)
            (shipment,) = doc["shipments"]
            recipient = shipment["recipient"]
            assert recipient["phone"] == numbers[0] and recipient["name"] == office
            assert recipient["secondaryPhone"] == (numbers[1] if len(numbers) > 1 else "")
            assert recipient["email"] == first_mail
            assert all(n in shipment["info"]["observation"] for n in numbers)
        else:
            root = ET.fromstring(text.encode("utf-8"))
            head = root.find("Factura/Antet")
            assert head.findtext("ClientTelefon") == numbers[0]
            assert head.findtext("ClientMail") == first_mail
            assert head.findtext("ClientNume") == office
            extra = head.findtext("ClientInformatiiSuplimentare")
            assert all(n in extra for n in numbers) and all(m in extra for m in mails)
            assert root.findall("Factura/Detalii/Continut/Linie")


def test_the_fiscal_codes_have_their_check_digit(records):
    """The invented CUIs keep ANAF's check digit, as a real file's would."""
    for r in records:
        for cui in re.findall(r'(?:cui|cuiP|vatCode|CIF)["=>:\s]+"?(?:RO)?(\d{6,10})', r["text"]):
            body, check = cui[:-1], int(cui[-1])
            key = "753217532"[-len(body) :]
            assert (
                sum(int(a) * int(b) for a, b in zip(body, key, strict=True)) * 10 % 11 % 10 == check
            )


def test_provenance():
    sources = h245.data()["sources"]
    assert set(sources) == {"RO"}
    ro = sources["RO"]
    assert ro["repository"] == "IonitaCatalin/now-web-project"
    assert ro["commit"] == "6595fba8aa2e7761db5052b3de2799c4b492a9a6"
    assert ro["paths"] == ["Scrapper/scrapped/notaries_list.json"]
    assert "not confirmed" in ro["licence"] and "UNNPR" in ro["publisher"]
    rows = h245.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RO": 240}
    assert all("coordinates" not in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h245, "held_out_245", tmp_path)
