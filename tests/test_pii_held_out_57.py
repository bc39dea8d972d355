"""held_out_57 of the PII evaluation set (scripts/pii_held_out_57.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real contact
field, copied unchanged, each copy labelled; the row's hospital name and address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

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

import pii_held_out_57 as h57  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h57.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h57.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h57.data()["rows"]) == 211
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h57.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "hledger_journal": 53, "x12_837p": 53, "mermaid_flowchart": 53, "cypher_script": 52,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the contact field (``021-3450-1700 / 4400726`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is."""
    copies_of = {"hledger_journal": 2, "x12_837p": 2, "mermaid_flowchart": 2, "cypher_script": 1}
    for r in records:
        row, text = _row(r), r["text"]
        value = h57.phone(row)
        copies = text.count(value)
        assert copies == copies_of[r["layout"]] and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PK") else short)[number] += copies
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


def test_the_name_address_and_list_id_are_in_the_text_and_unlabelled(records):
    """The hospital's name and its street address where the list gives one stand in every
    record's text as published, outside the labels, whole; so does its list id, after the key
    or prefix each layout gives it."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        values = [v for v in (h57.name(row), h57._f(row, "address")) if v]
        if r["layout"] == "mermaid_flowchart":
            values = [h57._mermaid(v) for v in values]
        found = {v: [m.start() for m in re.finditer(re.escape(v), text)] for v in values}
        key = {"hledger_journal": "list_id: ", "x12_837p": "PANEL0*", "mermaid_flowchart": "h",
               "cypher_script": "listId: "}[r["layout"]]  # fmt: skip
        found["id"] = [m.start(1) for m in re.finditer(rf"{key}({h57._f(row, 'id')})\b", text)]
        for value, at in found.items():
            assert at, (r["id"], value)
            assert not any(s <= a < e for a in at for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _journal(text: str) -> tuple[dict[str, str], list[list[tuple[str, str]]]]:
    """An hledger journal read as hledger reads these lines: ``account`` directives with their
    comments, and transactions (a date line, then indented postings: an account name ending at
    two spaces, an optional amount)."""
    accounts, transactions = {}, []
    for line in text.splitlines():
        if line.startswith("account "):
            account, _, comment = line.removeprefix("account ").partition("  ; ")
            accounts[account] = comment
        elif re.match(r"\d{4}-\d{2}-\d{2} \* ", line):
            transactions.append([])
        elif line.startswith("    "):
            account, _, amount = line.strip().partition("    ")
            transactions[-1].append((account, amount))
    return accounts, transactions


def _x12(text: str) -> list[list[str]]:
    """The segments of an X12 interchange, each as its elements (``*``), ``~`` their end."""
    assert text.endswith("~\n")
    return [s.split("*") for s in text.removesuffix("~\n").split("~\n")]


def _cypher_strings(text: str) -> dict[str, str]:
    """The string properties set or merged in a Cypher script (``key: "..."``,
    ``h.key = "..."``), read as Cypher reads a double-quoted string with these escapes."""
    out = {}
    for m in re.finditer(r'(?:(\w+): |h\.(\w+) = )("(?:[^"\\]|\\.)*")', text):
        out[m.group(1) or m.group(2)] = json.loads(m.group(3))
    return out


def test_the_documents_are_well_formed(records):
    """The journal declares the hospital's payable with a ``phone:`` tag, its two transactions
    each balance (one posting with the amount, one left to take the rest); the X12 interchange
    has a 106-character ISA head, matching control numbers, an ``SE`` count of the segments
    from ``ST`` and the field after ``TE`` in both ``PER`` segments; the Mermaid chart's labels
    close their quotes and brackets and its ``click`` line calls the field; the Cypher script's
    strings read back as the row's name, address and field, between ``:begin`` and
    ``:commit``."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h57.phone(row)
        if r["layout"] == "hledger_journal":
            accounts, transactions = _journal(text)
            payable = next(a for a in accounts if a.startswith("liabilities:panel:"))
            assert accounts[payable].startswith(f"phone: {value}, list_id: ")
            assert len(transactions) == 2
            for postings in transactions:
                assert len(postings) == 2 and {a for a, _ in postings} <= set(accounts)
                assert [bool(amount) for _, amount in postings] == [True, False]
                assert re.fullmatch(r"PKR \d{1,3}(,\d{3})*\.00", postings[0][1])
            assert f"; فون: {value}\n" in text
        elif r["layout"] == "x12_837p":
            segments = _x12(text)
            assert len("*".join(segments[0])) + 1 == 106 and segments[0][-1] == ">"
            ids = [s[0] for s in segments]
            assert ids[:3] == ["ISA", "GS", "ST"] and ids[-3:] == ["SE", "GE", "IEA"]
            assert int(segments[-1][2]) == int(segments[0][13]) == int(segments[-2][2])
            assert segments[1][6] == segments[-2][2]
            assert int(segments[-3][1]) == len(segments) - 4
            per = [s for s in segments if s[0] == "PER"]
            assert [s[1:3] + s[3:] for s in per] == [["IC", "BILLING OFFICE", "TE", value]] * 2
            provider = next(s for s in segments if s[:3] == ["NM1", "85", "2"])
            assert provider[3] == h57.name(row) and re.fullmatch(r"1\d{9}", provider[9])
        elif r["layout"] == "mermaid_flowchart":
            lines = text.splitlines()
            assert lines[1] == "flowchart TD"
            for line in lines[2:]:
                assert line.count('"') % 2 == 0, line
                outside = re.sub(r'"[^"]*"', "", line)
                for a, b in ("[]", "()", "{}"):
                    assert outside.count(a) == outside.count(b), line
            node = f"h{h57._f(row, 'id')}"
            assert f'    click {node} call callHospital("{value}")' in lines
            assert re.search(rf'{node}\["[^"]*☎ {re.escape(value)}"\]', text)
        else:
            lines = text.splitlines()
            assert lines[2] == ":begin" and lines[-1] == ":commit"
            assert text.count("(") == text.count(")") and text.count("{") == text.count("}")
            strings = _cypher_strings(text)
            assert strings["contact"] == value and strings["name"] == h57.name(row)
            assert strings["address"] == h57._f(row, "address")
            assert strings["list"] == row["list"]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h57.data()["sources"]
    assert set(sources) == {"PK"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h57.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PK": 211}
    assert len({r["list"] for r in rows}) == 33
    assert all(sum(c.isdigit() for c in r["fields"]["contact"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h57.write(rebuilt)
    assert rebuilt.read_bytes() == h57.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_57"
