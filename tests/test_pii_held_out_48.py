"""held_out_48 of the PII evaluation set (scripts/pii_held_out_48.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the row's office e-mail address
labelled; the row's id, postcode and coordinates are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_48 as h48  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the row's id in the file, its postcode and coordinates, in every layout
IDENTIFIERS = ("id", "postcode", "lat", "lon")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h48.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h48.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h48.data()["rows"]) == 75
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h48.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "odoo_data_xml": 19, "django_fixture": 19, "windows_reg": 19, "quickstatements": 18,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not; each copy of the e-mail address is labelled; nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h48.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SK") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h48.email(row)
        assert emails == ([address] * text.count(address) if address else []), r["id"]
        assert not address or emails, r["id"]
        assert not r["unscored"]


def test_the_totals_of_labelled_values(records):
    phones = sum(t == "PHONE_NUMBER" for r in records for _, _, t, _ in r["spans"])
    emails = sum(t == "EMAIL_ADDRESS" for r in records for _, _, t, _ in r["spans"])
    assert (phones, emails, sum(len(r["distractors"]) for r in records)) == (113, 13, 0)


def test_phones_and_addresses_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "EMAIL_ADDRESS":
                assert kind == "register"
                continue
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":tel"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The row's id (``20016``), postcode (``82556``, ``833 05``), latitude and longitude stand
    in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h48._f(_row(r), column)
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


_STRING = r'"(?:[^"\\]|\\.)*"'
_REG_VALUE = re.compile(
    rf"^(@|{_STRING})=({_STRING}|dword:[0-9a-f]{{8}}|hex\(b\):(?:[0-9a-f]{{2}},){{7}}[0-9a-f]{{2}})$"
)


def _reg(text: str) -> dict[str, dict[str, str]]:
    """The keys of a ``.reg`` export and their values (strings unescaped), read line by line as
    regedit reads them; every line must be the header, blank, a comment, a key or a value."""
    lines = text.split("\r\n")
    assert lines[0] == "Windows Registry Editor Version 5.00" and "\n" not in text.replace(
        "\r\n", ""
    )
    keys: dict[str, dict[str, str]] = {}
    current = None
    for line in lines[1:]:
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = keys.setdefault(line[1:-1], {})
            continue
        m = _REG_VALUE.match(line)
        assert m and current is not None, line
        name, value = m.groups()
        unquote = lambda s: re.sub(r"\\(.)", r"\1", s[1:-1])  # noqa: E731
        current[name if name == "@" else unquote(name)] = (
            unquote(value) if value.startswith('"') else value
        )
    return keys


def test_the_documents_are_well_formed(records):
    """The Odoo file is XML whose ``phone`` field is the phone field; the Django fixture is JSON
    whose contact object gives it; the ``.reg`` export's every line is regedit's and its key
    and ``Kontakty`` subkey give it; every QuickStatements line is a tab-separated ``CREATE`` or
    ``LAST`` command and the ``P1329`` one gives it."""
    for r in records:
        row, text = _row(r), r["text"]
        value, address = h48.phone(row), h48.email(row)
        if r["layout"] == "odoo_data_xml":
            (record,) = ET.fromstring(text.encode()).iter("record")
            assert record.get("model") == "res.partner"
            fields = {f.get("name"): f.text for f in record.iter("field")}
            assert fields["phone"] == value and fields["zip"] == h48._f(row, "postcode")
            assert fields.get("email") == (address or None)
            assert float(fields["partner_latitude"]) == float(h48._f(row, "lat"))
        elif r["layout"] == "django_fixture":
            objects = json.loads(text)
            assert objects[0]["pk"] == int(h48._f(row, "id"))
            assert objects[0]["fields"]["psc"] == h48._f(row, "postcode")
            contacts = {o["fields"]["druh"]: o["fields"]["hodnota"] for o in objects[1:]}
            assert contacts == {"telefon": value, **({"email": address} if address else {})}
        elif r["layout"] == "windows_reg":
            keys = _reg(text)
            key = rf"HKEY_LOCAL_MACHINE\SOFTWARE\ZZS\Dispecing\Nemocnice\{h48._f(row, 'id')}"
            assert set(keys) == {key, key + r"\Kontakty"}
            assert keys[key]["Telefon"] == value and keys[key + r"\Kontakty"]["@"] == value
            assert keys[key].get("Email", "") == address
        else:
            lines = [line.split("\t") for line in text.splitlines()]
            assert lines[0] == ["CREATE"]
            assert all(c[0] == "LAST" and re.fullmatch(r"[LD]sk|P\d+", c[1]) for c in lines[1:])
            claims = {c[1]: c[2] for c in lines[1:]}
            assert claims["P1329"] == f'"{value}"'
            assert claims["P625"] == f"@{h48._f(row, 'lat')}/{h48._f(row, 'lon')}"
            assert claims.get("P968") == (f'"mailto:{address}"' if address else None)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h48.data()["sources"]
    assert set(sources) == {"SK"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h48.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SK": 75}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert sum("email" in r["fields"] for r in rows) == 13


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h48.write(rebuilt)
    assert rebuilt.read_bytes() == h48.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_48"
