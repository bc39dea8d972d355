"""held_out_137 of the PII evaluation set (scripts/pii_held_out_137.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
or fax part, copied unchanged, each copy labelled; the code, name and street address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_137 as h137  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
TC = r"\d{2}:\d{2}:\d{2}:\d{2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h137.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h137.by_locale()[locale][n]


def _copies(text: str, row: dict) -> dict[str, int]:
    """The copies of each part that are its own (a copy inside the longer part's is that
    one's, the telephone part's where the two are the same)."""
    tel, fx = h137.phone(row), h137.fax(row)
    own_fax = text.count(fx) - (text.count(tel) * tel.count(fx) if fx else 0) if fx else 0
    own_tel = text.count(tel) - (text.count(fx) * fx.count(tel) if fx and len(fx) > len(tel) else 0)
    return {"Telp": own_tel, "Fax": own_fax}


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h137.data()["rows"]) == 340
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h137.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ass_subtitles": 85, "podcast_rss": 85, "cmx3600_edl": 85, "xmltv_listing": 85,
    }  # fmt: skip


def test_the_parts_are_cut_from_the_published_address_unchanged():
    """The street, telephone and fax parts are substrings of the current address, in that
    order, each after its label."""
    for row in h137.data()["rows"]:
        current = row["fields"]["alamat"].split("*Sebelumnya")[0]
        street, tel, fx = h137.parts(row)
        assert street and current.startswith(street)
        assert tel and tel in current and sum(c.isdigit() for c in tel) >= 6
        assert not fx or fx in current
        assert current.index(tel) > len(street)


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each number of the telephone and fax parts is labelled wherever the part stands if a
    person could hold it (a distractor if not), under its label; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        copies = _copies(text, row)
        assert copies["Telp"] >= 2, r["id"]
        assert not h137.fax(row) or copies["Fax"] >= 2 or h137.fax(row) in h137.phone(row)
        expected, short = Counter(), Counter()
        for column, value in (("Telp", h137.phone(row)), ("Fax", h137.fax(row))):
            for s, e in numbers(value):
                number = value[s:e]
                target = expected if personal_phone(number, "ID") else short
                target[(number, column)] += copies[column]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == +expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        want_short = Counter()
        for (number, _), c in short.items():
            want_short[number] += c
        assert got_short == +want_short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])
    kinds = Counter(s[3] for r in records for s in r["spans"])
    assert set(kinds) == {"national:Telp", "national:Fax"}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name (upper-cased in the EDL's comment) and street address stand in every record's
    text, outside the labels; the KPP code too."""
    for r in records:
        row, text = _row(r), r["text"]
        name = row["fields"]["nama_kantor"].strip()
        values = [h137.parts(row)[0], name.upper() if r["layout"] == "cmx3600_edl" else name]
        if r["layout"] in ("podcast_rss", "xmltv_listing"):
            values = [escape(v) for v in values]
        spans = [*r["spans"], *r["distractors"]]
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)
        assert row["fields"]["kode"] in text


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _ass(text: str) -> dict[str, list[str]]:
    """An ASS script's lines by section."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if m := re.fullmatch(r"\[(.+)\]", line):
            current = sections.setdefault(m.group(1), [])
        elif line and current is not None:
            current.append(line)
    return sections


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the RSS and XMLTV as XML by ElementTree, the ASS
    script and EDL by their line grammar), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx = h137.phone(row), h137.fax(row)
        name = row["fields"]["nama_kantor"].strip()
        if r["layout"] == "ass_subtitles":
            s = _ass(text)
            assert list(s) == ["Script Info", "V4+ Styles", "Events"]
            assert "ScriptType: v4.00+" in s["Script Info"]
            fields = s["Events"][0].removeprefix("Format: ").split(", ")
            dialogue = [line for line in s["Events"][1:] if line.startswith("Dialogue: ")]
            assert len(dialogue) == len(s["Events"]) - 1 == 6
            texts = []
            for line in dialogue:
                parts = line.removeprefix("Dialogue: ").split(",", len(fields) - 1)
                assert len(parts) == len(fields)
                assert re.fullmatch(r"\d:\d{2}:\d{2}\.\d{2}", parts[1])
                texts.append(parts[-1])
            assert f"Telepon: {tel}" in texts[3] and tel in texts[4]
            assert texts[0] == f"Selamat datang di {name}."
        elif r["layout"] == "podcast_rss":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "rss" and root.get("version") == "2.0"
            item = root.find("channel/item")
            assert tel in item.findtext("description")
            assert tel in item.findtext(f"{ITUNES}summary")
            assert not fx or fx in item.findtext(f"{ITUNES}summary")
            assert item.find("enclosure").get("type") == "audio/mpeg"
            assert re.fullmatch(r"\d{2}:\d{2}:\d{2}", item.findtext(f"{ITUNES}duration"))
        elif r["layout"] == "cmx3600_edl":
            lines = text.splitlines()
            assert lines[0] == f"TITLE: PROFIL_KPP_{row['fields']['kode']}"
            assert lines[1] == "FCM: NON-DROP FRAME"
            events = [line for line in lines if re.match(r"\d{3}  ", line)]
            assert len(events) == 4
            for i, line in enumerate(events, 1):
                assert re.fullmatch(rf"{i:03d}  AX {{7}}V {{5}}C {{8}}{TC} {TC} {TC} {TC}", line)
            comments = [line for line in lines if line.startswith("* COMMENT: ")]
            assert len(comments) == 4 and comments[2].startswith(f"* COMMENT: TELP {tel}")
            assert tel in comments[3]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "tv"
            programmes = root.findall("programme")
            assert len(programmes) == 2
            assert programmes[1].find("previously-shown") is not None
            for p in programmes:
                assert p.get("channel") == root.find("channel").get("id")
                assert re.fullmatch(r"\d{14} \+0700", p.get("start"))
                assert tel in p.findtext("desc") and (not fx or fx in p.findtext("desc"))
                assert name in p.findtext("sub-title")


def test_provenance():
    sources = h137.data()["sources"]
    assert set(sources) == {"ID"}
    src = sources["ID"]
    assert src["repository"] == "Tokorame-Dev/validatorNPWP"
    assert src["commit"] == "1321482f496aa7fe5de210930def2db7bbdc0649"
    assert src["paths"] == ["src/kpp.js"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h137.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ID": 340}
    assert all(set(r["fields"]) == {"kode", "nama_kantor", "alamat"} for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h137, "held_out_137", tmp_path)
