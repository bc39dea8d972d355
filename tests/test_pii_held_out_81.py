"""held_out_81 of the PII evaluation set (scripts/pii_held_out_81.py): its committed records
keep the generator's invariants (every labelled phone is one of the row's real numbers, copied
unchanged, each copy labelled; the row's area and the list's week are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import mwparserfromhell
import pytest
import yaml
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, text_format

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_81 as h81  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h81.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h81.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h81.data()["rows"]) == 189
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h81.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "esphome_yaml": 48, "node_red_flow": 47, "mediawiki_page": 47, "textproto": 47,
    }  # fmt: skip


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each of the row's numbers is labelled wherever it stands (all have a subscriber's
    length), and nothing else is."""
    total = 0
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for value in h81.phones(row):
            copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
            assert copies and copies == text.count(value), (r["id"], value)
            assert personal_phone(value, "CI")
            expected[value] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        total += len(labelled)
    assert total == 662


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert not r["text"][s:e].startswith("+")
            assert kind == "national:phone"


def test_the_area_and_week_are_in_the_text_and_unlabelled(records):
    """The area (``ABOBO``), the first and last day of the week (``2026-02-21``) stand in every
    record's text, outside the labels."""
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for value in (h81._f(_row(r), "area"), *h81.week()):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


class _ESPHomeLoader(yaml.SafeLoader):
    """YAML as ESPHome reads it: ``!secret`` and ``!lambda`` tags as plain scalars."""


_ESPHomeLoader.add_constructor("!secret", lambda loader, node: loader.construct_scalar(node))


def _proto_class():
    """The message class of the text-format records (a schema built here)."""
    fdp = descriptor_pb2.FileDescriptorProto(
        name="annuaire/garde/v1/garde.proto", package="annuaire.garde.v1", syntax="proto3"
    )
    m = fdp.message_type.add(name="PharmacieDeGarde")
    string, int64, boolean = (
        descriptor_pb2.FieldDescriptorProto.TYPE_STRING,
        descriptor_pb2.FieldDescriptorProto.TYPE_INT64,
        descriptor_pb2.FieldDescriptorProto.TYPE_BOOL,
    )
    optional = descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL
    repeated = descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED
    fields = [
        ("releve_id", int64, optional), ("zone", string, optional),
        ("nom", string, optional), ("adresse", string, optional),
        ("telephone", string, repeated), ("semaine_debut", string, optional),
        ("semaine_fin", string, optional), ("source_url", string, optional),
        ("maj_unix", int64, optional), ("ouverte_nuit", boolean, optional),
    ]  # fmt: skip
    for number, (name, kind, label) in enumerate(fields, 1):
        m.field.add(name=name, number=number, type=kind, label=label)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    return message_factory.GetMessageClass(
        pool.FindMessageTypeByName("annuaire.garde.v1.PharmacieDeGarde")
    )


def test_the_documents_are_well_formed(records):
    """The ESPHome file is YAML whose substitutions give each number and whose display lambda
    prints them; the Node-RED flow is a JSON array of linked nodes whose function code sets the
    numbers and whose template writes them; the wiki page's infobox (read by
    mwparserfromhell) gives each number and its table lists them; the text-format record
    parses against its schema with the numbers as repeated ``telephone``."""
    message = _proto_class()
    for r in records:
        row, text = _row(r), r["text"]
        numbers = h81.phones(row)
        if r["layout"] == "esphome_yaml":
            config = yaml.load(text, Loader=_ESPHomeLoader)  # noqa: S506 - a SafeLoader
            subs = config["substitutions"]
            assert [subs[f"telephone_{i}"] for i in range(1, len(numbers) + 1)] == numbers
            assert subs["pharmacie"] == h81._f(row, "name_raw")
            assert config["wifi"]["ssid"] == "wifi_ssid"
            shown = re.findall(r'"TEL (\d+)"', config["display"][0]["lambda"])
            assert shown == numbers
        elif r["layout"] == "node_red_flow":
            flow = json.loads(text)
            ids = {node["id"] for node in flow}
            assert len(ids) == len(flow) == 6
            for node in flow:
                assert all(w in ids for wires in node.get("wires", []) for w in wires)
                assert node.get("z", flow[0]["id"]) == flow[0]["id"]
            func = next(n for n in flow if n["type"] == "function")["func"]
            listed = re.search(r"telephones: (\[.*\]),", func).group(1)
            assert json.loads(listed) == numbers
            sms = next(n for n in flow if n["type"] == "template")["template"]
            assert sms.endswith(" / ".join(numbers))
        elif r["layout"] == "mediawiki_page":
            code = mwparserfromhell.parse(text)
            box = next(t for t in code.filter_templates() if t.name.strip() == "Infobox pharmacie")
            names = ["téléphone"] + [f"téléphone{i}" for i in range(2, len(numbers) + 1)]
            assert [str(box.get(k).value).strip() for k in names] == numbers
            assert str(box.get("nom").value).strip() == h81._f(row, "name_raw")
            cells = re.findall(r"^\| \d+ \|\| (\d+) \|\| ", text, re.M)
            assert cells == numbers
            assert text.count("{|") == text.count("|}") == 1
        else:
            parsed = text_format.Parse(text, message())
            assert list(parsed.telephone) == numbers
            assert parsed.nom == h81._f(row, "name_raw")
            assert (parsed.semaine_debut, parsed.semaine_fin) == h81.week()


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h81.data()["sources"]
    assert set(sources) == {"CI"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h81.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CI": 189}
    for r in rows:
        numbers = r["fields"]["phones_raw"]
        assert numbers and all(isinstance(v, str) and v.isdigit() for v in numbers)
        assert all(isinstance(r["fields"][k], str) for k in ("area", "name_raw", "address_raw"))
    assert sum(len(r["fields"]["phones_raw"]) for r in rows) == 330
    assert h81.week() == ("2026-02-21", "2026-02-27")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h81.write(rebuilt)
    assert rebuilt.read_bytes() == h81.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_81"
