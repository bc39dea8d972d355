"""held_out_127 of the PII evaluation set (scripts/pii_held_out_127.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_127 as h127  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("name", "address")
LOG4J = "{http://logging.apache.org/log4j/2.0/events}"
W3C_TOKEN = re.compile(r'"(?:[^"]|"")*"|\S+')


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h127.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h127.by_locale()[locale][n]


def _in_text(layout: str, value: str) -> str:
    """``value`` as the layout writes it."""
    if layout in ("otlp_logs_json", "loki_push_json"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "log4j2_xml":
        return escape(value)
    return value.replace('"', '""')


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h127.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h127.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "otlp_logs_json": 150, "w3c_extended_log": 150, "loki_push_json": 150, "log4j2_xml": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h127.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "HU") else short)[(number, h127.PHONE)] += copies
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
    """Numbers written with ``+36`` are international, the few without it national."""
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            plus = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if plus else "national"), r["id"]


def test_the_data_keeps_the_published_shape():
    """Every kept phone is a Hungarian number in hyphenated groups after the calling code,
    a few with no ``+``, one in spaces, one with a blank before its first hyphen."""
    rows = h127.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h127.phone(row)) for row in rows)
    assert shapes.most_common(2) == [("+99-99-999-9999", 435), ("+99-99-999-999", 129)]
    assert all(h127.phone(row).startswith(("+36", "36")) for row in rows)
    assert sum(not h127.phone(row).startswith("+") for row in rows) == 4
    assert all("email" not in row["fields"] for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (as the layout escapes them),
    outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _in_text(r["layout"], h127._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _otlp_attrs(items: list[dict]) -> dict:
    return {a["key"]: next(iter(a["value"].values())) for a in items}


def test_the_documents_parse_in_their_format(records):
    """OTLP and Loki bodies parse as JSON, Log4j 2 event files as XML (ElementTree), W3C logs by
    their ``#Fields`` directive; the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h127.phone(row), h127._f(row, "name")
        if r["layout"] == "otlp_logs_json":
            doc = json.loads(text)
            (logs,) = doc["resourceLogs"]
            assert _otlp_attrs(logs["resource"]["attributes"])["service.name"]
            (scope,) = logs["scopeLogs"]
            (rec,) = scope["logRecords"]
            assert re.fullmatch(r"[0-9a-f]{32}", rec["traceId"])
            assert re.fullmatch(r"[0-9a-f]{16}", rec["spanId"])
            assert int(rec["observedTimeUnixNano"]) >= int(rec["timeUnixNano"])
            attrs = _otlp_attrs(rec["attributes"])
            assert attrs["autosiskola.telefon"] == tel and attrs["autosiskola.nev"] == name
            assert attrs["geo.lat"] == float(h127._f(row, "lat"))
            assert rec["body"]["stringValue"].endswith(f"telefon: {tel}")
        elif r["layout"] == "loki_push_json":
            (stream,) = json.loads(text)["streams"]
            assert stream["stream"]["nkh_azonosito"] == h127._f(row, "nkhazon")
            assert len(stream["values"]) == 2
            assert all(re.fullmatch(r"\d{19}", ts) for ts, _ in stream["values"])
            assert all(tel in line for _, line in stream["values"])
            assert name in stream["values"][0][1]
        elif r["layout"] == "log4j2_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{LOG4J}Events"
            events = root.findall(f"{LOG4J}Event")
            assert [e.get("level") for e in events] == ["INFO", "DEBUG"]
            items = {
                i.get("key"): i.get("value")
                for i in events[0].find(f"{LOG4J}ContextMap").iter(f"{LOG4J}item")
            }
            assert items["telefon"] == tel and items["iskola"] == name
            assert events[0].findtext(f"{LOG4J}Message").endswith(f"telefon: {tel}")
            assert events[0].find(f"{LOG4J}Instant").get("epochSecond")
        else:
            lines = text.splitlines()
            assert lines[1] == "#Version: 1.0"
            (fields,) = [
                line[len("#Fields: ") :].split() for line in lines if line.startswith("#Fields: ")
            ]
            entries = [W3C_TOKEN.findall(line) for line in lines if not line.startswith("#")]
            assert len(entries) == 2
            for entry in entries:
                got = dict(zip(fields, entry, strict=True))
                assert got["x-telefon"] == f'"{tel}"'
                assert got["x-iskola"][1:-1].replace('""', '"') == name
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", got["date"])


def test_provenance():
    sources = h127.data()["sources"]
    assert set(sources) == {"HU"}
    hu = sources["HU"]
    assert hu["repository"] == "watchingdogs/autosiskola"
    assert hu["commit"] == "ea89c0425612e54fd4f94f496467665634dc7239"
    assert hu["paths"] == ["app/static/iskolak.geojson"]
    assert "not confirmed" in hu["licence"] and hu["publisher"]
    rows = h127.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HU": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h127, "held_out_127", tmp_path)
