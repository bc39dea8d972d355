"""held_out_53 of the PII evaluation set (scripts/pii_held_out_53.py): its committed records
keep the generator's invariants (every labelled phone is a number of the entry's real phone
field, copied unchanged, each copy labelled; the entry's street address is in the text and
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

import pii_held_out_53 as h53  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the entry's street address (with its door number), in every layout
IDENTIFIERS = ("direccion",)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h53.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h53.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h53.data()["rows"]) == 130
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h53.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "nagios_object": 33, "twiml_voice": 33, "asterisk_dialplan": 32,
        "postman_collection": 32,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``2712 0340 / 2710 6135 / 2710 6065`` holds three) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is; every layout gives the field twice."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h53.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "UY") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_the_extension_is_no_number_of_its_own(records):
    """``4222 5474 int. 239``: the number is labelled, the extension is not."""
    (r,) = [r for r in records if h53.phone(_row(r)) == "4222 5474 int. 239"]
    assert {r["text"][s:e] for s, e, *_ in r["spans"]} == {"4222 5474"}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_address_is_in_the_text_and_unlabelled(records):
    """The street address (``Av. Italia 6958 esq. Santa Mónica``) stands in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h53._f(_row(r), column)
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


def _nagios(text: str) -> list[tuple[str, dict[str, str]]]:
    """The ``define`` blocks of a Nagios object file: (type, directives), a directive's value
    up to a ``;`` comment."""
    out = []
    for kind, body in re.findall(r"^define (\w+) \{\n(.*?)^\}", text, re.S | re.M):
        directives = {}
        for line in body.splitlines():
            line = line.split(";", 1)[0].strip()
            if line:
                key, value = line.split(None, 1)
                directives[key] = value.strip()
        out.append((kind, directives))
    return out


def _dialplan(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The contexts of an ``extensions.conf`` and its (extension, application call) lines,
    ``same`` lines under the extension before them."""
    contexts, steps, exten = [], [], None
    for line in text.splitlines():
        line = line.split(";", 1)[0].strip()
        if m := re.fullmatch(r"\[([\w-]+)\]", line):
            contexts.append(m.group(1))
        elif m := re.fullmatch(r"(exten|same) => (.*)", line):
            parts = m.group(2).split(",", 2 if m.group(1) == "exten" else 1)
            if m.group(1) == "exten":
                exten = parts[0]
            assert exten is not None
            steps.append((exten, parts[-1]))
        else:
            assert not line, line
    return contexts, steps


def test_the_documents_are_well_formed(records):
    """The Nagios file's blocks give the field as the contact's ``pager`` and the address in
    the host's ``notes``; the TwiML parses as XML whose ``<Say>`` reads the field; the dialplan
    has one context whose ``s`` extension sets ``FARMACIA_TEL`` to the field; the Postman
    collection parses as JSON whose request body parses as JSON with the field as
    ``telefono``."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h53.phone(row)
        if r["layout"] == "nagios_object":
            blocks = dict(_nagios(text))
            assert set(blocks) == {"host", "timeperiod", "contact"}
            assert blocks["contact"]["pager"] == value
            assert blocks["host"]["notes"].startswith(h53._f(row, "direccion"))
            assert (
                blocks["contact"]["host_notification_period"]
                == (blocks["timeperiod"]["timeperiod_name"])
            )
        elif r["layout"] == "twiml_voice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Response"
            says = [e.text for e in root.iter("Say")]
            assert f"Teléfono: {value}." in says[0]
            assert root.find("Redirect").text.startswith("/ivr/farmacias/")
        elif r["layout"] == "asterisk_dialplan":
            contexts, steps = _dialplan(text)
            assert contexts == [f"farmacia-{h53._slug(row)}"]
            assert ("s", f"Set(FARMACIA_TEL={value})") in steps
            assert any(app.startswith("Dial(PJSIP/") for _, app in steps)
        else:
            collection = json.loads(text)
            assert collection["info"]["schema"].endswith("/v2.1.0/collection.json")
            (item,) = collection["item"]
            body = json.loads(item["request"]["body"]["raw"])
            assert body["telefono"] == value
            assert body["direccion"].startswith(h53._f(row, "direccion"))
            assert item["request"]["description"].endswith(f"{h53._f(row, 'rotulo')} {value}")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h53.data()["sources"]
    assert set(sources) == {"UY"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h53.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"UY": 130}
    assert all(sum(c.isdigit() for c in r["fields"]["telefono"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["fields"]["rotulo"] in ("Tel.:", "Tels.:") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h53.write(rebuilt)
    assert rebuilt.read_bytes() == h53.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_53"
