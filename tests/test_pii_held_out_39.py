"""held_out_39 of the PII evaluation set (scripts/pii_held_out_39.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the site id and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_39 as h39  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital site's id and its postcode, in every layout
IDENTIFIERS = ("id", "postcode")
EVENT = "{http://schemas.microsoft.com/win/2004/08/events/event}"
# an RFC 5424 line: PRI, version, timestamp, host, app, procid, msgid, structured data, message
SYSLOG = re.compile(
    r"<(\d{1,3})>1 (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d) (\S+) (\S+) (\d+) (\S+) "
    r'(-|(?:\[[^ \]]+(?: [^= \]"]+="(?:[^"\\\]]|\\["\\\]])*")*\])+) (.*)'
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h39.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h39.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h39.data()["rows"]) == 267
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h39.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "rfc5424_syslog": 67, "ecs_json": 67, "journal_export": 67, "windows_event_xml": 66,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is labelled (the register has no e-mail)."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h39.phone(row)
        copies = text.count(value)
        assert copies == 1 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":tel"


def test_the_site_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The site id (``1000``) and the postcode (``8310``) stand in every record's text,
    outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h39._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_labels_are_in_the_language_of_the_sites_region():
    """Dutch in Flanders, French in Brussels and Wallonia, German in the 47xx postcodes."""
    by_code = {"8310": "nl", "1000": "fr", "1300": "fr", "3000": "nl", "4000": "fr",
               "4700": "de", "4780": "de", "7500": "fr", "9000": "nl", "1500": "nl"}  # fmt: skip
    for code, language in by_code.items():
        assert h39.language({"fields": {"postcode": code}}) == language


def _syslog_sd(line: str) -> dict[str, str]:
    m = SYSLOG.fullmatch(line)
    assert m, line
    params = re.findall(r'([^= \[\]"]+)="((?:[^"\\\]]|\\["\\\]])*)"', m.group(7))
    return {k: re.sub(r"\\([\"\\\]])", r"\1", v) for k, v in params}


def test_the_documents_are_well_formed(records):
    """Each syslog line is RFC 5424 and its structured data gives back the row's phone and
    postcode unescaped; the ECS line is one JSON object whose ``labels`` hold the phone and
    whose first keys are ``@timestamp``, ``log.level`` and ``message``; the journal entry is
    ``KEY=value`` lines of upper-case names closed by an empty line, its cursor's realtime the
    entry's; the Windows event is XML whose named ``<Data>`` elements hold the row."""
    for r in records:
        row, text = _row(r), r["text"]
        words = h39.WORDS[h39.language(row)]
        if r["layout"] == "rfc5424_syslog":
            lines = text.split("\n")
            assert len(lines) == 4 and lines[-1] == ""
            sd = _syslog_sd(lines[1])
            assert sd[words["phone"]] == h39.phone(row)
            assert sd[words["postcode"]] == h39._f(row, "postcode")
            assert sd[words["name"]] == h39._name(row)
            for line in (lines[0], lines[2]):
                assert SYSLOG.fullmatch(line).group(7) == "-"
        elif r["layout"] == "ecs_json":
            assert text.endswith("}\n") and text.count("\n") == 1
            event = json.loads(text)
            assert list(event)[:3] == ["@timestamp", "log.level", "message"]
            assert event["labels"][words["phone"]] == h39.phone(row)
            assert event["organization"]["id"] == h39._f(row, "id")
            assert text.isascii()
        elif r["layout"] == "journal_export":
            assert text.endswith("\n\n") and "\n\n" not in text[:-2]
            fields = dict(line.split("=", 1) for line in text[:-2].split("\n"))
            assert all(re.fullmatch(r"_{0,2}[A-Z0-9_]+", k) for k in fields)
            assert fields[words["phone"].upper()] == h39.phone(row)
            cursor = dict(p.split("=", 1) for p in fields["__CURSOR"].split(";"))
            assert int(cursor["t"], 16) == int(fields["__REALTIME_TIMESTAMP"])
            assert cursor["b"] == fields["_BOOT_ID"]
        else:
            root = ET.fromstring(text)
            data = {d.get("Name"): d.text for d in root.iter(f"{EVENT}Data")}
            assert data[words["phone"].capitalize()] == h39.phone(row)
            assert data[words["postcode"].capitalize()] == h39._f(row, "postcode")
            assert root.find(f"{EVENT}System/{EVENT}Channel").text == "Application"


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h39.data()["sources"]
    assert set(sources) == {"BE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h39.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BE": 267}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h39.write(rebuilt)
    assert rebuilt.read_bytes() == h39.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_39"
