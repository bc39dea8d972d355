"""held_out_150 of the PII evaluation set (scripts/pii_held_out_150.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; each copy of the centre's e-mail address labelled; the name,
centre code and address are in the text and unlabelled), the data keeps the register's published
shape and only addresses that name no person, and the part is rebuilt byte for byte from the
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

import pii_held_out_150 as h150  # noqa: E402 - the scripts folder's modules
import sg_ecda_centres_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("centre_name", "centre_code", "centre_address")
FMP = "{http://www.filemaker.com/fmpxmlresult}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h150.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h150.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h150.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h150.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:SG"
        assert r["split"] == "held_out_150"
    assert Counter(r["layout"] for r in records) == {layout: 120 for layout in h150.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field (one number in every row) is labelled each time the layout writes it,
    under its column; nothing else is a phone and nothing is a distractor."""
    for r in records:
        value, text = h150.phone(_row(r)), r["text"]
        copies = h150.COPIES[r["layout"]][0]
        assert text.count(value) == copies, r["id"]
        assert personal_phone(value, "SG")
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:centre_contact_no")] * copies, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_centre_address_is_labelled(records):
    """The e-mail address, where the data keeps one, labelled each time the layout writes it;
    a row without one has no e-mail span and no address in its text."""
    with_mail = 0
    for r in records:
        mail, text = h150.email(_row(r)), r["text"]
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            with_mail += 1
            copies = h150.COPIES[r["layout"]][1]
            assert text.count(mail) == copies and got == [mail] * copies, r["id"]
        else:
            assert got == [] and not re.search(r"[\w.-]+@[\w-]+\.\w", text), r["id"]
    assert with_mail == 169


def test_the_labels_add_up(records):
    kinds = Counter((t, kind) for r in records for _, _, t, kind in r["spans"])
    assert kinds == {
        ("PHONE_NUMBER", "national:centre_contact_no"): 960,
        ("EMAIL_ADDRESS", "register"): 217,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is eight digits in one run, as the file gives it (no placeholder
    ``00000000``); every kept e-mail field is one address that names no person; the vacancy
    columns but the current month's are left out; the fields are the file's strings."""
    rows = h150.data()["rows"]
    assert len(rows) == 480
    assert all(re.fullmatch(r"[689]\d{7}", row["fields"]["centre_contact_no"]) for row in rows)
    assert all(h150.phone(row) == row["fields"]["centre_contact_no"] for row in rows)
    assert Counter(h150.phone(row)[0] for row in rows) == {"6": 378, "9": 63, "8": 39}
    mails = [row for row in rows if h150.EMAIL in row["fields"]]
    assert len(mails) == 169 and all(extractor.office_email(row["fields"]) for row in mails)
    for row in rows:
        vacancy = [k for k in row["fields"] if "_vacancy_" in k]
        assert len(vacancy) == 6 and all(k.endswith("_current_month") for k in vacancy)
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert len({row["fields"]["centre_code"] for row in rows}) >= 470


def _mail_row(value: str, name: str = "LITTLE SEEDS PRESCHOOL", address: str = "") -> dict:
    return {"centre_email_address": value, "centre_name": name, "centre_address": address}


def test_an_address_that_names_a_person_is_left_out():
    assert extractor.office_email(_mail_row("info@littleseeds.sg"))
    assert extractor.office_email(_mail_row("principal.tampines@littleseeds.sg"))
    assert extractor.office_email(
        _mail_row("yishun@myworld.org.sg", "MY WORLD PRESCHOOL LTD.", "742,YISHUN AVENUE 5,760742")
    )
    assert not extractor.office_email(_mail_row("jane.tan@littleseeds.sg"))
    assert not extractor.office_email(_mail_row("JaneTan@littleseeds.sg"))
    assert not extractor.office_email(_mail_row("info@littleseeds.sg; jane.tan@littleseeds.sg"))
    assert not extractor.office_email(_mail_row("na"))
    assert not extractor.office_email(_mail_row("mk@littleseeds.sg", "MK PRESCHOOL"))


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or as it is)."""
    if layout in ("filemaker_fmpxmlresult", "evernote_enex"):
        return escape(value)
    if layout == "msgraph_contact":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, centre code and published address stand in every record's text outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h150._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _rivescript(text: str) -> list[tuple[str, str]]:
    """The (trigger, reply) pairs of a RiveScript file of the generator's shape: every line a
    command (``!``, ``+``, ``-``) or a ``//`` comment, each trigger lower case and followed by
    one reply."""
    pairs, trigger = [], None
    for line in text.splitlines():
        if not line or line.startswith("// "):
            continue
        command, _, rest = line.partition(" ")
        assert command in ("!", "+", "-"), line
        if command == "+":
            assert trigger is None and re.fullmatch(r"[a-z0-9 ()|\[\]]+", rest), line
            trigger = rest
        elif command == "-":
            assert trigger is not None, line
            pairs.append((trigger, rest))
            trigger = None
    assert trigger is None
    return pairs


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the ENML note
    too; the RiveScript brain read by its fixed shape), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h150.phone(row), h150.email(row), h150._f(row, "centre_name")
        if r["layout"] == "filemaker_fmpxmlresult":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{FMP}FMPXMLRESULT" and root.findtext(f"{FMP}ERRORCODE") == "0"
            names = [f.get("NAME") for f in root.iter(f"{FMP}FIELD")]
            cols = [c.findtext(f"{FMP}DATA") or "" for c in root.iter(f"{FMP}COL")]
            assert len(names) == len(cols) == 14
            values = dict(zip(names, cols, strict=True))
            assert values["Contact No"] == tel and values["Email"] == mail
            assert values["Centre Name"] == name and tel in values["Follow-up Note"]
        elif r["layout"] == "evernote_enex":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "en-export" and root.get("application") == "Evernote"
            note = ET.fromstring(root.findtext("note/content").encode("utf-8"))
            assert note.tag == "en-note"
            links = {a.get("href"): a.text for a in note.iter("a")}
            assert links[f"tel:{tel}"] == tel
            assert (links.get(f"mailto:{mail}") == mail) if mail else len(links) == 1
            assert root.findtext("note/title") == f"Preschool shortlist: {name}"
        elif r["layout"] == "msgraph_contact":
            doc = json.loads(text)
            assert doc["@odata.context"].endswith("/contacts/$entity")
            phones = [doc["mobilePhone"]] if doc["mobilePhone"] else doc["businessPhones"]
            assert phones == [tel] and tel in doc["personalNotes"]
            assert [e["address"] for e in doc["emailAddresses"]] == ([mail] if mail else [])
            assert doc["displayName"] == name
            assert doc["businessAddress"]["postalCode"] == h150._f(row, "postal_code")
        else:
            assert text.startswith("! version = 2.0\n")
            replies = [reply for _, reply in _rivescript(text)]
            assert replies[0] == f"You can call {name} at {tel}."
            assert replies[1].startswith(f"Call {name} at {tel},")
            assert replies[1].endswith(f"or write to {mail}" if mail else "e-mail address.")


def test_provenance():
    sources = h150.data()["sources"]
    assert set(sources) == {"SG"}
    sg = sources["SG"]
    assert sg["repository"] == "aliciatly/capstone-assignment"
    assert sg["commit"] == "13ea56cf2dda845a6dc6ee85f45b22ea0c892658"
    assert sg["path"] == "data/ListingofCentres.csv"
    assert "not confirmed" in sg["licence"] and sg["publisher"]
    assert Counter(r["country"] for r in h150.data()["rows"]) == {"SG": 480}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h150, "held_out_150", tmp_path)
