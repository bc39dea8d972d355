"""held_out_98 of the PII evaluation set (scripts/pii_held_out_98.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's place id and coordinates are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jinja2
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_98 as h98  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the place's Google id and coordinates, in every layout
IDENTIFIERS = ("id", "location.latitude", "location.longitude")
WP = "{http://wordpress.org/export/1.2/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h98.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h98.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h98.data()["rows"]) == 538
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h98.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "wordpress_wxr": 135, "drupal_config": 135, "storybook_story": 134, "twig_template": 134,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    document) if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h98.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ME") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 1076


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_place_id_and_coordinates_are_in_the_text_and_unlabelled(records):
    """The place id (``ChIJ...``), latitude (``42.4426728``) and longitude stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h98._f(_row(r), column)
            found = [
                m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w.])", r["text"])
            ]
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


def _story_args(text: str) -> dict:
    """The story's ``args`` object read as JSON (its keys quoted; its strings are JSON's)."""
    body = text.split("  args: {\n", 1)[1].split("\n  },\n", 1)[0]
    return json.loads("{" + re.sub(r"^\s+(\w+): ", r'"\1": ', body, flags=re.M).rstrip(",") + "}")


def test_the_documents_are_well_formed(records):
    """The WXR item parses as XML with the field in its ``telefon`` post meta and in
    ``content:encoded``; the Drupal config is YAML whose ``settings.telefon`` is the field; the
    story's ``args.telefon`` is the field (and the file is JavaScript to Node where Node is
    installed); the Twig template parses (Jinja's grammar reads these constructs alike) and
    its ``ustanova`` hash holds the field."""
    env = jinja2.Environment()
    stories = []
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "wordpress_wxr":
            item = ET.fromstring(text.encode()).find("channel/item")
            meta = {
                m.findtext(f"{WP}meta_key"): m.findtext(f"{WP}meta_value")
                for m in item.iter(f"{WP}postmeta")
            }
            assert meta["telefon"] == h98.phone(row)
            assert meta["google_place_id"] == h98._f(row, "id")
            assert item.findtext("title") == h98.name(row)
            assert f"Telefon: {h98.phone(row)}</p>" in item.findtext(CONTENT)
        elif r["layout"] == "drupal_config":
            config = yaml.safe_load(text)
            assert config["settings"]["telefon"] == h98.phone(row)
            assert config["label"] == h98.name(row)
            assert config["settings"]["geo"]["lat"] == float(h98._f(row, "location.latitude"))
        elif r["layout"] == "storybook_story":
            args = _story_args(text)
            assert args["telefon"] == h98.phone(row) and args["naziv"] == h98.name(row)
            assert text.count("{") == text.count("}")
            stories.append(text)
        else:
            env.parse(text)
            hash_ = text.split("{% set ustanova = ", 1)[1].split(" %}", 1)[0]
            assert f"  'telefon': '{h98.phone(row)}'," in hash_
    if shutil.which("node"):
        for text in stories[:40]:
            check = subprocess.run(
                ["node", "--input-type=module", "--check"], input=text, text=True,
                capture_output=True,
            )  # fmt: skip
            assert check.returncode == 0, check.stderr


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h98.data()["sources"]
    assert set(sources) == {"ME"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h98.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ME": 538}
    assert len({r["fields"]["id"] for r in rows}) == 538
    assert all(sum(c.isdigit() for c in h98.phone(r)) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("reviews" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h98.write(rebuilt)
    assert rebuilt.read_bytes() == h98.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_98"
