"""held_out_31 of the PII evaluation set (scripts/pii_held_out_31.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; each copy of the row's e-mail address
labelled; the ISIL code and postcode are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_31 as h31  # noqa: E402 - the scripts folder's modules
from it_libraries_data import office_address, plain  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the library's ISIL code and its postcode, in every layout
IDENTIFIERS = ("codice-isil", "cap")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h31.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h31.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h31.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h31.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "java_properties": 125, "dotenv_file": 125, "terraform_module": 125, "k8s_configmap": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_address_is_labelled_unchanged(records):
    """Each number of the phone and fax fields (``+39 0709760601 / 0709760602`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, each
    copy of the e-mail address is labelled, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in filter(None, (h31.phone(row), h31.fax(row))):
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "IT") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h31.email(row)
        assert addresses == ([address] * text.count(address) if address else []), r["id"]
        assert not address or addresses, r["id"]
        assert not r["unscored"]


def test_a_fax_is_written_only_where_it_is_a_number_of_its_own(records):
    """A fax field that repeats the phone field (or holds it, or is part of it) is left out of
    the text, so no copy of one field lies inside a copy of the other."""
    for r in records:
        row = _row(r)
        published, tel = row["fields"]["fax"].strip(), h31.phone(row)
        if h31.fax(row):
            assert h31.fax(row) == published and published not in tel and tel not in published
        elif published:
            assert published in tel or tel in published or sum(map(str.isdigit, published)) < 6


def test_phones_keep_their_kind_and_column(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                column = kind.split(":")[1]
                assert kind.split(":")[0] == ("international" if intl else "national")
                assert column in ("telefono", "fax")
                assert r["text"][s:e] in h31._f(_row(r), column), r["id"]


def test_the_isil_code_and_postcode_are_in_the_text_and_unlabelled(records):
    """The ISIL code (``IT-AG0005``) and the postcode (``92100``; a few rows have none)
    stand in every record's text, outside the labels, whole."""
    for r in records:
        assert h31._f(_row(r), "codice-isil"), r["id"]
        for column in IDENTIFIERS:
            value = h31._f(_row(r), column)
            if not value:
                continue
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


def _properties(text: str) -> dict[str, str]:
    """A ``.properties`` file read as ``Properties.load`` reads the lines ``store`` writes."""
    out = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        key, value = re.split(r"(?<!\\)=", line, maxsplit=1)
        unescape = lambda s: re.sub(  # noqa: E731 - one use
            r"\\u([0-9A-F]{4})|\\(.)", lambda m: chr(int(m[1], 16)) if m[1] else m[2], s
        )
        out[unescape(key)] = unescape(value)
    return out


def test_the_documents_are_well_formed(records):
    """The properties file reads back to the row's fields (the names through their ``\\u``
    escapes) under a ``Properties.store`` date line; the dotenv file's lines are all comments,
    blanks or ``KEY=value``; the Terraform module's braces balance and its ``contatti`` object
    gives ``telefono = "..."``; the ConfigMap is YAML whose ``data`` holds the fields."""
    import yaml

    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "java_properties":
            lines = text.splitlines()
            assert re.fullmatch(r"#\w{3} \w{3} \d\d \d\d:\d\d:\d\d CES?T 20\d\d", lines[1])
            props = _properties(text)
            assert props["biblioteca.telefono"] == h31.phone(row)
            assert props["biblioteca.denominazione"] == h31._f(row, "denominazione")
            assert props.get("biblioteca.email", "") == h31.email(row)
            assert props.get("biblioteca.fax", "") == h31.fax(row)
            assert text.isascii()
        elif r["layout"] == "dotenv_file":
            for line in text.splitlines():
                assert not line or line.startswith("#") or re.match(r"[A-Z_]+=\S", line), line
            assert re.search(
                rf"^BIBLIOTECA_TELEFONO=\"?{re.escape(h31.phone(row))}\"?$", text, re.M
            )
            if h31.email(row):
                assert f"\nMAIL_FROM_ADDRESS={h31.email(row)}\n" in text
        elif r["layout"] == "terraform_module":
            assert text.count("{") == text.count("}") and re.match(r'# .*\nmodule "it_', text)
            assert re.search(rf'\n    telefono += "{re.escape(h31.phone(row))}"\n', text)
        else:
            manifest = yaml.safe_load(text)
            assert manifest["kind"] == "ConfigMap"
            assert manifest["metadata"]["labels"]["biblioteche/isil"] == h31._f(row, "codice-isil")
            assert manifest["data"]["TELEFONO"] == h31.phone(row)
            assert manifest["data"].get("EMAIL", "") == h31.email(row)
            assert manifest["data"].get("FAX", "") == h31.fax(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h31.data()["sources"]
    assert set(sources) == {"IT"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h31.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 500}
    assert all(sum(c.isdigit() for c in r["fields"]["telefono"]) >= 6 for r in rows)
    assert all(plain(r["fields"]["telefono"]) and plain(r["fields"]["fax"]) for r in rows)
    assert all(office_address(r["fields"]["email"]) for r in rows if "email" in r["fields"])


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h31.write(rebuilt)
    assert rebuilt.read_bytes() == h31.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_31"
