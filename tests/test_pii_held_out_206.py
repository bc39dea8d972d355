"""held_out_206 of the PII evaluation set (scripts/pii_held_out_206.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and county are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_206 as h206  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the institution's identifiers, in every layout
IDENTIFIERS = ("naziv", "zupanija")
WFS = "{http://www.opengis.net/wfs/2.0}"
GML = "{http://www.opengis.net/gml/3.2}"
GS = "{http://inspire.ec.europa.eu/schemas/us-govserv/4.0}"
BASE = "{http://inspire.ec.europa.eu/schemas/base/3.3}"
BASE2 = "{http://inspire.ec.europa.eu/schemas/base2/2.0}"
GCO = "{http://www.isotc211.org/2005/gco}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h206.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h206.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h206.data()["rows"]) == 346
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h206.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "viber_bot_message": 87, "pagerduty_event": 87, "zammad_ticket": 86,
        "inspire_govserv": 86,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h206.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "HR") else short)[(number, h206.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h206.international)
    assert kinds == {"national:telefon": 822}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; the fields
    are strings as the file gives them (278 with a trailing blank or no-break space, kept as
    published); 51 hold more than one number; none has a calling code; 109 centres for social
    welfare and their offices, 237 homes."""
    rows = h206.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["telefon"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert not re.search(r"\d\s+/\s+\d", row["fields"]["telefon"])
    assert sum(row["fields"]["telefon"] != h206.phone(row) for row in rows) == 278
    assert sum(bool(re.search("[;,]", h206.phone(row))) for row in rows) == 51
    assert not any(h206.international(h206.phone(row)) for row in rows)
    kinds = Counter(row["fields"]["vrsta"] == "Centri socijalne skrbi" for row in rows)
    assert kinds == {True: 109, False: 237}
    assert {row["fields"]["zupanija"] for row in rows} == set(h206.SEATS)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "inspire_govserv":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and county stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h206._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h206.phone(row), h206._f(row, "naziv")
        if r["layout"] == "viber_bot_message":
            doc = json.loads(text)
            assert doc["type"] == "text" and len(doc["sender"]["name"]) <= 28
            assert doc["text"].startswith(f"🏠 {name}\n") and f"\nTelefon: {tel}\n" in doc["text"]
            buttons = doc["keyboard"]["Buttons"]
            assert doc["keyboard"]["Type"] == "keyboard" and buttons[0]["Text"].endswith(tel)
            assert all(b["ActionType"] == "reply" for b in buttons)
        elif r["layout"] == "pagerduty_event":
            doc = json.loads(text)
            assert doc["event_action"] == "trigger" and re.fullmatch(
                r"[0-9a-f]{32}", doc["routing_key"]
            )
            payload = doc["payload"]
            assert payload["severity"] in {"critical", "error", "warning", "info"}
            assert (
                payload["summary"].startswith(f"{name}: ") and f" na {tel} " in payload["summary"]
            )
            assert payload["custom_details"]["telefon"] == tel
            assert payload["group"] == h206._f(row, "zupanija")
        elif r["layout"] == "zammad_ticket":
            doc = json.loads(text)
            assert doc["title"] == f"Upit o ustanovi: {name} (tel. {tel})"
            assert isinstance(doc["customer_id"], int)
            article = doc["article"]
            assert article["type"] == "phone" and article["body"].endswith(f"adresara: {tel}")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{WFS}FeatureCollection" and root.get("numberReturned") == "1"
            feature = root.find(f"{WFS}member/{GS}GovernmentalService")
            contact = feature.find(f"{GS}pointOfContact/{BASE2}Contact")
            assert contact.findtext(f"{BASE2}telephoneVoice") == tel
            instructions = contact.findtext(f"{BASE2}contactInstructions/{GCO}CharacterString")
            assert instructions.startswith(f"{name}, ") and instructions.endswith(f"telefon {tel}")
            pos = feature.findtext(f"{GS}geometry/{GML}Point/{GML}pos")
            lat, lon = h206.SEATS[h206._f(row, "zupanija")]
            assert pos == f"{lat:.4f} {lon:.4f}"
            local = feature.findtext(f"{GS}inspireId/{BASE}Identifier/{BASE}localId")
            assert feature.get(f"{GML}id") == f"GS.{local}"


def test_provenance():
    sources = h206.data()["sources"]
    assert set(sources) == {"HR"}
    hr = sources["HR"]
    assert hr["repository"] == "element-doo/1by7"
    assert hr["commit"] == "718a677af96794d0c3ada77498b09e8fd36c94c9"
    assert hr["paths"] == ["code/scala/ripper/Ripper/centri.csv"]
    assert "not confirmed" in hr["licence"] and hr["publisher"]
    rows = h206.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HR": 346}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h206, "held_out_206", tmp_path)
