"""held_out_58 of the PII evaluation set (scripts/pii_held_out_58.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
fields, copied unchanged, each copy labelled; the row's MEP code and district are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_58 as h58  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

LIQUIBASE = "{http://www.liquibase.org/xml/ns/dbchangelog}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h58.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h58.by_locale()[locale][n]


def _values(row: dict) -> list[str]:
    return [value for _, value in h58.phones(row)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h58.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h58.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "liquibase_changelog": 150, "neo4j_cypher": 150, "docker_compose": 150,
        "github_workflow": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each distinct number of the two phone fields is labelled wherever it stands (a second
    field that repeats the first is the same copies), and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in set(_values(row)):
            copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
            assert copies and copies == text.count(value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "CR") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind_and_column(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        first = dict((v, c) for c, v in reversed(h58.phones(_row(r))))
        for s, e, _, kind in r["spans"]:
            value = r["text"][s:e]
            assert not value.startswith("+")
            assert kind == f"national:{first[value]}"


def test_the_code_and_district_are_in_the_text_and_unlabelled(records):
    """The MEP code (``3949``, where the list gives one) and the district stand in every
    record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        values = [h58._f(row, "DISTRITO")]
        if h58._f(row, "CODIGO") != "0":
            values.append(h58._f(row, "CODIGO"))
        spans = [*r["spans"], *r["distractors"]]
        for value in values:
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _cypher_strings(text: str) -> list[str]:
    """The single-quoted strings of a Cypher script, unescaped."""
    return [re.sub(r"\\(.)", r"\1", m.group(1)) for m in re.finditer(r"'((?:[^'\\]|\\.)*)'", text)]


def test_the_documents_are_well_formed(records):
    """The change log is XML whose ``insert`` columns give the phones and the name; the Cypher
    script's brackets balance, it ends in ``;`` and its ``c.telefonos`` list is the phones; the
    Compose file and the workflow are YAML whose environment gives the phones."""
    for r in records:
        row, text = _row(r), r["text"]
        values = _values(row)
        if r["layout"] == "liquibase_changelog":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{LIQUIBASE}databaseChangeLog"
            columns = {c.get("name"): c.get("value") for c in root.iter(f"{LIQUIBASE}column")}
            assert columns["nombre"] == h58._f(row, "NOMBRE")
            assert [v for k, v in columns.items() if k.startswith("telefono_")] == values
        elif r["layout"] == "neo4j_cypher":
            bare = re.sub(r"'(?:[^'\\]|\\.)*'", "''", text)
            for a, b in ("()", "{}", "[]"):
                assert bare.count(a) == bare.count(b), r["id"]
            assert text.rstrip().endswith(";") and text.count("MERGE ") == 5
            listed = re.search(r"c\.telefonos = \[(.*)\],", text).group(1)
            assert _cypher_strings(listed) == values
            assert h58._f(row, "NOMBRE") in _cypher_strings(text)
        elif r["layout"] == "docker_compose":
            doc = yaml.safe_load(text)
            env = doc["services"]["moodle"]["environment"]
            assert [v for k, v in env.items() if k.startswith("CENTRO_TELEFONO_")] == values
            assert env["CENTRO_NOMBRE"] == h58._f(row, "NOMBRE")
            assert set(doc["volumes"]) == {"moodle_data", "db_data"}
        else:
            doc = yaml.safe_load(text)
            triggers = doc[True]  # YAML 1.1 reads the key ``on`` as true
            assert len(triggers["schedule"][0]["cron"].split()) == 5
            assert doc["env"]["TELEFONO_REMITENTE"] == values[0]
            assert [v for k, v in doc["env"].items() if k.startswith("TELEFONO_")] == values
            step = doc["jobs"]["enviar"]["steps"][1]["run"]
            command = shlex.split(step)
            assert command[command.index("--desde") + 1] == "$TELEFONO_REMITENTE"


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h58.data()["sources"]
    assert set(sources) == {"CR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h58.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CR": 600}
    assert all(re.fullmatch(r"\d{8}", r["fields"]["TELEFONO1"]) for r in rows)
    assert all(re.fullmatch(r"\d{8}|-", r["fields"]["TELEFONO2"]) for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h58.write(rebuilt)
    assert rebuilt.read_bytes() == h58.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_58"
