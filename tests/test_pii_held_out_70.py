"""held_out_70 of the PII evaluation set (scripts/pii_held_out_70.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; each e-mail address of the row labelled; the
row's name and page are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_70 as h70  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.part_copies import copies  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h70.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h70.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h70.data()["rows"]) == 205
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h70.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sdp_session": 52, "popolo_json": 51, "webvtt_captions": 51, "hxl_csv": 51,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone field (``33 889 11 82 / 33 822 18 72`` holds two) and of the
    fax field is labelled wherever the field stands if a person could hold it, a distractor if
    not, and nothing else is; a fax field inside a copy of the phone field goes with it."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        phones = copies(text, h70.phone(row), [])
        assert phones and re.search(r"\d", h70.phone(row)), r["id"]
        faxes = copies(text, h70.fax(row), phones) if h70.fax(row) else []
        assert bool(faxes) == (bool(h70.fax(row)) and h70.fax(row) != h70.phone(row)), r["id"]
        expected, short = Counter(), Counter()
        for column, value, places in (("phone", h70.phone(row), phones),
                                      ("fax", h70.fax(row), faxes)):  # fmt: skip
            for s, e in numbers(value):
                number = value[s:e]
                target = expected if personal_phone(number, "SN") else short
                target[(column, number)] += len(places)
        labelled = Counter(
            (kind.split(":")[1], text[s:e]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            {number: n for (_, number), n in short.items()}
        ), r["id"]
        assert not r["unscored"]
        total.update(kind for *_, t, kind in r["spans"] if t == "PHONE_NUMBER")
    assert total == {"national:phone": 378, "international:phone": 4, "national:fax": 140}


def test_every_email_address_is_labelled_unchanged(records):
    count = 0
    for r in records:
        text = r["text"]
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        expected = Counter({a: len(copies(text, a, [])) for a in h70.emails(_row(r))})
        assert labelled == expected, r["id"]
        assert all(expected.values()), r["id"]
        count += sum(labelled.values())
    assert count == 122


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith(("+", "00"))
                assert kind.split(":")[0] == ("international" if intl else "national")
            else:
                assert kind == "register"


def test_the_name_and_page_are_in_the_text_and_unlabelled(records):
    """The service's name stands in every record's text, its page name in the SDP-free
    layouts' ids and file names, and the post-office box numbers of its address outside the
    labels."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        values = [h70._f(row, "Nom")]
        values += [] if r["layout"] in ("sdp_session", "hxl_csv") else [h70.slug(row)[:40]]
        values += re.findall(r"BP \d[\d ]*\d", h70._f(row, "Adresse"))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _sdp(text: str) -> list[tuple[str, str]]:
    lines = text.rstrip("\n").split("\n")
    assert all(re.fullmatch(r"[a-z]=.+", line) for line in lines), lines
    return [(line[0], line[2:]) for line in lines]


def _cues(text: str) -> list[tuple[str, str, str]]:
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "WEBVTT" and blocks[1].startswith("NOTE ")
    cues = []
    for n, block in enumerate(blocks[2:], 1):
        number, timing, *lines = block.split("\n")
        assert number == str(n)
        m = re.fullmatch(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})", timing)
        assert m and m.group(1) < m.group(2) and lines
        cues.append((m.group(1), m.group(2), "\n".join(lines)))
    assert all(a[1] <= b[0] for a, b in zip(cues, cues[1:], strict=False))
    return cues


def test_the_documents_are_well_formed(records):
    """The SDP description has its lines in RFC 8866's order with the field in ``p=``; the
    Popolo organization is JSON whose ``voice``, ``fax`` and ``email`` details are the fields;
    the WebVTT file's cues are numbered, timed in order and read the phone field; the HXL CSV
    has a header, a hashtag row and one data row holding the fields."""
    order = "vosiuepctma"
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "sdp_session":
            lines = _sdp(text)
            kinds = [k for k, _ in lines]
            assert kinds == sorted(kinds, key=order.index) and kinds[:3] == ["v", "o", "s"]
            p = [v for k, v in lines if k == "p"]
            assert p[0] == h70.phone(row)
            assert p[1:] == ([f"{h70.fax(row)} (Télécopie)"] if h70.fax(row) else [])
            assert [v.split(" ")[0] for k, v in lines if k == "e"] == h70.emails(row)
            assert dict(lines)["s"] == h70._f(row, "Nom")
        elif r["layout"] == "popolo_json":
            org = json.loads(text)
            details = {}
            for d in org["contact_details"]:
                details.setdefault(d["type"], []).append(d["value"])
            assert details["voice"] == [h70.phone(row)]
            assert details.get("fax", []) == ([h70.fax(row)] if h70.fax(row) else [])
            assert details.get("email", []) == h70.emails(row)
            assert details.get("address", [""]) == [h70._f(row, "Adresse")]
            assert org["name"] == h70._f(row, "Nom") and org["created_at"] < org["updated_at"]
        elif r["layout"] == "webvtt_captions":
            cues = _cues(text)
            assert cues[0][2] == h70._f(row, "Nom")
            assert f"appelez le\n{h70.phone(row)}" in [
                c[2][-len(h70.phone(row)) - 11 :] for c in cues
            ]
            assert cues[-1][2] == f"Rappel : {h70.phone(row)}"
        else:
            header, tags, values = csv.reader(io.StringIO(text))
            assert all(t.startswith("#") for t in tags) and len(header) == len(tags)
            got = dict(zip(tags, values, strict=True))
            assert got["#contact+phone"] == h70.phone(row)
            assert got["#contact+fax"] == h70.fax(row)
            assert got["#contact+email"] == "; ".join(h70.emails(row))
            assert got["#loc+address"] == h70._f(row, "Adresse")
            assert got["#org+name"] == h70._f(row, "Nom")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h70.data()["sources"]
    assert set(sources) == {"SN"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h70.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SN": 205}
    assert all(sum(c.isdigit() for c in r["fields"]["Téléphone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no paragraph naming a director, chair or secretary general is kept
    assert not any(
        re.search(r"Directeur|PCA|Secrétaire", v)
        for r in rows
        for k, v in r["fields"].items()
        if k != "Nom"
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h70.write(rebuilt)
    assert rebuilt.read_bytes() == h70.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_70"
