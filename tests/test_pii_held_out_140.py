"""held_out_140 of the PII evaluation set (scripts/pii_held_out_140.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and neighbourhood are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import pii_held_out_140 as h140  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("name", "address")
DMN = "{https://www.omg.org/spec/DMN/20191111/MODEL/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h140.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h140.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h140.data()["rows"]) == 90
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h140.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "argo_workflow": 23, "n8n_workflow": 23, "step_functions_asl": 22, "camunda_dmn": 22,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h140.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SN") else short)[(number, h140.PHONE)] += copies
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
    kinds = phone_kinds(records, h140.international)
    assert kinds == {"international:phone": 172, "national:phone": 40}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; 67
    restaurants and 23 hotels; the fields are strings as the files give them (four with
    leading or trailing blanks, kept as published); 73 begin with ``+221``."""
    rows = h140.data()["rows"]
    assert Counter(h140.hotel(row) for row in rows) == {False: 67, True: 23}
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
    assert sum(row["fields"]["phone"] != h140.phone(row) for row in rows) == 4
    assert sum(h140.phone(row).startswith("+221") for row in rows) == 73


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON or YAML string, or XML text)."""
    if layout == "camunda_dmn":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and neighbourhood stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h140._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _argo_parameters(text: str) -> dict[str, str]:
    """The ``arguments.parameters`` of an Argo manifest (each value a JSON-compatible YAML
    double-quoted scalar)."""
    pairs = re.findall(r"      - name: (\w+)\n        value: (\".*\")\n", text)
    return {key: json.loads(value) for key, value in pairs}


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the Argo
    YAML read by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h140.phone(row), h140._f(row, "name")
        if r["layout"] == "argo_workflow":
            assert text.startswith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n")
            params = _argo_parameters(text)
            assert params["telephone"] == tel and params["etablissement"] == name
            assert "  entrypoint: verifier\n" in text and "    - name: verifier\n" in text
            echo = re.search(r"          - echo (\".*\")\n", text).group(1)
            assert json.loads(echo).endswith(f"téléphone {tel}")
        elif r["layout"] == "n8n_workflow":
            doc = json.loads(text)
            nodes = {node["name"]: node for node in doc["nodes"]}
            assert set(doc["connections"]) <= set(nodes)
            fields = {
                a["name"]: a["value"]
                for a in nodes["Fiche établissement"]["parameters"]["assignments"]["assignments"]
            }
            assert fields["telephone"] == tel and fields["etablissement"] == name
            assert f" au {tel} " in nodes["Telegram"]["parameters"]["text"]
            assert nodes["Telegram"]["type"] == "n8n-nodes-base.telegram"
        elif r["layout"] == "step_functions_asl":
            doc = json.loads(text)
            states = doc["States"]
            assert doc["StartAt"] in states
            for state in states.values():
                assert state.get("End") or state["Next"] in states
            assert states["ChargerFiche"]["Result"]["telephone"] == tel
            assert states["ChargerFiche"]["Result"]["etablissement"] == name
            assert f" au {tel} " in states["Notifier"]["Parameters"]["Message"]
            assert re.fullmatch(r"arn:aws:sns:eu-west-3:\d{12}:guide-dakar-relances",
                                states["Notifier"]["Parameters"]["TopicArn"])  # fmt: skip
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DMN}definitions" and root.get("exporter") == "Camunda Modeler"
            rule = root.find(f"{DMN}decision/{DMN}decisionTable/{DMN}rule")
            assert rule.findtext(f"{DMN}outputEntry/{DMN}text") == f'"{tel}"'
            description = rule.findtext(f"{DMN}description")
            assert description.startswith(name) and description.endswith(f"au {tel}")


def test_provenance():
    sources = h140.data()["sources"]
    assert set(sources) == {"SN"}
    sn = sources["SN"]
    assert sn["repository"] == "Abdalodj/scrapping-senegal-hotels-proj1"
    assert sn["commit"] == "45432489ebc6bb1cafc7d277c72a6d939ea15da2"
    assert sn["paths"] == ["restaurants.json", "hotels.json"]
    assert "not confirmed" in sn["licence"] and sn["publisher"]
    rows = h140.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SN": 90}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h140, "held_out_140", tmp_path)
