"""held_out_71 of the PII evaluation set (scripts/pii_held_out_71.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
phone fields, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_71 as h71  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the clinic's coordinates, in every layout
IDENTIFIERS = (h71.LAT, h71.LON)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h71.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h71.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h71.data()["rows"]) == 197
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h71.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "fluent_ftl": 50, "svelte_component": 49, "whatsapp_chat": 49, "hocon_conf": 49,
    }  # fmt: skip


def test_every_copy_of_each_phone_field_is_labelled_unchanged(records):
    """Each number of each phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, under its column, and nothing else is."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in h71.phones(row):
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "HK") else short)[number, column] += copies
        labelled = [
            (r["text"][s:e], kind.split(":", 1)[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            n for n, _ in short.elements()
        ), r["id"]
        assert not r["unscored"]
        total[r["layout"]] += len(labelled)
    assert sum(total.values()) == 303


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``22.4493``) and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h71._f(_row(r), column)
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


FLUENT_ENTRY = re.compile(r"-?[a-zA-Z][a-zA-Z0-9_-]* = ?.*")


def _fluent(text: str) -> dict[str, str]:
    """The messages of a Fluent resource: every line a comment, blank, an entry ``id = ...`` or
    an indented continuation (attributes, pattern lines, select variants); braces balance in
    each entry and no brace stands in its text outside a placeable. The value of each entry's
    first line."""
    out, depth = {}, 0
    for line in text.splitlines():
        if not line or line.startswith("#"):
            assert depth == 0
            continue
        if not line[0].isspace():
            assert depth == 0 and FLUENT_ENTRY.fullmatch(line), line
            key, _, value = line.partition(" = ")
            out[key] = value
        for c in line:
            depth += {"{": 1, "}": -1}.get(c, 0)
            assert depth >= 0, line
    assert depth == 0
    return out


class _Tags(HTMLParser):
    """The open elements of markup, checked as they close."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag, tag


def test_the_documents_are_well_formed(records):
    """The Fluent resource's entries are well formed and ``clinic-tel`` gives the first field;
    the Svelte component's script holds a ``clinic`` object in JSON whose ``phones`` are the
    fields, its markup's elements nest and its blocks close; every chat line has WhatsApp's
    date, time and dash, in order of time, and the clinic's message gives the fields; the
    HOCON file's braces balance and ``primary-phone`` and ``phones`` are JSON values of the
    fields."""
    for r in records:
        row, text = _row(r), r["text"]
        tels = [tel for _, tel in h71.phones(row)]
        if r["layout"] == "fluent_ftl":
            entries = _fluent(text)
            assert entries["clinic-tel"] == f"電話：{tels[0]}"
            assert entries["-clinic-name"] == h71._f(row, "chi_name")
        elif r["layout"] == "svelte_component":
            script = re.search(r"<script>\n(.*?)\n</script>\n", text, re.S)[1]
            clinic = json.loads(re.search(r"const clinic = (\{.*?\n  \});", script, re.S)[1])
            assert clinic["phones"] == tels and clinic["name"] == h71._f(row, "chi_name")
            markup = re.sub(r"\{[#/:][^}]*\}", "", text[text.index("</script>") + 9 :])
            tags = _Tags()
            tags.feed(markup)
            tags.close()
            assert tags.stack == []
            assert text.count("{#each") == text.count("{/each}") == 2
            assert f"<noscript>電話：{'／'.join(tels)}</noscript>" in text
        elif r["layout"] == "whatsapp_chat":
            lines = text.splitlines()
            stamps = [re.match(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d\d):(\d\d) - ", x) for x in lines]
            assert all(stamps), r["id"]
            times = [(int(m[4]), int(m[5])) for m in stamps]
            assert times == sorted(times) and all(h < 24 and m < 60 for h, m in times)
            clinic = f"{h71._f(row, 'chi_name')}: "
            assert any(x.endswith(f"{clinic}預約請致電 {' 或 '.join(tels)}") for x in lines)
        else:
            assert text.count("{") == text.count("}") and "clinic {\n" in text
            values = dict(
                x.strip().split(" = ", 1) for x in text.splitlines() if x.startswith("  ")
            )
            assert json.loads(values["primary-phone"]) == tels[0]
            assert json.loads(values["phones"]) == tels
            assert json.loads(values["name"]) == h71._f(row, "chi_name")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h71.data()["sources"]
    assert set(sources) == {"HK"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h71.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HK": 197}
    assert all(any(sum(c.isdigit() for c in v) >= 6 for _, v in h71.phones(r)) for r in rows)
    assert sum(len(h71.phones(r)) == 2 for r in rows) == 6
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h71.write(rebuilt)
    assert rebuilt.read_bytes() == h71.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_71"
