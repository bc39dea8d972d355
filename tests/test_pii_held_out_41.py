"""held_out_41 of the PII evaluation set (scripts/pii_held_out_41.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the postcode of the row's address is in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_41 as h41  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h41.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h41.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h41.data()["rows"]) == 163
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h41.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "form_urlencoded": 41, "multipart_form_data": 41, "har_entry": 41, "curl_command": 40,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h41.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MY") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":clinicPhone"


def test_the_postcode_is_in_the_text_and_unlabelled(records):
    """The five-digit postcode of the address (``81300``) stands in every record whose
    address gives one, outside the labels, whole."""
    with_postcode = 0
    for r in records:
        value = h41.postcode(_row(r))
        if not value:
            continue
        with_postcode += 1
        found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]
    assert with_postcode == 158


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _http(text: str) -> tuple[dict[str, str], str]:
    """The headers and body of a captured HTTP/1.1 request (CRLF line ends)."""
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    assert re.fullmatch(r"POST /\S+ HTTP/1\.1", lines[0])
    headers = dict(line.split(": ", 1) for line in lines[1:])
    assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
    return headers, body


def _bash_word(word: str) -> str:
    """A word of the cURL command line as bash reads it: ``'...'`` or ``$'...'``."""
    if word.startswith("$'"):
        assert word.endswith("'")
        return re.sub(r"\\(.)", r"\1", word[2:-1])
    return shlex.split(word)[0]


def test_the_payloads_are_well_formed(records):
    """The URL-encoded body parses to the row's fields; the multipart body parses as MIME,
    its ``no_telefon`` part the row's number; the HAR is JSON whose ``postData.text`` is the
    fields' JSON; the cURL command's ``--data-raw`` word is that JSON, as bash reads it."""
    for r in records:
        row, text = _row(r), r["text"]
        fields = dict(h41._payload(row))
        if r["layout"] == "form_urlencoded":
            headers, body = _http(text)
            assert headers["Content-Type"] == "application/x-www-form-urlencoded"
            parsed = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
            assert {k: parsed[k] for k in fields} == fields
            assert f"&no_telefon={h41.phone(row)}&" in body
        elif r["layout"] == "multipart_form_data":
            headers, body = _http(text)
            mime = f"Content-Type: {headers['Content-Type']}\r\n\r\n{body}".encode()
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(mime)
            parts = {
                p.get_param("name", header="content-disposition"): p.get_content().strip("\r\n")
                for p in message.iter_parts()
            }
            assert {k: parts[k] for k in fields} == fields
        elif r["layout"] == "har_entry":
            entry = json.loads(text)["log"]["entries"][0]
            assert json.loads(entry["request"]["postData"]["text"]) == fields
            assert entry["request"]["bodySize"] == len(h41._json_body(row).encode("utf-8"))
        else:
            assert text.startswith("curl 'https://") and text.endswith("'\n")
            word = text.rsplit("  --data-raw ", 1)[1].rstrip("\n")
            assert json.loads(_bash_word(word)) == fields


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h41.data()["sources"]
    assert set(sources) == {"MY"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h41.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MY": 163}
    assert all(sum(c.isdigit() for c in r["fields"]["clinicPhone"]) >= 6 for r in rows)
    # the private persons' columns (a veterinarian's mobile number and mail box) are not kept
    assert all(
        set(r["fields"]) == {"name", "address", "area", "state", "clinicPhone"} for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h41.write(rebuilt)
    assert rebuilt.read_bytes() == h41.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_41"
