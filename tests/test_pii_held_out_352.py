"""held_out_352 of the PII evaluation set (scripts/pii_held_out_352.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the unit's name, postcode and municipality are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

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

import pii_held_out_352 as h352  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("unidade", "endereco_cep", "endereco_municipio")
TNS = "{http://www.cnj.jus.br/tipos-servico-intercomunicacao-2.2.2}"
INS = "{http://www.cnj.jus.br/intercomunicacao-2.2.2}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
# copies of each value a record of each layout writes: (telefone, fax, e-mail)
COPIES = {
    "mni_teor_soap": (2, 2, 2),
    "djen_comunicacao": (2, 1, 1),
    "pncp_contratacao": (1, 0, 1),
    "carta_servicos": (2, 1, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h352.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h352.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h352.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h352.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "pt"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h352.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, the fax (where it is a line of its own), the mailbox (where the unit has
    one) and a mailbox the street names are labelled wherever they stand, each whole, the
    numbers under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h352.phone(row), h352.fax(row), h352.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telefone"): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            if n_fax:
                expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        noted = 0
        for other in h352.street_emails(row):
            assert text.count(other) >= 1, r["id"]
            expected[(other, "EMAIL_ADDRESS", "register")] = text.count(other)
            noted += text.count(other)
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0) + noted, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h352.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefone": 525, "national:fax": 41, "register": 214}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``(AA) NNNN-NNNN``, a number a person could hold, no two alike;
    the faxes are in the same shape or ``Não Informado`` (four placeholders of zeros and 13
    copies of the telephone are not written as faxes); the mailboxes are on ``tjsp.jus.br``;
    the fields are strings as the table gives them."""
    rows = h352.data()["rows"]
    tels = [h352.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(\d\d\) \d{4}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "BR") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    faxes = [row["fields"]["fax"] for row in rows]
    assert Counter(f == h352.EMPTY for f in faxes) == {True: 242, False: 58}
    assert all(re.fullmatch(r"\(\d\d\) \d{4,5}-\d{4}", f) for f in faxes if f != h352.EMPTY)
    assert sum(bool(h352.fax(row)) for row in rows) == 41
    assert sum(f.endswith("0000-0000") for f in faxes) == 4
    mails = [h352.email(row) for row in rows if h352.email(row)]
    assert len(mails) == 140 and all(m.endswith("@tjsp.jus.br") for m in mails)
    assert all(row["fields"]["email"] in (h352.EMPTY, h352.email(row)) for row in rows), (
        "every e-mail field is one address or none"
    )
    assert not any("desativ" in row["fields"]["unidade"].lower() for row in rows)
    assert [m for row in rows for m in h352.street_emails(row)] == [
        "indaiatubajec@tjsp.jus.br", "indaiatuba1cr@tjsp.jus.br",
    ]  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "mni_teor_soap":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, postcode and municipality stand in every record's text, outside the
    labels (a municipality may also begin a labelled mailbox, ``Itupevaadm@tjsp.jus.br``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h352._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _check_digits_right(case: str) -> bool:
    """Whether a CNJ unified case number's check digits are right (ISO 7064 mod 97-10)."""
    m = re.fullmatch(r"(\d{7})-(\d\d)\.(\d{4})\.(\d)\.(\d\d)\.(\d{4})", case)
    seq, dd, year, j, tr, origin = m.groups()
    return int(f"{seq}{year}{j}{tr}{origin}{dd}") % 97 == 1


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented case numbers' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = (
            h352.phone(row),
            h352.fax(row),
            h352.email(row),
            row["fields"]["unidade"],
        )
        if r["layout"] == "mni_teor_soap":
            root = ET.fromstring(text.encode("utf-8"))
            answer = root.find(f"{SOAP}Body/{TNS}consultarTeorComunicacaoResposta")
            assert answer.findtext(f"{TNS}sucesso") == "true"
            com = answer.find(f"{TNS}comunicacao")
            assert re.fullmatch(r"\d{20}", com.get("processo"))
            params = {p.get("nome"): p.get("valor") for p in com.findall(f"{INS}parametro")}
            assert params["telefoneUnidade"] == tel
            assert params.get("faxUnidade", "") == fax
            assert params.get("emailUnidade", "") == mail
            assert params["orgaoJulgador"].endswith(f" - {name}")
            teor = com.findtext(f"{INS}teor")
            case = re.search(r"Processo nº (\S+)", teor).group(1)
            assert _check_digits_right(case) and re.sub(r"\D", "", case) == com.get("processo")
            assert teor.endswith(mail or fax or tel)
        elif r["layout"] == "djen_comunicacao":
            doc = json.loads(text)
            assert doc["status"] == "success" and doc["count"] == len(doc["items"]) == 1
            item = doc["items"][0]
            assert item["siglaTribunal"] == "TJSP" and not item["destinatarioadvogados"]
            case = item["numeroprocessocommascara"]
            assert _check_digits_right(case)
            assert re.sub(r"\D", "", case) == item["numero_processo"]
            assert f"Fone: {tel}" in item["texto"]
            assert item["texto"].endswith(f"pelo telefone {tel}.")
            assert (f"E-mail: {mail} " in item["texto"]) == bool(mail)
            assert item["nomeOrgao"].endswith(f" - {name}")
        elif r["layout"] == "pncp_contratacao":
            doc = json.loads(text)
            item = doc["data"][0]
            assert doc["totalRegistros"] == len(doc["data"]) == 1
            assert item["orgaoEntidade"]["poderId"] == "J"
            assert item["numeroControlePNCP"].startswith(item["orgaoEntidade"]["cnpj"] + "-1-")
            assert item["unidadeOrgao"]["nomeUnidade"] == name
            assert f"pelo telefone {tel}" in item["informacaoComplementar"]
        else:
            doc = json.loads(text)
            canais = doc["etapas"][0]["canaisDePrestacao"]["canaisDePrestacao"]
            by_kind = {c["tipo"]: c["descricao"] for c in canais}
            assert by_kind["telefone"] == tel and by_kind.get("e-mail", "") == mail
            assert by_kind["presencial"].startswith(f"{name}: ")
            assert doc["contato"].startswith(f"Fale com a unidade: telefone {tel}")


def test_provenance():
    sources = h352.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "open-geodata/sp_tjsp_divadmin"
    assert br["commit"] == "e15e0032dab9ad88ca4fe7f4072ed23ab8a9394e"
    assert br["paths"] == ["sp_tjsp_divadmin/data/output/tab/Unidades.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h352.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h352, "held_out_352", tmp_path)
