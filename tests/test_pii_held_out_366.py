"""held_out_366 of the PII evaluation set (scripts/pii_held_out_366.py): its committed records
keep the generator's invariants (every labelled value is a number or mailbox of the row's real
phone, fax or e-mail field, unchanged, each copy labelled; the centre's name, postcode and record
id are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import es_madrid_atencion_medica_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_366 as h366  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, fax field, mailbox)
COPIES = {
    "gnuhealth_jsonrpc": (1, 1, 1),
    "openemr_facility": (2, 1, 1),
    "vtiger_account": (2, 1, 1),
    "idempiere_bpartner": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h366.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h366.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h366.data()["rows"]) == 252
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h366.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
    assert Counter(r["layout"] for r in records) == {layout: 63 for layout in h366.LAYOUTS}
    # the text is Spanish in JSON whose keys are English: the language found is mostly ``en``
    assert Counter(r["language"] for r in records) == {"en": 250, "es": 1, "tl": 1}


def _expected(row: dict, text: str) -> Counter:
    """The spans each copy of the row's fields should carry: every number of a phone or fax
    copy that a person could hold, every mailbox copy; a fax copy inside a copy of the phone
    field is the phone field's."""
    taken: list[tuple[int, int]] = []
    out: Counter = Counter()
    for column, value in ((h366.PHONE, h366.phone(row)), (h366.FAX, h366.fax(row))):
        for m in re.finditer(re.escape(value), text) if value else ():
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            for a, b in numbers(value):
                if personal_phone(value[a:b], "ES"):
                    out[(value[a:b], "PHONE_NUMBER", f"national:{column}")] += 1
    mail = h366.email(row)
    if mail:
        out[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
    return out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field, the fax field (where it holds a number) and the mailbox (where the
    field holds one address) are written as many times as the layout writes them and labelled
    wherever they stand, each number on its own; nothing else is labelled and no distractor
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h366.phone(row), h366.fax(row), h366.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        if fax and fax not in tel:
            assert text.count(fax) == n_fax, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == _expected(row, text), r["id"]
        assert got, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h366.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:TELEFONO": 473, "national:FAX": 42, "register": 55}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds nine-digit Spanish numbers as the city writes them, no two
    fields alike, some of two or three numbers with words around them; the faxes are one or two
    numbers; the mailboxes are desks' (none is a person's name); the fields are strings as the
    file gives them, the three fields on two lines joined by `` / `` when written."""
    rows = h366.data()["rows"]
    tels = [h366.phone(row) for row in rows]
    assert len({re.sub(r"\D", "", t) for t in tels}) == 252
    for tel in tels:
        pieces = [tel[a:b] for a, b in numbers(tel)]
        assert pieces and all(personal_phone(p, "ES") or len(p) < 11 for p in pieces), tel
        assert all(re.sub(r"\D", "", p)[0] in "6789" for p in pieces), tel
    assert sum(" / " in t or " y " in t for t in tels) == 60
    assert sum("\n" in row["fields"]["TELEFONO"] for row in rows) == 3
    faxes = [h366.fax(row) for row in rows if h366.fax(row)]
    assert len(faxes) == 41
    mails = [h366.email(row) for row in rows if h366.email(row)]
    assert len(mails) == 55 and len(set(mails)) == 54  # two centres share one
    odd = [row["fields"]["EMAIL"] for row in rows if row["fields"]["EMAIL"] and not h366.email(row)]
    assert odd == ["cadhortaleza@madrid. es"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all("" not in r["fields"] for r in rows)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and postcode stand in every record's text, and its record id in the
    layouts that carry it, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["NOMBRE", "CODIGO-POSTAL"]
        if r["layout"] != "gnuhealth_jsonrpc":
            columns.append("PK")
        for column in columns:
            value = h366._f(row, column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cif_right(value: str) -> bool:
    """Whether a CIF-shaped id's control character is right by the CIF's rule."""
    letter, body, control = value[0], value[1:8], value[8]
    odd = sum(sum(divmod(int(d) * 2, 10)) for d in body[0::2])
    check = (10 - (odd + sum(int(d) for d in body[1::2])) % 10) % 10
    return control == ("JABCDEFGHI"[check] if letter in "QS" else str(check))


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON in its format's shape, the row's values where the format
    puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, mail, name = (
            h366.phone(row),
            h366.fax(row),
            h366.email(row),
            row["fields"]["NOMBRE"],
        )
        if r["layout"] == "gnuhealth_jsonrpc":
            assert set(doc) == {"id", "result"}
            by_type = {m["type"]: m["value"] for m in doc["result"]}
            assert by_type["phone"] == tel
            assert by_type.get("fax", "") == fax and by_type.get("email", "") == mail
            assert all(m["party."]["rec_name"] == name for m in doc["result"])
            assert all(m["party"] == m["party."]["id"] for m in doc["result"])
        elif r["layout"] == "openemr_facility":
            assert doc["validationErrors"] == [] and doc["internalErrors"] == []
            data = doc["data"]
            assert (data["name"], data["phone"], data["fax"], data["email"]) == (
                name,
                tel,
                fax,
                mail,
            )
            assert data["postal_code"] == row["fields"]["CODIGO-POSTAL"]
            assert data["info"].endswith(f"{tel}.") and _cif_right(data["federal_ein"])
            assert data["facility_code"] == row["fields"]["PK"]
        elif r["layout"] == "vtiger_account":
            assert doc["success"] is True
            acc = doc["result"]
            assert (acc["accountname"], acc["phone"], acc["fax"], acc["email1"]) == (
                name, tel, fax, mail,
            )  # fmt: skip
            assert acc["bill_code"] == acc["ship_code"] == row["fields"]["CODIGO-POSTAL"]
            assert re.fullmatch(r"11x\d+", acc["id"]) and acc["otherphone"] == ""
            assert acc["description"].endswith(f"en el {tel}.")
        else:
            assert doc["model-name"] == "c_bpartner" and doc["Name"] == name
            (loc,) = doc["C_BPartner_Location"]
            assert (loc["Phone"], loc["Fax"], loc["Phone2"]) == (tel, fax, "")
            assert loc["C_BPartner_ID"]["id"] == doc["id"]
            assert [u["EMail"] for u in doc.get("AD_User", [])] == ([mail] if mail else [])
            assert doc["Value"] == f"CLI-{row['fields']['PK']}"


def test_the_extractor_keeps_its_rules():
    """The extractor's rules on the kept rows: a phone of seven digits or more, no number an
    earlier Spanish part holds, no two phone fields alike; the numbers of a field are its runs
    of digits and blanks (``runs``)."""
    assert extractor.runs("CITACIONES: 917 791 312 / 913 807 910") == {
        "917791312", "913807910", "917791312913807910",
    }  # fmt: skip
    assert extractor.runs("915 885 100 / 06 (Citas)") == {"915885100", "91588510006"}
    assert extractor.runs("010 Línea Madrid") == set()
    earlier = extractor.earlier_runs(extractor.EARLIER)
    assert "911918000" in earlier  # Hospital Universitario Infanta Leonor, an earlier part's
    rows = h366.data()["rows"]
    seen = set()
    for row in rows:
        fields = row["fields"]
        tel = extractor.digits_of(fields["TELEFONO"])
        assert len(tel) >= 7 and tel not in seen
        seen.add(tel)
        assert not (extractor.runs(fields["TELEFONO"]) | extractor.runs(fields["FAX"])) & earlier
    assert [r["path"] for r in rows] == sorted(
        (r["path"] for r in rows), key=lambda p: int(p.rsplit("#", 1)[1])
    )


def test_provenance():
    sources = h366.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2023-2024-ODKG"
    assert es["commit"] == "4c389c8e6de5a60f40f68d087cc309be332e1d09"
    assert es["paths"] == ["HandsOn/Group05/csv/Centros_atencion_medica.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h366.data()["rows"]) == {"ES": 252}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h366, "held_out_366", tmp_path)
