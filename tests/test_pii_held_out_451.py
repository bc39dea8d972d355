"""held_out_451 of the PII evaluation set (scripts/pii_held_out_451.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the court's name, SIRET and DSJ code are in the
text and unlabelled; each layout parses as its format) and are rebuilt byte for byte from the
committed data; the extractor's rules hold on the kept rows. No recognizer runs here: the part
is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_dsj_juridictions_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_451 as h451  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telephone, fax, e-mail)
COPIES = {
    "chorus_pro_structure": (1, 1, 1),
    "docusign_envelope": (1, 0, 1),
    "matomo_live_visit": (1, 0, 1),
    "httpie_session": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h451.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h451.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h451.data()["rows"]) == 294
    assert Counter(r["layout"] for r in records) == {
        "chorus_pro_structure": 74,
        "docusign_envelope": 74,
        "matomo_live_visit": 73,
        "httpie_session": 73,
    }
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h451.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["split"] == "held_out_451" and r["unscored"] == []


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h451.phone(row), h451.fax(row), h451.email(row)
        labelled = [text[s:e] for s, e, _, _ in r["spans"]]
        assert set(labelled) <= {tel, fax, mail} - {""}, r["id"]
        want = COPIES[r["layout"]]
        # a court without a mailbox is reached by SMS in the DocuSign layout: its number twice
        sms = r["layout"] == "docusign_envelope" and not mail
        assert labelled.count(tel) == text.count(tel) == want[0] + sms, r["id"]
        if fax:
            assert labelled.count(fax) == text.count(fax) == want[1], r["id"]
        if mail:
            assert labelled.count(mail) == text.count(mail) == want[2], r["id"]
        # the second fax column is written nowhere
        other = (row["fields"]["NUMERO_FAX_FILS"] or "").strip()
        if other and other not in (tel, fax):
            assert other not in text, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h451.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:NUMERO_TELEPHONE_FILS": 292,
        "international:NUMERO_TELEPHONE_FILS": 3,
        "national:NUMERO_TELECOPIE_FILS": 133,
        "international:NUMERO_TELECOPIE_FILS": 1,
        "register": 289,
    }


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        row, text = _row(r), r["text"]
        spans = [(s, e) for s, e, _, _ in r["spans"]]
        ids = (h451.name(row), h451.siret(row), row["fields"]["COUT_FILS"])
        # a Matomo visit names the court's page, not its SIRET or DSJ code; Chorus Pro gives
        # the DSJ code only as the identifier of a court without a SIRET
        if r["layout"] == "matomo_live_visit":
            ids = ids[:1]
        elif r["layout"] == "chorus_pro_structure" and ids[1]:
            ids = ids[:2]
        for value in ids:
            if not value:
                continue
            at = text.find(value)
            assert at >= 0, (r["id"], value)
            assert not any(s < at + len(value) and at < e for s, e in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h451.phone(row), h451.email(row)
        if r["layout"] == "chorus_pro_structure":
            doc = json.loads(text)
            assert doc["codeRetour"] == 0 and doc["raisonSociale"] == h451.name(row)
            assert doc["informationsGenerales"]["telephone"] == tel
            assert doc["informationsGenerales"]["courriel"] == mail
        elif r["layout"] == "docusign_envelope":
            doc = json.loads(text)
            signer = doc["recipients"]["signers"][0]
            assert doc["status"] == "sent"
            if mail:
                assert signer["email"] == mail
            else:
                assert signer["phoneNumber"]["number"] == tel
            assert doc["emailBlurb"].endswith(f"joignable au {tel}.")
        elif r["layout"] == "matomo_live_visit":
            (visit,) = json.loads(text)
            events = [a for a in visit["actionDetails"] if a["type"] == "event"]
            assert events[0]["eventName"] == tel
            links = [a["url"] for a in visit["actionDetails"] if a["type"] == "outlink"]
            assert links == ([f"mailto:{mail}"] if mail else [])
        else:
            command, rest = text.split("\n", 1)
            assert command.startswith("$ http GET https://") and rest.startswith("HTTP/1.1 200")
            head, body = rest.split("\n\n", 1)
            length = int(re.search(r"Content-Length: (\d+)", head).group(1))
            assert length == len(body.encode())
            doc = json.loads(body)
            assert doc["telephone"] == tel and (doc["courriel"] or "") == mail


def test_the_extractor_rules_hold_on_the_kept_rows():
    rows = h451.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "33")
    seen = set()
    for r in rows:
        f = r["fields"]
        tel = digits_of(f[extractor.PHONE])
        assert len(tel) >= 7 and personal_phone(f[extractor.PHONE], "FR")
        assert tel not in earlier and "0" + tel not in earlier and tel not in seen
        assert not f["DATE_FERMETURE_FILS"].strip()
        seen.add(tel)
    assert rows[1]["fields"][extractor.PHONE] == "1 49 81 16 00"
    assert rows[1]["fields"]["MAIL_FILS"] == "tj-creteil@justice.fr"


def test_provenance():
    sources = h451.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "SocialGouv/emjpm"
    assert fr["commit"] == "9c3b7ac81f1ac3c74bd8cc4b7b9aaa4befb64b81"
    assert fr["paths"] == [extractor.PATH]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h451.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 294}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h451, "held_out_451", tmp_path)
