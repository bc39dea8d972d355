"""held_out_73 of the PII evaluation set (scripts/pii_held_out_73.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the kept role e-mail address labelled wherever it
stands; the facility's name and address are in the text and unlabelled) and are rebuilt byte
for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_73 as h73  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's own fields, in every layout
IDENTIFIERS = ("name", "address")
# characters a layout escapes: a field holding one is checked in the parsed document instead
ESCAPED = re.compile(r"[&<>\"\\\n]|#\{|--")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h73.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h73.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h73.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h73.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "freeswitch_dialplan": 150, "grafana_dashboard": 150, "helm_values": 150,
        "elixir_seeds": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``0393 264953; 0414 345235`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is; the field stands twice in every record."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h73.phone(row)
        copies = text.count(value)
        assert copies >= 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "UG") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_every_copy_of_the_kept_email_address_is_labelled(records):
    kept = 0
    for r in records:
        row, text = _row(r), r["text"]
        found = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if h73.email(row):
            kept += 1
            assert found == [h73.email(row)] * text.count(h73.email(row)) and found, r["id"]
        else:
            assert not found and "@" not in text, r["id"]
    assert kept == 10


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "EMAIL_ADDRESS":
                assert kind == "register"
                continue
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"
    kinds = Counter(k for r in records for *_, k in r["spans"])
    assert kinds == {"national:phone": 722, "international:phone": 602, "register": 10}


def test_the_name_and_address_are_in_the_text_and_unlabelled(records):
    """The facility's name and address stand in every record's text (where no layout escapes
    them), outside the labels, whole."""
    checked = 0
    for r in records:
        for column in IDENTIFIERS:
            value = h73._f(_row(r), column)
            if not value or ESCAPED.search(value):
                continue
            checked += 1
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)
    assert checked > 1000


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _elixir_string(text: str, key: str) -> str:
    """The value of ``key: "..."`` in an Elixir struct literal, its escapes undone."""
    m = re.search(rf'^    {key}: "((?:[^"\\]|\\.)*)",?$', text, re.M)
    assert m, key
    return re.sub(r"\\(.)", lambda x: {"n": "\n", "r": "\r"}.get(x[1], x[1]), m[1])


def test_the_documents_are_well_formed(records):
    """The dialplan is XML whose extension sets ``facility_phone`` to the field; the dashboard
    is JSON whose constant variable and text panel give it; the values file is YAML whose
    ``facility.phone`` and ``FACILITY_PHONE`` are the field; the seeds script's brackets
    balance and its struct's strings are the row's fields."""
    for r in records:
        row, text = _row(r), r["text"]
        value, name = h73.phone(row), h73._f(row, "name")
        if r["layout"] == "freeswitch_dialplan":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "include"
            sets = dict(
                a.get("data").split("=", 1)
                for a in root.iter("action")
                if a.get("application") == "set"
            )
            assert sets["facility_phone"] == value and sets["facility_name"] == name
            assert sets["facility_address"] == h73._f(row, "address")
            assert sets.get("facility_email", "") == h73.email(row)
        elif r["layout"] == "grafana_dashboard":
            model = json.loads(text)
            variables = {v["name"]: v["query"] for v in model["templating"]["list"]}
            assert variables["facility_phone"] == value
            content = model["panels"][0]["options"]["content"]
            assert f"**Tel:** {value}" in content and content.startswith(f"### {name}\n")
            assert model["title"] == f"{name}: blood requests"
        elif r["layout"] == "helm_values":
            values = yaml.safe_load(text)
            assert values["facility"]["phone"] == value and values["facility"]["name"] == name
            env = {e["name"]: e["value"] for e in values["env"]}
            assert env["FACILITY_PHONE"] == value
            assert values["facility"].get("email", "") == h73.email(row)
        else:
            bare = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
            bare = "\n".join(x for x in bare.splitlines() if not x.startswith("#"))
            for a, b in ("()", "{}", "[]"):
                assert bare.count(a) == bare.count(b), r["id"]
            assert _elixir_string(text, "phone") == value
            assert _elixir_string(text, "name") == name
            assert f"# {name} (call {value})" in text
            if h73._f(row, "description"):
                assert _elixir_string(text, "description") == h73._f(row, "description")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h73.data()["sources"]
    assert set(sources) == {"UG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h73.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"UG": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(
        r["fields"]["email"].split("@")[0] in {"info", "customercare"}
        for r in rows
        if "email" in r["fields"]
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h73.write(rebuilt)
    assert rebuilt.read_bytes() == h73.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_73"
