"""held_out_117 of the PII evaluation set (scripts/pii_held_out_117.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; every copy of the school's e-mail address is
labelled; the school code, and the AgeID, postcode and coordinates where the layout carries
them, are in the text and unlabelled) and are rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_117 as h117  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers that each layout writes (the AgeID where the row has one)
IDENTIFIERS = {
    "arcsight_cef": ("School_code", "AgeID", "Postcode", "Latitude", "Longitude"),
    "qradar_leef": ("School_code", "AgeID", "Postcode", "Latitude", "Longitude"),
    "zeek_sip_log": ("School_code",),
    "ocsf_email_activity": ("School_code", "AgeID", "Postcode", "Latitude", "Longitude"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h117.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h117.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h117.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h117.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "arcsight_cef": 150, "qradar_leef": 150, "zeek_sip_log": 150,
        "ocsf_email_activity": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands if a
    person could hold it (a distractor if not), under its column; each copy of the school's
    e-mail address is labelled; nothing else is."""
    totals = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in ((h117.PHONE, h117.phone(row)), (h117.FAX, h117.fax(row))):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= 1, (r["id"], column)
            if column == h117.PHONE:
                assert copies >= 2, r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "AU") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h117.email(row)
        assert mails == [mail] * text.count(mail), r["id"]
        if r["layout"] != "zeek_sip_log":
            assert mails, r["id"]
        assert not r["unscored"]
        totals.update(kind for *_, kind in r["spans"])
    assert totals == {"national:Phone": 1800, "national:Fax": 844, "register": 891}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_data_keeps_the_published_shape():
    """The phone fields are the register's strings, most ``NNNN NNNN``; every column of the
    file is kept; the e-mail addresses are the schools' role mailboxes."""
    sources, rows = h117.data()["sources"], h117.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h117.phone(row)) for row in rows)
    assert shapes["9999 9999"] == 557 and shapes["99 9999 9999"] == 37
    assert sum(bool(h117.fax(row)) for row in rows) == 563
    assert all(list(row["fields"]) == sources["AU"]["kept_columns"] for row in rows)
    assert all(re.fullmatch(r"[\w.-]+\.school@[\w.]+|[\w.-]+@[\w.]+", h117.email(r)) for r in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's identifiers that the layout writes stand in the record's text, whole and
    outside the labels (a four-digit school code may also occur inside a labelled number)."""
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = h117._f(_row(r), column)
            if not value:
                assert column == "AgeID", r["id"]
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)  # a code may also stand inside a phone number


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cef(line: str) -> tuple[list[str], dict[str, str]]:
    """A CEF line behind its BSD syslog prefix: the seven header fields and the extension."""
    m = re.fullmatch(r"[A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \S+ (CEF:0\|.*)", line)
    assert m, line
    *header, extension = re.split(r"(?<!\\)\|", m.group(1), maxsplit=7)
    assert len(header) == 7
    pairs = re.findall(r"(?:^| )(\w+)=((?:[^\\=]|\\.)*?)(?= \w+=|$)", extension)
    assert " ".join(f"{k}={v}" for k, v in pairs) == extension
    unescape = {"\\\\": "\\", "\\=": "=", "\\n": "\n"}
    ext = {k: re.sub(r"\\[\\=n]", lambda x: unescape[x.group()], v) for k, v in pairs}
    return header, ext


def _leef(line: str) -> tuple[list[str], dict[str, str]]:
    """A LEEF 1.0 line: the five header fields and the tab-separated attributes."""
    *header, attributes = line.split("|", 5)
    assert header[0] == "LEEF:1.0" and len(header) == 5
    pairs = [item.split("=", 1) for item in attributes.split("\t")]
    assert all(len(p) == 2 for p in pairs)
    return header, dict(pairs)


def _zeek(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """A Zeek TSV log: its header directives and its rows as mappings of ``#fields``."""
    meta, rows = {}, []
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "#separator \\x09"
    for line in lines[1:]:
        if line.startswith("#"):
            key, _, value = line[1:].partition("\t")
            meta[key] = value
        else:
            fields = meta["fields"].split("\t")
            values = line.split("\t")
            assert len(values) == len(fields) == len(meta["types"].split("\t"))
            rows.append(dict(zip(fields, values, strict=True)))
    return meta, rows


def test_the_documents_are_well_formed(records):
    """Each document parses by its format's rules (CEF's escaped header and extension, LEEF's
    tab-separated attributes, Zeek's TSV header and fields, OCSF's JSON with its class and type
    ids), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail = h117.phone(row), h117.fax(row), h117.email(row)
        code = h117._f(row, "School_code")
        if r["layout"] == "arcsight_cef":
            events = [_cef(line) for line in text.rstrip("\n").split("\n")]
            assert len(events) == 3
            assert all(h[1:4] == [h117.VENDOR, h117.PRODUCT, h117.VERSION] for h, _ in events)
            assert all(e["cs1"] == code and e["cs5"] == h117._f(row, "School_name")
                       for _, e in events)  # fmt: skip
            (_, first), (_, second), (_, third) = events
            assert first["cs2"] == tel == third["cs2"] and tel in first["msg"]
            assert second["duser"] == mail
            assert second.get("cs3", "") == fx
            assert third["cs6"] == h117._f(row, "Postcode")
            assert (third["cfp1"], third["cfp2"]) == (
                h117._f(row, "Latitude"), h117._f(row, "Longitude"))  # fmt: skip
        elif r["layout"] == "qradar_leef":
            (h1, first), (h2, second) = (_leef(line) for line in text.rstrip("\n").split("\n"))
            assert (h1[4], h2[4]) == ("CallerIdSpoof", "VoicemailPortalLogin")
            assert first["siteLine"] == tel == second["siteLine"] and tel in first["reason"]
            assert second["usrName"] == mail and second.get("siteFax", "") == fx
            assert first["schoolCode"] == code and first["postcode"] == h117._f(row, "Postcode")
        elif r["layout"] == "zeek_sip_log":
            meta, rows = _zeek(text)
            assert meta["path"] == "sip" and "open" in meta and "close" in meta
            assert len(rows) == 3 + bool(fx)
            froms = [x["request_from"] for x in rows]
            assert froms[0] == f'"{tel}" <sip:s{code}-main@voice.det.internal>'
            if fx:
                assert froms[1] == f'"{fx}" <sip:s{code}-fax@voice.det.internal>'
            assert rows[-1]["method"] == "REGISTER"
            assert all(re.fullmatch(r"\d+\.\d{6}", x["ts"]) for x in rows)
        else:
            event = json.loads(text)
            assert event["class_uid"] == 4009 and event["category_uid"] == 4
            assert event["type_uid"] == event["class_uid"] * 100 + event["activity_id"]
            assert event["email"]["to"] == [mail] and tel in event["email"]["subject"]
            assert event["unmapped"]["site_line"] == tel
            assert event["unmapped"].get("site_fax", "") == fx
            location = event["device"]["location"]
            assert location["postal_code"] == h117._f(row, "Postcode")
            assert location["lat"] == float(h117._f(row, "Latitude"))
            assert location["long"] == float(h117._f(row, "Longitude"))


def test_provenance():
    sources = h117.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "lilycandoit/school-finder"
    assert au["commit"] == "70331da23a6a5e177f50cd019d2cdd434a985b43"
    assert au["path"] == "data/master_dataset.csv"
    assert "not confirmed" in au["licence"] and au["publisher"]
    rows = h117.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert len(au["kept_columns"]) == 46


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h117, "held_out_117", tmp_path)
