"""held_out_80 of the PII evaluation set (scripts/pii_held_out_80.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's department and address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jinja2
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_80 as h80  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the entry's real fields beside the phone, in every layout (the address where it has one)
IDENTIFIERS = ("departamento", "direccion")
BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
CAMUNDA = "{http://camunda.org/schema/1.0/bpmn}"
CUE = re.compile(
    r"(\d+)\n(\d\d:\d\d:\d\d,\d{3}) --> (\d\d:\d\d:\d\d,\d{3})\n([^\n]+(?:\n[^\n]+)*)\n"
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h80.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h80.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h80.data()["rows"]) == 136
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h80.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "subrip": 34, "bpmn_process": 34, "jinja_template": 34, "asyncapi": 34,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``2237-6830,2237-6908`` holds two) is labelled wherever
    the field stands if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h80.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "HN") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 568


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_department_and_address_are_in_the_text_and_unlabelled(records):
    """The entry's department (``Atlántida``) and its address, where it has one, stand in
    every record's text, outside the labels, whole."""
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in IDENTIFIERS:
            value = h80._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _cues(text: str) -> list[tuple[int, str, str, str]]:
    """The cues of a SubRip file, which must be the whole of it: index, start, end, text."""
    cues = [m.groups() for m in CUE.finditer(text)]
    assert "\n".join(m.group() for m in CUE.finditer(text)) == text
    return [(int(i), start, end, body) for i, start, end, body in cues]


def test_the_documents_are_well_formed(records):
    """The subtitles are SubRip cues numbered from 1 whose times rise, one giving
    ``Teléfono(s): <field>``; the BPMN process parses as XML whose user task's
    ``camunda:property`` ``telefonos`` is the field and whose documentation ends with it; the
    Jinja2 template parses and renders the field's numbers as ``tel:`` links; the AsyncAPI
    document is YAML whose message example carries the field."""
    base = "{% block title %}{% endblock %}\n{% block content %}{% endblock %}"
    env = jinja2.Environment(loader=jinja2.DictLoader({"directorio/base.html.j2": base}))
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "subrip":
            cues = _cues(text)
            assert [c[0] for c in cues] == list(range(1, len(cues) + 1))
            times = [t for _, start, end, _ in cues for t in (start, end)]
            assert times == sorted(times) and len(set(times)) == len(times)
            assert f"Teléfono(s): {h80.phone(row)}" in [c[3] for c in cues]
        elif r["layout"] == "bpmn_process":
            root = ET.fromstring(text.encode("utf-8"))
            task = root.find(f"{BPMN}process/{BPMN}userTask")
            props = {
                p.get("name"): p.get("value")
                for p in task.iter(f"{CAMUNDA}property")
            }  # fmt: skip
            assert props == {
                "departamento": h80._f(row, "departamento"),
                "telefonos": h80.phone(row),
            }
            doc = task.find(f"{BPMN}documentation").text
            assert doc.endswith(f"Teléfono(s): {h80.phone(row)}")
            assert task.get("name") == f"Llamar a {h80.name(row)}"
        elif r["layout"] == "jinja_template":
            env.parse(text)
            page = env.from_string(text).render()
            field = h80.phone(row)
            links = re.findall(r'<a href="tel:([^"]*)">', page)
            assert links == [x.strip() for x in field.split(",") if x.strip()]
        else:
            doc = yaml.safe_load(text)
            assert doc["asyncapi"] == "2.6.0"
            (channel,) = doc["channels"].values()
            message = channel["subscribe"]["message"]
            payload = message["examples"][0]["payload"]
            assert payload["telefonos"] == h80.phone(row)
            assert payload["departamento"] == h80._f(row, "departamento")
            assert message["description"].endswith(f"Teléfono(s): {h80.phone(row)}")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h80.data()["sources"]
    assert set(sources) == {"HN"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h80.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HN": 136}
    assert all(sum(c.isdigit() for c in r["fields"]["telefonos"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(
        set(r["fields"]) == {"departamento", "nombre", "direccion", "telefonos"} for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h80.write(rebuilt)
    assert rebuilt.read_bytes() == h80.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_80"
