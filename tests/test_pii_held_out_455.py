"""held_out_455 of the PII evaluation set (scripts/pii_held_out_455.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
office mailbox, unchanged, each copy labelled; the institution's name, e-MEC code and CNPJ are in
the text and unlabelled; each document parses in its format) and are rebuilt byte for byte from
the committed data; the extractor's rules hold on the data. No recognizer runs here: the part is
scored from its committed file."""

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

import br_emec_ies_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_455 as h455  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the institution's identifiers, in every layout (the CNPJ where the layout writes it)
IDENTIFIERS = ("Instituição(IES)",)
# copies of each value a record of each layout writes: (telephone, mailbox)
COPIES = {
    "emec_export": (1, 1),
    "rdap_domain": (1, 1),
    "oidf_entity": (1, 2),
    "vivo_turtle": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h455.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h455.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h455.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h455.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pt", "en")
    assert Counter(r["layout"] for r in records) == {
        "emec_export": 80,
        "rdap_domain": 70,
        "oidf_entity": 70,
        "vivo_turtle": 80,
    }
    # a row takes a stand-in layout only where it has no domain
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        if r["layout"] != h455.LAYOUTS[n % 4]:
            assert not h455.domain(_row(r)), r["id"]


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox (where the extract keeps one) are labelled wherever they
    stand, each whole, the number under its column; nothing else is labelled and no distractor
    is; no other address stands in the text."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h455.phone(row), h455.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Telefone"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        addresses = re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", text)
        assert len(addresses) == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h455.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefone": 300, "register": 138}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The institution's name stands in every record's text outside the labels; its e-MEC code
    in the export and the VIVO overview, its maintainer's CNPJ in all but the federation
    entity."""
    for r in records:
        row, text = _row(r), r["text"]
        wanted = [row["fields"]["Instituição(IES)"]]
        if r["layout"] in ("emec_export", "vivo_turtle"):
            wanted.append(row["fields"]["Código IES"])
        if r["layout"] != "oidf_entity":
            wanted.append(row["fields"]["CNPJ"])
        for value in wanted:
            if r["layout"] == "vivo_turtle":
                value = h455._ttl(value)
            elif r["layout"] != "emec_export":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _turtle_literal(text: str, predicate: str) -> str:
    """The string literal a Turtle document gives ``predicate`` (one per document)."""
    (value,) = re.findall(rf'{re.escape(predicate)} "((?:[^"\\]|\\.)*)"', text)
    return value.replace('\\"', '"').replace("\\\\", "\\")


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV and JSON by the standard library; Turtle's
    prefixes declared, its statements closed, its literals where the ontology puts them), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h455.phone(row), h455.email(row), row["fields"]["Instituição(IES)"]
        if r["layout"] == "emec_export":
            header, line = list(csv.reader(io.StringIO(text)))
            assert tuple(header) == h455.HEADER and len(line) == 32
            got = dict(zip(header[:28], line[:28], strict=True))
            assert got["Telefone"].strip().rstrip(".").strip() == tel
            assert got["e-Mail"] == mail and got["Instituição(IES)"] == name
            assert got["Reitor/Dirigente Principal"] == got["Representante Legal"] == ""
            assert not any(line[28:])
            for key, value in row["fields"].items():
                assert got[key] == value, (r["id"], key)
        elif r["layout"] == "rdap_domain":
            doc = json.loads(text)
            assert doc["objectClassName"] == "domain" and doc["rdapConformance"] == ["rdap_level_0"]
            assert doc["ldhName"] == h455.domain(row) and doc["port43"] == "whois.registro.br"
            (entity,) = doc["entities"]
            assert entity["roles"] == ["registrant"]
            assert entity["publicIds"] == [{"type": "cnpj", "identifier": row["fields"]["CNPJ"]}]
            kind, card = entity["vcardArray"]
            assert kind == "vcard"
            props = {p[0]: p for p in card}
            assert props["fn"][3] == name and props["kind"][3] == "org"
            assert props["tel"][2:] == ["text", tel]
            assert (props["email"][3] if "email" in props else "") == mail
        elif r["layout"] == "oidf_entity":
            doc = json.loads(text)
            assert doc["iss"] == doc["sub"] == f"https://{h455.host(row)}"
            assert doc["exp"] > doc["iat"] and doc["authority_hints"] == [h455.TRUST_ANCHOR]
            fed = doc["metadata"]["federation_entity"]
            assert fed["organization_name"] == name
            assert fed["contacts"] == [tel, *([mail] if mail else [])]
            rp = doc["metadata"]["openid_relying_party"]
            assert rp.get("contacts", []) == ([mail] if mail else [])
            assert all(u.startswith(doc["sub"]) for u in rp["redirect_uris"])
        else:
            prefixes = set(re.findall(r"^@prefix (\w+): <[^>]+> \.$", text, re.M))
            used = set(re.findall(r"\b(\w+):[A-Za-z_]", re.sub(r"<[^>]*>|\"[^\"]*\"", "", text)))
            assert used <= prefixes, (r["id"], used - prefixes)
            for block in text.split("\n\n")[1:]:
                assert block.rstrip().endswith(" ."), r["id"]
            assert _turtle_literal(text, "vcard:telephone") == tel
            assert _turtle_literal(text, "rdfs:label") == name
            assert ("vcard:email" in text) == bool(mail)
            if mail:
                assert _turtle_literal(text, "vcard:email") == mail
            assert "obo:ARG_2000028" in text and "a vcard:Kind" in text


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number of eight to thirteen digits a person could hold, no
    two alike and none an earlier Brazilian part holds; each kept mailbox is an office's; no
    column that names people and no unnamed column is kept; the fields are strings as the
    export gives them."""
    rows = h455.data()["rows"]
    tels = [h455.phone(row) for row in rows]
    assert all(extractor.one_number(row["fields"]["Telefone"]) for row in rows)
    assert all(personal_phone(tel, "BR") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "55")
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier
    mails = [row["fields"]["e-Mail"] for row in rows if "e-Mail" in row["fields"]]
    assert len(mails) == 109
    for row in rows:
        fields = row["fields"]
        assert "e-Mail" not in fields or extractor.office_mailbox(fields["e-Mail"], fields["Sigla"])
        assert not set(fields) & set(extractor.PEOPLE) and "" not in fields
        assert "@" not in fields.get("Sitio", "")
        assert fields["UF"] in extractor.STATES
        assert fields["Organização Acadêmica"] in extractor.ORGANISATIONS
        assert all(isinstance(v, str) for v in fields.values())


def test_the_extractor_rules_on_a_few_rows():
    """One number or none; an office's mailbox or a person's; a row in place or shifted."""
    assert extractor.one_number("(21) 2104-0460") and extractor.one_number("2433884500")
    assert extractor.one_number("+55 (45) 3522-9695") and extractor.one_number("(12) 99620.3344")
    assert not extractor.one_number("(87)3821-0644 / (87)9927-4392")
    assert not extractor.one_number("(86)98884-9776;(86)") and not extractor.one_number("(86)")
    assert extractor.office_mailbox("secretaria.geral@fundasul.br", "FUNDASUL")
    assert extractor.office_mailbox("cesut@cesut.edu.br", "CESUT")
    assert extractor.office_mailbox("unifan@unifan.edu.br", "")
    assert not extractor.office_mailbox("lima.neto@asesi.edu.br", "-")
    assert not extractor.office_mailbox("clodis@ajes.edu.br;gtomasini@ajes.edu.br", "AJES")
    header = list(h455.HEADER)
    good = [""] * 32
    good[header.index("UF")], good[header.index("Organização Acadêmica")] = "RJ", "Faculdade"
    assert extractor.in_place(header, good)
    shifted = good[:28] + ["Ativa", "", "", ""]
    assert not extractor.in_place(header, shifted)
    moved = good[:]
    moved[header.index("UF")] = "Belford Roxo"
    assert not extractor.in_place(header, moved)


def test_provenance():
    sources = h455.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "marceladumas/university-list"
    assert br["commit"] == "00593cc597df681965a6e06f00c00aea4332c3c4"
    assert br["paths"] == ["lista_universidades_2021.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h455.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 300}
    assert all(r["path"].startswith("lista_universidades_2021.csv#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h455, "held_out_455", tmp_path)
