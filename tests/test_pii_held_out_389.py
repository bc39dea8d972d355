"""held_out_389 of the PII evaluation set (scripts/pii_held_out_389.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled, an extension outside the label; the
installation's name, postal code and municipality are in the text and unlabelled) and are
rebuilt byte for byte from the committed data; the extractor keeps the rows its rules name. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ca_qc_services_de_garde_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_389 as h389  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the installation's identifiers, in every layout
IDENTIFIERS = (h389.NAME, h389.POSTCODE, h389.TOWN)
# copies of each value a record of each layout writes: (telephone, fax, e-mail)
COPIES = {
    "helpscout_customer": (1, 1, 1),
    "shippo_shipment": (2, 0, 1),
    "close_lead": (1, 1, 1),
    "insightly_organisation": (1, 1, 1),
}
NUMBER = re.compile(r"\(\d{3}\) \d{3}-\d{4}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h389.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h389.by_locale()[locale][n]


def _number(value: str) -> str:
    """The number a field holds, its extension (``, poste 224``) aside."""
    return NUMBER.match(value).group()


def _body(text: str) -> tuple[list[str], dict]:
    """An HTTP request's head lines and its JSON body (its ``Content-Length`` right)."""
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    length = next(int(h.split(": ")[1]) for h in lines if h.startswith("Content-Length: "))
    assert length == len(body.encode("utf-8"))
    return lines, json.loads(body)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h389.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h389.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CA"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h389.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone (its number, an extension outside the label), the fax where it is a line
    of its own and the mailbox where the installation has one are labelled wherever they
    stand, the numbers under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h389.phone(row), h389.fax(row), h389.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter({(_number(tel), "PHONE_NUMBER", "national:Téléphone"): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            if n_fax:
                expected[(fax, "PHONE_NUMBER", "national:Télécopieur")] = n_fax
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h389.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Téléphone": 500, "national:Télécopieur": 131, "register": 390}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``(AAA) NNN-NNNN``, 21 with an extension, a number a person
    could hold, no two lines alike; the faxes are in the same shape or empty (16 the
    telephone's line again, not written as faxes); the mailboxes are one address each or
    empty; the fields are strings as the list gives them."""
    rows = h389.data()["rows"]
    tels = [h389.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}(, poste \d{1,4})?", t) for t in tels)
    assert sum("poste" in t for t in tels) == 21
    assert all(personal_phone(_number(t), "CA") for t in tels)
    assert len({_number(t) for t in tels}) == 400
    faxes = [row["fields"][h389.FAX] for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", f) for f in faxes if f)
    assert sum(bool(f) for f in faxes) == 185 and sum(bool(h389.fax(r)) for r in rows) == 169
    mails = [row["fields"][h389.EMAIL] for row in rows]
    assert all(m == h389.email(row) for m, row in zip(mails, rows, strict=True))
    assert sum(bool(m) for m in mails) == 390
    assert Counter(row["fields"]["Type de service de garde"] for row in rows) == {
        "GARD": 245, "CPE": 155,
    }  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The installation's name, postal code (run together in Shippo's ``zip``) and
    municipality stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h389._f(_row(r), column)
            if column == h389.POSTCODE and r["layout"] == "shippo_shipment":
                value = value.replace(" ", "")
            value = _encoded(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each record is an HTTP request to its service's endpoint whose body parses as JSON, the
    row's values where the service's schema puts them."""
    for r in records:
        row = _row(r)
        tel, fax, mail, name = (
            h389.phone(row),
            h389.fax(row),
            h389.email(row),
            row["fields"][h389.NAME],
        )
        lines, doc = _body(r["text"])
        if r["layout"] == "helpscout_customer":
            assert lines[:2] == ["POST /v2/customers HTTP/1.1", "Host: api.helpscout.net"]
            assert doc["organization"] == name
            assert len(doc["background"]) <= 200
            phones = {p["type"]: p["value"] for p in doc["phones"]}
            assert phones == ({"work": tel, "fax": fax} if fax else {"work": tel})
            assert doc.get("emails", [{"value": ""}])[0]["value"] == mail
            assert doc["address"]["postalCode"] == row["fields"][h389.POSTCODE]
        elif r["layout"] == "shippo_shipment":
            assert lines[:2] == ["POST /shipments/ HTTP/1.1", "Host: api.goshippo.com"]
            to = doc["address_to"]
            assert to["company"] == name and to["phone"] == tel
            assert to.get("email", "") == mail and to["country"] == "CA"
            assert "phone" not in doc["address_from"] and "email" not in doc["address_from"]
            assert doc["metadata"].endswith(f"appeler au {tel}") and doc["async"] is False
            assert 1 <= len(doc["parcels"]) <= 3
        elif r["layout"] == "close_lead":
            assert lines[:2] == ["POST /api/v1/lead/ HTTP/1.1", "Host: api.close.com"]
            assert doc["name"] == name
            contact = doc["contacts"][0]
            phones = {p["type"]: p["phone"] for p in contact["phones"]}
            assert phones == ({"office": tel, "fax": fax} if fax else {"office": tel})
            assert contact.get("emails", [{"email": ""}])[0]["email"] == mail
            assert doc["addresses"][0]["zipcode"] == row["fields"][h389.POSTCODE]
        else:
            assert lines[0] == "POST /v3.1/Organisations HTTP/1.1"
            assert re.fullmatch(r"Host: api\.(na1|ca1)\.insightly\.com", lines[1])
            assert doc["ORGANISATION_NAME"] == name and doc["PHONE"] == tel
            assert doc.get("PHONE_FAX", "") == fax
            assert doc["BACKGROUND"].endswith(f"Courriel : {mail}" if mail else ".")


def test_provenance():
    sources = h389.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "Carbonec2/geolocator-garderies"
    assert ca["commit"] == "5226a9bbfe18eab08ceb6b17e91682829019af53"
    assert ca["paths"] == ["excel/repertoire16-sdg.csv"]
    assert "not confirmed" in ca["licence"] and ca["publisher"] and ca["language"] == "fr"
    rows = h389.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}


def _csv(lines: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


def test_the_extractor_keeps_the_rows_its_rules_name(monkeypatch, tmp_path):
    """Below the three title lines, an installation is kept where its telephone's line (an
    extension aside) is new to it and to the earlier Canadian parts, and its fax is not an
    earlier part's; the legend is no installation."""
    header = [
        "Nom de l'installation", "Région administrative", "Adresse", "Municipalité",
        "Code postal", "Téléphone", "Télécopieur", "Adresse courriel",
        "Type de service de garde", "Places totales au permis", "Places 17 mois ou moins",
        "Place à contribution réduite", "Coordonnées géographiques", "ARTM",
    ]  # fmt: skip
    region = "16 - Montérégie"

    def row(name: str, tel: str, fax: str = "", kind: str = "CPE") -> list[str]:
        return [name, region, "1, rue A", "Ville", "J0H 1A0", tel, fax, "", kind, "60", "10",
                "CR", "", "1"]  # fmt: skip

    text = "LISTE\r\nMise à jour\r\n,,\r\n" + _csv(
        [
            header,
            row("A", "(450) 111-2222"),
            row("B", "(450) 111-2222, poste 3"),  # the same line again
            row("C", "(450) 333-4444", "(450) 999-8888"),  # its fax an earlier part's
            row("D", "(450) 555-6666, poste 12", kind="GARD"),
            row("E", ""),
            row("F", "(450) 777-0000"),  # an earlier part's number
            ["Légende", *[""] * 13],
        ]
    )
    earlier = {"4509998888", "4507770000"}
    monkeypatch.setattr(extractor, "_git", lambda *a: ("\ufeff" + text).encode("utf-8"))
    monkeypatch.setattr(extractor, "earlier_numbers", lambda *a: earlier)
    rows = extractor.extract({"CA": tmp_path})["rows"]
    assert [r["fields"]["Nom de l'installation"] for r in rows] == ["A", "D"]
    assert [r["path"] for r in rows] == [f"{extractor.PATH}#0", f"{extractor.PATH}#3"]
    assert rows[1]["fields"]["Téléphone"] == "(450) 555-6666, poste 12"


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h389, "held_out_389", tmp_path)
