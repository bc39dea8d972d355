"""held_out_46 of the PII evaluation set (scripts/pii_held_out_46.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_46 as h46  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's coordinates, in every layout
IDENTIFIERS = ("LATITUDE", "LONGITUDE")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h46.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h46.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h46.data()["rows"]) == 402
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h46.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ansible_host_vars": 101, "nginx_server": 101, "systemd_unit": 100, "crontab": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``0813-071-0093 or 0908-740-4696`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h46.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NG") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``12.71572215``) and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h46._f(_row(r), column)
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


def _environment(text: str) -> dict[str, str]:
    """The variables of a unit's ``Environment=`` lines, split as systemd splits them (quoted
    words, no specifier in these values)."""
    out = {}
    for line in text.splitlines():
        if line.startswith("Environment="):
            for word in shlex.split(line.removeprefix("Environment=")):
                key, _, value = word.partition("=")
                out[key] = value.replace("%%", "%")
    return out


def test_the_documents_are_well_formed(records):
    """The host_vars file is YAML whose ``facility_phone`` is the field; the nginx block's
    braces balance and it repeats the field in ``add_header``; the unit's ``Environment=``
    gives ``FACILITY_PHONE``; every crontab job line has five time fields and its command
    passes the field after ``--from``."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "ansible_host_vars":
            host = yaml.safe_load(text)
            assert host["facility_phone"] == h46.phone(row)
            assert host["facility_geo"]["latitude"] == float(h46._f(row, "LATITUDE"))
        elif r["layout"] == "nginx_server":
            assert text.count("{") == text.count("}") and "server {\n" in text
            assert f'add_header X-Facility-Phone "{h46.phone(row)}" always;' in text
        elif r["layout"] == "systemd_unit":
            assert "[Unit]\n" in text and "[Service]\n" in text and "[Install]\n" in text
            env = _environment(text)
            assert env["FACILITY_PHONE"] == h46.phone(row)
            assert env["FACILITY_NAME"] == h46._f(row, "NAME")
        else:
            jobs = [
                x for x in text.splitlines() if x and not x.startswith("#") and "=" not in x[:9]
            ]
            assert len(jobs) == 3
            assert all(len(job.split()[:5]) == 5 for job in jobs)
            command = shlex.split(jobs[0].split(None, 5)[5].replace("\\%", "%"))
            assert command[command.index("--from") + 1] == h46.phone(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h46.data()["sources"]
    assert set(sources) == {"NG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h46.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NG": 402}
    assert all(sum(c.isdigit() for c in r["fields"]["PHONE NUMBER"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h46.write(rebuilt)
    assert rebuilt.read_bytes() == h46.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_46"
