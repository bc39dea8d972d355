"""held_out_133 of the PII evaluation set (scripts/pii_held_out_133.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_133 as h133  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the library's identifiers, in every layout
IDENTIFIERS = ("nombre", "domicilio")
SRX = "{http://www.w3.org/2005/sparql-results#}"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h133.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h133.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h133.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h133.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mysql_vertical": 150, "psql_aligned": 150, "duckdb_box": 150, "sparql_results_xml": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h133.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AR") else short)[(number, h133.PHONE)] += copies
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
    assert sum(len(r["spans"]) for r in records) == 1200
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone is seven to ten digits, no separator, its area code of two to four
    digits in the other column; the mail column is left out."""
    rows = h133.data()["rows"]
    assert all(re.fullmatch(r"\d{7,10}", h133.phone(row)) for row in rows)
    assert all(re.fullmatch(r"\d{2,4}", h133._f(row, "cod_tel")) for row in rows)
    assert all(row["fields"][h133.PHONE] == h133.phone(row) for row in rows)
    assert not any("mail" in row["fields"] for row in rows)
    assert Counter(len(h133.phone(row)) for row in rows) == {7: 379, 8: 170, 9: 41, 10: 10}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (as XML text in the SPARQL results),
    outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h133._f(_row(r), column)
            if r["layout"] == "sparql_results_xml":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cells(line: str, sep: str) -> list[str]:
    """The cells of one table line, padding stripped."""
    return [c.strip() for c in line.strip().strip(sep).split(sep)]


def _mysql(text: str) -> dict[str, str]:
    """The ``\\G`` result's columns: each line between the banner and the footer is
    ``name: value`` with the names right-aligned."""
    lines = text.splitlines()
    start = lines.index("*************************** 1. row ***************************")
    end = next(i for i, line in enumerate(lines) if line.startswith("1 row in set ("))
    body = lines[start + 1 : end]
    width = len(body[0].split(": ", 1)[0])
    assert all(len(line.split(": ", 1)[0]) == width for line in body)
    return {k.strip(): v for k, v in (line.split(": ", 1) for line in body)}


def _split_at(line: str, rule: str) -> list[str]:
    """A psql line cut where its rule has ``+`` (each a ``|`` in the line), padding stripped."""
    cuts = [i for i, c in enumerate(rule) if c == "+"]
    line = line.ljust(len(rule))
    assert all(line[i] == "|" for i in cuts), line
    bounds = [-1, *cuts, len(rule)]
    return [line[a + 1 : b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _psql(text: str) -> list[dict[str, str]]:
    """Each aligned table: the header line, the ``-+-`` rule, rows up to ``(n row)``."""
    lines, out = text.splitlines(), []
    for i, line in enumerate(lines):
        if re.fullmatch(r"-+(\+-+)+", line):
            head = _split_at(lines[i - 1], line)
            assert len(line) == len(lines[i - 1])  # the header is padded to the rule
            assert lines[i + 2] == "(1 row)"
            out.append(dict(zip(head, _split_at(lines[i + 1], line), strict=True)))
    return out


def _duckdb(text: str) -> list[dict[str, str]]:
    """Each box: names, types, then the values, every line as wide as the frame."""
    lines, out = text.splitlines(), []
    for i, line in enumerate(lines):
        if line.startswith("┌"):
            frame = lines[i : i + 6]
            assert frame[3].startswith("├") and frame[5].startswith("└")
            assert len({len(f) for f in frame}) == 1
            head, types = _cells(frame[1], "│"), _cells(frame[2], "│")
            assert set(types) == {"varchar"}
            out.append(dict(zip(head, _cells(frame[4], "│"), strict=True)))
    return out


def test_the_documents_parse_in_their_format(records):
    """The SPARQL results parse as XML (ElementTree); the shells' tables are read back by
    their frames, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h133.phone(row), h133._f(row, "nombre")
        conabip, cod = h133._f(row, "nro_conabip"), h133._f(row, "cod_tel")
        if r["layout"] == "mysql_vertical":
            got = _mysql(text)
            assert got["telefono"] == tel and got["cod_tel"] == cod
            assert got["nombre"] == name and got["nro_conabip"] == conabip
            assert tel in got["observaciones"]
            assert got["fecha_fundacion"] == (h133._f(row, "fecha_fundacion") or "NULL")
        elif r["layout"] == "psql_aligned":
            first, calls = _psql(text)
            assert first["telefono"] == tel and first["cod_tel"] == cod
            assert first["nombre"] == name and first["nro_conabip"] == conabip
            assert tel in calls["nota"] and re.fullmatch(r"[\d-]+ [\d:]+-03", calls["llamado_en"])
        elif r["layout"] == "duckdb_box":
            first, card = _duckdb(text)
            assert first["telefono"] == tel and first["cod_tel"] == cod
            assert first["nombre"] == name and first["latitud"] == h133._f(row, "latitud")
            assert card["ficha"].startswith(name) and tel in card["ficha"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SRX}sparql"
            variables = [v.get("name") for v in root.iter(f"{SRX}variable")]
            result = root.findall(f"{SRX}results/{SRX}result")
            assert len(result) == 1
            bound = {b.get("name"): b[0] for b in result[0].findall(f"{SRX}binding")}
            assert set(bound) <= set(variables)
            assert bound["biblioteca"].tag == f"{SRX}uri"
            assert bound["biblioteca"].text == h133.BASE + conabip
            assert bound["telefono"].text == tel and bound["codTel"].text == cod
            assert bound["nombre"].text == name
            assert bound["lat"].get("datatype") == XSD + "decimal"
            assert tel in bound["descripcion"].text
            assert ("fundacion" in bound) == bool(h133._f(row, "fecha_fundacion"))


def test_provenance():
    sources = h133.data()["sources"]
    assert set(sources) == {"AR"}
    ar = sources["AR"]
    assert ar["repository"] == (
        "mmartinnnnnn/Educacion-y-Cultura-en-Argentina-Analisis-Exploratorio-de-Datos"
    )
    assert ar["commit"] == "0b104f5e5a45b89a78054744add1588f346736e4"
    assert ar["path"] == "TablasOriginales/bibliotecas-populares.csv"
    assert "not confirmed" in ar["licence"] and ar["publisher"]
    rows = h133.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AR": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h133, "held_out_133", tmp_path)
