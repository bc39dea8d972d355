"""held_out_128 of the PII evaluation set (scripts/pii_held_out_128.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, address and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_128 as h128  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("unidade", "endereco", "bairro", "cep")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h128.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h128.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h128.data()["rows"]) == 110
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h128.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "bazel_build": 28, "cargo_manifest": 28, "flatpak_manifest": 27, "cmake_lists": 27,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h128.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BR") else short)[(number, h128.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Every kept phone is Fortaleza's eight-digit local number with no area code, hyphenated
    (one written as bare digits, as the list has it); every postcode has the same shape."""
    rows = h128.data()["rows"]
    assert sum(bool(re.fullmatch(r"3\d{3}-\d{4}", h128.phone(row))) for row in rows) == 109
    assert [h128.phone(row) for row in rows if "-" not in h128.phone(row)] == ["34522468"]
    assert all(re.fullmatch(r"6\d{4}-\d{3}", h128._f(row, "cep")) for row in rows)
    assert len({h128.phone(row) for row in rows}) == 110


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, street address, neighbourhood and postcode stand in every record's text,
    outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h128._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _calls(tree: ast.Module) -> dict[str, ast.Call]:
    """The Starlark file's top-level rule calls by rule name."""
    return {
        node.value.func.id: node.value
        for node in tree.body
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
    }


def test_the_documents_parse_in_their_format(records):
    """Each document parses as its format where the standard library has a parser (Starlark
    with Python's ``ast``, TOML with ``tomllib``, JSON with ``json``; CMake by its commands'
    shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, uid, name = h128.phone(row), h128._f(row, "id"), h128.unit(row)
        if r["layout"] == "bazel_build":
            tree = ast.parse(text)
            calls = _calls(tree)
            assert {"load", "package", "py_library", "py_binary", "py_test"} <= set(calls)
            env = next(k.value for k in calls["py_binary"].keywords if k.arg == "env")
            pairs = {ast.literal_eval(k): v for k, v in zip(env.keys, env.values, strict=True)}
            assert ast.literal_eval(pairs["UAPS_TELEFONE"]) == tel
            uaps = next(
                n.value
                for n in tree.body
                if isinstance(n, ast.Assign) and n.targets[0].id == "UAPS"
            )
            assert ast.literal_eval(uaps) == {
                "id": uid, "nome": name, "endereco": h128._f(row, "endereco"),
                "bairro": h128._f(row, "bairro"), "cep": h128._f(row, "cep"),
            }  # fmt: skip
            assert text.splitlines()[3] == f"# Contato da unidade (recepção): telefone {tel}"
        elif r["layout"] == "cargo_manifest":
            manifest = tomllib.loads(text)
            package = manifest["package"]
            assert package["name"].endswith(f"-uaps-{uid}")
            assert re.fullmatch(r"\d+\.\d+\.\d+", package["version"])
            assert package["description"].endswith(f"Dúvidas pelo telefone {tel}.")
            uaps = package["metadata"]["uaps"]
            assert uaps["telefone"] == tel and uaps["nome"] == name and uaps["id"] == int(uid)
            assert uaps["cep"] == h128._f(row, "cep")
            assert uaps["atualizado"].year == 2024
        elif r["layout"] == "flatpak_manifest":
            manifest = json.loads(text)
            assert manifest["app-id"].startswith(f"br.ce.fortaleza.sms.Uaps{uid}.")
            assert f"--env=UAPS_TELEFONE={tel}" in manifest["finish-args"]
            assert f"--env=UAPS_CEP={h128._f(row, 'cep')}" in manifest["finish-args"]
            assert manifest["x-uaps"]["nome"] == name
            assert manifest["x-uaps"]["observacao"].endswith(f"recepção: {tel}.")
            source = manifest["modules"][0]["sources"][0]
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        else:
            assert text.startswith("cmake_minimum_required(VERSION 3.22)\n")
            assert text.count("(") == text.count(")")
            assert f'set(UAPS_TELEFONE "{tel}" CACHE STRING ' in text
            assert f'set(UAPS_NOME "{name}")' in text and f"set(UAPS_ID {uid})" in text
            assert re.search(rf'message\(STATUS ".*: dúvidas pelo telefone {tel}"\)', text)


def test_provenance():
    sources = h128.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "EriJohnson/LocPostos-React-Native"
    assert br["commit"] == "b6ef6d3398eeef844984da50d314c23a715268b5"
    assert br["paths"] == ["db-postos.js"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h128.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 110}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h128, "held_out_128", tmp_path)
