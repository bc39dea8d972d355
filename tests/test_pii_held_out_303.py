"""held_out_303 of the PII evaluation set (scripts/pii_held_out_303.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; every copy of the row's mailbox labelled; the name and CIF are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_303 as h303  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the phone field and of the mailbox each layout writes
COPIES = {
    "aeat_modelo_182": (1, 0),
    "consul_proposal": (1, 1),
    "decidim_meeting": (2, 1),
    "quaderno_contact": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h303.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h303.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h303.data()["rows"]) == 229
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h303.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "aeat_modelo_182": 57, "consul_proposal": 57, "decidim_meeting": 57,
        "quaderno_contact": 58,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_mailbox_is_labelled_unchanged(records):
    """The phone field is labelled, whole, wherever the layout writes it, under its column;
    the mailbox wherever written (Modelo 182 has no e-mail field); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h303.phone(row), h303.email(row)
        phones, mails = COPIES[r["layout"]]
        mails = mails if mail else 0
        assert text.count(tel) == phones, r["id"]
        labelled = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        expected = Counter({(tel, "PHONE_NUMBER", "national:Primer_Tlfn"): phones})
        if mails:
            assert text.count(mail) == mails, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = mails
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h303.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Primer_Tlfn": 344, "register": 162}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a run of nine digits but one of ten, as published; 124
    federations and 105 foundations; 218 rows keep a mailbox, one with a trailing blank; 140
    numbers of area code ``91``."""
    rows = h303.data()["rows"]
    assert Counter(h303.foundation(row) for row in rows) == {False: 124, True: 105}
    fields = [row["fields"]["Primer_Tlfn"] for row in rows]
    assert all(re.fullmatch(r"\d{9}", f) for f in fields if f != "6766355997")
    assert fields.count("6766355997") == 1
    assert sum(f.startswith("91") for f in fields) == 140
    assert sum(bool(h303.email(row)) for row in rows) == 218
    assert sum(row["fields"]["Email"] != h303.email(row) and "@" in row["fields"]["Email"]
               for row in rows) == 1  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The body's name (cut to Modelo 182's 40 positions there) and CIF stand in every
    record's text, outside the labels."""
    for r in records:
        row = _row(r)
        name = h303.name(row)
        if r["layout"] == "aeat_modelo_182":
            name = name[:40]
        values = [name]
        if r["layout"] in ("aeat_modelo_182", "quaderno_contact"):
            values.append(h303._f(row, "CIF"))  # the civic platforms' answers carry no tax id
        for value in filter(None, values):
            encoded = value
            if r["layout"] != "aeat_modelo_182":
                encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (Modelo 182 by its fixed positions, the JSON answers
    by the standard library), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h303.phone(row), h303.email(row)
        if r["layout"] == "aeat_modelo_182":
            lines = text.split("\r\n")
            assert lines[-1] == "" and all(len(line) == 250 for line in lines[:-1])
            head, donors = lines[0], lines[1:-1]
            assert head.startswith("11822023") and head[8:17] == h303._f(row, "CIF")
            assert head[57] == "T" and head[58:67] == tel
            assert 2 <= len(donors) <= 4 and int(head[135:144]) == len(donors)
            assert int(head[144:159]) == sum(int(line[83:96]) for line in donors)
            for line in donors:
                assert line.startswith("21822023") and line[8:17] == head[8:17]
                assert line[75:83] == "28A04000" and line[104] == "J"
        elif r["layout"] == "consul_proposal":
            proposal = json.loads(text)["data"]["proposal"]
            assert f"teléfono {tel}" in proposal["description"]
            assert not mail or f"correo electrónico {mail}" in proposal["description"]
            assert proposal["public_author"]["username"] == f"entidad{h303.register_number(row)}"
        elif r["layout"] == "decidim_meeting":
            process = json.loads(text)["data"]["participatoryProcess"]
            (component,) = process["components"]
            assert component["__typename"] == "Meetings"
            (meeting,) = component["meetings"]["nodes"]
            assert meeting["address"] == h303.address(row)
            assert meeting["locationHints"]["translation"].endswith(f"llama al {tel}.")
            assert f"teléfono {tel}" in meeting["description"]["translation"]
            assert meeting["startTime"] < meeting["endTime"]
        else:
            contact = json.loads(text)
            assert contact["kind"] == "company" and contact["phone_1"] == tel
            assert contact["email"] == (mail or None)
            assert contact["tax_id"] == (h303._f(row, "CIF") or None)
            assert contact["notes"].endswith(f"contacto en el {tel}.")
            assert contact["url"].endswith(f"/api/contacts/{contact['id']}")


def test_provenance():
    sources = h303.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2022-2023-ODKG"
    assert es["commit"] == "32cbaed623b1ebd23cf8df9084b4f7bd1ce96fe2"
    assert es["paths"] == [
        "HandsOn/Group20/csv/original_files/Federaciones_202209.csv",
        "HandsOn/Group20/csv/original_files/Fundaciones_202209.csv",
    ]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h303.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 229}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h303, "held_out_303", tmp_path)
