"""held_out_28 of the PII evaluation set (scripts/pii_held_out_28.py): its committed records
keep the generator's invariants (every labelled phone is its row's real ``tel`` field, copied
unchanged, each copy labelled; no e-mail label, the register having no address; the place's
organisation number, postcode and dates are in the text and unlabelled; each layout is the
format it claims) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_28 as h28  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

PHONE_COPIES = {"powershell_format_list": 1, "troff_man": 1, "slack_blocks": 2,
                "confluence_storage": 1}  # fmt: skip
COLUMNS = ("id", "hospital_name", "site_name", "lat", "lon", "geo_qual", "street",
           "house_number", "postcode", "city", "cc", "country", "cap_beds", "cap_prac",
           "cap_rooms", "emergency", "facility_type", "public_private", "list_specs", "tel",
           "email", "url", "ref_date", "pub_date", "comments")  # fmt: skip
AC = 'xmlns:ac="http://atlassian.com/content"'


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h28.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h28.by_locale()[locale][n]


def _labels(record: dict, entity: str) -> list[str]:
    return [record["text"][s:e] for s, e, t, _ in record["spans"] if t == entity]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h28.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h28.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h28.LAYOUTS, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = _row(r)["fields"]["tel"]
        assert field == h28.phone(_row(r)) and sum(c.isdigit() for c in field) >= 6
        phones = _labels(r, "PHONE_NUMBER")
        assert phones == [field] * r["text"].count(field), r["id"]
        assert len(phones) == PHONE_COPIES[r["layout"]], r["id"]
        assert personal_phone(field, "NO")
        kind = "international" if field.startswith("+") else "national"
        details = [d for *_, t, d in r["spans"] if t == "PHONE_NUMBER"]
        assert details == [f"{kind}:tel"] * len(phones), r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert not _labels(r, "EMAIL_ADDRESS") and "@" not in r["text"], r["id"]


def test_the_places_identifiers_are_in_the_text_and_unlabelled(records):
    """The organisation number, the postcode and the reference date (in the layout's form)
    stand in every record outside the labels, with the row's line in the published file."""
    for r in records:
        row = _row(r)
        fields = row["fields"]
        ref = fields["ref_date"]
        date = h28.iso(ref) if r["layout"] == "confluence_storage" else h28.dotted(ref)
        values = [fields["id"], fields["postcode"], date, str(h28.line_number(row))]
        for value in values:
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def _roff_text(line: str) -> str:
    """A troff text line as it prints: ``\\&`` dropped, ``\\-`` a hyphen, ``\\e`` a
    backslash."""
    return line.replace("\\&", "").replace("\\-", "-").replace("\\e", "\\")


def test_each_layout_is_the_format_it_claims(records):
    """The PowerShell listing pads its property names to one column and gives the row's
    values; the man page opens with ``.TH``, its ``.B Telefon`` item is the phone and its
    text lines print the row's names; the Slack message parses, its header block is the
    place's name and its section fields hold the phone; the Confluence page, wrapped in one
    root with the ``ac`` namespace, is XML whose page-properties table holds the row's
    values."""
    for r in records:
        fields, text = _row(r)["fields"], r["text"]
        if r["layout"] == "powershell_format_list":
            listing = [
                line for line in text.splitlines() if " : " in line and not line.startswith("PS ")
            ]
            names = {line.split(" : ", 1)[0].rstrip(): line.split(" : ", 1)[1] for line in listing}
            assert len({line.index(" : ") for line in listing}) == 1
            assert names["Telefon"] == fields["tel"]
            assert names["Organisasjonsnummer"] == fields["id"]
            assert names["Postnummer"] == fields["postcode"]
            assert names["Navn"] == fields["hospital_name"]
            assert text.endswith("> ")
        elif r["layout"] == "troff_man":
            lines = text.splitlines()
            assert lines[1].startswith(".TH BEHANDLINGSSTED 7 ")
            assert lines[lines.index(".B Telefon") + 1] == fields["tel"]
            assert lines[lines.index(".B Organisasjonsnummer") + 1] == fields["id"]
            name = lines[lines.index(".SH NAVN") + 1]
            assert _roff_text(name) == f"{fields['id']} - {fields['hospital_name']}"
            assert not re.search(
                r"(?<!\\)-",
                "\n".join(line for line in lines if not line.startswith((".UR", ".TH", '.\\"'))),
            )
        elif r["layout"] == "slack_blocks":
            message = json.loads(text)
            header, section, context = message["blocks"]
            assert header["text"]["text"] == fields["hospital_name"]
            texts = [f["text"] for f in section["fields"]]
            assert f"*Telefon:*\n{fields['tel']}" in texts
            assert f"*Organisasjonsnr.:*\n{fields['id']}" in texts
            assert message["text"].endswith(f"tlf. {fields['tel']}")
            assert section["accessory"]["url"] == fields["url"]
            assert f"linje {h28.line_number(_row(r))}" in context["elements"][0]["text"]
        else:
            root = ElementTree.fromstring(f"<page {AC}>{text}</page>".encode())
            cells = {"".join(tr.find("th").itertext()): tr.find("td") for tr in root.iter("tr")}
            assert "".join(cells["Telefon"].itertext()) == fields["tel"]
            assert "".join(cells["Organisasjonsnummer"].itertext()) == fields["id"]
            assert fields["postcode"] in "".join(cells["Besøksadresse"].itertext())
            (time,) = cells["Publisert"].iter("time")
            assert time.get("datetime") == h28.iso(fields["pub_date"])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h28.data()["sources"]
    assert set(sources) == {"NO"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h28.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NO": 600}
    assert all(tuple(r["fields"]) == COLUMNS for r in rows)
    assert all(not r["fields"]["email"] for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:NO", "PHONE_NUMBER"): 750}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h28.write(rebuilt)
    assert rebuilt.read_bytes() == h28.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_28"
