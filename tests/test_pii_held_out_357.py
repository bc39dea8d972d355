"""held_out_357 of the PII evaluation set (scripts/pii_held_out_357.py): its committed records
keep the generator's invariants (every labelled value is a number or e-mail address of the
museum's real contact line, unchanged, each copy labelled; the museum's name, postcode and town
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_piemonte_musei_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_357 as h357  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

OAI = "{http://www.openarchives.org/OAI/2.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h357.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h357.by_locale()[locale][n]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "oai_pmh_dc":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h357.data()["rows"]) == 366
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h357.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "oai_pmh_dc": 95, "ticketmaster_venue": 97, "here_lookup": 88, "overture_place": 86,
    }  # fmt: skip
    # the language detector reads the JSON layouts' keys as English
    assert Counter(r["language"] for r in records) == {"en": 262, "it": 104}
    unlocated = [r for r in records if not h357.located(_row(r))]
    assert len(unlocated) == 10
    assert {r["layout"] for r in unlocated} <= {"oai_pmh_dc", "ticketmaster_venue"}


def _expected_labels(text: str, values: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where every copy of the values stands, longest value first, a copy inside a longer one
    that one's."""
    found: list[tuple[int, int]] = []
    for _, value in values:
        for m in re.finditer(re.escape(value), text):
            if not any(s <= m.start() and m.end() <= e for s, e in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def test_every_copy_of_the_values_is_labelled_unchanged(records):
    """Each number and address of the line is labelled wherever it stands, whole, the numbers
    under ``info_utili`` and international exactly where written with ``+``; nothing else is
    labelled, no distractor is; the contact line itself is written whole once in the OAI-PMH
    and Ticketmaster layouts, each number once in the HERE and Overture lists."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers, mails = h357.numbers(row), h357.emails(row)
        assert numbers, r["id"]
        spans = sorted((s, e) for s, e, *_ in r["spans"])
        assert spans == _expected_labels(text, h357.values_of(row)), r["id"]
        for s, e, entity, kind in r["spans"]:
            value = text[s:e]
            if entity == "PHONE_NUMBER":
                assert value in numbers and personal_phone(value, "IT"), r["id"]
                side = "international" if value.startswith("+") else "national"
                assert kind == f"{side}:info_utili", r["id"]
            else:
                assert entity == "EMAIL_ADDRESS" and kind == "register" and value in mails
        assert not r["distractors"] and not r["unscored"]
        got = Counter(text[s:e] for s, e in spans)
        if r["layout"] in ("oai_pmh_dc", "ticketmaster_venue"):
            assert text.count(_encoded(r["layout"], h357.line(row))) == 1, r["id"]
            assert got >= Counter(numbers), r["id"]
        else:
            assert all(got[n] == 1 for n in numbers), r["id"]
        assert all(got[m] >= 1 for m in mails), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h357.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:info_utili": 523, "national:info_utili": 29, "register": 317}


def test_the_extractor_reads_numbers_as_the_line_writes_them():
    """Runs of six digits or more are numbers (alternative lines after a slash too, an area
    code before a slash with its line); shortened endings, postcodes and hours are not."""
    read = extractor.phone_numbers
    assert read("Tel.: +39.011.677666 - 667 - 668 Fax: +39.011.6604401") == [
        "+39.011.677666", "+39.011.6604401",
    ]  # fmt: skip
    assert read("tel/fax: 011/9492578 Segreteria") == ["011/9492578"]
    assert read("Tel./Fax: +39.0175.940233/987186/945063 E-mail") == [
        "+39.0175.940233", "987186", "945063",
    ]  # fmt: skip
    assert read("Tel: + 39 011.837.688 int. 3") == ["+ 39 011.837.688"]
    assert read("Tel. +39.011 94191\xa0 www.visitcasamartini.com") == ["+39.011 94191"]
    assert read("Tel. +.39.0131.740802 (orari)") == ["+.39.0131.740802"]
    assert read("Tel: +39. 011.7604881 (15.00 - 17.00)") == ["+39. 011.7604881"]
    assert read("Via Del Forte, 1 - 10060 Fenestrelle (To)") == []
    assert read("3884872995/996 E-mail") == ["3884872995"]
    assert extractor.identity("+39.011.4365832") == "0114365832"
    assert extractor.identity("011/9492578") == "0119492578"
    assert extractor.personal("Tel. +39.328.2111789 (sig. Martellotto)")
    assert extractor.personal("E-mail: francesca.sassu@beniculturali.it")
    assert not extractor.personal("Tel. +39.0141.925174 (Presidente Pro Loco)")


def test_the_data_keeps_the_published_shape():
    """Every kept line has a number of seven digits or more, names no person, and shares no
    number with another kept line or an earlier Italian part; the fields are strings as the
    file gives them."""
    rows = h357.data()["rows"]
    seen: set[str] = set()
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    total = 0
    for row in rows:
        text = row["fields"]["info_utili"]
        ids = {extractor.identity(n) for n in extractor.phone_numbers(text)}
        assert any(len(i) >= 7 for i in ids) and not extractor.personal(text)
        assert not ids & seen and not ids & earlier, row["path"]
        seen |= ids
        total += len(extractor.phone_numbers(text))
    assert total == 557
    assert sum(len(h357.emails(row)) for row in rows) == 317
    assert all(set(row["fields"]) == set(extractor.COLUMNS) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert len({row["fields"]["id"] for row in rows}) == 366


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The museum's name, postcode and town stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for column in ("nome", "CAP", "nome_comune"):
            raw = h357._f(row, column)
            if not raw:
                continue
            value = _encoded(r["layout"], raw)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = list(dict.fromkeys(h357.numbers(row)))
        if r["layout"] == "oai_pmh_dc":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.find(f"{OAI}request").get("verb") == "GetRecord"
            record = root.find(f"{OAI}GetRecord/{OAI}record")
            ident = record.findtext(f"{OAI}header/{OAI}identifier")
            assert ident.endswith(f"musei/{row['fields']['id']}")
            dc = record.find(f"{OAI}metadata/{OAI_DC}dc")
            assert dc.findtext(f"{DC}title") == row["fields"]["nome"]
            notes = [d.text for d in dc.findall(f"{DC}description")]
            assert notes[-1] == f"Informazioni utili: {h357.line(row)}"
        elif r["layout"] == "ticketmaster_venue":
            doc = json.loads(text)
            assert doc["type"] == "venue" and doc["id"].startswith("Z598xZ")
            assert doc["boxOfficeInfo"]["phoneNumberDetail"] == h357.line(row)
            assert doc["postalCode"] == row["fields"]["CAP"]
            assert doc["_links"]["self"]["href"].startswith(f"/discovery/v2/venues/{doc['id']}")
        elif r["layout"] == "here_lookup":
            doc = json.loads(text)
            assert doc["resultType"] == "place" and doc["id"].startswith("here:pds:place:")
            (contact,) = doc["contacts"]
            listed = [
                e["value"]
                for k in ("phone", "mobile", "tollFree", "fax")
                for e in contact.get(k, [])
            ]
            assert sorted(listed) == sorted(numbers)
            assert [e["value"] for e in contact.get("email", [])] == h357.emails(row)
            for k in ("phone", "mobile", "tollFree", "fax"):
                assert all(h357.kind_of(row, e["value"]) == k for e in contact.get(k, []))
        else:
            doc = json.loads(text)
            props = doc["properties"]
            assert doc["type"] == "Feature" and doc["geometry"]["type"] == "Point"
            assert props["phones"] == numbers
            assert (props["emails"] or []) == h357.emails(row)
            assert props["names"]["primary"] == row["fields"]["nome"]
            assert props["addresses"][0]["region"] == f"IT-{h357.province(row)}"


def test_provenance():
    sources = h357.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "ManlioMichelin/M_MSL_II"
    assert it["commit"] == "1dbbf024f8727bf5cce0bee9e1aefe8dc2ecb5fa"
    assert it["paths"] == ["musei.csv"]
    assert "not confirmed" in it["licence"] and it["publisher"]
    assert Counter(r["country"] for r in h357.data()["rows"]) == {"IT": 366}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h357, "held_out_357", tmp_path)
