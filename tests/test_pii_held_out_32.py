"""held_out_32 of the PII evaluation set (scripts/pii_held_out_32.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of each of the row's e-mail addresses
labelled; the SIC id and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_32 as h32  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h32.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h32.by_locale()[locale][n]


class _Meta(HTMLParser):
    """The ``(property or name, content)`` pairs of a page's ``<meta>`` tags."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and "content" in a:
            self.tags.append((a.get("property") or a.get("name") or "", a["content"] or ""))


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h32.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h32.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "open_graph_head": 125, "asciidoc_page": 125, "gutenberg_blocks": 125,
        "hugo_front_matter": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_addresses_is_labelled_unchanged(records):
    """Each number of the phone field (``(844) 483 00 82, 483 00 33 ext. 127`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not; each
    copy of each e-mail address is labelled (a field may hold two), and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h32.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MX") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        found = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert found == {a: text.count(a) for a in h32.emails(row)}, r["id"]
        assert all(found.values()), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":museo_telefono1"


def test_the_sic_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The SIC id (``929``) and the postcode (``20059``, where the row has one) stand in
    every record's text whole, outside the labels (a short id may also be digits of a phone:
    ``30`` in ``668 186 29 30``)."""
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in ("museo_id", "museo_cp"):
            value = h32._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """The Open Graph head's ``business:contact_data`` tags give the row's phone field and
    addresses; the AsciiDoc page opens with its title and gives ``Teléfono::`` and a closed
    ``|===`` table; every Gutenberg block opened is closed, in order, with JSON attributes;
    the Hugo front matter is TOML whose ``[params]`` give ``telefono`` and ``correo``."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "open_graph_head":
            parser = _Meta()
            parser.feed(text)
            tags = parser.tags
            assert ("og:type", "business.business") in tags
            assert ("business:contact_data:phone_number", h32.phone(row)) in tags
            assert [v for k, v in tags if k == "business:contact_data:email"] == h32.emails(row)
            assert ("og:url", h32._f(row, "link_sic")) in tags
        elif r["layout"] == "asciidoc_page":
            assert text.startswith(f"= {h32._f(row, 'museo_nombre')}\n:lang: es\n")
            assert f"\nTeléfono:: {h32.phone(row)}\n" in text
            assert text.count("\n|===\n") == 2
        elif r["layout"] == "gutenberg_blocks":
            stack = []
            for m in re.finditer(r"<!-- (/?)wp:([a-z-]+)(?: (\{.*?\}))? -->", text):
                if m.group(1):
                    assert stack.pop() == m.group(2), r["id"]
                else:
                    stack.append(m.group(2))
                    if m.group(3):
                        json.loads(m.group(3))
            assert not stack
            assert f"<strong>Teléfono:</strong> {h32.phone(row)}</li>" in text
        else:
            front = text.split("+++\n")[1]
            params = tomllib.loads(front)["params"]
            assert params["telefono"] == h32.phone(row)
            assert params["correo"] == h32.email_field(row)
            assert params["sic_id"] == int(h32._f(row, "museo_id"))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h32.data()["sources"]
    assert set(sources) == {"MX"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h32.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 500}
    assert all(sum(c.isdigit() for c in r["fields"]["museo_telefono1"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h32.write(rebuilt)
    assert rebuilt.read_bytes() == h32.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_32"
