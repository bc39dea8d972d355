"""held_out_378 of the PII evaluation set (scripts/pii_held_out_378.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real
numbers, unchanged, each copy labelled; the school's name and address, and its Yandex id in
three layouts, are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import kg_yandex_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_378 as h378  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout (the Yandex id in all but the 2GIS answers)
IDENTIFIERS = ("name", "address", "id")
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
XRO = "{http://x-road.eu/xsd/xroad.xsd}"
IDEN = "{http://x-road.eu/xsd/identifiers}"
EDU = "{http://edu.gov.kg/xroad/schools}"
# the layouts that write the first number once more (in a note or a description)
FIRST_AGAIN = {"tunduk_xroad", "moysklad_counterparty"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h378.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h378.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h378.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h378.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KG"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h378.LAYOUTS}


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each number of the school's ``phones`` field is labelled wherever it stands, whole,
    under ``phones``: once in every layout, the first twice where a note or description
    repeats it; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        nums = h378.phones(row)
        expected = Counter({(p, "PHONE_NUMBER", "international:phones"): 1 for p in nums})
        if r["layout"] in FIRST_AGAIN:
            expected[(nums[0], "PHONE_NUMBER", "international:phones")] += 1
        for p in nums:
            assert text.count(p) == expected[(p, "PHONE_NUMBER", "international:phones")]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h378.international)
    assert kinds == {"international:phones": 517}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds one to four numbers joined by ``, ``, the first Kyrgyz
    (``+996`` and groups), each a number a person could hold, no number in two schools; one
    field also has a Kazakh mobile; the fields are strings as the file gives them."""
    rows = h378.data()["rows"]
    nums = [p for row in rows for p in h378.phones(row)]
    assert len(nums) == 367 and len({re.sub(r"\D", "", p) for p in nums}) == 367
    assert Counter(len(h378.phones(row)) for row in rows) == {1: 253, 2: 29, 3: 16, 4: 2}
    assert all(h378.phones(row)[0].startswith("+996 ") for row in rows)
    assert all(personal_phone(p, "KG") for p in nums)
    assert [p for p in nums if not p.startswith("+996 ")] == ["+7 (701) 566-60-76"]
    assert all(re.fullmatch(r"\+996 \d{3,4}( \d{2,3}){2,3}", p) for p in nums if p[1] == "9")
    assert all(row["fields"]["site_url"] == "" for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "tunduk_xroad":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name and address stand in every record's text, outside the labels, and its
    Yandex id in every layout but 2GIS's (the id, up to twelve digits, is left unlabelled on
    purpose)."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "id" and r["layout"] == "dgis_items":
                assert h378._f(_row(r), column) not in r["text"]
                continue
            value = _encoded(r["layout"], h378._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        nums, name = h378.phones(row), row["fields"]["name"]
        if r["layout"] == "yandex_geosearch":
            doc = json.loads(text)
            assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 1
            feature = doc["features"][0]
            lon, lat = feature["geometry"]["coordinates"]
            assert (lat, lon) == (float(row["fields"]["lat"]), float(row["fields"]["lon"]))
            meta = feature["properties"]["CompanyMetaData"]
            assert meta["id"] == row["fields"]["id"] and meta["name"] == name
            assert [p["formatted"] for p in meta["Phones"]] == nums
            assert meta.get("Hours", {}).get("text", "") == row["fields"]["hours_text"]
            assert doc["properties"]["ResponseMetaData"]["SearchRequest"]["request"] == "школа"
        elif r["layout"] == "dgis_items":
            doc = json.loads(text)
            assert doc["meta"]["code"] == 200 and doc["result"]["total"] == 1
            item = doc["result"]["items"][0]
            assert item["type"] == "branch" and item["name"] == name
            assert item["address_name"] == row["fields"]["address"]
            contacts = item["contact_groups"][0]["contacts"]
            assert [c["text"] for c in contacts if c["type"] == "phone"] == nums
        elif r["layout"] == "tunduk_xroad":
            root = ET.fromstring(text.encode("utf-8"))
            header = root.find(f"{SOAP}Header")
            assert header.findtext(f"{XRO}protocolVersion") == "4.0"
            service = header.find(f"{XRO}service")
            assert service.findtext(f"{IDEN}serviceCode") == "getSchoolInfo"
            client_code = header.find(f"{XRO}client").findtext(f"{IDEN}memberCode")
            assert re.fullmatch(r"0\d{13}", client_code)
            answer = root.find(f"{SOAP}Body/{EDU}getSchoolInfoResponse")
            school = answer.find("response/school")
            assert school.get("id") == answer.findtext("request/schoolId") == row["fields"]["id"]
            assert school.findtext("name") == name
            assert [p.text for p in school.findall("phones/phone")] == nums
            assert school.findtext("note").endswith(nums[0])
        else:
            doc = json.loads(text)
            assert doc["meta"]["type"] == "counterparty" and doc["companyType"] == "legal"
            assert doc["meta"]["href"].endswith(doc["id"])
            assert doc["phone"] == row["fields"]["phones"]
            assert doc["actualAddress"] == row["fields"]["address"]
            assert doc["externalCode"] == f"yandex-{row['fields']['id']}"
            assert f"Звонить в приёмную: {nums[0]}" in doc["description"]


def test_the_source_is_named_with_its_licence_not_confirmed():
    kg = h378.data()["sources"]["KG"]
    assert kg["repository"] == "DamirAhm/schools"
    assert re.fullmatch(r"[0-9a-f]{40}", kg["commit"])
    assert kg["paths"] == ["output/kg_schools.csv"]
    assert "not confirmed" in kg["licence"] and kg["publisher"]
    assert Counter(r["country"] for r in h378.data()["rows"]) == {"KG": 300}


def test_the_extractor_keeps_kyrgyz_numbers_once(monkeypatch, tmp_path):
    """The extractor's rules on a few rows: a field without ``+996`` is skipped, a number an
    earlier school holds is skipped, a field with a short number is skipped, a field that
    repeats a number is skipped, the rest is kept as published."""
    head = "id,name,address,lat,lon,phones,categories,hours_text,site_url\n"
    body = (
        "1,Школа № 1,Бишкек,42.8,74.6,+996 312 11 11 11,Общеобразовательная школа,,\n"
        "2,Мектеп,Ташкентская область,41.0,69.0,+998 71 200 00 00,Общеобразовательная школа,,\n"
        '3,Лицей,Ош,40.5,72.8,"+996 312 11 11 11, +996 555 22 22 22",Лицей,,\n'
        "4,Гимназия,Нарын,41.4,76.0,+996 35,Гимназия,,\n"
        '5,Школа № 5,Талас,42.5,72.2,"+996 777 33 33 33, +996 777 33 33 33",Лицей,,\n'
        '6,Школа № 6,Каракол,42.5,78.4,"+996 700 44 44 44, +7 (701) 000-00-01",Лицей,пн-пт,\n'
    )
    monkeypatch.setattr(extractor, "_git", lambda *a: (head + body).encode("utf-8"))
    monkeypatch.setattr(extractor, "earlier_numbers", lambda *a: set())
    kept = extractor.extract({"KG": tmp_path})["rows"]
    assert [r["fields"]["id"] for r in kept] == ["1", "6"]
    assert kept[1]["fields"]["phones"] == "+996 700 44 44 44, +7 (701) 000-00-01"
    assert [r["path"] for r in kept] == ["output/kg_schools.csv#0", "output/kg_schools.csv#5"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h378, "held_out_378", tmp_path)
