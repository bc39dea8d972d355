"""held_out_437 of the PII evaluation set (scripts/pii_held_out_437.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone or
fax field or its e-mail address, unchanged, each copy labelled; the site's name, suburb and
postcode are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import au_qld_jp_sites_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_437 as h437  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the site's identifiers, in every layout
IDENTIFIERS = ("Title", "Suburb", "Postcode")
# copies of each field a record of each layout writes: (phone, fax, e-mail)
COPIES = {
    "humanitix_event": (2, 1, 1),
    "meetup_venue": (1, 1, 1),
    "gravity_forms_entry": (1, 1, 1),
    "wagtail_pages": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h437.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h437.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h437.data()["rows"]) == 201
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h437.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AU"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "humanitix_event": 51,
        "meetup_venue": 50,
        "gravity_forms_entry": 50,
        "wagtail_pages": 50,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field, the fax and the e-mail address are labelled wherever
    they stand, the numbers under their column; nothing else is labelled or a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h437.phone(row), h437.fax(row), h437.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "AU")
            expected[(tel[s:e], "PHONE_NUMBER", "national:Phone")] += n_tel
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:Fax")] = n_fax
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        else:
            assert "@" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h437.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 254, "national:Fax": 1, "register": 11}


def test_the_data_keeps_the_published_shape():
    """Every kept phone holds a number of seven digits or more on one line, none another kept
    row's or an earlier Australian part's; one fax, eleven e-mail addresses; the fields are
    strings as the register gives them."""
    rows = h437.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "61")
    seen: set[str] = set()
    for row in rows:
        tel = h437.phone(row)
        longs = extractor.long_numbers(tel)
        assert longs and "\n" not in tel and row["fields"]["Title"].strip()
        assert not (set(longs) & (seen | earlier)), row["path"]
        seen.update(longs)
    assert [h437.fax(row) for row in rows if h437.fax(row)] == ["(07) 3247 5669"]
    mails = [h437.email(row) for row in rows if h437.email(row)]
    assert len(mails) == 11
    assert sum(m.endswith("@justice.qld.gov.au") for m in mails) == 10
    assert sum(" or " in h437.phone(row) for row in rows) == 1
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_rules_on_a_few_fields():
    """The extractor keeps a phone by its numbers of seven digits or more: a six-digit service
    number alone is none, a field of two numbers gives both."""
    assert extractor.long_numbers("(07) 3824 0000") == ["0738240000"]
    assert extractor.long_numbers("13 74 68") == []
    assert extractor.long_numbers("0419 673 942 or 07 5497 4248") == ["0419673942", "0754974248"]
    assert extractor.long_numbers("(073201 4255)") == ["0732014255"]
    assert extractor.long_numbers("3232 7000") == ["32327000"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or as it is in a shell command)."""
    if layout == "meetup_venue":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The site's name, suburb and postcode stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h437._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the curl command by
    ``shlex``), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h437.phone(row), h437.fax(row), h437.email(row), h437.name(row)
        if r["layout"] == "humanitix_event":
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{24}", doc["_id"]) and doc["currency"] == "AUD"
            loc = doc["location"]
            assert loc["type"] == "address" and loc["venueName"] == name
            assert tel in loc["instructions"] and f"Phone {tel}" in doc["description"]
            assert (f"email {mail}" in doc["description"]) == bool(mail)
            assert loc["address"].endswith(
                f"{h437.suburb(row)} QLD {h437.postcode(row)}, Australia"
            )
            assert doc["dates"][0]["startDate"] == doc["startDate"] < doc["endDate"]
            assert doc["pricing"] == {"minimumPrice": 0, "maximumPrice": 0}
            assert doc["timezone"] == "Australia/Brisbane"
        elif r["layout"] == "meetup_venue":
            lines = text.splitlines()
            assert lines[0].startswith("# JP signing venue")
            words = shlex.split(" ".join(line.rstrip("\\") for line in lines[1:]))
            assert words[:4] == ["curl", "-X", "POST", words[3]]
            assert re.fullmatch(r"https://api\.meetup\.com/[a-z-]+/venues", words[3])
            params = dict(
                w.split("=", 1)
                for p, w in zip(words, words[1:], strict=False)
                if p == "--data-urlencode"
            )
            assert params["name"] == name and params["phone"] == tel
            assert params["state"] == "QLD" and params["country"] == "au"
            assert params["city"] == h437.suburb(row)
            assert all(v in lines[0] for v in (mail, fax) if v)
        elif r["layout"] == "gravity_forms_entry":
            doc = json.loads(text)
            assert doc["status"] == "active" and doc["ip"] == "" and doc["currency"] == "AUD"
            assert doc["1"] == name and doc["3"] == tel and doc["4"] == mail and doc["5"] == fax
            assert doc["2.3"] == h437.suburb(row) and doc["2.5"] == h437.postcode(row)
            assert doc["id"].isdigit() and doc["form_id"].isdigit()
        else:
            doc = json.loads(text)
            assert doc["meta"]["total_count"] == len(doc["items"]) == 1
            item = doc["items"][0]
            assert item["title"] == name and item["phone"] == tel
            assert item["fax"] == fax and item["email"] == mail
            assert item["meta"]["detail_url"].endswith(f"/api/v2/pages/{item['id']}/")
            assert item["meta"]["parent"]["meta"]["type"] == "directory.JPSiteIndexPage"


def test_provenance():
    sources = h437.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "Stephen-Gates/service-locations"
    assert au["commit"] == "27aa44fbf7f86d62801e07b52e829b5f8acaee4a"
    assert au["paths"] == [extractor.PATH]
    assert "not confirmed" in au["licence"] and au["publisher"]
    rows = h437.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 201}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h437, "held_out_437", tmp_path)
