"""held_out_273 of the PII evaluation set (scripts/pii_held_out_273.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled whole; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_273 as h273  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the institution's identifiers, in every layout
IDENTIFIERS = ("name", "address")
MML = "{http://www.medxml.net/MML/v4}"
PH = "{http://www.medxml.net/MML/v4/SharedComponent/Phone/1.0}"
FC = "{http://www.medxml.net/MML/v4/SharedComponent/Facility/1.0}"
RE = "{http://www.medxml.net/MML/v4/ContentModule/Referral/1.0}"
CHTML_DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD Compact HTML 1.0 Draft//EN">'


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h273.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h273.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h273.data()["rows"]) == 535
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h273.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mml_referral": 134, "jahis_notebook": 134, "imode_chtml": 134, "denden_markdown": 133,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field stands twice in every record, each copy labelled whole under its
    column; nothing else is labelled, and there is no distractor."""
    for r in records:
        value = h273.phone(_row(r))
        assert r["text"].count(value) == 2, r["id"]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(value, h273.PHONE): 2}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:tel": 1070}


def test_the_data_keeps_the_published_shape():
    """535 rows (191 of Tokushima, 170 of Kagawa, 174 of Kochi); every kept phone field is one
    Japanese number of ten digits, the groups joined as published: five with a full-width
    hyphen, a hyphen or a katakana prolonged sound mark for one or both; no doctor's name
    kept; every field a string."""
    rows = h273.data()["rows"]
    assert Counter(h273.prefecture(row) for row in rows) == {
        "徳島県": 191, "香川県": 170, "高知県": 174,
    }  # fmt: skip
    for row in rows:
        tel = row["fields"]["tel"]
        assert tel == h273.phone(row) and h273.TEL.fullmatch(tel), row["path"]
        assert sum(c.isdigit() for c in tel) == 10, row["path"]
        assert "doctor" not in row["fields"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    odd = sorted(row["fields"]["tel"] for row in rows if re.search(r"[^\d-]", row["fields"]["tel"]))
    assert odd == ["0875‐52‐3800", "087‐843-3315", "088-837ｰ1233", "0887－34－1155",
                   "088－685－8855"]  # fmt: skip
    assert len({(h273._f(row, "name"), h273.phone(row)) for row in rows}) == 535


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML or HTML text, a JAHIS field, Markdown)."""
    if layout in ("mml_referral", "imode_chtml"):
        return escape(value, {'"': "&quot;"})
    if layout == "jahis_notebook":
        return value.replace(",", "，").replace("\n", "")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h273._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Links(HTMLParser):
    """The ``href``, ``accesskey`` and text of each link of a Compact HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[list[str]] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            a = dict(attrs)
            self.links.append([a.get("href", ""), a.get("accesskey", ""), ""])
            self._open = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.links[-1][2] += data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (MML by the standard library's XML parser, the
    i-mode page by its HTML parser, JAHIS and Denden by their fixed line shapes), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h273.phone(row), h273._f(row, "name")
        if r["layout"] == "mml_referral":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{MML}Mml" and root.get("version") == "4.0"
            assert [e.text for e in root.iter(f"{PH}full")] == [tel, tel]
            module = root.find(f"{MML}MmlBody/{MML}MmlModuleItem/{MML}content/{RE}ReferralModule")
            assert module.findtext(f"{RE}title") == "診療情報提供書"
            names = [e.text for e in module.find(f"{RE}referFrom").iter(f"{FC}name")]
            assert names == [name]
            to = module.find(f"{RE}referToFacility")
            partner = h273.partner(row)
            assert (to.findtext(f"{FC}Facility/{FC}name") if to is not None else "") == partner
        elif r["layout"] == "jahis_notebook":
            assert text.startswith("JAHISTC08,1\r\n") and text.endswith("\r\n")
            lines = text[:-2].split("\r\n")
            assert all("\n" not in line for line in lines)
            records_by_no = {line.split(",")[0]: line.split(",") for line in lines[1:]}
            eleven = records_by_no["11"]
            assert (
                len(eleven) == 9 and eleven[7] == tel and eleven[1] == _encoded(r["layout"], name)
            )
            assert eleven[2] == h273.PREFECTURES[h273.prefecture(row)]
            assert records_by_no["51"][4] == eleven[4] and re.fullmatch(r"\d{7}", eleven[4])
            assert records_by_no["501"][1].endswith(f"（{tel}）まで。")
        elif r["layout"] == "imode_chtml":
            assert text.startswith(
                '<!DOCTYPE HTML PUBLIC "-//W3C//DTD Compact HTML 1.0 Draft//EN">'
            )
            assert 'charset=Shift_JIS">' in text
            parser = _Links()
            parser.feed(text)
            assert parser.links[0] == [f"tel:{tel}", "1", tel]
            assert [key for _, key, _ in parser.links if key] == ["1", "2", "0"]
        else:
            assert re.match(r"\[%\d+\]\n\n## ", text) and text.endswith("\n===\n")
            assert f"\n* 電話：{tel}\n" in text
            assert f"受診の前に必ず{tel}へお電話でご相談ください。" in text
            ref = re.search(r"\[\^(\d+)\]。", text).group(1)
            assert f"\n[^{ref}]: 令和^2^年^6^月^10^日時点" in text


def test_provenance():
    sources = h273.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "mima3/yakusyopdf"
    assert jp["commit"] == "1d58ece1944e99f2109ef38ad4be85ee5364eeed"
    assert jp["paths"] == ["latest/徳島県.json", "latest/香川県.json", "latest/高知県.json"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h273.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 535}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h273, "held_out_273", tmp_path)
