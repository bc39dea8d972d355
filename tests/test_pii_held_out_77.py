"""held_out_77 of the PII evaluation set (scripts/pii_held_out_77.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the row's number, address, district and note
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import configparser
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

import pii_held_out_77 as h77  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.part_copies import copies  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h77.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h77.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h77.data()["rows"]) == 263
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h77.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "qt_linguist_ts": 66, "resx_resources": 66, "frictionless_datapackage": 66,
        "samba_smb_conf": 65,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone field (``(499) 404-1422, (499) 907-6324`` holds two) and of the
    fax field is labelled wherever the field stands if a person could hold it, a distractor if
    not, and nothing else is; a field inside a copy of the longer other goes with it."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        phone, fax = h77.phone(row), h77.fax(row)
        assert re.search(r"\d", phone), r["id"]
        if len(fax) > len(phone):
            faxes = copies(text, fax, [])
            phones = copies(text, phone, faxes)
        else:
            phones = copies(text, phone, [])
            faxes = copies(text, fax, phones) if fax else []
        assert phones, r["id"]
        assert bool(faxes) == (bool(fax) and fax != phone), r["id"]
        expected, short = Counter(), Counter()
        for column, value, places in (("phone", phone, phones), ("fax", fax, faxes)):
            for s, e in numbers(value):
                target = expected if personal_phone(value[s:e], "RU") else short
                target[(column, value[s:e])] += len(places)
        labelled = Counter(
            (kind.split(":")[1], text[s:e]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            {number: n for (_, number), n in short.items()}
        ), r["id"]
        assert not r["unscored"]
        total.update(kind for *_, t, kind in r["spans"] if t == "PHONE_NUMBER")
    assert total == {"national:phone": 617, "national:fax": 239}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith(("+", "00"))
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_row_fields_are_in_the_text_and_unlabelled(records):
    """The row's number (in the NetBIOS name, the package name, the resource comment), its
    address with the postcode, its district and its merger note stand in the text outside the
    labels (the kiosk's translation file names no row number)."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        values = [h77._f(row, "Адрес"), h77._f(row, "Административный округ")]
        values += re.findall(r"\b\d{6}\b", h77._f(row, "Адрес"))
        values += [h77._f(row, h77.NOTE)] if h77._f(row, h77.NOTE) else []
        if r["layout"] != "qt_linguist_ts":
            values += [{"resx_resources": f"строка {h77.number(row)}",
                        "frictionless_datapackage": f"polyclinic-{h77.number(row)}",
                        "samba_smb_conf": f"GP-{h77.number(row)}\n"}[r["layout"]]]  # fmt: skip
        for value in values:
            if r["layout"] == "frictionless_datapackage":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            elif r["layout"] != "samba_smb_conf":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_the_extract_keeps_the_published_columns_but_the_chief_physician():
    """Each row keeps the register's columns as published, less ``Руководитель`` (the chief
    physician's name)."""
    for row in h77.data()["rows"]:
        assert list(row["fields"]) == [
            "№ строки", "Название", "Адрес", "Административный округ", "Телефон", "Факс",
            h77.NOTE,
        ]  # fmt: skip


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _ts(text: str) -> dict[str, str]:
    root = ET.fromstring(text.split("\n", 2)[2])  # past the declaration and DOCTYPE
    assert root.tag == "TS" and root.get("sourcelanguage") == "ru_RU"
    (context,) = root.findall("context")
    assert context.findtext("name") == "RegistryWindow"
    lines = [int(m.find("location").get("line")) for m in context.findall("message")]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    return {m.findtext("source"): m.findtext("translation") or "" for m in context}


def test_the_documents_are_well_formed(records):
    """The Qt Linguist file parses as XML with its messages in source-line order, the phone
    and fax fields in a source and its translation; the .resx file parses with its four
    resheaders and the fields as ``ReceptionPhone`` and ``ReceptionFax``; the data package is
    JSON whose one inline row is the register's row under its schema's fields; the smb.conf
    parses as INI with the phone field in ``server string``."""
    for r in records:
        row, text = _row(r), r["text"]
        phone, fax = h77.phone(row), h77.fax(row)
        if r["layout"] == "qt_linguist_ts":
            messages = _ts(text)
            assert messages[f"Запись к врачу по телефону {phone}"] == (
                f"Book an appointment by phone: {phone}"
            )
            assert messages.get(f"Факс: {fax}") == (f"Fax: {fax}" if fax else None)
            assert h77._f(row, "Название") in messages
        elif r["layout"] == "resx_resources":
            root = ET.fromstring(text)
            assert [h.get("name") for h in root.findall("resheader")] == [
                "resmimetype", "version", "reader", "writer",
            ]  # fmt: skip
            values = {d.get("name"): d.findtext("value") for d in root.findall("data")}
            assert values["ReceptionPhone"] == phone
            assert values.get("ReceptionFax") == (fax or None)
            assert values["CallCentreHint"].endswith(f": {phone}")
            assert values["ClinicAddress"] == h77._f(row, "Адрес")
        elif r["layout"] == "frictionless_datapackage":
            package = json.loads(text)
            (resource,) = package["resources"]
            fields = [f["title"] for f in resource["schema"]["fields"]]
            (values,) = resource["data"]
            got = dict(zip(fields, values, strict=True))
            assert got.pop("№ строки") == int(h77.number(row))
            assert got == {k: h77._f(row, k) for k in fields[1:]}
            assert package["profile"] == "tabular-data-package"
            assert re.fullmatch(r"md5:[0-9a-f]{32}", resource["hash"])
        else:
            ini = configparser.RawConfigParser(interpolation=None)
            ini.read_string(text)
            assert ini.sections() == ["global", "scans", "printers"]
            assert ini["global"]["server string"] == f"Регистратура, тел. {phone}"
            assert ini["global"]["netbios name"] == f"GP-{h77.number(row)}"
            assert ini["scans"]["comment"].endswith(fax or phone)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h77.data()["sources"]
    assert set(sources) == {"RU"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
        assert meta["repository"] == "infoculture/mosopendata"
    rows = h77.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RU": 263}
    assert all(sum(c.isdigit() for c in r["fields"]["Телефон"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == list(range(1, 264))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h77.write(rebuilt)
    assert rebuilt.read_bytes() == h77.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_77"
