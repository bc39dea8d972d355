"""held_out_49 of the PII evaluation set (scripts/pii_held_out_49.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's address and settlement are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_49 as h49  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the establishment's address and settlement, in every layout
IDENTIFIERS = ("Адрес", "Населено място")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h49.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h49.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h49.data()["rows"]) == 459
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h49.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "windows_reg": 115, "prometheus_metrics": 115, "dockerfile": 115, "humans_txt": 114,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``056/812985,0887/903787`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is."""
    copies_by_layout = {"windows_reg": 2, "prometheus_metrics": 2, "dockerfile": 3, "humans_txt": 2}
    for r in records:
        row, text = _row(r), r["text"]
        value = h49.phone(row)
        copies = text.count(value)
        assert copies == copies_by_layout[r["layout"]] and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BG") else short)[number] += copies
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


def test_the_address_and_settlement_are_in_the_text_and_unlabelled(records):
    """The address (``ул. Васил Левски №36``) and settlement (``ГР.КАВАРНА``) stand in every
    record's text as published, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h49._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
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


def _unquote(value: str) -> str:
    """A double-quoted ``.reg`` string or Prometheus label value, its escapes undone."""
    assert value[0] == value[-1] == '"'
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value[1:-1])


def _reg(text: str) -> dict[str, dict[str, str]]:
    """The keys of a ``.reg`` export and their values (strings unescaped, ``dword:`` as
    written); every line is the header, blank, a comment, a key or a value."""
    lines = text.split("\r\n")
    assert lines[0] == "Windows Registry Editor Version 5.00" and "\n" not in text.replace(
        "\r\n", ""
    )
    keys: dict[str, dict[str, str]] = {}
    current = None
    for line in lines[1:]:
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r"\[(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]", line):
            current = keys.setdefault(m.group(1), {})
        elif m := re.fullmatch(r'"([^"]+)"=("(?:[^"\\]|\\.)*"|dword:[0-9a-f]{8})', line):
            assert current is not None
            v = m.group(2)
            current[m.group(1)] = v if v.startswith("dword:") else _unquote(v)
        else:
            raise AssertionError(line)
    return keys


def _metrics(text: str) -> dict[str, list[tuple[dict[str, str], str]]]:
    """The samples of a Prometheus text exposition page by metric name, each with its labels
    (unescaped) and value; every metric is announced by ``# HELP`` and ``# TYPE`` first."""
    samples: dict[str, list[tuple[dict[str, str], str]]] = {}
    typed = set()
    label = r'([a-z_]+)=("(?:[^"\\]|\\.)*")'
    for line in text.splitlines():
        if m := re.fullmatch(r"# TYPE ([a-z_]+) (gauge|counter)", line):
            typed.add(m.group(1))
        elif line.startswith("#") or not line:
            continue
        else:
            m = re.fullmatch(
                rf"([a-z_]+)(?:\{{({label}(?:,{label})*)\}})? (\S+)(?: (\d{{13}}))?", line
            )
            assert m and m.group(1) in typed, line
            float(m.group(7))
            labels = {k: _unquote(v) for k, v in re.findall(label, m.group(2) or "")}
            samples.setdefault(m.group(1), []).append((labels, m.group(7)))
    return samples


def _instructions(text: str) -> list[tuple[str, str]]:
    """A Dockerfile's instructions (continuation lines joined), comments left out."""
    out, pending = [], ""
    for line in text.splitlines():
        if not pending and (not line.strip() or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1]
            continue
        instruction, _, arguments = (pending + line).strip().partition(" ")
        out.append((instruction, arguments))
        pending = ""
    assert not pending
    return out


def _humans(text: str) -> dict[str, dict[str, str]]:
    """The blocks of a ``humans.txt`` (``/* NAME */``) and their ``key: value`` lines."""
    blocks: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        if m := re.fullmatch(r"/\* ([A-Z]+) \*/", line):
            current = blocks.setdefault(m.group(1), {})
        elif line:
            key, sep, value = line.removeprefix("\t").partition(": ")
            assert line.startswith("\t") and sep and current is not None, line
            current[key] = value
    return blocks


def test_the_documents_are_well_formed(records):
    """The ``.reg`` export parses to one site key whose ``Phone`` is the field and a printer
    subkey whose footer repeats it; the metrics page's ``nzok_facility_info`` labels give the
    field and the address; the Dockerfile's ``LABEL`` and ``ENV`` words, split as a shell
    splits them, give the field; the humans.txt gives it in its TEAM and SITE blocks."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "windows_reg":
            keys = _reg(text)
            assert len(keys) == 2
            site, printer = keys.values()
            assert site["Phone"] == h49.phone(row) and site["FacilityName"] == h49.name(row)
            assert site["Address"] == h49.address(row)
            assert printer["ReceiptFooter"] == "За справки: " + h49.phone(row)
        elif r["layout"] == "prometheus_metrics":
            samples = _metrics(text)
            [(labels, value)] = samples["nzok_facility_info"]
            assert value == "1" and labels["phone"] == h49.phone(row)
            assert labels["name"] == h49.name(row) and labels["address"] == h49.address(row)
            assert len(samples["booking_requests_total"]) == 2
        elif r["layout"] == "dockerfile":
            steps = _instructions(text)
            assert steps[0] == ("FROM", "python:3.12-slim") and steps[-1][0] == "CMD"
            json.loads(steps[-1][1])
            words = {}
            for instruction, arguments in steps:
                if instruction in ("LABEL", "ENV"):
                    words |= dict(w.split("=", 1) for w in shlex.split(arguments))
            assert words["bg.nzok.facility.phone"] == words["FACILITY_PHONE"] == h49.phone(row)
            assert words["bg.nzok.facility.name"] == h49.name(row)
            assert words["FACILITY_ADDRESS"] == h49.address(row)
        else:
            blocks = _humans(text)
            assert list(blocks) == ["TEAM", "THANKS", "SITE"]
            assert blocks["TEAM"]["Регистратура"] == h49.phone(row)
            assert blocks["SITE"]["Записване на час"] == h49.phone(row)
            assert blocks["TEAM"]["Заведение"] == h49.name(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h49.data()["sources"]
    assert set(sources) == {"BG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h49.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BG": 459}
    assert all(sum(c.isdigit() for c in r["fields"]["Телефон"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # the managers' names (private persons) are left out of every row
    assert not any("Управител" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h49.write(rebuilt)
    assert rebuilt.read_bytes() == h49.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_49"
