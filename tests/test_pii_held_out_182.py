"""held_out_182 of the PII evaluation set (scripts/pii_held_out_182.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone, fax
or mobile field, copied unchanged, each copy labelled; the agency's code and commune are in the
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

import pii_held_out_182 as h182  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the agency's identifiers, in every layout
IDENTIFIERS = ("code_agence", "commune")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h182.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h182.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h182.data()["rows"]) == 315
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h182.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "acord_quote": 79, "dolibarr_thirdparty": 79, "yalidine_parcel": 79,
        "google_wallet_pass": 78,
    }  # fmt: skip


def _copies(text: str, values: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every copy of the phone fields in ``text``, the longest value first, a copy inside one
    found before it left to that one."""
    found: list[tuple[int, int, str]] = []
    for _, value in sorted(values.items(), key=lambda kv: -len(kv[1])):
        for m in re.finditer(re.escape(value), text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in found):
                found.append((m.start(), m.end(), value))
    return found


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each number of each phone field is labelled wherever a copy of the field stands, once
    (a field equal to or inside another is labelled with that one); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        values = h182.phones(row)
        expected = Counter()
        for s, e, value in _copies(text, values):
            assert not text[s - 1 : s].isdigit() and not text[e : e + 1].isdigit(), r["id"]
            for a, b in h182.numbers(value):
                assert personal_phone(value[a:b], "DZ")
                expected[(s + a, s + b)] += 1
        labelled = Counter((s, e) for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert all(kind.split(":")[1] in h182.PHONES for *_, kind in r["spans"]), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_a_field_of_several_numbers_gives_one_label_each():
    """A number with alternative last digits is one number; numbers after ``/`` are each one."""
    field = "0.561.604.670/ 0.561.604.765"
    assert [field[s:e] for s, e in h182.numbers(field)] == ["0.561.604.670", "0.561.604.765"]
    assert [("024.741.298/76"[s:e]) for s, e in h182.numbers("024.741.298/76")] == [
        "024.741.298/76"
    ]
    field = "0.661.411.517/0.781.019.212/0.549.701.766"
    assert len(h182.numbers(field)) == 3
    assert len(h182.numbers("023. 237.322")) == 1


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h182.international)
    assert kinds == {"national:tel": 615, "national:mobile": 115, "national:fax": 35}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a number of six digits or more in ``tel``, ``fax`` or ``mobile``;
    the fields are strings as the file gives them (two with a trailing blank, kept as
    published); 23 phone fields hold a ``/``; all numbers are national, none with ``+213``."""
    rows = h182.data()["rows"]
    assert Counter(tuple(sorted(h182.phones(row))) for row in rows) == {
        ("fax", "tel"): 121, ("fax", "mobile", "tel"): 101, ("mobile", "tel"): 47,
        ("tel",): 45, ("mobile",): 1,
    }  # fmt: skip
    assert sum(row["fields"][c] != row["fields"][c].strip() for row in rows for c in h182.PHONES)
    assert sum("/" in v for row in rows for v in h182.phones(row).values()) == 23
    assert not any("+" in v for row in rows for v in h182.phones(row).values())
    assert all(1 <= int(row["fields"]["code_wil"]) <= 48 for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout == "acord_quote":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The agency's code and commune stand in every record's text, outside the labels (a code
    may also be digits of a number)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h182._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h182.phones(row)
        first = tel.get("tel") or tel.get("mobile") or tel["fax"]
        if r["layout"] == "acord_quote":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "ACORD"
            producer = root.find("InsuranceSvcRs/*/Producer")
            party = producer.find("GeneralPartyInfo")
            got = {
                info.findtext("PhoneTypeCd"): info.findtext("PhoneNumber")
                for info in party.findall("Communications/PhoneInfo")
            }
            want = {t: tel[c] for c, t in (("tel", "Phone"), ("fax", "Fax"), ("mobile", "Cell"))
                    if c in tel}  # fmt: skip
            assert got == want, r["id"]
            assert producer.findtext("ProducerInfo/ContractNumber") == h182._f(row, "code_agence")
            assert f"contactez l'agence au {first}" in root.find("InsuranceSvcRs/*/RemarkText").text
        elif r["layout"] == "dolibarr_thirdparty":
            doc = json.loads(text)
            assert doc["module"] == "societe" and doc["country_code"] == "DZ"
            assert doc["phone"] == tel.get("tel") and doc["fax"] == tel.get("fax")
            assert doc["array_options"]["options_mobile"] == tel.get("mobile")
            assert doc["note_public"].endswith(f"Standard : {first}.")
            assert re.fullmatch(r"\d\d/00-\d{7} B \d\d", doc["idprof1"])
            assert all(re.fullmatch(r"\d{15}", doc[k]) for k in ("idprof2", "idprof4"))
        elif r["layout"] == "yalidine_parcel":
            (parcel,) = json.loads(text)
            assert parcel["contact_phone"] == first
            assert parcel["to_commune_name"] == h182._f(row, "commune")
            assert parcel["to_wilaya_name"] == h182.wilaya(row)
            assert parcel["from_wilaya_name"] == "Alger" and parcel["price"] == 0
        else:
            doc = json.loads(text)
            assert doc["id"].startswith(doc["classId"].split(".")[0] + ".")
            bodies = {m["id"]: m["body"] for m in doc["textModulesData"]}
            assert {c: bodies[c] for c in h182.PHONES if c in bodies} == tel
            assert doc["barcode"]["value"] in doc["header"]["defaultValue"]["value"]
            assert doc["locations"][0]["latitude"] == float(h182._f(row, "lat"))


def test_provenance():
    sources = h182.data()["sources"]
    assert set(sources) == {"DZ"}
    dz = sources["DZ"]
    assert dz["repository"] == "transformatek/geo-enabled-datasets"
    assert dz["commit"] == "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed"
    assert dz["path"] == "dz-datasets/insurance/ciar/ciar_branches.csv"
    assert "not confirmed" in dz["licence"] and dz["publisher"]
    rows = h182.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DZ": 315}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h182, "held_out_182", tmp_path)
