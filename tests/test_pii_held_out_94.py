"""held_out_94 of the PII evaluation set (scripts/pii_held_out_94.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's id, postcode and coordinates are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import configparser
import gzip
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_94 as h94  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's id, postcode and coordinates, in every layout (a postcode where it has one)
IDENTIFIERS = ("ID", "addressPostalCode", "lat", "lng")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h94.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h94.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h94.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h94.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "varnish_vcl": 150, "kamailio_cfg": 150, "desktop_entry": 150, "netlify_toml": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field (``22431643``) is labelled wherever it stands (three times in a VCL
    file, twice in each other layout), and nothing else is."""
    copies_of = {"varnish_vcl": 3, "kamailio_cfg": 2, "desktop_entry": 2, "netlify_toml": 2}
    for r in records:
        row, text = _row(r), r["text"]
        value = h94.phone(row)
        copies = text.count(value)
        assert copies == copies_of[r["layout"]] and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CY") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 1350


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The id (``223``), postcode (``1035``), latitude (``35.17602``) and longitude stand in
    every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h94._f(_row(r), column)
            if not value:
                assert column == "addressPostalCode", (r["id"], column)
                continue
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


def _balanced(code: str) -> bool:
    """Braces balance and never close more than they opened, outside ``#`` comments."""
    depth = 0
    for line in code.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for c in line:
            depth += {"{": 1, "}": -1}.get(c, 0)
            if depth < 0:
                return False
    return depth == 0


def test_the_documents_are_well_formed(records):
    """The VCL file opens with ``vcl 4.1;``, its braces balance and its ``vcl_deliver`` sets
    the phone header; the Kamailio file opens with ``#!KAMAILIO``, its braces balance, it
    defines ``PHARMACY_TEL`` as the field and rewrites the short code to it; the ``.desktop``
    file parses as a key file whose ``Exec`` calls ``tel:`` the field; the ``netlify.toml``
    parses as TOML with the field in ``build.environment`` and the redirect."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h94.phone(row)
        if r["layout"] == "varnish_vcl":
            assert text.startswith("vcl 4.1;\n") and _balanced(text)
            assert f'    set resp.http.X-Pharmacy-Tel = "{tel}";\n' in text
            assert re.search(r"(?m)^sub vcl_deliver \{$", text)
        elif r["layout"] == "kamailio_cfg":
            assert text.startswith("#!KAMAILIO\n") and _balanced(text)
            defines = dict(re.findall(r'(?m)^#!define (\w+) "([^"]*)"$', text))
            assert defines["PHARMACY_TEL"] == tel and defines["PHARMACY_ID"] == h94._f(row, "ID")
            assert re.search(
                rf'(?m)^    if \(\$rU == "\d{{4}}"\) {{\n        \$rU = "{tel}";$', text
            )
        elif r["layout"] == "desktop_entry":
            parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
            parser.optionxform = str
            parser.read_string(text)
            entry = parser["Desktop Entry"]
            assert entry["Type"] == "Application"
            assert entry["Exec"] == f"xdg-open tel:{tel}"
            assert entry["X-Pharmacy-Phone"] == tel
            assert entry["X-Pharmacy-Geo"] == f"{h94._f(row, 'lat')};{h94._f(row, 'lng')};"
        else:
            doc = tomllib.loads(text)
            env = doc["build"]["environment"]
            assert env["PHARMACY_TEL"] == tel and env["PHARMACY_ID"] == h94._f(row, "ID")
            assert doc["redirects"][0]["to"] == f"tel:{tel}"
            geo = doc["headers"][0]["values"]["X-Pharmacy-Geo"]
            assert geo == f"{h94._f(row, 'lat')},{h94._f(row, 'lng')}"


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h94.data()["sources"]
    assert set(sources) == {"CY"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h94.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CY": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["phoneBusiness"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # the keys that concern the pharmacist are left out
    assert not any({"name", "phoneHome"} & set(r["fields"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h94.write(rebuilt)
    assert rebuilt.read_bytes() == h94.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_94"
