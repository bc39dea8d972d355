"""held_out_55 of the PII evaluation set (scripts/pii_held_out_55.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; every copy of the kept e-mail address labelled;
the row's ministry id, company and tax numbers and postcode are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_55 as h55  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the school's company and tax numbers and postcode, in every layout
IDENTIFIERS = ("Матични број", "ПИБ", "Поштански број")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h55.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h55.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h55.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h55.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "home_assistant_yaml": 150, "clojure_edn": 150, "lua_module": 150, "erlang_terms": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is; the field stands twice in a Home
    Assistant file and a Lua module, once in an EDN map and a term file."""
    twice = {"home_assistant_yaml", "lua_module"}
    for r in records:
        row, text = _row(r), r["text"]
        value = h55.phone(row)
        copies = text.count(value)
        assert copies == (2 if r["layout"] in twice else 1), r["id"]
        assert re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "RS") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_every_copy_of_the_kept_email_address_is_labelled(records):
    kept = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h55.email(row)
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if not value:
            assert not emails, r["id"]
            continue
        kept += 1
        assert emails == [value] * text.count(value) and emails, r["id"]
    assert kept == 491


def test_spans_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":phone"
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The company number (``7001185``), the tax number (``100141791``), the postcode and
    the ministry's id stand in every record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        for value in [*(h55._f(row, c) for c in IDENTIFIERS), h55.school_id(row)]:
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _unquote(value: str) -> str:
    """A double-quoted EDN, Lua or Erlang string's text."""
    return re.sub(r"\\(.)", r"\1", value)


STRING = r'"((?:[^"\\]|\\.)*)"'


def _balanced(text: str) -> bool:
    """Brackets balance outside strings and comments."""
    depth = 0
    for line in text.splitlines():
        line = re.sub(STRING, '""', line)
        line = re.split(r";;|--|%%", line)[0]
        for c in line:
            depth += {"{": 1, "[": 1, "(": 1, "}": -1, "]": -1, ")": -1}.get(c, 0)
            if depth < 0:
                return False
    return depth == 0


def test_the_documents_are_well_formed(records):
    """The Home Assistant file is YAML whose template sensor's state is the field and whose
    automation's message ends with it; the EDN map and the Lua table balance their brackets
    outside strings and give the field as ``:kontakt/telefon`` and ``telefon``; every line
    of the term file after its comments is one term ending in ``}.`` and ``telefon`` is the
    field as a UTF-8 binary."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h55.phone(row)
        if r["layout"] == "home_assistant_yaml":
            config = yaml.safe_load(text)
            sensor = config["template"][0]["sensor"][0]
            assert sensor["state"] == value
            assert sensor["attributes"]["pib"] == h55._f(row, "ПИБ")
            assert sensor["attributes"]["email"] == h55.email(row)
            assert config["homeassistant"]["time_zone"] == "Europe/Belgrade"
            message = config["automation"][0]["action"][1]["data"]["message"]
            assert message.endswith(": " + value)
        elif r["layout"] == "clojure_edn":
            assert _balanced(text) and text.count("#inst") == 2
            m = re.search(":kontakt/telefon " + STRING, text)
            assert m and _unquote(m.group(1)) == value
            assert re.search(rf"\{{:skola/id {h55.school_id(row)}\n", text)
        elif r["layout"] == "lua_module":
            assert _balanced(text) and text.rstrip().endswith("return M")
            m = re.search(r"\n  telefon = " + STRING + ",\n", text)
            assert m and _unquote(m.group(1)) == value
        else:
            lines = [x for x in text.splitlines() if x and not x.startswith("%%")]
            assert len(lines) == 11
            assert all(x.startswith("{") and x.endswith("}.") and _balanced(x) for x in lines)
            m = re.search(r"\{telefon, <<" + STRING + r"/utf8>>\}\.", text)
            assert m and _unquote(m.group(1)) == value


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h55.data()["sources"]
    assert set(sources) == {"RS"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h55.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RS": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["Телефон"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert sum("Адреса електронске поште" in r["fields"] for r in rows) == 491


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h55.write(rebuilt)
    assert rebuilt.read_bytes() == h55.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_55"
