"""held_out_78 of the PII evaluation set (scripts/pii_held_out_78.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_78 as h78  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's coordinates, in every layout
IDENTIFIERS = ("lat", "lng")
SPARQL_STRING = r'"((?:[^"\\\n]|\\.)*)"'


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h78.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h78.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h78.data()["rows"]) == 227
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h78.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "json_feed": 57, "pug_view": 57, "todo_txt": 57, "sparql_update": 56,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``222 22 30 03 / 690 10 02 40`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h78.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CM") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 472


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``3.8745``) and longitude stand in every record's text, outside the
    labels, whole; so do the pharmacy's town and district."""
    for r in records:
        for column in IDENTIFIERS:
            value = h78._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)
        assert h78._f(_row(r), "ville") in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _pug_is_well_formed(text: str) -> None:
    """Indentation by two spaces, one level at a time; attribute parentheses balanced and
    their double-quoted values closed on each line."""
    depth = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 2 == 0 and indent // 2 <= depth + 1, line
        depth = indent // 2
        head = line.strip().split(" ", 1)[0]
        if "(" in head:
            attrs = line[line.index("(") :]
            assert attrs.count("(") == attrs.count(")") and attrs.endswith(")"), line
            assert len(re.sub(r'\\.|[^"]', "", attrs)) % 2 == 0, line


TODO = re.compile(
    r"(?:x (?P<done>\d{4}-\d{2}-\d{2}) )?(?:\((?P<priority>[A-Z])\) )?"
    r"(?:(?P<created>\d{4}-\d{2}-\d{2}) )?(?P<body>\S.*)"
)


def test_the_documents_are_well_formed(records):
    """The feed is JSON Feed 1.1 whose item repeats the field in ``content_text`` and
    ``_pharmacie.telephone``; the Pug view is indented and balanced, with the field in the
    ``meta(itemprop="telephone")`` and the ``Tél.`` line; each todo.txt line parses, the
    call task gives the field after ``au`` and ``geo:`` the coordinates; the SPARQL update's
    braces and brackets balance, each statement ends, and ``schema:telephone`` is the
    field."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h78.phone(row)
        if r["layout"] == "json_feed":
            feed = json.loads(text)
            assert feed["version"] == "https://jsonfeed.org/version/1.1"
            (item,) = feed["items"]
            assert item["_pharmacie"]["telephone"] == value
            assert f"Tél. : {value}." in item["content_text"]
            assert item["_geo"]["coordinates"] == [
                float(h78._f(row, "lng")),
                float(h78._f(row, "lat")),
            ]
            assert item["tags"] == h78.services(row)
        elif r["layout"] == "pug_view":
            _pug_is_well_formed(text)
            assert f'  meta(itemprop="telephone" content="{value}")\n' in text
            assert f"    p.telephone Tél. : {value}\n" in text
            assert text.splitlines()[1] == "extends ../layout"
        elif r["layout"] == "todo_txt":
            lines = text.splitlines()
            assert len(lines) == 4
            tasks = [TODO.fullmatch(line) for line in lines]
            assert all(tasks), r["id"]
            assert tasks[0]["priority"] == "A" and tasks[2]["done"] and not tasks[3]["created"]
            assert tasks[2]["done"] >= tasks[2]["created"]
            assert f" au {value} pour " in tasks[0]["body"]
            tags = dict(w.split(":", 1) for w in text.split() if re.fullmatch(r"[a-z]+:\S+", w))
            assert tags["geo"] == f"{h78._f(row, 'lat')},{h78._f(row, 'lng')}"
            assert tags["id"] == h78._f(row, "id")
        else:
            code = re.sub(SPARQL_STRING, '""', re.sub(r"<[^<>\s]*>", "<>", text))
            code = "\n".join(line for line in code.splitlines() if not line.startswith("#"))
            assert code.count("{") == code.count("}") == 2
            assert code.count("[") == code.count("]") == 2
            assert code.rstrip().endswith("}") and ".\n  }\n}" in code
            assert "INSERT DATA {" in code and code.count("PREFIX ") == 4
            literals = dict(re.findall(r"(schema:\w+) " + SPARQL_STRING, text, flags=re.MULTILINE))
            assert literals["schema:telephone"] == value
            assert literals["schema:identifier"] == h78._f(row, "id")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h78.data()["sources"]
    assert set(sources) == {"CM"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h78.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CM": 227}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)
    for r in rows:
        for key, value in r["fields"].items():
            if key == "services":
                assert all(isinstance(v, str) for v in value)
            else:
                assert isinstance(value, str)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h78.write(rebuilt)
    assert rebuilt.read_bytes() == h78.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_78"
