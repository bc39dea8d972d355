"""held_out_363 of the PII evaluation set (scripts/pii_held_out_363.py): its committed records
keep the generator's invariants (every label is the number inside a copy of the row's real
telephone or fax, unchanged, each copy labelled; the agency's code, name and postcode are in
the text and unlabelled; each document parses in its format) and are rebuilt byte for byte from
the committed data; the extractor keeps the rows its rules keep. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_363 as h363  # noqa: E402 - the scripts folder's modules
import tw_dgpa_agencies_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of (telephone, fax) a record of each layout writes (the fax where the agency has one)
COPIES = {
    "datagov_metadata": (2, 1),
    "dgpa_job_vacancy": (1, 1),
    "sequelize_seeder": (1, 1),
    "dbunit_flat_xml": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h363.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h363.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h363.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h363.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h363.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the telephone and of the fax (where it is a line of its own) stands in the
    text as published, and the number inside it (without an empty extension's hyphens) is
    labelled under its column; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h363.phone(row), h363.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter({(h363.number_of(tel), "PHONE_NUMBER", "national:機關電話"): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(h363.number_of(fax), "PHONE_NUMBER", "national:傳真")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        for s, e, *_ in r["spans"]:
            # the label is the number of a copy: only an empty extension's hyphen beside it
            assert text[s - 1] in "'\" ：-" and text[e] in "'\"-。（\n", (r["id"], text[s:e])
        assert not re.search(r"[\w.+-]+@[\w-]+\.\w", text), r["id"]  # no mailbox
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h363.international)
    assert kinds == {"national:機關電話": 600, "national:傳真": 313}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number of the list's shapes, a number a person could hold,
    no two alike; the faxes written are in the same shapes and not the telephone; no row is
    abolished or a school; every column is a string as the file gives it."""
    rows = h363.data()["rows"]
    tels = [h363.phone(row) for row in rows]
    assert all(h363.SHAPE.fullmatch(tel) for tel in tels)
    assert all(personal_phone(h363.number_of(tel), "TW") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    assert sum(tel.endswith("-") for tel in tels) == 230
    assert sum(tel.startswith("-") for tel in tels) == 3
    faxes = [h363.fax(row) for row in rows if h363.fax(row)]
    assert len(faxes) == 313 and all(h363.SHAPE.fullmatch(f) for f in faxes)
    assert all(digits_of(h363.fax(r)) != digits_of(h363.phone(r)) for r in rows if h363.fax(r))
    for row in rows:
        fields = row["fields"]
        assert not fields["裁撤註記"] and not fields["機關裁撤日期"]
        assert not extractor.SCHOOL.search(fields["機關名稱"])
        assert re.fullmatch(r"[0-9A-Z]{10}", fields["機關代碼"]), fields["機關代碼"]
        assert all(isinstance(v, str) for v in fields.values())


def test_no_number_of_an_earlier_taiwanese_part_is_taken_again():
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "886")
    for row in h363.data()["rows"]:
        assert digits_of(h363.phone(row)) not in earlier
        assert digits_of(row["fields"]["傳真"]) not in earlier


def test_the_extractor_keeps_what_its_rules_keep():
    base = {
        "裁撤註記": "",
        "機關裁撤日期": "",
        "機關名稱": "宜蘭縣三星鄉公所",
        "機關電話": "03-9892018",
    }
    assert extractor.kept(base)
    assert extractor.kept({**base, "機關電話": "04-22522966-"})
    assert extractor.kept({**base, "機關電話": "-(03)4933654-"})
    assert not extractor.kept({**base, "機關電話": "03-3384889-1151"})  # an extension
    assert not extractor.kept({**base, "機關電話": "049-2316881~208"})  # a range
    assert not extractor.kept({**base, "機關電話": "29350955"})  # no area code
    assert not extractor.kept({**base, "機關電話": "--"})
    assert not extractor.kept({**base, "裁撤註記": "是"})
    assert not extractor.kept({**base, "機關裁撤日期": "1030310"})
    assert not extractor.kept({**base, "機關名稱": "宜蘭縣礁溪鄉玉田國民小學"})


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The agency's name and postcode stand in every record's text, outside the labels, and its
    code in every layout but the job board's (whose fields have no agency code)."""
    for r in records:
        row = _row(r)
        values = [h363.name(row), h363.postcode(row)]
        if r["layout"] != "dgpa_job_vacancy":
            values.append(h363.code(row))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _js_object(text: str) -> dict[str, str]:
    """The bulkInsert object of a seed file: its ``key: value`` lines, string literals read."""
    body = text.split("bulkInsert('Agencies', [{\n", 1)[1].split("\n    }], {});", 1)[0]
    out = {}
    for line in body.split(",\n"):
        key, value = line.strip().split(": ", 1)
        m = re.fullmatch(r"'((?:[^'\\]|\\.)*)'", value)
        out[key] = re.sub(r"\\(.)", r"\1", m.group(1)) if m else value
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the seed file
    by its one object literal), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, code, name = h363.phone(row), h363.fax(row), h363.code(row), h363.name(row)
        if r["layout"] == "datagov_metadata":
            (doc,) = json.loads(text)
            assert doc["提供機關"] == name and doc["提供機關聯絡人電話"] == tel
            assert doc["提供機關聯絡人姓名"] in h363.UNITS
            assert doc["資料集描述"].endswith(f"請洽 {tel}。")
            assert doc["相關網址"] == f"https://data.gov.tw/dataset/{doc['資料集識別碼']}"
            assert f"機關代碼：{code}" in doc["備註"]
            assert doc["備註"].endswith(f"；傳真：{fax}") == bool(fax)
        elif r["layout"] == "dgpa_job_vacancy":
            (doc,) = json.loads(text)
            assert doc["ORG_NAME"] == name and doc["VITAE_EMAIL"] == ""
            assert doc["WORK_ADDRESS"] == h363.place(row)
            assert doc["CONTACT_METHOD"].startswith(f"一、聯絡電話：{tel}（人事室）")
            assert (f"二、傳真：{fax}" in doc["CONTACT_METHOD"]) == bool(fax)
            assert re.fullmatch(r"1\d{6}", doc["DATE_FROM"]) and doc["DATE_TO"] > doc["DATE_FROM"]
        elif r["layout"] == "sequelize_seeder":
            assert text.count("'use strict';") == 1 and text.endswith("};\n")
            obj = _js_object(text)
            assert obj["orgCode"] == code and obj["name"] == name and obj["tel"] == tel
            assert obj.get("fax", "") == fax
            assert f"bulkDelete('Agencies', {{ orgCode: '{code}' }}, {{}})" in text
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "dataset"
            agency, counter = list(root)
            assert agency.tag == "AGENCY" and counter.tag == "SERVICE_COUNTER"
            assert agency.get("ORG_CODE") == counter.get("ORG_CODE") == code
            assert agency.get("ORG_NAME") == name and agency.get("TEL") == tel
            assert agency.get("FAX", "") == fax
            assert counter.get("PHONE") == tel


def test_provenance():
    sources = h363.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "g0v/addressbook-data-converter"
    assert tw["commit"] == "a056289ee8a43a552c8cc3c7ec9ef5c64b2dcbf5"
    assert tw["paths"] == ["rawdata/organization/source-twgovdata-7307.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h363, "held_out_363", tmp_path)
