"""held_out_468 of the PII evaluation set (scripts/pii_held_out_468.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
fax field or mailbox, unchanged, each copy labelled, each number on its own; the centre's name,
postcode and record id are in the text and unlabelled), each document parses in its format, and
the records are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import es_madrid_espacios_deporte_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_468 as h468  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, fax field, mailbox);
# Invoiced also writes the phone field's first number alone once (``phone``), and the whole
# field (``other_phone``) only where it holds more than that number
COPIES = {
    "invoiced_customer": (1, 1, 1),
    "lago_customer": (1, 1, 1),
    "killbill_account": (1, 1, 1),
    "offorte_organisation": (1, 1, 1),
}
ALONE = {"invoiced_customer"}
LANGUAGES = {"en": 151, "es": 43, "ca": 2}
KINDS = {"national:TELEFONO": 228, "national:FAX": 34, "register": 95}
SLASHED, FAXES, MAILS = 21, 35, 95
# the Account properties of Kill Bill's client model, the body keys of Offorte's
# createContactOrganisation, the attributes of Invoiced's POST /customers and the fields of
# Lago's customer creation input that the layouts write
KILLBILL = {
    "name", "externalKey", "email", "currency", "billCycleDayLocal", "timeZone", "address1",
    "address2", "postalCode", "company", "city", "state", "country", "locale", "phone", "notes",
}  # fmt: skip
OFFORTE = {
    "name", "type", "street", "zipcode", "city", "state", "country", "phone", "fax", "email",
    "internet", "tags",
}  # fmt: skip
INVOICED = {
    "name", "number", "type", "email", "collection_mode", "payment_terms", "address1", "city",
    "state", "postal_code", "country", "phone", "other_phone", "notes",
}  # fmt: skip
LAGO = {
    "external_id", "name", "legal_name", "customer_type", "email", "phone", "address_line1",
    "city", "zipcode", "state", "country", "currency", "timezone", "url", "net_payment_term",
    "metadata",
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h468.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h468.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h468.data()["rows"]) == 196
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h468.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
    assert Counter(r["layout"] for r in records) == {
        "invoiced_customer": 49, "lago_customer": 49, "killbill_account": 49,
        "offorte_organisation": 49,
    }  # fmt: skip
    # Spanish values in formats whose keys are English: the language found varies
    assert Counter(r["language"] for r in records) == LANGUAGES


def _expected(row: dict, text: str) -> Counter:
    """The spans each copy of the row's fields should carry: every number of a phone or fax
    copy that a person could hold, every mailbox copy; a copy inside one taken before it (the
    first number inside the phone field) is that one's."""
    taken: list[tuple[int, int]] = []
    out: Counter = Counter()
    for column, value in (
        (h468.PHONE, h468.phone(row)),
        (h468.FAX, h468.fax(row)),
        (h468.PHONE, h468.first_number(row)),
    ):
        for m in re.finditer(re.escape(value), text) if value else ():
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            for a, b in numbers(value):
                kind = "international" if h468.international(value[a:b]) else "national"
                if personal_phone(value[a:b], "ES"):
                    out[(value[a:b], "PHONE_NUMBER", f"{kind}:{column}")] += 1
    mail = h468.email(row)
    if mail:
        out[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
    return out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field, the fax field (where it holds a number), the mailbox (where the field
    holds one well-formed address) and the phone field's first number are written as many
    times as the layout writes them and labelled wherever they stand, each number on its own;
    nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, first = (
            h468.phone(row),
            h468.fax(row),
            h468.email(row),
            h468.first_number(row),
        )
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        alone = r["layout"] in ALONE
        if first == tel:
            n_tel = (0 if r["layout"] == "invoiced_customer" else n_tel) + alone
        # a fax field the same as the phone field: its copies are the phone field's too
        both = n_fax * fax.count(tel) if fax else 0
        assert text.count(tel) == n_tel + both, r["id"]
        if first != tel:
            assert text.count(first) >= n_tel + alone, r["id"]
        if fax:
            assert text.count(fax) >= n_fax, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == _expected(row, text), r["id"]
        assert got, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h468.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == KINDS


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds Spanish numbers as the city writes them, no two fields
    alike, some of several numbers; faxes and mailboxes as counted (the fifteen that name a
    person are not kept; two with a dot before the ``@`` and an address in the fax column are
    not written); the free-text columns are not kept; the fields are strings as the file gives
    them."""
    rows = h468.data()["rows"]
    tels = [h468.phone(row) for row in rows]
    assert len({re.sub(r"\D", "", t) for t in tels}) == 196
    for tel in tels:
        assert [tel[a:b] for a, b in numbers(tel)], tel
        assert "\n" not in tel and "\r" not in tel
    assert sum("/" in t for t in tels) == SLASHED
    assert sum(bool(h468.fax(row)) for row in rows) == FAXES
    mails = [h468.email(row) for row in rows if h468.email(row)]
    assert len(mails) == MAILS
    assert not set(mails) & extractor.PERSONAL
    assert sum("EMAIL" not in row["fields"] for row in rows) == 15
    assert [h468._f(r, "EMAIL") for r in rows if h468._f(r, "EMAIL") and not h468.email(r)] == [
        "clubmajalasna.@gmail.com", "montanerossordosmadrid.@gmail.com",
    ]  # fmt: skip
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(k not in r["fields"] for r in rows for k in ("", *extractor.DROPPED))
    assert Counter(h468.kind(row) for row in rows).most_common(2) == [
        ("ClubesEscuelasDeportivas", 98), ("Gimnasios", 53),
    ]  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (inside a double-quoted shell word, a JSON string)."""
    if layout == "invoiced_customer":
        return h468._shell(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and postcode stand in every record's text, the city's record id in
    the layouts that carry it, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["NOMBRE", "CODIGO-POSTAL"]
        if r["layout"] != "offorte_organisation":
            columns.append("PK")
        for column in columns:
            value = h468._f(row, column)
            assert value, (r["id"], column)
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (a shell command by ``shlex``, an HTTP request with a
    JSON body, JSON by the standard library), the row's values where the format puts them and
    no key the format does not document."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h468.phone(row), h468.fax(row), h468.email(row), h468.name(row)
        first = h468.first_number(row)
        if r["layout"] == "invoiced_customer":
            words = shlex.split(text.replace("\\\n", " "))
            assert words[:4] == ["curl", "https://api.invoiced.com/customers", "-u", "{API_KEY}:"]
            assert words[4::2] == ["-d"] * (len(words[4:]) // 2) and len(words[4:]) % 2 == 0
            attrs = dict(w.split("=", 1) for w in words[5::2])
            assert set(attrs) <= INVOICED
            assert attrs["name"] == name and attrs["type"] == "company"
            assert attrs["phone"] == first and attrs.get("other_phone", first) in (first, tel)
            assert attrs.get("email", "") == mail and attrs["postal_code"] == h468.postcode(row)
            assert (f"fax {fax}" in attrs["notes"]) == bool(fax)
            assert re.fullmatch(r"CUST-\d{4}", attrs["number"])
        elif r["layout"] == "lago_customer":
            head, body = text.split("\r\n\r\n", 1)
            assert head.split("\r\n")[0] == "POST /api/v1/customers HTTP/1.1"
            assert "Content-Type: application/json" in head.split("\r\n")
            customer = json.loads(body)["customer"]
            assert set(customer) <= LAGO
            assert customer["name"] == name and customer["phone"] == tel
            assert customer.get("email", "") == mail and customer["zipcode"] == h468.postcode(row)
            assert customer["external_id"] == f"edm_{h468._f(row, 'PK')}"
            meta = {m["key"]: m["value"] for m in customer["metadata"]}
            keys = {"key", "value", "display_in_invoice"}
            assert all(set(m) == keys for m in customer["metadata"])
            assert meta.get("fax", "") == fax
        elif r["layout"] == "killbill_account":
            account = json.loads(text)
            assert set(account) <= KILLBILL
            assert account["name"] == account["company"] == name and account["phone"] == tel
            assert account.get("email", "") == mail and account["postalCode"] == h468.postcode(row)
            assert account["externalKey"] == f"EDM-{h468._f(row, 'PK')}"
            assert 1 <= account["billCycleDayLocal"] <= 28 and account["currency"] == "EUR"
            assert (f"Fax: {fax}." in account["notes"]) == bool(fax)
        else:
            body = json.loads(text)
            assert set(body) <= OFFORTE
            assert body["name"] == name and body["type"] == "organisation"
            assert body["phone"] == tel and body.get("fax", "") == fax
            assert body.get("email", "") == mail and body["zipcode"] == h468.postcode(row)


def test_the_extractor_keeps_its_rules():
    """The extractor's rules on the kept rows: a phone of seven digits or more, no number an
    earlier Spanish part holds, no two phone fields alike, no field over two lines, in the
    file's order."""
    assert extractor.runs("914 016 452 / 696 255 021") >= {"914016452", "696255021"}
    earlier = extractor.earlier_runs(extractor.EARLIER)
    assert "915886186" in earlier  # a medical centre of held_out_366's list
    rows = h468.data()["rows"]
    seen = set()
    for row in rows:
        fields = row["fields"]
        tel = extractor.digits_of(fields["TELEFONO"])
        assert len(tel) >= 7 and tel not in seen
        seen.add(tel)
        assert not (extractor.runs(fields["TELEFONO"]) | extractor.runs(fields["FAX"])) & earlier
    keys = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert keys == sorted(keys)
    # a phone field over two lines (``917 062 868`` above ``917 062 869``) is not kept
    assert not any("917 062 868" in row["fields"]["TELEFONO"] for row in rows)


def test_provenance():
    sources = h468.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "FacultadInformatica-LinkedData/Curso2015-2016"
    assert es["commit"] == "8784b0a2294d3b08393d8cbde354f81682bfc4c4"
    assert es["paths"] == ["HandsOn/Group22/csv/212808-0-espacio-deporte.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h468.data()["rows"]) == {"ES": 196}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h468, "held_out_468", tmp_path)
