"""held_out_95 of the PII evaluation set (scripts/pii_held_out_95.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
phone fields, copied unchanged, each copy labelled; the row's coordinates and Yandex id are in
the text and unlabelled), each layout is a well-formed document of its format, and the file is
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

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

import pii_held_out_95 as h95  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the station's coordinates and Yandex organisation id, in every layout
IDENTIFIERS = ("lat", "lng", "yandexId")
FO = "{http://www.w3.org/1999/XSL/Format}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h95.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h95.by_locale()[locale][n]


def _values(row: dict) -> list[str]:
    return [value for _, value in h95.phones(row)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h95.data()["rows"]) == 284
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h95.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "dita_topic": 71, "texinfo_manual": 71, "xsl_fo_form": 71, "textile_page": 71,
    }  # fmt: skip


def test_every_copy_of_each_phone_field_is_labelled_unchanged(records):
    """Each number of each phone field is labelled wherever the field stands (a copy inside a
    longer field's copy, or a second field equal to a first, counted once) if a person could
    hold it, a distractor if not, and nothing else is; every field stands in the text, the
    first one at least twice."""
    for r in records:
        row, text = _row(r), r["text"]
        values = _values(row)
        assert values and all(v in text for v in values), r["id"]
        assert text.count(values[0]) >= 2, r["id"]
        taken: list[tuple[int, int, str]] = []
        for value in sorted(values, key=len, reverse=True):
            for m in re.finditer(re.escape(value), text):
                if not any(s <= m.start() and m.end() <= e for s, e, _ in taken):
                    taken.append((m.start(), m.end(), value))
        expected, short = [], []
        for start, _, value in taken:
            assert not re.match(r"\d", text[start - 1 : start]), r["id"]
            assert not re.match(r"\d", text[start + len(value) : start + len(value) + 1])
            for s, e in numbers(value):
                (expected if personal_phone(value[s:e], "UZ") else short).append(
                    (start + s, start + e)
                )
        assert sorted((s, e) for s, e, *_ in r["spans"]) == sorted(expected), r["id"]
        assert sorted((s, e) for s, e, *_ in r["distractors"]) == sorted(short), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind_and_column(records):
    """Each label names the column whose field holds the number, and its kind by the number as
    ``numbers`` cuts it (``+7 (342) 233-61-46`` gives ``(342) 233-61-46``, national)."""
    for r in records:
        fields = dict(h95.phones(_row(r)))
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, label in r["spans"]:
            kind, column = label.split(":")
            number = r["text"][s:e]
            assert number in fields[column], r["id"]
            intl = number.startswith("+")
            assert kind == ("international" if intl else "national"), r["id"]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The latitude (``41.315499``), longitude and Yandex id (``13662309608``) stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h95._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
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


def _dita(text: str, row: dict) -> None:
    """A DITA reference topic: its properties give each number under ``Telefon``, the
    ``Aloqa`` section the first one."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "reference" and root.get("id") == f"ayoqsh-{h95._f(row, 'yandexId')}"
    assert root.findtext("title") == h95._f(row, "name")
    props = [
        (p.findtext("proptype"), p.findtext("propvalue"))
        for p in root.iter("property")
    ]  # fmt: skip
    assert [v for k, v in props if k == "Telefon"] == _values(row)
    assert dict(props)["Yandex ID"] == h95._f(row, "yandexId")
    assert root.find("refbody/section/p/ph").text == h95.first_phone(row)


def _texinfo(text: str, row: dict) -> None:
    """A Texinfo file: its header and ``@bye``, one ``@table`` and ``@example`` closed, braces
    balanced once escapes are read, each number the line after an ``@item Telefon``."""
    assert text.startswith("\\input texinfo\n@setfilename ") and text.endswith("@bye\n")
    lines = text.splitlines()
    for env in ("table", "example"):
        assert sum(x.startswith(f"@{env}") for x in lines) == lines.count(f"@end {env}") == 1
    bare = re.sub(r"@[@{}]", "", text)
    assert bare.count("{") == bare.count("}")
    unescape = lambda s: re.sub(r"@([@{}])", r"\1", s)  # noqa: E731
    got = [unescape(lines[i + 1]) for i, x in enumerate(lines) if x == "@item Telefon"]
    assert got == _values(row)
    assert f"qo'ng'iroq: {h95.first_phone(row)}" in [unescape(x) for x in lines]


def _xsl_fo(text: str, row: dict) -> None:
    """An XSL-FO document: a page master, the footer's first number, a two-column table whose
    ``Telefon`` rows give each number."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{FO}root"
    assert root.find(f"{FO}layout-master-set/{FO}simple-page-master") is not None
    footer = "".join(root.find(f".//{FO}static-content").itertext())
    assert f"Ishonch telefoni: {h95.first_phone(row)} |" in footer
    cells = [
        ["".join(c.itertext()) for c in tr.findall(f"{FO}table-cell")]
        for tr in root.iter(f"{FO}table-row")
    ]
    assert all(len(c) == 2 for c in cells)
    assert [v for k, v in cells if k == "Telefon"] == _values(row)


def _textile(text: str, row: dict) -> None:
    """A Textile page: the heading, a table whose header and rows have two cells, the rows'
    second cells the numbers, and the ``bq.`` line with the first one."""
    lines = text.splitlines()
    assert lines[0] == f"h1. {h95._f(row, 'name')}"
    table = [x for x in lines if x.startswith("|")]
    assert table[0] == "|_. Raqam turi |_. Telefon |"
    cells = [[c.strip() for c in x.strip("|").split("|")] for x in table[1:]]
    assert all(len(c) == 2 for c in cells)
    assert [c[1] for c in cells] == _values(row)
    assert f"bq. Navbatchi operator: {h95.first_phone(row)}" in lines


def test_the_documents_are_well_formed(records):
    check = {
        "dita_topic": _dita,
        "texinfo_manual": _texinfo,
        "xsl_fo_form": _xsl_fo,
        "textile_page": _textile,
    }
    for r in records:
        check[r["layout"]](r["text"], _row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h95.data()["sources"]
    assert set(sources) == {"UZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h95.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"UZ": 284}
    phones = sources["UZ"]["roles"]["phone"]
    assert all(
        any(sum(c.isdigit() for c in r["fields"].get(p, "")) >= 6 for p in phones) for r in rows
    )
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h95.write(rebuilt)
    assert rebuilt.read_bytes() == h95.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_95"
