"""held_out_353 of the PII evaluation set (scripts/pii_held_out_353.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
fax, unchanged, each copy labelled; the facility's name, address and corporate number are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor
keeps the register's rows by its rules. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import io
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import jp_hachioji_childcare_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_353 as h353  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("名称", "住所")
# copies of each value a record of each layout writes: (telephone, fax)
COPIES = {
    "microcms_list": (2, 1),
    "redmine_issue_xml": (2, 2),
    "snipeit_locations": (1, 1),
    "asana_task": (4, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h353.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h353.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h353.data()["rows"]) == 144
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h353.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 36 for layout in h353.LAYOUTS}
    # the structured documents read as English to ``page_languages``, a few CMS answers whose
    # notice is long as Japanese
    assert Counter(r["language"] for r in records) == {"en": 141, "ja": 3}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the fax (where it is a line of its own) are labelled wherever they
    stand, each whole, under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h353.phone(row), h353.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:電話番号"): n_tel})
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:FAX番号")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h353.international)
    assert kinds == {"national:電話番号": 324, "national:FAX番号": 140}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``0AA-AAA-NNNN`` as the city typed it, the last hyphen
    full-width in 83 of them, a number a person could hold, no two alike; the faxes are in the
    same shape or empty (20 the telephone again); no individually run facility is kept; the
    fields are strings as the workbook holds them."""
    rows = h353.data()["rows"]
    tels = [h353.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d{2}-\d{3}[-－]\d{4}", tel) for tel in tels)
    assert sum("－" in tel for tel in tels) == 83
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 144
    faxes = [row["fields"]["FAX番号"] for row in rows]
    assert Counter(f == "" for f in faxes) == {False: 114, True: 30}
    assert all(re.fullmatch(r"0\d{2}-\d{3}[-－]\d{4}", f) for f in faxes if f)
    assert sum(bool(h353.fax(row)) for row in rows) == 94
    assert not any(row["fields"]["団体名"].strip() == extractor.INDIVIDUAL for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert Counter(row["fields"]["種別"] for row in rows) == {
        "認定私立保育所": 86, "私立幼稚園": 29, "認定公立保育所": 16, "事業所内保育事業": 5,
        "東京都認証保育所": 5, "小規模保育事業": 2, "認定こども園（地方裁量型）": 1,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "redmine_issue_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name and address, and its corporate number where the layout writes it,
    stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        columns = [*IDENTIFIERS]
        if r["layout"] in ("microcms_list", "redmine_issue_xml"):
            columns.append("法人番号")
        for column in columns:
            value = _encoded(r["layout"], h353._f(row, column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h353.phone(row), h353.fax(row), h353.name(row)
        if r["layout"] == "microcms_list":
            doc = json.loads(text)
            assert doc["totalCount"] == len(doc["contents"]) == 1
            assert (doc["offset"], doc["limit"]) == (0, 10)
            item = doc["contents"][0]
            assert item["name"] == name and item["tel"] == tel and item.get("fax", "") == fax
            assert item["category"] == [row["fields"]["種別"]]
            assert f"（電話 {tel}）" in item["notice"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", item["licensedAt"])
            assert item["publishedAt"].endswith("Z") and item["revisedAt"] == item["updatedAt"]
        elif r["layout"] == "redmine_issue_xml":
            issue = ET.fromstring(text.encode("utf-8"))
            assert issue.tag == "issue" and issue.find("tracker").get("name") == "データ修正"
            assert issue.findtext("subject").startswith(f"【施設情報】{name} ")
            customs = {c.get("name"): c.findtext("value") for c in issue.iter("custom_field")}
            assert customs == {"施設番号": row["fields"]["NO"], "電話番号": tel, "FAX番号": fax}
            description = issue.findtext("description")
            assert f"* 電話番号: {tel}" in description
            assert (f"* FAX番号: {fax}" in description) == bool(fax)
        elif r["layout"] == "snipeit_locations":
            doc = json.loads(text)
            assert doc["total"] == len(doc["rows"]) == 1
            loc = doc["rows"][0]
            assert loc["name"] == name and loc["phone"] == tel and loc["fax"] == (fax or None)
            assert loc["country"] == "JP" and loc["currency"] == "JPY" and loc["zip"] is None
            assert loc["assets_count"] >= loc["assigned_assets_count"]
            assert set(loc["created_at"]) == {"datetime", "formatted"}
        else:
            task = json.loads(text)["data"]
            assert task["resource_type"] == "task" and task["name"].startswith(f"{name}：")
            assert task["permalink_url"].endswith(f"/{task['gid']}")
            text_field = task["custom_fields"][0]
            assert text_field["type"] == "text"
            assert text_field["text_value"] == text_field["display_value"] == tel
            assert f"連絡先：{h353.lines(row)}" in task["notes"]
            assert task["html_notes"].startswith("<body>")
            assert task["html_notes"].endswith("</body>")
            ET.fromstring(task["html_notes"].encode("utf-8"))


def test_provenance():
    sources = h353.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "jun-s-19/makedata_papamama_hachioji"
    assert jp["commit"] == "3146bf9b1fd6107d68ee4018d02d441cc97d94dd"
    assert jp["paths"] == ["data_orig/kosodateshisetuitiran.xlsx"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h353.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 144}


def _workbook(cells: list[list[str]]) -> bytes:
    """A workbook of one sheet whose shared strings carry furigana runs, as the city's does."""
    strings, index, sheet_rows = [], {}, []
    for r, row in enumerate(cells, start=1):
        refs = []
        for c, value in enumerate(row):
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            ref = f"{chr(65 + c)}{r}"
            refs.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(refs)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    shared = "".join(
        f'<si><t>{escape(s)}</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>' for s in strings
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">{shared}</sst>')
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        )
    return out.getvalue()


def test_the_extractor_keeps_rows_by_its_rules(tmp_path, monkeypatch):
    """A facility is kept with its furigana dropped, once per number, not when its operator is
    an individual, not when its number is short or an earlier part's."""
    earlier = next(iter(extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "81")))
    head = ["NO", "名称", "団体名", "電話番号", "FAX番号"]
    cells = [
        head,
        ["1", "みどり保育園", "社会福祉法人みどり会", "042-600-0001", "042-600－0002"],
        ["2", "みどり保育園分園", "社会福祉法人みどり会", "042-600－0001", ""],
        ["3", "家庭保育室", "（個人立）", "042-600-0003", ""],
        ["4", "短い番号", "株式会社", "600-01", ""],
        ["5", "既出の番号", "学校法人", earlier, ""],
    ]
    book = _workbook(cells)
    monkeypatch.setattr(extractor, "_git", lambda git_dir, *args: book)
    rows = extractor.extract({"JP": tmp_path})["rows"]
    assert [r["fields"]["名称"] for r in rows] == ["みどり保育園"]
    assert rows[0]["fields"] == dict(zip(head, cells[1], strict=True))
    assert rows[0]["path"] == f"{extractor.PATH}#0"


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h353, "held_out_353", tmp_path)
