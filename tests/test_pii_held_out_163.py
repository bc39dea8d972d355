"""held_out_163 of the PII evaluation set (scripts/pii_held_out_163.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_163 as h163  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("ADI", "ADRES")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h163.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h163.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h163.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h163.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "pkl_module": 120, "nestedtext_doc": 120, "json5_file": 120, "fortran_namelist": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h163.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TR") else short)[(number, h163.PHONE)] += copies
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
    kinds = phone_kinds(records, h163.international)
    assert kinds == {"national:TELEFON": 1002}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; no doctor's practice is
    kept; the fields are strings as the file gives them, their Turkish letters read back
    (``Kliniði`` is ``Kliniği``)."""
    rows = h163.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TR": 480}
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["TELEFON"]) >= 6
        assert row["fields"]["ALT_KATEGORI"] != "Muayenehane"
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert h163.turkish("Veteriner Kliniði") == "Veteriner Kliniği"
    assert sum(" - " in h163.phone(row) for row in rows) == 31


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a Pkl, JSON5 or Fortran string, or NestedText)."""
    if layout == "pkl_module":
        return h163._dq(value)[1:-1]
    if layout == "json5_file":
        return h163._sq(value)[1:-1]
    if layout == "fortran_namelist":
        return h163._fq(value)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h163._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nestedtext(text: str) -> dict[str, str]:
    """The top-level ``key: value`` lines of a NestedText document (comments skipped)."""
    out = {}
    for line in text.splitlines():
        if line and not line.startswith(("#", " ")) and ": " in line:
            key, value = line.split(": ", 1)
            out[key] = value
    return out


def _json5(text: str) -> dict:
    """A JSON5 file of the generator's shape read as JSON: comments dropped, keys quoted,
    single-quoted strings turned into JSON strings, trailing commas dropped."""
    body = "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith(("//", "/*"))
    )

    def string(m: re.Match) -> str:
        inner = re.sub(r"\\(.)", r"\1", m.group(1))
        return json.dumps(inner, ensure_ascii=False)

    body = re.sub(r"'((?:[^'\\]|\\.)*)'", string, body)
    body = re.sub(r"^(\s+)(\w+):", r'\1"\2":', body, flags=re.M)
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    return json.loads(body)


def _namelist(text: str) -> dict[str, str]:
    """The ``name = value`` items of a one-group namelist (character constants unquoted)."""
    assert "\n&saglik_tesisi\n" in text and text.endswith("\n/\n")
    out = {}
    for key, value in re.findall(r"^  (\w+) = ('(?:[^']|'')*'|[^,]+),$", text, flags=re.M):
        out[key] = value[1:-1].replace("''", "'") if value.startswith("'") else value
    return out


def test_the_documents_are_well_formed(records):
    """Each document holds its format's shape (JSON5 read as JSON once its extensions are
    undone, NestedText and namelists by their fixed shapes), the row's number where the format
    puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h163.phone(row), h163._f(row, "ADI")
        if r["layout"] == "pkl_module":
            assert "\nclass SaglikTesisi {\n" in text and "\ntesis: SaglikTesisi = new {\n" in text
            assert f"  telefon = {h163._dq(tel)}\n" in text
            assert f"  adi = {h163._dq(name)}\n" in text
            assert text.startswith("/// ") and f"/// İletişim: {tel}\n" in text
            assert text.count("{") == text.count("}")
        elif r["layout"] == "nestedtext_doc":
            doc = _nestedtext(text)
            assert doc["telefon"] == tel and doc["adı"] == name
            assert f"    - Ulaşmak için {tel} numarasını arayınız.\n" in text
        elif r["layout"] == "json5_file":
            doc = _json5(text)
            assert doc["telefon"] == tel and doc["ad"] == name
            assert doc["aciklama"].endswith(f"Telefon: {tel}")
            assert doc["kayitNo"] == int(row["fields"]["_id"])
        else:
            doc = _namelist(text)
            assert doc["telefon"] == tel and doc["adi"] == name
            assert doc["notu"] == f"Bilgi ve randevu: {tel}"


def test_provenance():
    sources = h163.data()["sources"]
    assert set(sources) == {"TR"}
    tr = sources["TR"]
    assert tr["repository"] == "ejgenc/Data-Analysis_Istanbul-Health-Services-Map"
    assert tr["commit"] == "c9949f116a961b7012a2a42354b879f107f45512"
    assert tr["path"] == "Data/Non-GIS data/raw/istanbul_healthservices.csv"
    assert "not confirmed" in tr["licence"] and tr["publisher"]
    rows = h163.data()["rows"]
    assert all(r["path"].startswith(tr["path"] + "#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h163, "held_out_163", tmp_path)
