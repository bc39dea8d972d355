"""held_out_330 of the PII evaluation set (scripts/pii_held_out_330.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real campsite or
managing-office telephone field, copied unchanged, each copy labelled under its column; the name
and address are in the text and unlabelled) and are rebuilt byte for byte from the committed
data, and the data from the fetched mirror where it is on the machine. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from html import escape as html_escape
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_campsites_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_330 as h330  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/SonHyeok+camping-data/repo")
# how many copies of the campsite's and of the managing office's telephone each layout writes
COPIES = {
    "clova_ocr_template_json": (1, 1),
    "altibase_iloader_sh": (1, 1),
    "tui_calendar_js": (2, 1),
    "kcp_payment_html": (2, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h330.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h330.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h330.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h330.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h330.LAYOUTS}


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each telephone field is one number, labelled whole wherever the field stands, under its
    column (the managing office's under the campsite's where they are one number); nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mtel = h330.phone(row), h330.manager_phone(row)
        own, managers = COPIES[r["layout"]]
        if not mtel:
            managers = 0
        for value in filter(None, (tel, mtel)):
            assert numbers(value) == [(0, len(value))], r["id"]
            assert personal_phone(value, "KR"), r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        if mtel == tel:
            assert text.count(tel) == own + managers, r["id"]
            assert labelled == {(tel, h330.PHONE): own + managers}, r["id"]
        else:
            assert text.count(tel) == own, r["id"]
            expected = Counter({(tel, h330.PHONE): own})
            if managers:
                assert text.count(mtel) == managers, r["id"]
                expected[(mtel, h330.MANAGER_PHONE)] = managers
            assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h330.international)
    assert kinds == {"national:야영장전화번호": 622, "national:관리기관전화번호": 275}


def test_the_data_keeps_the_published_shape():
    """400 campsites, each with one number as the providing office typed it, 400 distinct;
    every field a string as published; the managing office's number kept as published, four
    of them placeholders the part does not write."""
    rows = h330.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h330.PHONE]
        assert value == value.strip()
        assert extractor.kept_number(value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 364, "999-9999-9999": 27, "9999-9999": 4, "99-999-9999": 3,
        "99-9999-9999": 2,
    }  # fmt: skip
    assert len({h330.phone(row) for row in rows}) == 400
    assert sum(not h330.manager_phone(row) for row in rows) == 4
    assert sum(h330.manager_phone(row) == h330.phone(row) for row in rows) == 29
    assert Counter(row["fields"]["야영(캠핑)장구분"] for row in rows) == {
        "야영장": 310,
        "자동차야영장": 90,
    }


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, a JavaScript or data-file string, or
    within a JSON string)."""
    if layout == "kcp_payment_html":
        return html_escape(value)
    if layout == "tui_calendar_js":
        return h330._js(value)[1:-1]
    if layout == "altibase_iloader_sh":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside
    the labels."""
    for r in records:
        row = _row(r)
        for value in (h330.name(row), h330.address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the OCR response as JSON, the data file's row as
    CSV, the module and the page by their parts), the row's numbers where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mtel, name = h330.phone(row), h330.manager_phone(row), h330.name(row)
        if r["layout"] == "clova_ocr_template_json":
            response = json.loads(text)
            assert response["version"] == "V2" and isinstance(response["timestamp"], int)
            (image,) = response["images"]
            assert image["inferResult"] == "SUCCESS"
            fields = {f["name"]: f["inferText"] for f in image["fields"]}
            assert fields["야영장명"] == name and fields["전화번호"] == tel
            assert fields.get("관리기관 전화번호", "") == mtel
            assert all(f["type"] == "NORMAL" for f in image["fields"])
        elif r["layout"] == "altibase_iloader_sh":
            assert text.startswith("#!/bin/sh\n")
            form = text.split("cat > campsite.fmt <<'EOF'\n", 1)[1].split("\nEOF\n", 1)[0]
            assert form.startswith("table CAMPSITE\n{\n")
            assert form.endswith("}\nDATA_NLS_USE=UTF8")
            line = text.split("cat > campsite.dat <<'EOF'\n", 1)[1].split("\nEOF\n", 1)[0]
            (values,) = list(csv.reader(io.StringIO(line)))
            columns = [c for c, *_ in h330.COLUMNS]
            assert len(values) == len(columns)
            got = dict(zip(columns, values, strict=True))
            assert got["CAMP_TELNO"] == tel and got["MNG_INSTT_TELNO"] == mtel
            assert got["CAMP_NM"] == name
            assert "  in -f campsite.fmt -d campsite.dat -mode append \\\n" in text
        elif r["layout"] == "tui_calendar_js":
            assert text.startswith("import Calendar from '@toast-ui/calendar';\n")
            assert "calendar.createEvents([\n" in text and text.endswith("]);\n")
            assert f"      tel: '{tel}',\n" in text
            assert re.search(rf"    body: '[^'\n]*문의 ☎ {re.escape(tel)}',\n", text)
            assert (f"      managerTel: '{mtel}',\n" in text) == bool(mtel)
        else:
            assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
            assert "kcp_spay_hub.js" in text and "KCP_Pay_Execute_Web(form);" in text
            assert f'<input type="hidden" name="buyr_tel1" value="{tel}">' in text
            assert f"<tr><th>전화번호</th><td>{tel}</td></tr>" in text
            assert f'<input type="hidden" name="buyr_name" value="{html_escape(name)}">' in text


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h330.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "SonHyeok/camping-data"
    assert kr["commit"] == "1fbe7a80ba4f5860b6633678c7cb4a98a787cae8"
    assert kr["path"] == "전국야영(캠핑)장표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국야영(캠핑)장표준데이터" in kr["publisher"]
    rows = h330.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h330, "held_out_330", tmp_path)
