"""held_out_262 of the PII evaluation set (scripts/pii_held_out_262.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the school's name and street are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import io
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

import pii_held_out_262 as h262  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h262.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h262.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h262.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h262.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "clever_school": 120, "powerschool_xml": 120, "schoology_school": 120,
        "sds_school_csv": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h262.phone(row)
        copies = text.count(value)
        assert copies == 1, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CA") else short)[(number, h262.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h262.international)
    assert kinds == {"national:Phone": 480}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of ten digits, one per school (no number twice);
    479 written ``780-372-3800`` and one ``(780) 484-3585``; the fields are strings as the pages
    give them, the web site in the Markdown autolink's angle brackets (three ``TODO``)."""
    rows = h262.data()["rows"]
    phones = [row["fields"]["Phone"] for row in rows]
    assert len(set(phones)) == len(phones) == 480
    shapes = Counter(re.sub(r"\d", "9", p) for p in phones)
    assert shapes == {"999-999-9999": 479, "(999) 999-9999": 1}
    assert all(p == p.strip() for p in phones)
    for row in rows:
        assert set(row["fields"]) >= {"division", "title", "heading", "Address", "Phone"}
        assert row["fields"]["heading"].startswith(row["fields"]["title"] + " (")
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(row["fields"]["Website"].startswith("<http") for row in rows) == 477
    assert sum(row["fields"]["Website"] == "TODO" for row in rows) == 3


def test_the_address_splits_into_the_published_parts():
    """Street, city, province and postal code joined again give the page's address (but where
    the page wrote ``Alberta`` or gave no postal code); all in Alberta but one in Sifton,
    Manitoba."""
    for row in h262.data()["rows"]:
        where = h262.address_parts(row)
        address = h262._f(row, "Address")
        if where["postal"]:
            assert address.startswith(f"{where['street']}, {where['city']}, ")
            assert address.endswith(where["postal"])
            assert where["province"] in ("AB", "MB")
        else:
            assert where["city"] in address


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or a CSV field)."""
    if layout == "powerschool_xml":
        return escape(value)
    if layout == "sds_school_csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow([value])
        return out.getvalue()
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name and street stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        where = h262.address_parts(row)
        for value in (h262._f(row, "title"), where["street"] or h262._f(row, "Address")):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, XML and CSV by the standard library), the
    row's number and name where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h262.phone(row), h262._f(row, "title")
        postal = h262.address_parts(row)["postal"]
        if r["layout"] == "clever_school":
            doc = json.loads(text)
            school = doc["data"]
            assert school["phone"] == tel and school["name"] == name
            assert school["location"]["zip"] == postal
            assert re.fullmatch(r"[0-9a-f]{24}", school["id"])
            assert doc["links"] == [{"rel": "self", "uri": f"/v3.0/schools/{school['id']}"}]
            assert school["ext"].get("website", "") == h262.website(row)
        elif r["layout"] == "powerschool_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "schools" and len(root) == 1
            school = root.find("school")
            assert school.findtext("phones/main/number") == tel
            assert school.findtext("name") == name
            assert school.findtext("addresses/physical/postal_code") == postal
        elif r["layout"] == "schoology_school":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["title"] == name and doc["fax"] == ""
            assert doc["postal_code"] == postal and doc["country"] == "Canada"
            assert doc["links"]["self"].endswith(f"/v1/schools/{doc['id']}")
        else:
            assert "\r\n" in text
            table = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(table) == 1
            assert tuple(table[0]) == h262.SDS_HEADER
            assert table[0]["Phone"] == tel and table[0]["Name"] == name
            assert table[0]["Zip"] == postal and table[0]["Country"] == "CA"


def test_provenance():
    sources = h262.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "ventilate-schools/AB"
    assert ca["commit"] == "cfd979e12c35b3b1bdb8ab8f60decf06b58f6dcd"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h262.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h262, "held_out_262", tmp_path)
