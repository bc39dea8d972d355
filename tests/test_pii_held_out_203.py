"""held_out_203 of the PII evaluation set (scripts/pii_held_out_203.py): its committed records
keep the generator's invariants (every labelled phone, fax and e-mail address is the row's real
field, copied unchanged, each copy labelled; the name and street are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import base64
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_203 as h203  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each field per layout: phone, fax (where the row has one), e-mail
COPIES = {
    "dsn_mensuelle": (2, 1, 2),
    "data_inclusion_structure": (2, 1, 1),
    "ds_dossier": (2, 1, 1),
    "colissimo_label": (2, 0, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h203.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h203.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h203.data()["rows"]) == 280
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h203.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "dsn_mensuelle": 70, "data_inclusion_structure": 70, "ds_dossier": 70,
        "colissimo_label": 70,
    }  # fmt: skip


def test_every_copy_of_each_field_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column (a fax that is the phone's own number under the phone's), and each copy of the e-mail
    address as an address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        n_phone, n_fax, n_mail = COPIES[r["layout"]]
        tel, fax = h203.phone(row), h203.fax(row)
        n_fax = n_fax if fax else 0
        expected: Counter = Counter()
        if fax == tel:
            assert text.count(tel) == n_phone + n_fax, r["id"]
            pairs = [(h203.PHONE, tel, n_phone + n_fax)]
        else:
            assert text.count(tel) == n_phone, r["id"]
            assert not fax or text.count(fax) == n_fax, r["id"]
            pairs = [(h203.PHONE, tel, n_phone), (h203.FAX, fax, n_fax)]
        for column, value, copies in pairs:
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "FR"), r["id"]
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == [h203.mail(row)] * n_mail, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h203.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Tel_Asso": 572, "national:Fax_Asso": 34, "register": 350}


def test_the_data_keeps_the_published_shape():
    """280 associations of Montpellier, every phone a French ten-digit number with its trunk
    ``0`` and no mobile, in pairs or run together as published (275 in pairs); 58 faxes (15 the
    phone's own number; one row's fax field an e-mail address, left out); every e-mail address
    well formed and naming the association."""
    import fr_montpellier_associations_data as source

    rows = h203.data()["rows"]
    for row in rows:
        tel = h203.phone(row)
        assert re.fullmatch(r"0\d{9}|0\d( \d\d){4}", tel), row["path"]
        assert not source.mobile(tel), row["path"]
        assert not h203.fax(row) or re.fullmatch(r"0\d{9}|0\d( \d\d){4}", h203.fax(row))
        assert source.office_address(row["fields"]), row["path"]
        assert list(row["fields"]) == [
            "NomAsso", "Tel_Asso", "Fax_Asso", "Mail_Asso", "INTERNET", "Domaine",
            "Sous-Domaine", "Sigle", "Adresse", "Code_Quartier", "Code_Sous_Quartier",
            "Circonscription", "Canton", "Code_Postal", "Longitude", "Latitude",
        ]  # fmt: skip
    assert sum(" " in h203.phone(row) for row in rows) == 275
    assert sum(bool(h203.fax(row)) for row in rows) == 58
    assert sum(h203.fax(row) == h203.phone(row) for row in rows) == 15
    assert sum(bool(row["fields"]["Fax_Asso"]) and not h203.fax(row) for row in rows) == 1
    assert Counter(row["fields"]["Domaine"] for row in rows).most_common(3) == [
        ("CULTURE", 87), ("SPORTS", 46), ("SOCIAL ET CITOYENNETE", 45),
    ]  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street line stand in every record's text, outside the labels (one row's
    street line is ``0``, no identifier)."""
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        for value in (h203.name(row), h203._street(row)):
            if not re.search(r"[^\W\d]", value):
                continue
            encoded = value
            if r["layout"] != "dsn_mensuelle":
                encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the DSN by its line shape, JSON by the standard
    library), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h203.phone(row), h203.mail(row)
        if r["layout"] == "dsn_mensuelle":
            assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
            lines = text.split("\r\n")[:-1]
            pairs = [re.fullmatch(r"(S\d\d\.G\d\d\.\d\d\.\d{3}),'(.*)'", ln) for ln in lines]
            assert all(pairs), r["id"]
            fields = {m.group(1): m.group(2) for m in pairs}
            assert fields["S10.G00.02.005"] == fields["S20.G00.07.002"] == tel
            assert fields["S10.G00.02.004"] == fields["S20.G00.07.003"] == mail
            assert fields.get("S10.G00.02.006", "") == h203.fax(row)
            assert fields["S10.G00.01.003"] == h203.name(row)
            assert fields["S90.G00.90.001"] == str(len(lines))
            assert _luhn(fields["S21.G00.06.001"])
            assert _luhn(fields["S21.G00.06.001"] + fields["S21.G00.06.002"])
        elif r["layout"] == "data_inclusion_structure":
            doc = json.loads(text)
            assert doc["telephone"] == tel and doc["courriel"] == mail
            assert doc["presentation_resume"].endswith(f"au {tel}.")
            assert doc["code_insee"] == "34172" and doc["typologie"] == "ASSO"
            assert re.fullmatch(r"W343\d{6}", doc["rna"])
        elif r["layout"] == "ds_dossier":
            dossier = json.loads(text)["data"]["dossier"]
            number = dossier["number"]
            assert base64.b64decode(dossier["id"]).decode() == f"Dossier-{number}"
            champs = {c["label"]: c["stringValue"] for c in dossier["champs"]}
            assert champs["Téléphone de l'association"] == tel
            assert champs["Courriel de l'association"] == mail
            assert champs.get("Télécopie", "") == h203.fax(row)
            assert champs["Observations"].endswith(f"au {tel}.")
            assert _luhn(dossier["demandeur"]["siret"])
            assert dossier["demandeur"]["association"]["titre"] == h203.name(row)
        else:
            letter = json.loads(text)["letter"]
            address = letter["addressee"]["address"]
            assert address["phoneNumber"] == tel and address["email"] == mail
            assert address["companyName"] == h203.name(row)
            assert letter["parcel"]["instructions"].endswith(f"au {tel}")
            assert letter["service"]["productCode"] == "DOS"


def test_provenance():
    sources = h203.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "jimmy1708/Opendata"
    assert fr["commit"] == "7db16be4dcf67e31b9c9c4fd5017cc24e6d3952b"
    assert fr["path"] == "VilleMTP_MTP_ListeAssoc_2011/VilleMTP_MTP_ListeAssoc_2011.csv"
    assert "not confirmed" in fr["licence"] and "Ville de Montpellier" in fr["publisher"]
    rows = h203.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 280}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h203, "held_out_203", tmp_path)
