"""held_out_472 of the PII evaluation set (scripts/pii_held_out_472.py): its committed records
keep the generator's invariants (every labelled value is a number of the school's real phone
field or the mailbox its site field holds, unchanged, each copy labelled; the school's name and
address are in the text and unlabelled) and are rebuilt byte for byte from the committed data;
the extractor's rules hold on its kept rows. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_472 as h472  # noqa: E402 - the scripts folder's modules
import ru_mos_schools_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = (h472.NAME, h472.ADDRESS)
# copies of the phone field a record of each layout writes
COPIES = {
    "mos_apidata_rows": 1,
    "yandex_business_feed": 1,
    "vk_groups_getbyid": 2,
    "hh_vacancy": 1,
}
COLUMN = f"national:{h472.PHONE}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h472.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h472.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h472.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h472.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h472.LAYOUTS}
    # the pipeline's langid reads most of these machine documents as English
    assert Counter(r["language"] for r in records) == {"en": 223, "ru": 77}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled on its own wherever the field stands, under
    its column, and the mailbox a site field holds wherever the site stands; nothing else is
    labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h472.phone(row)
        copies = COPIES[r["layout"]]
        assert len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text)) == copies, r["id"]
        expected = Counter({(tel[s:e], "PHONE_NUMBER", COLUMN): copies for s, e in numbers(tel)})
        for mail in h472.site_emails(row):
            expected[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
        assert text.count("@") == sum(text.count(m) for m in h472.site_emails(row)), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h472.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {COLUMN: 511, "register": 1}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one or more Moscow numbers of seven digits, with or without the
    area code in brackets, joined by ``;`` or ``,``; each a number a person could hold; no two
    fields alike; the fields are strings as the file gives them."""
    rows = h472.data()["rows"]
    one = r"(?:\(\d{3}\) )?\d{3}-\d\d-\d\d"
    for row in rows:
        tel = h472.phone(row)
        assert re.fullmatch(rf"{one}(?:(?:; |,){one})*", tel), tel
        assert all(personal_phone(tel[s:e], "RU") for s, e in numbers(tel))
    assert len({digits_of(h472.phone(row)) for row in rows}) == 300
    shapes = Counter(re.sub(r"\d", "9", h472.phone(row)) for row in rows)
    assert shapes["999-99-99"] == 152 and shapes["(999) 999-99-99"] == 92
    assert [m for row in rows for m in h472.site_emails(row)] == ["dou2071@sinergi.ru"]
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_its_rules():
    """No kept number is one an earlier Russian part holds; the rows are in the file's order;
    the rows keep all of the file's columns."""
    rows = h472.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "7")
    for row in rows:
        tel = h472.phone(row)
        assert extractor.pieces(tel) and digits_of(tel) not in earlier
        assert not any(d in earlier for d in extractor.pieces(tel))
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order)
    assert all(row["path"] == f"{extractor.PATH}#{row['fields']['№ строки']}" for row in rows)
    assert {len(row["fields"]) for row in rows} == {8}
    assert extractor.pieces("(495) 312-62-38; (495) 311-05-60") == ["4953126238", "4953110560"]
    assert extractor.pieces("12-34") == []


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "yandex_business_feed":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h472._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented INNs' and OGRNs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, site = h472.phone(row), h472._f(row, h472.NAME), h472.site(row)
        if r["layout"] == "mos_apidata_rows":
            (doc,) = json.loads(text)
            cells = doc["Cells"]
            assert doc["global_id"] == cells["global_id"]
            assert doc["Number"] == int(row["fields"]["№ строки"])
            assert cells["FullName"] == name and cells["Address"] == h472._f(row, h472.ADDRESS)
            assert cells["PublicPhone"] == [{"PublicPhone": tel}] and cells["WebSite"] == site
            assert h472.inn_valid(cells["INN"]) and h472.ogrn_valid(cells["OGRN"])
            assert cells["KPP"] == cells["INN"][:4] + "01001"
        elif r["layout"] == "yandex_business_feed":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "companies" and len(root) == 1
            company = root.find("company")
            assert company.findtext("name") == name
            assert company.findtext("phone/number") == tel
            assert company.findtext("phone/type") == "phone"
            assert (company.findtext("url") or "") == site
            assert re.fullmatch(r"\d{13}", company.findtext("actualization-date"))
        elif r["layout"] == "vk_groups_getbyid":
            (group,) = json.loads(text)["response"]["groups"]
            assert group["contacts"] == [{"desc": "Приёмная (секретарь)", "phone": tel}]
            assert group["description"].endswith(f"Телефон секретаря: {tel}.")
            assert name in group["description"] and group["site"] == site
        else:
            doc = json.loads(text)
            assert doc["contacts"] is None and doc["employer"]["name"] == name
            assert doc["salary"]["currency"] == "RUR"
            assert doc["alternate_url"] == f"https://hh.ru/vacancy/{doc['id']}"
            assert f"по телефону секретаря: {escape(tel)}.</p>" in doc["description"]
            assert doc["address"]["raw"] == h472._f(row, h472.ADDRESS)


def test_provenance():
    sources = h472.data()["sources"]
    assert set(sources) == {"RU"}
    ru = sources["RU"]
    assert ru["repository"] == "infoculture/mosopendata"
    assert ru["commit"] == "cbfa6b259fa838d68bb30e225f47c5faf71f02a5"
    assert ru["paths"] == ["old/thedata/516_srednyaya_obscheobrazovatelnaya_shkola.csv"]
    assert "not confirmed" in ru["licence"] and ru["publisher"]
    rows = h472.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RU": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h472, "held_out_472", tmp_path)
