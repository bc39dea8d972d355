"""held_out_382 of the PII evaluation set (scripts/pii_held_out_382.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the school's name, street and ZIP code are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

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

import pii_held_out_382 as h382  # noqa: E402 - the scripts folder's modules
import us_hi_school_facilities_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("name", "street", "zip")
# copies of each value a record of each layout writes: (phone, fax, e-mail)
COPIES = {
    "mysqlbinlog_rows": (2, 2, 2),
    "maxwell_change": (1, 1, 1),
    "mysql_xml_resultset": (2, 1, 1),
    "sentry_event": (2, 2, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h382.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h382.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h382.data()["rows"]) == 290
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h382.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "mysqlbinlog_rows": 73,
        "maxwell_change": 73,
        "mysql_xml_resultset": 72,
        "sentry_event": 72,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, the fax (where the table gives one) and the mailbox (where the row has
    one) are labelled wherever they stand, each whole, the numbers under their columns;
    nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h382.phone(row), h382.fax(row), h382.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): n_tel})
        if fax:
            expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
        # (a Sentry release, ``depthealth@3.2.18``, is a package and version, no address)
        addresses = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", text)
        assert len(addresses) == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h382.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 507, "national:fax": 430, "register": 2}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is the ten digits of a Hawaiian number (area code 808), a number a
    person could hold, no two alike; the faxes are ten digits too or ``0``/NULL (three rows);
    the one mailbox is the department's; the fields are the table's 22 columns, strings or
    null as dumped."""
    rows = h382.data()["rows"]
    tels = [h382.phone(row) for row in rows]
    assert all(re.fullmatch(r"808\d{7}", tel) for tel in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len(set(tels)) == 290
    faxes = [row["fields"]["fax"] for row in rows]
    assert sum(bool(h382.fax(row)) for row in rows) == 287
    assert sorted(f or "NULL" for f in faxes if not (f and re.fullmatch(r"808\d{7}", f))) == [
        "0",
        "0",
        "NULL",
    ]
    assert [h382.email(row) for row in rows if h382.email(row)] == ["webmail@doh.hawaii.gov"]
    assert all(list(row["fields"]) == list(h382.FACILITY) for row in rows)
    assert all(isinstance(v, str | None) for row in rows for v in row["fields"].values())
    assert {row["fields"]["district_id"] for row in rows} <= set(h382.DISTRICTS)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, a binlog string)."""
    if layout == "mysql_xml_resultset":
        return escape(value)
    if layout == "mysqlbinlog_rows":
        return value.replace("'", "\\'")
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name, street and ZIP code stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], _row(r)["fields"][column])
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _binlog_images(text: str) -> tuple[list[str], list[str]]:
    """The ``### WHERE`` and ``### SET`` images of an ``Update_rows`` event's verbose lines."""
    lines = text.splitlines()
    where, set_ = lines.index("### WHERE"), lines.index("### SET")
    before = [re.fullmatch(r"###   @(\d+)=(.*)", x) for x in lines[where + 1 : set_]]
    after = [re.fullmatch(r"###   @(\d+)=(.*)", x) for x in lines[set_ + 1 :]]
    after = after[: after.index(None)] if None in after else after
    for image in (before, after):
        assert [int(m.group(1)) for m in image] == list(range(1, 23))
    return [m.group(2) for m in before], [m.group(2) for m in after]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the binlog
    by its line shapes), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        fields = row["fields"]
        tel, fax, name = h382.phone(row), fields["fax"], fields["name"]
        if r["layout"] == "mysqlbinlog_rows":
            assert re.match(r"# at \d+\n#\d{6} [ \d]\d:\d\d:\d\d server id 1  end_log_pos", text)
            assert "Table_map: `depthealth`.`facility` mapped to number" in text
            assert "### UPDATE `depthealth`.`facility`" in text
            assert text.endswith("COMMIT/*!*/;\n")
            before, after = _binlog_images(text)
            assert before[7] == after[7] == tel
            assert before[8] == after[8] == (fax if fax is not None else "NULL")
            assert before[1] == "'" + name.replace("'", "\\'") + "'"
            assert before != after
        elif r["layout"] == "maxwell_change":
            assert text.count("\n") == 1
            doc = json.loads(text)
            assert (doc["database"], doc["table"], doc["type"]) == (
                "depthealth",
                "facility",
                "update",
            )
            assert doc["commit"] is True and doc["primary_key"] == [int(fields["id"])]
            assert list(doc["data"]) == list(h382.FACILITY)
            assert doc["data"]["phone"] == int(tel) and doc["data"]["name"] == name
            assert doc["data"]["fax"] == (None if fax is None else int(fax))
            assert doc["old"] and set(doc["old"]) <= set(doc["data"]) - {"phone", "fax", "email"}
        elif r["layout"] == "mysql_xml_resultset":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "resultset"
            assert root.get("statement").endswith(f"WHERE f.phone = {tel}")
            (result,) = root.findall("row")
            got = {f.get("name"): f.text or "" for f in result.findall("field")}
            assert got["phone"] == tel and got["name"] == name and got["zip"] == fields["zip"]
            assert (got["district"], got["island"]) == h382.district(row)
            nil = "{http://www.w3.org/2001/XMLSchema-instance}nil"
            nils = {f.get("name") for f in result.findall("field") if f.get(nil) == "true"}
            assert nils == {k for k in ("fax", "email") if fields[k] is None}
        else:
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{32}", doc["event_id"])
            assert doc["platform"] == "python" and doc["level"] == "error"
            (exc,) = doc["exception"]["values"]
            frame = exc["stacktrace"]["frames"][-1]
            assert frame["in_app"] and frame["vars"]["facility"] == doc["extra"]["facility"]
            facility = doc["extra"]["facility"]
            assert facility["phone"] == int(tel) and facility["name"] == name
            assert doc["tags"]["facility_id"] == fields["id"]
            assert (doc["tags"]["district"], doc["tags"]["island"]) == h382.district(row)


def test_the_extractor_keeps_its_rules():
    """The dump's table is read as its columns name it, and a row is kept by the extractor's
    rules: a number of ten digits or more, the first of a shared number, none of an earlier
    part's."""
    dump = (
        "CREATE TABLE `facility` (\n  `id` int(11) NOT NULL,\n  `name` varchar(100) NOT NULL,\n"
        "  `phone` bigint(20) NOT NULL,\n  `fax` bigint(20) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n"
        ") ENGINE=InnoDB;\nINSERT INTO `facility` VALUES (1,'Ka \\'Umeke',8089333482,NULL),"
        "(2,'B & C',8089333482,0),(3,'D',0,NULL);\n"
    )
    rows = extractor.table_rows(dump, "facility")
    assert rows == [
        {"id": "1", "name": "Ka 'Umeke", "phone": "8089333482", "fax": None},
        {"id": "2", "name": "B & C", "phone": "8089333482", "fax": "0"},
        {"id": "3", "name": "D", "phone": "0", "fax": None},
    ]
    kept = [r["fields"] for r in h382.data()["rows"]]
    assert [r["id"] for r in kept][:3] == ["1", "2", "3"]
    assert "251" not in {r["id"] for r in kept} and "265" not in {r["id"] for r in kept}
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not {r["phone"] for r in kept} & earlier


def test_provenance():
    sources = h382.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "AgileVentures/depthealth"
    assert us["commit"] == "2c9c88c347b85a7154ccb496a266d1caef69f74c"
    assert us["paths"] == ["Create.sql"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h382.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 290}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h382, "held_out_382", tmp_path)
