"""held_out_253 of the PII evaluation set (scripts/pii_held_out_253.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, street and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_253 as h253  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h253.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h253.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h253.data()["rows"]) == 270
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h253.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "nacex_request": 68, "claws_addrbook": 68, "botpress_content": 67, "smarty_template": 67,
    }  # fmt: skip


COPIES = {"nacex_request": 2, "claws_addrbook": 2, "botpress_content": 3, "smarty_template": 2}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (a distractor if no
    person could hold it), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h253.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ES") else short)[(number, h253.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:TELEFONO": 658}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 100 day centres and 170
    residences; the numbers stand as published: 21 fields joined by `` / ``, one on two lines
    (written with `` / ``), two with a doubled blank inside a number; every field a string, no
    fax or e-mail address in any row."""
    rows = h253.data()["rows"]
    assert Counter(h253.day_centre(row) for row in rows) == {True: 100, False: 170}
    for row in rows:
        digits = [c for c in row["fields"]["TELEFONO"] if c.isdigit()]
        assert len(digits) >= 9 and set(digits) != {"0"}
        assert row["fields"]["FAX"] == row["fields"]["EMAIL"] == ""
        for s, e in numbers(h253.phone(row)):
            assert h253.phone(row)[s:e] in row["fields"]["TELEFONO"]
    assert sum(" / " in row["fields"]["TELEFONO"] for row in rows) == 21
    assert sum(h253.phone(row) != row["fields"]["TELEFONO"] for row in rows) == 1
    assert sum(bool(re.search(r"\d  \d", row["fields"]["TELEFONO"])) for row in rows) == 2


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name (as the layout writes it), street and postcode stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        name, where = h253._f(row, "NOMBRE"), h253.street(row)
        if r["layout"] == "nacex_request":
            name = name.replace("'", "'\\''")
        elif r["layout"] == "claws_addrbook":
            name, where = escape(name, {'"': "&quot;"}), escape(where)
        elif r["layout"] == "smarty_template":
            where = escape(where)
        for value in (name, where, h253._f(row, "CODIGO-POSTAL")):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the curl command by ``shlex``, XML and JSON by the
    standard library, the Smarty template by its fixed shape), the row's number where the
    format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h253.phone(row), h253._f(row, "NOMBRE")
        if r["layout"] == "nacex_request":
            words = shlex.split(text.split("\n", 1)[1].replace("\\\n", " "))
            assert words[:3] == ["curl", "-G", "https://pda.nacex.com/nacex_ws/ws"]
            params = dict(w.split("=", 1) for w in words[4::2])
            assert params["method"] == "putExpedicion" and len(params["pass"]) == 32
            data = dict(pair.split("=", 1) for pair in params["data"].split("|"))
            assert data["tel_ent"] == tel and data["nom_ent"] == name
            assert data["ins_adi2"] == f"Avisar antes al {tel}" and data["ins_adi"] == "S"
            assert len(data["obs1"]) <= 38 and len(data["obs2"]) <= 38
        elif r["layout"] == "claws_addrbook":
            root = ET.fromstring(text.encode("utf-8"))
            person = root.find("person")
            assert root.tag == "address-book" and person.get("cn") == name
            attrs = {a.get("name"): a.text for a in person.find("attribute-list")}
            assert attrs["Teléfono"] == tel and attrs["Notas"].endswith(f"llamar al {tel}.")
            assert len({a.get("uid") for a in person.iter("attribute")}) == len(attrs)
        elif r["layout"] == "botpress_content":
            card, answer = json.loads(text)
            assert card["id"].startswith("builtin_text-") and card["createdBy"] == "admin"
            assert card["formData"]["text$es"].startswith(f"**{name}**\n")
            assert card["formData"]["text$es"].endswith(f"Teléfono: {tel}")
            assert f" al {tel} " in answer["formData"]["text$es"]
            assert answer["formData"]["variations$es"] == [f"Teléfono del centro: {tel}"]
            assert card["createdOn"] <= card["modifiedOn"] == answer["createdOn"]
        else:
            assert text.startswith("{* Ficha generada desde datos.madrid.es (PK ")
            assert f'{{assign var="centro" value="{name}"}}\n' in text
            assert f'{{assign var="telefono" value="{tel}"}}\n' in text
            assert f"en el teléfono {tel}.</p>" in text
            assert text.count("<article") == text.count("</article>") == 1


def test_provenance():
    sources = h253.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2022-2023-ODKG"
    assert es["commit"] == "8ac2682eabe8917113a128a93508b69f2976cf2f"
    assert es["paths"] == [
        "HandsOn/Group21/data/csv/200342-0-centros-dia.csv",
        "HandsOn/Group21/data/csv/300048-0-ancianos-residencias-apartamento.csv",
    ]
    assert "not confirmed" in es["licence"] and "Ayuntamiento de Madrid" in es["publisher"]
    rows = h253.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 270}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h253, "held_out_253", tmp_path)
