"""held_out_167 of the PII evaluation set (scripts/pii_held_out_167.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address its real mailbox, copied unchanged, each copy labelled; the
name and school code are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_167 as h167  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SIF = "{http://www.sifassociation.org/datamodel/au/3.4}"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h167.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h167.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h167.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h167.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sif_schoolinfo": 75, "gexf_graph": 75, "joplin_raw_note": 75, "taskwarrior_export": 75,
    }  # fmt: skip


def test_every_copy_of_the_number_and_mailbox_fields_is_labelled_unchanged(records):
    """The phone field twice (three times where the fax repeats it), the fax once and the
    mailbox once; each number labelled under its column (a fax that repeats the phone under
    the phone's), each address as an e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h167.phone(row), h167.fax(row), h167.email(row)
        assert mail and text.count(mail) == 1, r["id"]
        expected = Counter()
        fields = [(tel, h167.PHONE)] if fax == tel else [(tel, h167.PHONE), (fax, h167.FAX)]
        assert text.count(tel) == (3 if fax == tel else 2), r["id"]
        if fax and fax != tel:
            assert tel not in fax and fax not in tel, r["id"]
            assert text.count(fax) == 1, r["id"]
        for value, column in fields:
            if not value:
                continue
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "MY"), r["id"]
                expected[(value[s:e], column)] += text.count(value)
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == [mail], r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h167.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:NOTELEFON": 706, "national:NOFAX": 140, "international:NOTELEFON": 2,
        "register": 300,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """300 rows, each with a phone field of six digits or more as the spreadsheet left it:
    235 of eight digits in one run, 42 of nine, 20 of ten, one with the calling code and no
    ``+``, two with the trunk ``0`` and a space or hyphen; 108 faxes repeat the phone, 49 say
    ``TIADA``; every mailbox the ministry's."""
    rows = h167.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["NOTELEFON"]) for row in rows)
    assert shapes == {
        "99999999": 235, "999999999": 42, "9999999999": 20, "999999999999": 1,
        "999 999999": 1, "999-999999": 1,
    }  # fmt: skip
    assert sum(row["fields"]["NOFAX"] == row["fields"]["NOTELEFON"] for row in rows) == 108
    assert sum(row["fields"]["NOFAX"] == "TIADA" for row in rows) == 49
    assert all(h167.email(row) == row["fields"]["EMAIL"] for row in rows)
    assert all(row["fields"]["EMAIL"].endswith("@moe.edu.my") for row in rows)
    assert Counter(row["fields"]["PERINGKAT"] for row in rows).keys() == {"Rendah", "Menengah"}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or attribute, a JSON string, or as is)."""
    if layout in ("sif_schoolinfo", "gexf_graph"):
        return escape(value, {'"': "&quot;"})
    if layout == "taskwarrior_export":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name stands in every record's text outside the labels, and so does its
    code (which the mailbox also holds)."""
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in ("NAMASEKOLAH", "KODSEKOLAH"):
            value = _encoded(r["layout"], h167._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)
            if column == "NAMASEKOLAH":
                assert outside == found, r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; Joplin's note
    by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h167.phone(row), h167.fax(row), h167.email(row)
        name = h167._f(row, "NAMASEKOLAH")
        if r["layout"] == "sif_schoolinfo":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SIF}SchoolInfo"
            uuid.UUID(root.get("RefId"))
            assert root.findtext(f"{SIF}SchoolName") == name
            numbers_ = {
                p.get("Type"): p.findtext(f"{SIF}Number") for p in root.iter(f"{SIF}PhoneNumber")
            }
            assert numbers_ == ({"0096": tel, "2364": fax} if fax else {"0096": tel})
            assert root.findtext(f"{SIF}SchoolEmailList/{SIF}Email") == mail
            note = root.find(f"{SIF}SIF_ExtendedElements/*[@Name='Catatan']").text
            assert f" {tel} " in note
        elif r["layout"] == "gexf_graph":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
            assert root.findtext(f"{GEXF}meta/{GEXF}description").endswith(f"telefon {tel}.")
            nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
            school = nodes[h167._f(row, "KODSEKOLAH")]
            assert school.get("label") == name
            values = {a.get("for"): a.get("value") for a in school.iter(f"{GEXF}attvalue")}
            assert values["2"] == tel and values["4"] == mail
            assert values.get("3", "") == h167.fax_shown(row)
            edge = root.find(f"{GEXF}graph/{GEXF}edges/{GEXF}edge")
            assert edge.get("source") == "ppd" and edge.get("target") in nodes
            if h167._f(row, "KOORDINATXX"):
                assert school.find(f"{VIZ}position").get("x") == h167._f(row, "KOORDINATXX")
        elif r["layout"] == "joplin_raw_note":
            body, meta = text.rsplit("\n\nid: ", 1)
            assert body.startswith(f"Lawatan: {name}\n\n")
            assert f"- **Telefon:** {tel}\n" in body
            assert f"- [ ] Telefon pejabat sekolah ({tel}) untuk" in body
            pairs = dict(line.split(": ", 1) for line in ("id: " + meta).split("\n"))
            assert re.fullmatch(r"[0-9a-f]{32}", pairs["id"])
            assert pairs["type_"] == "1" and pairs["markup_language"] == "1"
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", pairs["created_time"])
        else:
            tasks = json.loads(text)
            assert len(tasks) == 2 and all(t["status"] == "pending" for t in tasks)
            for t in tasks:
                uuid.UUID(t["uuid"])
                assert re.fullmatch(r"\d{8}T\d{6}Z", t["entry"])
                assert t["project"].startswith("lawatan.")
            assert tasks[0]["description"] == f"Telefon {name} ({tel}) untuk sahkan tarikh lawatan"
            assert tasks[1]["annotations"][0]["description"].endswith(f" {tel} semula")
            assert f"e-mel {mail}" in tasks[0]["annotations"][0]["description"]


def test_provenance():
    sources = h167.data()["sources"]
    assert set(sources) == {"MY"}
    my = sources["MY"]
    assert my["repository"] == "govtechmy/sekolahku-mod-api"
    assert my["commit"] == "f42c62c183c0365dcc1158ac0beac39be167ce82"
    assert my["paths"] == ["SenaraiSekolahWeb_Julai2025 - SenaraiSekolahWeb.csv"]
    assert "not confirmed" in my["licence"] and my["publisher"]
    rows = h167.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MY": 300}
    assert all(len(r["fields"]) == 28 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h167, "held_out_167", tmp_path)
