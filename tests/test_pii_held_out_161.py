"""held_out_161 of the PII evaluation set (scripts/pii_held_out_161.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the municipality's name and postal address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_161 as h161  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the municipality's identifiers, in every layout
IDENTIFIERS = ("hostName", "address", "postalCode", "cityName")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h161.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h161.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h161.data()["rows"]) == 319
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h161.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "xmlrpc_response": 80, "raml_spec": 80, "bbdb_file": 80, "pkl_module": 79,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not: the six-digit ``14`` service numbers), under its column;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h161.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NL") else short)[(number, h161.PHONE)] += copies
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
    kinds = phone_kinds(records, h161.international)
    assert kinds == {"national:phoneNumber": 508}
    assert sum(len(r["distractors"]) for r in records) == 128


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds six digits or more; 254 a number of seven digits or more
    (252 with the area code in brackets), 65 the municipalities' ``14`` service number; the
    fields are strings as the file gives them, no blanks around them."""
    rows = h161.data()["rows"]
    long = [row for row in rows if sum(c.isdigit() for c in h161.phone(row)) >= 7]
    assert len(long) == 254
    assert sum(bool(re.match(r"\(0\d{2,3}\) ", h161.phone(row))) for row in long) == 252
    assert sum(h161.phone(row).startswith("14") for row in rows) == 65
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["phoneNumber"]) >= 6
        assert row["fields"]["phoneNumber"] == h161.phone(row)
        assert row["fields"]["hostName"].startswith("Gemeente ")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON, Lisp or Pkl string's body)."""
    if layout == "xmlrpc_response":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, postal address, postcode and place stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h161._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _lisp_strings(text: str) -> list[str]:
    """The string literals of a BBDB record, in order (``\\"`` and ``\\\\`` escapes)."""
    return [
        re.sub(r"\\(.)", r"\1", s)
        for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text.split("\n", 2)[2])
    ]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library; the RAML example as
    JSON; BBDB and Pkl by their fixed shapes), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h161.phone(row), h161._f(row, "hostName")
        if r["layout"] == "xmlrpc_response":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "methodResponse"
            members = {
                m.findtext("name"): m.find("value")[0]
                for m in root.findall("params/param/value/struct/member")
            }
            assert members["telefoon"].tag == "string" and members["telefoon"].text == tel
            assert members["gemeente"].text == name
            assert members["toelichting"].text.endswith(
                f" op {tel} (werkdagen tijdens kantooruren)."
            )
            assert members["id"].tag == "int" and members["actief"].text == "1"
        elif r["layout"] == "raml_spec":
            assert text.startswith("#%RAML 1.0\n")
            example = text.split("            example: |\n", 1)[1].split("\n/meldingen:", 1)[0]
            doc = json.loads(example)
            assert doc["telefoon"] == tel and doc["naam"] == name
            assert f"  Spoed of vragen? Bel {tel}. " in text
        elif r["layout"] == "bbdb_file":
            assert text.startswith(
                ";; -*- mode: Emacs-Lisp; coding: utf-8; -*-\n;;; file-format: 9\n[nil "
            )
            assert text.endswith(" nil]\n") and text.count("\n") == 3
            strings = _lisp_strings(text)
            assert strings[0] == strings[1] == name
            assert strings[2] in h161.ROLES and strings[3] == tel
            assert strings[4:9] == [
                "Postadres", h161._f(row, "address"), h161._f(row, "cityName"), "",
                h161._f(row, "postalCode"),
            ]  # fmt: skip
            assert strings[10].startswith(f"Algemeen nummer {tel}; ")
        else:
            assert re.search(r"^module nl\.meldingen\.gemeenten\.[a-z][A-Za-z0-9]*$", text, re.M)
            assert f'\n  telefoon = "{tel}"\n' in text
            assert f'\n  naam = "{_encoded("pkl_module", name)}"\n' in text
            assert text.count("{") == text.count("}") == 2
            assert re.search(rf'bevestiging = ".*bij spoed belt u {re.escape(tel)}\."\n', text)


def test_provenance():
    sources = h161.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "straatinfo/straat-backend-v2"
    assert nl["commit"] == "adc117b5af8954f08622519af7aef833151ab197"
    assert nl["paths"] == ["assets/jsonfiles/HostList_2018_4_17.js"]
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    rows = h161.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 319}
    assert len({r["fields"]["hostName"] for r in rows}) == 319
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched repository (skipped
    where no mirror of it is at hand)."""
    git = Path("/work/.mirror/straatinfo+straat-backend-v2/repo")
    if not git.is_dir():
        pytest.skip("no mirror of straatinfo/straat-backend-v2")
    import nl_municipalities_data as extractor

    data = extractor.extract({"NL": git})
    assert json.dumps(data, ensure_ascii=False, indent=1) + "\n" == h161.ROWS.read_text("utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h161, "held_out_161", tmp_path)
