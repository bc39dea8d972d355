"""held_out_24 of the PII evaluation set (scripts/pii_held_out_24.py): its committed records
keep the generator's invariants (every labelled phone is its row's real ``TELEFONO`` field,
copied unchanged, each copy labelled; the establishment's codes are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import base64
import gzip
import json
import quopri
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_24 as h24  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

# the establishment code and the district code, in every layout
IDENTIFIERS = ("CODIGO", "DISTRITO")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h24.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h24.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h24.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h24.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h24.LAYOUTS, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = _row(r)["fields"]["TELEFONO"]
        assert field == h24.phone(_row(r)) and re.fullmatch(r"\d{8}", field)
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == [field] == [field] * r["text"].count(field), r["id"]
        assert personal_phone(field, "GT")
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in r["text"], r["id"]


def test_the_establishments_codes_are_in_the_text_and_unlabelled(records):
    """The establishment code (``16-01-0613-46``) and the district code (``16-031``) stand in
    every record's text, outside the labels, whole (a vCard's soft line break never cuts
    one)."""
    for r in records:
        for column in IDENTIFIERS:
            value = h24._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<![\d-]){value}(?![\d-])", r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"])


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


class _Cells(HTMLParser):
    """The texts of an HTML table's ``td`` cells, row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, str]]] = []
        self._class: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._class = dict(attrs)["class"]
            self.rows[-1].append((self._class, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._class = None

    def handle_data(self, data: str) -> None:
        if self._class is not None:
            kind, text = self.rows[-1][-1]
            self.rows[-1][-1] = (kind, text + data)


def test_the_documents_are_well_formed(records):
    """The OSM file is XML whose node's ``phone`` and ``ref:mineduc`` tags are the row's; the
    vCard's quoted-printable values, folded at 76 characters, decode to the row's name and a
    note naming its codes; the sheet's row 1 is the register's column names and row 2 the row,
    the number right-aligned; the GraphQL answer is JSON whose Relay id decodes to the code."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "osm_node_xml":
            (node,) = ElementTree.fromstring(text.encode("utf-8"))
            tags = {t.get("k"): t.get("v") for t in node}
            assert (
                tags["phone"] == h24.phone(row) and tags["ref:mineduc"] == row["fields"]["CODIGO"]
            )
            assert tags["name"] == h24._f(row, "ESTABLECIMIENTO")
        elif r["layout"] == "vcard21_quoted_printable":
            assert text.startswith("BEGIN:VCARD\r\nVERSION:2.1\r\n") and text.endswith(
                "END:VCARD\r\n"
            )
            unfolded = text.replace("=\r\n", "")
            values = {}
            for line in unfolded.split("\r\n"):
                if ":" in line:
                    name, value = line.split(":", 1)
                    if "QUOTED-PRINTABLE" in name:
                        value = quopri.decodestring(value.encode()).decode("utf-8")
                    values[name.split(";")[0]] = value
            assert values["FN"] == h24._f(row, "ESTABLECIMIENTO")
            assert values["TEL"] == h24.phone(row)
            assert f"Código de establecimiento: {row['fields']['CODIGO']}" in values["NOTE"]
            folded = [line for line in text.split("\r\n") if line.endswith("=")]
            assert all(len(line) <= 76 for line in folded), r["id"]
        elif r["layout"] == "google_sheets_html":
            cells = _Cells()
            cells.feed(text)
            header, values = (row_ for row_ in cells.rows if row_)
            assert [t for _, t in header] == list(h24.COLUMNS)
            assert dict(zip(h24.COLUMNS, values, strict=True))["TELEFONO"] == ("s2", h24.phone(row))
        else:
            node = json.loads(text)["data"]["establecimiento"]
            assert node["telefono"] == h24.phone(row)
            assert base64.b64decode(node["id"]).decode() == f"Establecimiento:{node['codigo']}"
            assert node["distrito"]["codigo"] == row["fields"]["DISTRITO"]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h24.data()["sources"]
    assert set(sources) == {"GT"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h24.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GT": 600}
    assert not any({"SUPERVISOR", "DIRECTOR"} & set(r["fields"]) for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:GT", "PHONE_NUMBER"): 600}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h24.write(rebuilt)
    assert rebuilt.read_bytes() == h24.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_24"
