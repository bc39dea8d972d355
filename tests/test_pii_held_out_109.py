"""held_out_109 of the PII evaluation set (scripts/pii_held_out_109.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled, as is each copy of its e-mail address; the
centre's code and postcode are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import ast
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

import pii_held_out_109 as h109  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the centre's code and postcode, in every layout
IDENTIFIERS = ("CODIGO CENTRO", "COD. POSTAL")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h109.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h109.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h109.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h109.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "godot_tscn": 150, "renpy_script": 150, "ink_story": 150, "tiled_tmx": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field, and of the fax field where it is another number, is
    labelled wherever the field stands if a person could hold it (a distractor if not); each
    copy of the e-mail address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        values = {h109.PHONE: h109.phone(row)}
        if h109.fax(row) and h109.fax(row) != h109.phone(row):
            values[h109.FAX] = h109.fax(row)
        expected, short = Counter(), Counter()
        for column, value in values.items():
            copies = text.count(value)
            assert copies >= (2 if column == h109.PHONE else 1), (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "ES") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert Counter((text[s:e], "short") for s, e, *_ in r["distractors"]) == Counter(
            {(n, "short"): c for (n, _), c in short.items()}
        ), r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h109.email(row)
        assert mails == ([address] * text.count(address) if address else []), r["id"]
        assert not address or address.endswith("@educa.madrid.org")
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind.split(":")[0] == ("international" if intl else "national")
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's code (``28060646``) and postcode (``28660``) stand in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h109._f(_row(r), column)
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


def _tscn(text: str) -> list[tuple[str, dict[str, str]]]:
    """A Godot text scene's sections: each ``[...]`` header with its ``key = value`` lines
    (values as written); every other line is blank."""
    sections: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if not line:
            continue
        if m := re.fullmatch(r"\[(\w+)( \w+=(\"[^\"]*\"|\d+))*\]", line):
            sections.append((m.group(1), {}))
        else:
            key, _, value = line.partition(" = ")
            assert re.fullmatch(r"\w+", key) and value, line
            sections[-1][1][key] = value
    return sections


def _ink_unescaped(line: str) -> str:
    return re.sub(r"\\(.)", r"\1", line)


def test_the_documents_are_well_formed(records):
    """The Godot scene is sections of ``key = value`` lines whose string values are JSON
    strings, the root node's ``telefono`` the field and the label's text the sign; the Ren'Py
    script's ``define`` is a Python dict literal with the field and its dialogue and choices are
    string literals; the Ink story declares ``VAR telefono`` as the field and its text has no
    unescaped markup; the Tiled map is XML whose object's ``telefono`` property is the field."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h109.phone(row)
        if r["layout"] == "godot_tscn":
            sections = _tscn(text)
            assert [s for s, _ in sections] == ["gd_scene", "ext_resource", "ext_resource"] + [
                "node"
            ] * 2
            node, label = sections[3][1], sections[4][1]
            assert json.loads(node["telefono"]) == tel
            assert json.loads(node["codigo_centro"]) == h109._f(row, "CODIGO CENTRO")
            assert f"Tel. {tel}" in json.loads(label["text"]).split("\n")
            if h109.fax(row):
                assert json.loads(node["fax"]) == h109.fax(row)
        elif r["layout"] == "renpy_script":
            lines = text.splitlines()
            define = next(x for x in lines if x.startswith("define "))
            centre = ast.literal_eval(define.split(" = ", 1)[1])
            assert centre["telefono"] == tel and centre["cp"] == h109._f(row, "COD. POSTAL")
            said = [
                ast.literal_eval(m.group(1))
                for x in lines
                if (m := re.fullmatch(r"\s+(?:conserje )?(\".*\"):?", x))
            ]
            assert f"Llamar al {tel}" in said
            assert all(len(x) - len(x.lstrip()) in (0, 4, 8, 12) for x in lines)
            assert not any(re.search(r"(?<!\[)\[(?!\[)", s) for s in said)
        elif r["layout"] == "ink_story":
            lines = text.splitlines()
            assert f'VAR telefono = "{tel}"' in lines and "=== puerta ===" in lines
            body = lines[lines.index("=== puerta ===") + 1 :]
            for x in body:
                bare = re.sub(r"\\.", "", x)
                if not x.startswith(("* [", "    ")):
                    assert not re.search(r"[{}\[\]|#~]|//|->", bare), x
            assert any(
                _ink_unescaped(x).endswith(f"Tel. {tel}.") or f"Tel. {tel} " in x for x in body
            )
        else:
            root = ET.fromstring(text)
            assert root.tag == "map" and root.get("version") == "1.10"
            obj = root.find("objectgroup/object")
            props = {p.get("name"): p.get("value", p.text) for p in obj.iter("property")}
            assert props["telefono"] == tel
            assert props["codigo_centro"] == h109._f(row, "CODIGO CENTRO")
            assert f"Teléfono: {tel}" in props["cartel"].split("\n")
            grid = root.find("layer/data").text.strip().split(",\n")
            assert len(grid) == int(root.get("height"))
            assert all(len(line.split(",")) == int(root.get("width")) for line in grid)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h109.data()["sources"]
    assert set(sources) == {"ES"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h109.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["TELEFONO"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("EMAIL2" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h109.write(rebuilt)
    assert rebuilt.read_bytes() == h109.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_109"
