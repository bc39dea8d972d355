"""held_out_97 of the PII evaluation set (scripts/pii_held_out_97.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the office's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import fastavro
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_97 as h97  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h97.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h97.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h97.data()["rows"]) == 81
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h97.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "stata_do": 21, "weka_arff": 20, "avro_schema": 20, "vega_lite": 20,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    document) if a person could hold it, a distractor if not, and nothing else is."""
    total = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h97.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PR") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
        total += len(labelled)
    assert total == 162


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``18.16324986``) and longitude (``-66.72088792``) of the office's map
    link stand in every record's text, outside the labels, whole."""
    for r in records:
        for value in h97.coordinates(_row(r)):
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


def _stata(text: str) -> dict[str, str]:
    """The one observation of a do-file's ``input`` block, by variable name (Stata's
    ``[type] name`` pairs; its values split as Stata splits them, quoted strings whole)."""
    lines = text.splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("input "))
    assert lines[at + 2] == "end"
    words = lines[at].split()[1:]
    names = [w for w in words if not re.fullmatch(r"str\d+|double|byte", w)]
    assert len(words) == 2 * len(names)
    values = shlex.split(lines[at + 1])
    assert len(values) == len(names)
    return dict(zip(names, values, strict=True))


def _arff(text: str) -> tuple[list[str], list[str]]:
    """An ARFF file's attribute names and its one ``@DATA`` row, read with ARFF's quoting."""
    names = [x.split()[1] for x in text.splitlines() if x.startswith("@ATTRIBUTE ")]
    body = text.split("@DATA\n", 1)[1].strip()
    (row,) = csv.reader(io.StringIO(body), quotechar="'", escapechar="\\")
    return names, row


def test_the_documents_are_well_formed(records):
    """The do-file's ``input`` block gives the field as ``telefono`` with the string widths it
    declares and its ``note`` repeats it; the ARFF file's ``@DATA`` row has one value per
    attribute, the field under ``telefono``; the Avro schema parses with fastavro and writes a
    record of its defaults, the field the ``telefono`` default; the Vega-Lite specification is
    JSON whose inline value has the field and whose title repeats it."""
    for r in records:
        row, text = _row(r), r["text"]
        lat, lon = h97.coordinates(row)
        if r["layout"] == "stata_do":
            obs = _stata(text)
            assert obs["telefono"] == h97.phone(row) and obs["pueblo"] == h97.place(row)
            assert (obs["latitud"], obs["longitud"]) == (lat, lon)
            header = text.split("\ninput ", 1)[1].splitlines()[0]
            widths = {name: int(w) for w, name in re.findall(r"str(\d+) (\w+)", header)}
            assert all(len(obs[name].encode("utf-8")) <= w for name, w in widths.items())
            assert widths["telefono"] == len(h97.phone(row))
            assert f"note telefono: Llamar al {h97.phone(row)} antes" in text
            assert "\nclear all\n" in text and text.rstrip().endswith(", replace")
        elif r["layout"] == "weka_arff":
            names, values = _arff(text)
            assert len(names) == len(values) == 7
            data = dict(zip(names, values, strict=True))
            assert data["telefono"] == h97.phone(row)
            assert (data["latitud"], data["longitud"]) == (lat, lon)
            assert data["registro_demografico"] in {"si", "no"}
            assert f"% Tel. {h97.phone(row)}\n" in text
        elif r["layout"] == "avro_schema":
            raw = json.loads(text)
            schema = fastavro.parse_schema(raw)
            datum = {f["name"]: f["default"] for f in raw["fields"]}
            assert datum["telefono"] == h97.phone(row)
            assert datum["latitud"] == float(lat) and datum["longitud"] == float(lon)
            out = io.BytesIO()
            fastavro.schemaless_writer(out, schema, datum)
            out.seek(0)
            assert fastavro.schemaless_reader(out, schema) == datum
            assert raw["doc"].endswith(f"Tel. {h97.phone(row)}")
        else:
            spec = json.loads(text)
            assert spec["$schema"].endswith("/vega-lite/v5.json")
            (value,) = spec["data"]["values"]
            assert value["telefono"] == h97.phone(row)
            assert (value["latitud"], value["longitud"]) == (float(lat), float(lon))
            assert spec["title"].endswith(f"Tel. {h97.phone(row)}")
            fields = {e["field"] for e in spec["encoding"]["tooltip"]}
            assert fields <= set(value)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h97.data()["sources"]
    assert set(sources) == {"PR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h97.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PR": 81}
    assert all(sum(c.isdigit() for c in r["fields"]["telefono"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert len({r["fields"]["telefono"] for r in rows}) == 81


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h97.write(rebuilt)
    assert rebuilt.read_bytes() == h97.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_97"
