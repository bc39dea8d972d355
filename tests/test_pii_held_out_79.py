"""held_out_79 of the PII evaluation set (scripts/pii_held_out_79.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest
import yaml
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_79 as h79  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the branch's coordinates, in every layout
IDENTIFIERS = ("latitude", "longitude")
SSML = "{http://www.w3.org/2001/10/synthesis}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h79.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h79.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h79.data()["rows"]) == 147
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h79.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "node_red_flow": 37, "traefik_dynamic": 37, "rasa_domain": 37, "ssml_prompt": 36,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``081 421 572 / 016 444 141`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h79.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "KH") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_the_counts_of_labelled_numbers(records):
    spans = [s for r in records for s in r["spans"]]
    assert len(spans) == 258
    assert Counter(s[3] for s in spans) == {"national:phone": 177, "international:phone": 81}
    assert sum(len(r["distractors"]) for r in records) == 2


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``11.563457``) and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h79._f(_row(r), column)
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


def test_the_documents_are_well_formed(records):
    """The flow is a JSON array of Node-RED nodes whose comment and function carry the field;
    the Traefik file is TOML whose headers middleware repeats it; the Rasa domain is YAML whose
    responses give it in Khmer text and a ``tel:`` button; the SSML prompt is XML whose
    ``say-as`` reads it."""
    for r in records:
        row, text, value = _row(r), r["text"], h79.phone(_row(r))
        lat, lon = h79._f(row, "latitude"), h79._f(row, "longitude")
        if r["layout"] == "node_red_flow":
            nodes = json.loads(text)
            by_type = {node["type"]: node for node in nodes}
            assert set(by_type) == {"tab", "comment", "inject", "function", "http request"}
            assert by_type["comment"]["info"].endswith(f"Tel: {value}")
            assert f'to: "{value}",' in by_type["function"]["func"]
            assert all(node.get("z", node["id"]) == nodes[0]["id"] for node in nodes)
        elif r["layout"] == "traefik_dynamic":
            config = tomllib.loads(text)["http"]
            key = h79._slug(row)
            headers = config["middlewares"][f"{key}-headers"]["headers"]
            assert headers["customResponseHeaders"]["X-Branch-Phone"] == value
            assert headers["customResponseHeaders"]["X-Branch-Geo"] == f"{lat},{lon}"
            assert config["routers"][key]["service"] == key
        elif r["layout"] == "rasa_domain":
            domain = yaml.safe_load(text)
            answer = domain["responses"]["utter_branch_phone"][0]
            assert answer["text"] == f"លេខទូរស័ព្ទសាខា៖ {value}"
            assert answer["buttons"][0]["payload"] == f"tel:{value}"
            custom = domain["responses"]["utter_branch_location"][0]["custom"]
            assert custom == {"latitude": float(lat), "longitude": float(lon)}
        else:
            speak = etree.fromstring(text.encode("utf-8"))
            assert speak.tag == f"{SSML}speak"
            assert speak.get("{http://www.w3.org/XML/1998/namespace}lang") == "km-KH"
            (say,) = speak.iter(f"{SSML}say-as")
            assert say.get("interpret-as") == "telephone" and say.text == value
            assert next(speak.iter(f"{SSML}mark")).get("name") == f"geo:{lat},{lon}"


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h79.data()["sources"]
    assert set(sources) == {"KH"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h79.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KH": 147}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["path"].split("#")[0].endswith("/Banks.kt") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h79.write(rebuilt)
    assert rebuilt.read_bytes() == h79.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_79"
