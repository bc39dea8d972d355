"""held_out_503 of the PII evaluation set (scripts/pii_held_out_503.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field
or one of its real mailboxes, unchanged, each copy labelled; the chitalishte's name, Bulstat
code and town are in the text and unlabelled), each document parses in its format, the
extractor's rules hold on the kept rows, and the records are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import bg_chitalishta_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_503 as h503  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

TR = "{http://egov.bg/RegiX/AV/TR/ActualStateResponseV2}"
BS = "{http://www.bulstat.bg/"
NPO = "{http://egov.bg/RegiX/MP/NPODetailsResponse}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h503.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h503.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h503.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h503.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h503.LAYOUTS}
    # the pipeline's language stage reads most of these markup-heavy documents as English
    assert Counter(r["language"] for r in records) == {"en": 298, "bg": 2}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled once a record (in the field or on its own),
    under the phone column; each mailbox once (the Speedy request carries the first only);
    nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, mails = h503.phones(row), h503.emails(row)
        if r["layout"] == "speedy_shipment":
            mails = mails[:1]
        kind = [("international" if h503.international(t) else "national") for t in tels]
        expected = Counter(
            (t, "PHONE_NUMBER", f"{k}:{h503.PHONE}") for t, k in zip(tels, kind, strict=True)
        )
        expected += Counter((m, "EMAIL_ADDRESS", "register") for m in mails)
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == expected, r["id"]
        assert all(personal_phone(t, "BG") for t in tels), r["id"]
        assert text.count("@") == len(mails), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h503.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Телефон": 434, "international:Телефон": 1, "register": 305}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "speedy_shipment":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The chitalishte's name and town stand in every record's text, outside the labels, its
    Bulstat code in the two registers' answers that carry one (the TR and BULSTAT answers), the
    postcode wherever the address names one."""
    for r in records:
        row = _row(r)
        values = [h503.name(row), h503.bulstat(row), h503.town(row), h503.postcode(row)]
        if r["layout"] in ("speedy_shipment", "npo_details"):
            values[1] = ""  # a courier request and the NPO answer name no Bulstat code
        for value in filter(None, values):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        field, tels, mails = h503.phone_field(row), h503.phones(row), h503.emails(row)
        if r["layout"] == "tr_actual_state":
            root = ET.fromstring(text.encode("utf-8"))
            deed = root.find(f"{TR}Deed")
            assert deed.findtext(f"{TR}UIC") == h503.bulstat(row)
            assert deed.findtext(f"{TR}LegalForm") == "НЧ"
            assert re.fullmatch(r"[0-9a-f]{32}", deed.findtext(f"{TR}GUID"))
            recs = deed.findall(f"{TR}Records/{TR}Record")
            assert [x.findtext(f"{TR}FieldIdent") for x in recs] == ["00010", "00030", "00050"]
            seat = recs[2].find(f"{TR}RecordData/{TR}Seat")
            assert seat.findtext(f"{TR}Contacts/{TR}Phone") == field
            assert (seat.findtext(f"{TR}Contacts/{TR}EMail") or "") == h503.email_field(row)
            assert seat.findtext(f"{TR}Address/{TR}Settlement") == h503.town(row)
        elif r["layout"] == "bulstat_state_of_play":
            root = ET.fromstring(text.encode("utf-8"))
            subject = root.find(f"{BS}StateOfPlay}}Subject")
            comms = [
                (c.findtext(f"{BS}Communication}}Type/{BS}NomenclatureEntry}}Code"),
                c.findtext(f"{BS}Communication}}Value"))
                for c in subject.findall(f"{BS}Subject}}Communications")
            ]  # fmt: skip
            assert comms == [("721", t) for t in tels] + [("723", m) for m in mails]
            uic = subject.findtext(f"{BS}Subject}}UIC/{BS}UIC}}UIC")
            assert uic == h503.bulstat(row)
            legal = subject.find(f"{BS}Subject}}LegalEntitySubject")
            assert legal.findtext(f"{BS}LegalEntity}}CyrillicFullName") == h503.name(row)
        elif r["layout"] == "speedy_shipment":
            doc = json.loads(text)
            rec = doc["recipient"]
            assert [rec[f"phone{i}"]["number"] for i in range(1, len(tels) + 1)] == tels
            assert f"phone{len(tels) + 1}" not in rec
            assert rec.get("email") == (mails[0] if mails else None)
            assert rec["clientName"] == h503.name(row) and rec["privatePerson"] is False
            assert rec["address"]["siteName"] == h503.town(row)
            assert rec["address"]["countryId"] == 100 and doc["service"]["serviceId"] == 505
            assert doc["payment"]["courierServicePayer"] == "SENDER"
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{NPO}NPODetailsResponse"
            assert root.findtext(f"{NPO}Name") == h503.name(row)
            assert root.findtext(f"{NPO}OrgForm") == "Народно читалище"
            contact = root.findtext(f"{NPO}ContactInfo")
            assert contact.startswith(f"тел. {field}")
            assert (f"e-mail: {', '.join(mails)}" in contact) == bool(mails)
            assert root.find(f"{NPO}BoardMembers") is None


def test_the_data_keeps_the_extractors_rules():
    """Every kept row is an active chitalishte whose phone field is one to three numbers of
    seven to ten digits, digits and separators only, that the shared splitter reads exactly; no
    number twice, none an earlier Bulgarian part's; no person's name column kept."""
    rows = h503.data()["rows"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "359")
    seen: set[str] = set()
    for row in rows:
        fields, field = row["fields"], h503.phone_field(row)
        assert fields["Статус"] == "Действащо"
        assert set(fields) == set(extractor.KEEP)
        assert extractor.clean(field)
        assert [field[s:e] for s, e in numbers(field)] == h503.phones(row)
        for tel in h503.phones(row):
            assert [tel[s:e] for s, e in numbers(tel)] == [tel]
            digits = re.sub(r"\D", "", tel)
            assert 7 <= len(digits) <= 10 and digits not in earlier and digits not in seen
            seen.add(digits)
        assert all(isinstance(v, str) for v in fields.values())
    assert Counter(len(h503.phones(row)) for row in rows) == {1: 183, 2: 99, 3: 18}
    assert sum(bool(h503.emails(row)) for row in rows) == 296
    # a few fields the rules turn away
    assert not extractor.clean("0897322118 - председател")
    assert not extractor.clean("0895737871 - Людмила Стоянова")
    assert not extractor.clean("06959 / 2212")
    assert not extractor.clean("0537 /233 77 0888561366  0878830058")
    assert extractor.clean("03142/9118; 0897674976")
    assert extractor.pieces("078/ 526395; 0887651034") == ["078/ 526395", "0887651034"]


def test_provenance():
    sources = h503.data()["sources"]
    assert set(sources) == {"BG"}
    bg = sources["BG"]
    assert bg["repository"] == "data-for-good-bg/chitalishta"
    assert bg["commit"] == "1dbc70e5bbcd21089a939af5ae8a0197e6ab0d8f"
    assert bg["paths"] == ["data/chitalishta_main.csv"]
    assert "not confirmed" in bg["licence"] and bg["publisher"]
    assert Counter(r["country"] for r in h503.data()["rows"]) == {"BG": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h503, "held_out_503", tmp_path)
