"""held_out_138 of the PII evaluation set (scripts/pii_held_out_138.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the key, name and address are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_138 as h138  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout
IDENTIFIERS = (
    "CLAVE_ESC",
    "NOMBRE DE LA ESCUELA",
    "DOMICILIO DE LA ESCUELA",
    "NOMBRE DEL MUNICIPIO",
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h138.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h138.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h138.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h138.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "vault_kv_json": 150, "cfengine_policy": 150, "jsonnet_config": 150,
        "dhall_expression": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h138.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MX") else short)[(number, h138.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 1198
    assert sum(len(r["distractors"]) for r in records) == 2


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """The catalogue's local numbers as written: seven digits (104 beginning 00), two of
    eight, one of six after a blank (kept as published); one row per school."""
    rows = h138.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"][h138.PHONE]) for row in rows)
    assert shapes == {"9999999": 597, "99999999": 2, " 999999": 1}
    assert sum(h138.phone(row).startswith("00") for row in rows) == 104
    assert len({row["fields"]["CLAVE_ESC"] for row in rows}) == 600
    assert all(len(row["fields"]) == 30 for row in rows)
    # the catalogue's text needs no escape in any of the four formats
    assert not any(re.search(r'["\\$]', v) for row in rows for v in row["fields"].values())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The key, name, address and municipality stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h138._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _balanced(text: str) -> bool:
    """Braces and brackets pair up outside double-quoted strings."""
    outside = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    depth = 0
    for c in outside:
        depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def test_the_documents_are_well_formed(records):
    """The Vault output parses as JSON (the stdlib has no reader of CFEngine, Jsonnet or
    Dhall: their structure is checked by its lines), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, key = h138.phone(row), h138._f(row, "CLAVE_ESC")
        assert _balanced(text), r["id"]
        if r["layout"] == "vault_kv_json":
            doc = json.loads(text)
            assert set(doc) == {
                "request_id", "lease_id", "lease_duration", "renewable", "data", "warnings",
            }  # fmt: skip
            secret = doc["data"]["data"]
            assert secret["telefono"] == tel and secret["clave_ct"] == key
            assert tel in secret["nota"]
            meta = doc["data"]["metadata"]
            assert meta["destroyed"] is False and meta["custom_metadata"]["origen"]
            assert re.fullmatch(r"2024-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", meta["created_time"])
        elif r["layout"] == "cfengine_policy":
            assert text.startswith("# ") and "body common control\n{" in text
            assert f"bundle agent escuela_{key.lower()}\n{{" in text
            assert re.search(rf'^ +"telefono" +string => "{tel}";$', text, re.M)
            reports = text.split("  reports:\n", 1)[1]
            assert tel in reports.splitlines()[0]
        elif r["layout"] == "jsonnet_config":
            assert text.startswith("// ") and "local escuela = {" in text
            assert f'  telefono: "{tel}",\n' in text
            assert re.search(rf'^    aviso: ".*{tel}.*",$', text, re.M)
        else:
            assert (
                text.startswith("-- ") and "let escuela\n" in text and "\nin  { escuela\n" in text
            )
            assert f'      , telefono = "{tel}"\n' in text
            assert re.search(rf'^    , aviso = ".*{tel}\."$', text, re.M)


def test_provenance():
    sources = h138.data()["sources"]
    assert set(sources) == {"MX"}
    mx = sources["MX"]
    assert mx["repository"] == "cmonterrosa/plataforma_era"
    assert mx["commit"] == "2947af1b85f497fb26be746ccec8069173a3dee3"
    assert mx["paths"] == ["db/migrate/catalogos/escuelas_actualizadas.csv"]
    assert "not confirmed" in mx["licence"] and mx["publisher"]
    rows = h138.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h138, "held_out_138", tmp_path)
