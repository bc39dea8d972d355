"""held_out_54 of the PII evaluation set (scripts/pii_held_out_54.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled, and so is each copy of its e-mail address; the
row's registration number and postcode are in the text and unlabelled) and are rebuilt byte for
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

import pii_held_out_54 as h54  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h54.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h54.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h54.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h54.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "prometheus_metrics": 150, "influx_line_protocol": 150, "es_bulk_request": 150,
        "quickstatements": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_the_address_is_labelled_unchanged(records):
    """Each number of the phone field (``67432343, 29408456`` holds two) is labelled wherever
    the field stands if a person could hold it, a distractor if not; each copy of the e-mail
    address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h54.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "LV") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h54.email(row)
        assert emails == [address] * text.count(address) if address else not emails, r["id"]
        assert not r["unscored"]


def test_copies_per_layout(records):
    """The phone field stands twice in each metrics page and line-protocol batch, once in each
    bulk request and batch of statements; the e-mail address once wherever the row keeps
    one."""
    twice = {"prometheus_metrics", "influx_line_protocol"}
    for r in records:
        row = _row(r)
        assert r["text"].count(h54.phone(row)) == (2 if r["layout"] in twice else 1), r["id"]
        if h54.email(row):
            assert r["text"].count(h54.email(row)) == 1, r["id"]


def test_spans_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "EMAIL_ADDRESS":
                assert kind == "register"
                continue
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_registration_number_and_postcode_are_in_the_text_and_unlabelled(records):
    """The ten-digit registration number (``3380802199``) and the postcode (``LV-1024``) stand
    in every record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        for value in (h54.reg_nr(row), h54.postcode(row)):
            assert re.fullmatch(r"\d{10}|LV-\d{4}", value)
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


# the Prometheus text exposition format: a sample line, its label pairs
SAMPLE = re.compile(r"([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)(?: (\d+))?")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|\})')


def _prometheus(text: str) -> dict[str, list[dict[str, str]]]:
    """The samples of an exposition page by metric name (their labels unescaped); every
    ``# TYPE`` line comes before its metric's samples."""
    out: dict[str, list[dict[str, str]]] = {}
    typed = set()
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            typed.add(line.split()[2])
        if not line or line.startswith("#"):
            continue
        m = SAMPLE.fullmatch(line)
        assert m and m.group(1) in typed, line
        float(m.group(3))
        labels, at, body = {}, 1, m.group(2) or "{}"
        while at < len(body):
            lm = LABEL.match(body, at)
            assert lm, line
            labels[lm.group(1)] = re.sub(r"\\(.)", lambda x: {"n": "\n"}.get(x[1], x[1]), lm[2])
            at = lm.end()
        out.setdefault(m.group(1), []).append(labels)
    return out


def _influx_fields(fields: str) -> dict[str, str]:
    """The fields of a line-protocol point: ``key=value`` pairs split at commas outside double
    quotes (the pairs make up the whole section), string values unescaped."""
    pairs = re.findall(r'([^,=]+)=("(?:[^"\\]|\\.)*"|[^,"]+)', fields)
    assert ",".join(f"{k}={v}" for k, v in pairs) == fields
    out = {}
    for key, value in pairs:
        if value.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        else:
            assert re.fullmatch(r"-?\d+i|-?[\d.]+|true|false", value), value
        out[key] = value
    return out


def _influx(text: str) -> list[tuple[str, dict[str, str], dict[str, str], int]]:
    """The points of a batch: measurement, tags (unescaped), fields and the nanosecond time
    stamp; a space that is not escaped nor quoted parts a point's three sections."""
    points = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = re.findall(r'(?:\\.|"(?:[^"\\]|\\.)*"|[^ "\\])+', line)
        assert len(parts) == 3, line
        key, fields, stamp = parts
        measurement, *tags = re.split(r"(?<!\\),", key)
        tagged = dict(re.sub(r"\\(.)", r"\1", t).split("=", 1) for t in tags)
        assert re.fullmatch(r"\d{19}", stamp)
        points.append((measurement, tagged, _influx_fields(fields), int(stamp)))
    return points


def _statements(text: str) -> list[list[str]]:
    """The commands of a QuickStatements V1 batch, each split at its tabs, an edit summary
    (``/* ... */`` at its end) left out."""
    out = []
    for line in text.splitlines():
        words = line.split("\t")
        if re.fullmatch(r"/\*.*\*/", words[-1]):
            words.pop()
        out.append(words)
    return out


def test_the_documents_are_well_formed(records):
    """The metrics page parses as the exposition format and its info gauge's ``talrunis``
    and the check's ``vertiba`` are the field; the line-protocol batch parses into two points
    whose ``talrunis`` is the field; each line of the bulk request after the request line is
    JSON, actions and documents in turn, the document's ``kontakti.talrunis`` the field; the
    batch of statements creates one item whose ``P1329`` is the field in quotes."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h54.phone(row)
        if r["layout"] == "prometheus_metrics":
            metrics = _prometheus(text)
            (info,) = metrics["viis_iestade_info"]
            assert info["talrunis"] == value and info["reg_nr"] == h54.reg_nr(row)
            assert info["nosaukums"] == h54._f(row, "Nosaukums")
            assert info.get("epasts", "") == h54.email(row)
            assert metrics["viis_kontakts_parbaudits"][0]["vertiba"] == value
        elif r["layout"] == "influx_line_protocol":
            (_, tags, fields, first), (_, _, check, second) = _influx(text)
            assert tags["reg_nr"] == h54.reg_nr(row) and tags["tips"] == h54._f(row, "Tips")
            assert fields["talrunis"] == check["talrunis"] == value
            assert fields["nosaukums"] == h54._f(row, "Nosaukums")
            assert fields.get("epasts", "") == h54.email(row)
            assert second > first
        elif r["layout"] == "es_bulk_request":
            head, *lines = text.rstrip("\n").split("\n")
            assert re.fullmatch(r"POST /viis-iestades-[\w.]+/_bulk\?refresh=wait_for", head)
            index, doc, update, partial = map(json.loads, lines)
            assert index == {"index": {"_id": h54.reg_nr(row)}}
            assert doc["kontakti"]["talrunis"] == value
            assert doc["kontakti"].get("epasts", "") == h54.email(row)
            assert doc["adrese"] == h54._f(row, "Adrese")
            assert update["update"]["_id"] == h54.reg_nr(row) and "doc" in partial
        else:
            commands = _statements(text)
            assert commands[0] == ["CREATE"]
            assert all(c[0] == "LAST" and len(c) % 2 == 1 for c in commands[1:])
            claims = {c[1]: c[2] for c in commands[1:]}
            assert claims["P1329"] == f'"{value}"'
            assert claims["Llv"] == f'"{h54._f(row, "Nosaukums")}"'
            assert claims.get("P968", "") == (
                f'"mailto:{h54.email(row)}"' if h54.email(row) else ""
            )
            assert claims["P281"] == f'"{h54.postcode(row)}"'


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h54.data()["sources"]
    assert set(sources) == {"LV"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h54.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"LV": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["Tālrunis"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no column naming the head or the founders is kept
    dropped = {"Vadītājs", "Faktiskais dibinātājs", "Deklarētais dibinātājs"}
    assert not any(dropped & set(r["fields"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h54.write(rebuilt)
    assert rebuilt.read_bytes() == h54.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_54"
