"""held_out_93 of the PII evaluation set (scripts/pii_held_out_93.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's id is in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_93 as h93  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's id (``gov-1``, ``unc-85``), in every layout
IDENTIFIERS = ("id",)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h93.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h93.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h93.data()["rows"]) == 122
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h93.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "varnish_vcl": 31, "muttrc": 31, "procmailrc": 30, "justfile": 30,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is; the field stands twice in every
    layout."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h93.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BB") else short)[number] += copies
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


def test_the_id_is_in_the_text_and_unlabelled(records):
    """The pharmacy's id (``gov-1``) stands in every record's text, outside the labels,
    whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h93._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"{re.escape(value)}(?!\d)", r["text"])]
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


def _vcl_subs(text: str) -> dict[str, str]:
    """The VCL file's ``backend`` and ``sub`` blocks by name, each with balanced braces."""
    out, at = {}, 0
    for m in re.finditer(r"^(?:sub|backend) (\w+) \{$", text, re.M):
        depth, i = 0, m.end() - 1
        while True:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                break
            i += 1
        out[m.group(1)] = text[m.end() : i]
        at = i
    assert at and text[at + 1 :].strip() == ""
    return out


def _muttrc(text: str) -> dict[str, list[list[str]]]:
    """The muttrc's commands, each line's words as the shell-like quoting of mutt splits them
    (comments dropped)."""
    out: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            words = shlex.split(line)
            out.setdefault(words[0], []).append(words[1:])
    return out


def test_the_documents_are_well_formed(records):
    """The VCL file opens with ``vcl 4.1;``, its blocks balance and ``vcl_deliver`` sets the
    phone header to the field; the muttrc's ``my_hdr`` gives the field; the procmailrc's
    ``PHARMACY_PHONE`` is the field (as sh reads it), its recipes open with ``:0`` and its
    ``formail -I`` adds the field; the justfile's ``pharmacy_phone`` is the field and its
    ``sms-test`` recipe passes it after ``--from``."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h93.phone(row)
        if r["layout"] == "varnish_vcl":
            assert text.startswith("vcl 4.1;\n")
            subs = _vcl_subs(text)
            assert set(subs) == {"booking", "vcl_recv", "vcl_backend_response", "vcl_deliver",
                                 "vcl_synth"}  # fmt: skip
            assert f'set resp.http.X-Pharmacy-Phone = "{value}";' in subs["vcl_deliver"]
        elif r["layout"] == "muttrc":
            commands = _muttrc(text)
            headers = [words[0] for words in commands["my_hdr"]]
            assert f"X-Pharmacy-Phone: {value}" in headers
            assert f"X-Pharmacy-Id: {h93._f(row, 'id')}" in headers
        elif r["layout"] == "procmailrc":
            assigned = dict(
                line.split("=", 1) for line in text.splitlines() if re.match(r"^[A-Z_]+=", line)
            )
            assert shlex.split(assigned["PHARMACY_PHONE"]) == [value]
            assert text.count("\n:0") == 3
            formail = next(x for x in text.splitlines() if x.startswith("| formail"))
            words = shlex.split(formail[1:])
            assert words[words.index("-I") + 1] == f"X-Pharmacy-Phone: {value}"
        else:
            assigned = dict(
                (k.strip(), v.strip()) for k, v in re.findall(r"^(\w+) :=(.*)$", text, re.M)
            )
            assert shlex.split(assigned["pharmacy_phone"]) == [value]
            recipe = text.split("sms-test:\n", 1)[1].splitlines()[0]
            assert recipe.startswith("    ")
            command = shlex.split(recipe)
            assert command[command.index("--from") + 1] == value


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h93.data()["sources"]
    assert set(sources) == {"BB"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h93.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BB": 122}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h93.write(rebuilt)
    assert rebuilt.read_bytes() == h93.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_93"
