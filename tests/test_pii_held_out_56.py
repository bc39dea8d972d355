"""held_out_56 of the PII evaluation set (scripts/pii_held_out_56.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the association's own e-mail address labelled
wherever it stands; the row's directory id and the time its entry was added are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

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

import pii_held_out_56 as h56  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the directory's id of the entry and the time it was added, in every layout
IDENTIFIERS = ("ngo_id", "date_added")
IATI = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h56.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h56.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h56.data()["rows"]) == 339
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h56.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "iati_activity": 85, "kobo_submission": 85, "dokuwiki_page": 85, "whois_record": 84,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``+216 28514533, +216 20792736`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not; the e-mail
    address is labelled wherever it stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h56.phone(row)
        copies = text.count(value)
        assert copies >= (1 if r["layout"] == "iati_activity" else 2), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TN") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h56.email(row)
        assert mails == ([address] * text.count(address) if address else []), r["id"]
        assert not r["unscored"]


def test_the_part_labels_its_phones_and_addresses(records):
    kinds = Counter(k for r in records for *_, t, k in r["spans"])
    assert kinds == {
        "national:phone": 658, "international:phone": 73, "register": 69,
    }  # fmt: skip
    assert sum(len(r["distractors"]) for r in records) == 0


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The entry's directory id (``3``) and the time it was added
    (``2014-11-06 21:49:38.750578``) stand in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h56._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
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


def _whois(text: str) -> dict[str, list[str]]:
    """A whois answer's ``Key: value`` lines (``%`` comments, the blank line and the closing
    ``>>> ... <<<`` line aside); every other line must be one."""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("%") or line.startswith(">>> "):
            continue
        key, sep, value = line.partition(": ")
        assert sep and re.fullmatch(r"[A-Z][A-Za-z ]+", key), line
        out.setdefault(key, []).append(value)
    return out


def test_the_documents_are_well_formed(records):
    """The IATI file parses as XML whose ``contact-info`` gives the field as ``telephone`` and
    the address as ``email``; the Kobo response parses as JSON whose one result gives the
    field twice; every DokuWiki table line is ``^ header | value |`` and the ``الهاتف`` row is
    the field; the whois answer is ``Key: value`` lines whose registrant and admin phones are
    the field."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "iati_activity":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "iati-activities" and root.get("version") == "2.03"
            activity = root.find("iati-activity")
            assert activity.get(IATI) == "ar"
            contact = activity.find("contact-info")
            assert contact.findtext("telephone") == h56.phone(row)
            assert contact.findtext("email") == (h56.email(row) or None)
            assert h56._f(row, "date_added") in activity.findtext("description/narrative")
        elif r["layout"] == "kobo_submission":
            page = json.loads(text)
            assert page["count"] == len(page["results"]) == 1
            entry = page["results"][0]
            assert entry["group_contact/phone"] == entry["group_contact/phone_confirm"]
            assert entry["group_contact/phone"] == h56.phone(row)
            assert entry.get("group_contact/email", "") == h56.email(row)
            assert entry["group_org/ngo_id"] == h56._f(row, "ngo_id")
        elif r["layout"] == "dokuwiki_page":
            assert text.startswith("====== ") and "\n===== الاتصال =====\n" in text
            table = [x for x in text.splitlines() if x.startswith("^")]
            cells = {}
            for line in table:
                m = re.fullmatch(r"\^ ([^|^]+) \| ([^|^]+) \|", line)
                assert m, line
                cells[m.group(1)] = m.group(2)
            assert cells["الهاتف"] == h56.phone(row)
            assert cells.get("البريد الإلكتروني") == (
                f"<{h56.email(row)}>" if h56.email(row) else None
            )
            assert re.fullmatch(r"\d{4}T\d{5}APSF[12]", cells["مرجع الرائد الرسمي"])
        else:
            fields = _whois(text)
            assert fields["Registrant Phone"] == fields["Admin Phone"] == [h56.phone(row)]
            assert fields["Registrant Country"] == ["TN"]
            assert fields["Registrant Name"] == ["REDACTED FOR PRIVACY"]
            if h56.email(row):
                assert fields["Registrant Email"] == [h56.email(row)]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h56.data()["sources"]
    assert set(sources) == {"TN"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h56.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TN": 339}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no officer's name, no free-text answer; the kept addresses are the associations' own
    assert not any({"president", "director", "activities"} & set(r["fields"]) for r in rows)
    assert sum("email" in r["fields"] for r in rows) == 52


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h56.write(rebuilt)
    assert rebuilt.read_bytes() == h56.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_56"
