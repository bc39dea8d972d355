"""held_out_91 of the PII evaluation set (scripts/pii_held_out_91.py): its committed records
keep the generator's invariants (every labelled phone is a local number of the row's real
contact field, the first with its bracketed area code, copied unchanged, each copy labelled
alike; the row's district number, voter count and
commission address are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_91 as h91  # noqa: E402 - the scripts folder's modules

FB2 = "{http://www.gribuser.ru/xml/fictionbook/2.0}"
CML = "{urn:1C.ru:commerceml_2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h91.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h91.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h91.data()["rows"]) == 110
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h91.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "fictionbook": 28, "commerceml": 28, "mapinfo_mif_mid": 27, "api_blueprint": 27,
    }  # fmt: skip


def _copies(text: str, value: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(value), text)]


def test_every_copy_of_the_contact_field_is_labelled_by_local_numbers(records):
    """Each copy of the contact field is labelled the same way: its first local number with
    the bracketed area code before it, from the ``(`` to the number's last digit, its mark
    included (``(8 0162) т. 32 26 06``), each later local number alone (``75 48 30``), so the
    labels hold every digit of the field outside a repeated area code; no distractors."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h91.phone(row)
        at = _copies(text, value)
        assert len(at) == (2 if r["layout"] == "api_blueprint" else 1), r["id"]
        spans = sorted((s, e) for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert len(spans) == len(r["spans"]) and not r["distractors"] and not r["unscored"]
        per_copy = [[(s - a, e - a) for s, e in spans if a <= s and e <= a + len(value)]
                    for a in at]  # fmt: skip
        assert sum(map(len, per_copy)) == len(spans), r["id"]
        assert all(c == per_copy[0] for c in per_copy), r["id"]
        first, *later = [value[s:e] for s, e in per_copy[0]]
        assert first.startswith("(") and first[-1].isdigit(), r["id"]
        assert 5 <= sum(c.isdigit() for c in first.split(")", 1)[1]) <= 7, r["id"]
        for number in later:
            assert re.fullmatch(r"\d+(?:[ -]\d+)*", number), r["id"]
            assert 5 <= sum(c.isdigit() for c in number) <= 7, r["id"]
        area = re.match(r"\([^()]*\)", first).group()
        rest = re.sub(r"\([^()]*\)", "", value[per_copy[0][0][0] :])
        digits = "".join(c for c in area + rest if c.isdigit())
        assert digits == "".join(c for x in (first, *later) for c in x if c.isdigit()), r["id"]


def test_the_part_labels_every_local_number_and_has_no_distractors(records):
    spans = sum(len(r["spans"]) for r in records)
    distractors = sum(len(r["distractors"]) for r in records)
    numbers = sum(len(h91.local_numbers(h91.phone(_row(r)))) for r in records)
    assert spans == 207 and distractors == 0 and numbers == 169


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert not r["text"][s:e].startswith("+")
            assert kind == "national:contact"


def test_the_row_identifiers_are_in_the_text_and_unlabelled(records):
    """The voter count (``68801``) and the commission's address (``г. Брест, ул. Ленина,13,
    к. 208``) stand in every record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        for column in ("people", "location"):
            value = h91._f(row, column)
            pattern = rf"(?<!\d){re.escape(value)}(?!\d)"
            found = [m.start() for m in re.finditer(pattern, r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _fictionbook(text: str, row: dict) -> None:
    book = ET.fromstring(text.encode("utf-8"))
    assert book.tag == f"{FB2}FictionBook"
    title = book.find(f"{FB2}description/{FB2}title-info/{FB2}book-title")
    assert title is not None and title.text == h91._f(row, "name")
    paragraphs = ["".join(p.itertext()) for p in book.iter(f"{FB2}p")]
    assert f"Контакты: {h91.phone(row)}" in paragraphs
    assert f"Местонахождение: {h91._f(row, 'location')}" in paragraphs
    assert book.find(f"{FB2}description/{FB2}document-info/{FB2}src-url").text == h91._f(row, "url")


def _commerceml(text: str, row: dict) -> None:
    info = ET.fromstring(text.encode("utf-8"))
    assert info.tag == f"{CML}КоммерческаяИнформация" and info.get("ВерсияСхемы") == "2.05"
    party = info.find(f"{CML}Документ/{CML}Контрагенты/{CML}Контрагент")
    assert party is not None
    contact = party.find(f"{CML}Контакты/{CML}Контакт")
    assert contact.find(f"{CML}Тип").text == "Телефон рабочий"
    assert contact.find(f"{CML}Значение").text == h91.phone(row)
    address = party.find(f"{CML}АдресРегистрации/{CML}Представление").text
    assert address == h91._f(row, "location")
    assert re.fullmatch(r"[1-7]\d{8}", party.find(f"{CML}ИНН").text)
    requisites = {
        x.find(f"{CML}Наименование").text: x.find(f"{CML}Значение").text
        for x in party.iter(f"{CML}ЗначениеРеквизита")
    }
    assert requisites["Количество избирателей"] == h91._f(row, "people")
    goods = info.findall(f"{CML}Документ/{CML}Товары/{CML}Товар")
    total = sum(float(g.find(f"{CML}Сумма").text) for g in goods)
    assert abs(total - float(info.find(f"{CML}Документ/{CML}Сумма").text)) < 0.01


def _mapinfo(text: str, row: dict) -> None:
    mif, mid = text.split("\n\n==> ")
    header = mif.splitlines()
    assert header[0].startswith("==> okrug_") and header[0].endswith(".mif <==")
    assert header[1] == "Version 300" and 'Delimiter ","' in header
    count = int(next(x for x in header if x.startswith("Columns ")).split()[1])
    start = header.index(f"Columns {count}") + 1
    columns = [x.split()[0] for x in header[start : start + count]]
    assert header[start + count] == "Data" and header[-1] == "none"
    lines = mid.splitlines()
    assert lines[0].endswith(".mid <==") and len(lines) == 2
    (values,) = list(csv.reader([lines[1]]))
    table = dict(zip(columns, values, strict=True))
    assert table["CONTACT"] == h91.phone(row)
    assert table["OKRUG"] == h91._f(row, "number") and table["NAME"] == h91._f(row, "name")
    assert table["VOTERS"] == h91._f(row, "people")
    assert re.fullmatch(r"\d{7}", table["ID"]) and re.fullmatch(r"2019\d{4}", table["UPDATED"])


def _api_blueprint(text: str, row: dict) -> None:
    lines = text.splitlines()
    assert lines[0] == "FORMAT: 1A" and lines[1].startswith("HOST: https://")
    assert "## Избирательный округ [/okruga/{number}]" in lines
    assert "### Получить данные округа [GET]" in lines
    start = lines.index("    + Body") + 2
    body = json.loads("\n".join(x.removeprefix(" " * 12) for x in lines[start:]))
    assert body["commission"]["contact"] == h91.phone(row)
    assert body["commission"]["address"] == h91._f(row, "location")
    assert body["number"] == int(h91._f(row, "number"))
    assert body["voters"] == int(h91._f(row, "people"))
    assert f"+ contact: `{h91.phone(row)}` (string)" in text


def test_the_documents_are_well_formed(records):
    """The e-book and the CommerceML file are XML that give the field where their formats
    keep a contact; the MIF header's columns name the MID line's quoted fields; the API
    Blueprint's JSON body parses and carries the field as its MSON attributes do."""
    check = {
        "fictionbook": _fictionbook,
        "commerceml": _commerceml,
        "mapinfo_mif_mid": _mapinfo,
        "api_blueprint": _api_blueprint,
    }
    for r in records:
        check[r["layout"]](r["text"], _row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h91.data()["sources"]
    assert set(sources) == {"BY"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h91.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BY": 110}
    assert [r["fields"]["number"] for r in rows] == [str(n) for n in range(1, 111)]
    assert all(sum(c.isdigit() for c in r["fields"]["contact"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(set(r["fields"]) == {"number", "name", "people", "location", "contact", "url",
                                    "border"} for r in rows)  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h91.write(rebuilt)
    assert rebuilt.read_bytes() == h91.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_91"
