"""held_out_85 of the PII evaluation set (scripts/pii_held_out_85.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
or of a number in its e-mail field, copied unchanged, each copy labelled; each copy of each
e-mail address labelled; the row's address is in the text and unlabelled; each document
parses) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import io
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

import pii_held_out_85 as h85  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

TT = "{http://www.w3.org/ns/ttml}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h85.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h85.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h85.data()["rows"]) == 426
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h85.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "tiddlywiki_tid": 107, "ttml_captions": 107, "jest_spec": 106, "gtfs_feed": 106,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_addresses_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, each number of the
    e-mail field wherever it stands outside a copy of the phone field, each copy of each e-mail
    address too, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h85.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MM") else short)[number] += copies
        for extra in h85.mail_phones(row):
            outside = text.count(extra) - (value.count(extra) * copies)
            for s, e in numbers(extra):
                (expected if personal_phone(extra[s:e], "MM") else short)[extra[s:e]] += outside
        phones = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(phones) == +expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == +short, r["id"]
        emails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert emails == Counter({a: text.count(a) for a in h85.addresses(row)}), r["id"]
        assert not r["unscored"]


def test_the_counts_of_labels(records):
    spans = [s for r in records for s in r["spans"]]
    assert Counter(s[2] for s in spans) == {"PHONE_NUMBER": 790, "EMAIL_ADDRESS": 504}
    assert Counter(s[3] for s in spans if s[2] == "PHONE_NUMBER") == {
        "national:phone": 789, "national:email": 1,
    }  # fmt: skip
    assert not any(r["distractors"] for r in records)


def test_phones_and_addresses_keep_their_kind(records):
    for r in records:
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert not r["text"][s:e].startswith("+")
                assert kind in ("national:phone", "national:email")
            else:
                assert t == "EMAIL_ADDRESS" and kind == "register"
                assert "@" in r["text"][s:e]


def test_the_address_is_in_the_text_and_unlabelled(records):
    """The row's address (``No(44),Lanthit St,4-Ward,Lanmadaw Tsp,Yangon.``) stands in every
    record's text, outside the labels, whole (XML-escaped in the TTML), where the list gives
    one."""
    for r in records:
        value = h85._f(_row(r), "address")
        if not value:
            continue
        if r["layout"] == "ttml_captions":
            value = escape(value)
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _tid(text: str) -> tuple[dict[str, str], str]:
    head, body = text.split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return fields, body


def _gtfs(text: str) -> dict[str, list[dict[str, str]]]:
    files = {}
    names = re.findall(r"==> (\S+) <==", text)
    bodies = re.split(r"\n?==> \S+ <==\n", text)[1:]
    for name, body in zip(names, bodies, strict=True):
        files[name] = list(csv.DictReader(io.StringIO(body)))
    return files


def test_the_documents_are_well_formed(records):
    """The tiddler's header fields (sorted, one per line) give the phone, e-mail field, list
    number and title, its body the table; the TTML parses as XML in the TTML namespace with a
    paragraph of the phone and timed paragraphs; the Jest file's ``company`` literal gives the
    entry's keys as JSON strings and its brackets balance; the GTFS head holds ``agency.txt``,
    ``routes.txt`` and ``stops.txt`` as CSV with the phone and e-mail field in ``agency.txt``
    and the address as the office's ``stop_desc``."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "tiddlywiki_tid":
            fields, body = _tid(text)
            assert list(fields) == sorted(fields)
            assert fields["phone"] == h85.phone(row)
            assert fields.get("email", "") == h85.email(row)
            assert fields["list-no"] == h85._f(row, "no")
            assert fields["title"] == h85._f(row, "name")
            assert fields["type"] == "text/vnd.tiddlywiki"
            assert (
                re.search(r"\d{17}", fields["created"]) and fields["modified"] > fields["created"]
            )
            assert f"|!ဖုန်း |{h85.phone(row)} |" in body.splitlines()
        elif r["layout"] == "ttml_captions":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{TT}tt"
            assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "my"
            paragraphs = root.findall(f"{TT}body/{TT}div/{TT}p")
            captions = [p.text for p in paragraphs]
            assert captions[0] == h85._f(row, "name")
            assert f"ဖုန်း - {h85.phone(row)}" in captions
            address = h85._f(row, "address")
            assert (f"လိပ်စာ - {address}" in captions) == bool(address)
            assert (f"အီးမေးလ် - {h85.email(row)}" in captions) == bool(h85.email(row))
            times = [(p.get("begin"), p.get("end")) for p in paragraphs]
            assert all(b < e for b, e in times) and times == sorted(times)
        elif r["layout"] == "jest_spec":
            literal = text[text.index("const company = {") : text.index("\n};")]
            entry = dict(re.findall(r'^  (\w+): (".*"),$', literal, re.M))
            assert {k: json.loads(v) for k, v in entry.items()} == {
                k: h85._f(row, k) for k in row["fields"]
            }
            code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
            for opening, closing in ("()", "{}", "[]"):
                assert code.count(opening) == code.count(closing), r["id"]
            assert f"expect(screen.getByText({json.dumps(h85.phone(row))}))" in text
        else:
            files = _gtfs(text)
            assert list(files) == ["agency.txt", "routes.txt", "stops.txt"]
            (agency,) = files["agency.txt"]
            assert agency["agency_phone"] == h85.phone(row)
            assert agency["agency_email"] == h85.email(row)
            assert agency["agency_name"] == h85._f(row, "name")
            assert agency["agency_timezone"] == "Asia/Yangon"
            assert all(route["agency_id"] == agency["agency_id"] for route in files["routes.txt"])
            assert files["stops.txt"][0]["stop_desc"] == h85._f(row, "address")
            assert all(-90 <= float(s["stop_lat"]) <= 90 for s in files["stops.txt"])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h85.data()["sources"]
    assert set(sources) == {"MM"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h85.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MM": 426}
    assert Counter(h85.listed(r) for r in rows) == {
        "inboundCompanies": 188, "OutboundCompanies": 137, "HotelsNPW": 85, "HotelsPMA": 14,
        "HotelsLW": 1, "HotelsTK": 1,
    }  # fmt: skip
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(
        list(r["fields"]) == ["no", "name", "address", "phone", "email", "website"] for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    out = tmp_path / "part.jsonl.gz"
    h85.write(out)
    assert out.read_bytes() == h85.DATA.read_bytes()
