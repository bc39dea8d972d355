"""held_out_156 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Brazil's cartórios authorised to issue apostilles, as the Conselho Nacional
de Justiça's Justiça Aberta directory gives them; Brazil's earlier parts took INEP's schools
and Fortaleza's primary-care posts) exactly as published, in layouts no earlier part has,
beside the register's own names, codes, addresses and dates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of BR (INEP's schools, Fortaleza's health posts), AR, CL, CO,
MX, PE, UY and many others; here:

* the values are the ``num_telefone_serventia``, ``num_telefone_serventia_2`` and
  ``NUM_FAX_SERVENTIA`` fields and the office e-mail addresses (``DSC_EMAIL_SERVENTIA``) of
  400 offices, a seeded sample of the 755 with a number (``scripts/data/pii_br_cnj_cartorios.json``,
  written by ``scripts/br_cnj_cartorios_data.py``; source and licence in that file): Brazilian
  numbers as the directory writes them, the area code and the line in one run with no ``+55``
  and no separator (``6933020602``; mobiles ``69992529559``; 13 faxes of eight digits with no
  area code, ``36221497``), each copy labelled; a second number or a fax that repeats one
  before it is left out of the text; the address where the row kept one (offices', ``contato@...``,
  ``cartorio@1ribh.com.br``), each copy labelled;
* the text around them is the same row's real fields: the office's name, CNS code
  (``09.602-4``), attributions, street, complement, district, postcode (``76804021``), city,
  state, CNPJ (``05910963000146``), installation date and the CNJ's decision, with invented
  access keys (44 digits), protocol numbers, item codes, NCM codes, amounts, document ids,
  entry ids, question ids, response ids, hashes and dates, unlabelled and scored;
* in layouts no earlier part has, fiscal, form, content and survey formats, text in Brazilian
  Portuguese: NF-e 4.00 authorised electronic invoices (``nfeProc``: a supplier's sale of
  office supplies to the cartório, the office as ``dest`` with ``CNPJ``, ``enderDest`` and its
  ``fone`` and ``email``, its other numbers and the main one again in ``infAdic/infCpl``, the
  SEFAZ's ``protNFe``), XFDF 3.0 form data (ISO 19444-1) of a state Corregedoria's PDF form
  updating the office's record (nested ``field``/``value``: ``contato.telefone1``,
  ``contato.telefone2``, ``contato.fax``, ``contato.email``), Contentful Content Management
  API entries of a guide site's ``cartorio`` content type (``sys`` links and versions, each
  field under its ``pt-BR`` locale, the number again in the description) and Google Forms API
  ``forms.responses.list`` results of a survey of the offices (answers by question id only,
  ``textAnswers`` of the number, the address and the attributions, no question titles).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_156.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_cnj_cartorios.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_156.jsonl.gz"
SPLIT = "held_out_156"

LAYOUTS = ("nfe_xml", "xfdf_form", "contentful_entry", "google_forms_response")
PHONE = "num_telefone_serventia"
PHONE_2 = "num_telefone_serventia_2"
FAX = "NUM_FAX_SERVENTIA"
EMAIL = "DSC_EMAIL_SERVENTIA"
COLUMNS = {"phone": PHONE, "phone_2": PHONE_2, "fax": FAX}
EDGES = {"phone": r"\d", "phone_2": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the main number (the others, and the address, once)
COPIES = {"nfe_xml": 2, "xfdf_form": 1, "contentful_entry": 2, "google_forms_response": 1}
BRT = dt.timezone(dt.timedelta(hours=-3))

# IBGE's codes of the states (the first two digits of an NF-e access key)
UF_CODES = {
    "RO": "11", "AC": "12", "AM": "13", "RR": "14", "PA": "15", "AP": "16", "TO": "17",
    "MA": "21", "PI": "22", "CE": "23", "RN": "24", "PB": "25", "PE": "26", "AL": "27",
    "SE": "28", "BA": "29", "MG": "31", "ES": "32", "RJ": "33", "SP": "35", "PR": "41",
    "SC": "42", "RS": "43", "MS": "50", "MT": "51", "GO": "52", "DF": "53",
}  # fmt: skip
# invented suppliers of the invoices (no real company is meant): name, street, district
SUPPLIERS = (
    ("Papelaria Registral Comércio de Suprimentos Ltda", "Rua Vergueiro", "Liberdade"),
    ("Gráfica Cartorial Paulista Ltda", "Rua do Manifesto", "Ipiranga"),
    ("Selos e Formulários de Segurança Ltda", "Avenida Presidente Wilson", "Mooca"),
    ("Distribuidora Notarial de Materiais de Escritório Ltda", "Rua Clélia", "Lapa"),
)  # fmt: skip
# invented items: description, NCM, unit, unit price range (BRL)
ITEMS = (
    ("Papel de segurança para certidões, pacote com 500 folhas", "48025610", "PCT", (180, 420)),
    ("Livro de registro encadernado, 300 folhas numeradas", "48201000", "UN", (95, 260)),
    ("Etiqueta autoadesiva para selo de fiscalização, milheiro", "48211000", "MIL", (60, 150)),
    ("Toner para impressora laser monocromática", "84439933", "UN", (140, 390)),
    ("Envelope ofício timbrado, caixa com 250", "48171000", "CX", (45, 120)),
    ("Pasta suspensa para arquivo, caixa com 50", "48203000", "CX", (38, 95)),
)  # fmt: skip
# the survey's questions in the order the form asks them (ids are invented per record)
QUESTIONS = (
    "cns", "denominacao", "municipio_uf", "endereco", "cep", "telefone", "telefone_2", "fax",
    "email", "atribuicoes", "data_instalacao", "apostila",
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's main phone field as published, stripped."""
    return _f(row, PHONE)


def phone_2(row: dict[str, Any]) -> str:
    """The row's second phone field, "" where it is empty or repeats the main one."""
    value = _f(row, PHONE_2)
    return "" if value == phone(row) else value


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where the data kept it and it repeats neither phone, else ""."""
    value = _f(row, FAX)
    return "" if value in (phone(row), _f(row, PHONE_2)) else value


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's numbers and address that the layouts write, longest first
    (a number found inside a longer one belongs to the longer one)."""
    found = [("phone", phone(row)), ("phone_2", phone_2(row)), ("fax", fax(row))]
    found = sorted((kv for kv in found if kv[1]), key=lambda kv: -len(kv[1]))
    return [*found, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def name(row: dict[str, Any]) -> str:
    return _f(row, "DSC_DENOMINACAO_SERVENTIA")


def city(row: dict[str, Any]) -> str:
    return _f(row, "cidade") or _f(row, "DS_CIDADE").title()


def uf(row: dict[str, Any]) -> str:
    return _f(row, "estado_sigla") or _f(row, "IND_UF")


def installed(row: dict[str, Any]) -> str:
    """The installation date as a Brazilian date (``07/06/1985``), "" where the row has none."""
    value = _f(row, "DAT_INSTALACAO")
    return f"{value[8:10]}/{value[5:7]}/{value[:4]}" if len(value) == 10 else ""


def attributions(row: dict[str, Any]) -> list[str]:
    """The office's attributions (``Notas``, ``Registro Civil das Pessoas Naturais``)."""
    return [a.strip() for a in _f(row, "atribuicoes").split("->") if a.strip()]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _utc_ms(moment: dt.datetime) -> str:
    """``moment`` in UTC to the millisecond (``2024-05-04T19:52:05.000Z``)."""
    moment = moment.astimezone(dt.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as JSON (a string, a list, a mapping), non-ASCII letters as they are."""
    return json.dumps(value, ensure_ascii=False)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of a head office (``/0001``) with its two check digits right."""
    body = [int(c) for c in _digits(rng, 8) + "0001"]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _key_digit(key: str) -> str:
    """The check digit of an NF-e access key's first 43 digits (modulo 11, weights 2 to 9 from
    the right; 0 where the remainder leaves 10 or 11)."""
    total = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(key)))
    digit = 11 - total % 11
    return "0" if digit >= 10 else str(digit)


def _b64(rng: random.Random, n: int) -> str:
    """``n`` invented bytes in base64 (a digest's or a signature's shape)."""
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def nfe_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An NF-e 4.00 authorised electronic invoice (``nfeProc``) of an invented São Paulo
    supplier's sale of office supplies to the cartório: ``ide`` (an invented access key with
    its check digit, number, series and time), ``emit`` (the invented supplier and CNPJ),
    ``dest`` (the office's CNPJ where it has one, its name, ``enderDest`` with the street,
    complement, district, an invented municipality code, city, state, postcode and ``fone``,
    and ``email`` where the row kept one), one to three invented items with ICMS, PIS and
    COFINS, the totals, the payment, ``infAdic/infCpl`` naming the office's other numbers and
    the main one again, an abridged ``Signature`` and the SEFAZ's ``protNFe``."""
    tel, when = phone(row), _when(rng)
    supplier, street, district = rng.choice(SUPPLIERS)
    emit_cnpj, state = _cnpj(rng), uf(row)
    number, serie, code = rng.randint(1000, 250000), rng.randint(1, 3), _digits(rng, 8)
    key = f"35{when:%y%m}{emit_cnpj}55{serie:03d}{number:09d}1{code}"
    key += _key_digit(key)
    same_state = state == "SP"
    cfop = "5102" if same_state else "6102"
    items, total = [], 0.0
    for i, (desc, ncm, unit, (lo, hi)) in enumerate(rng.sample(ITEMS, rng.randint(1, 3)), 1):
        qty, price = rng.randint(1, 12), rng.randint(lo * 100, hi * 100) / 100
        value = round(qty * price, 2)
        total += value
        items += [
            f'      <det nItem="{i}">',
            "        <prod>",
            f"          <cProd>{rng.randint(10000, 99999)}</cProd>",
            "          <cEAN>SEM GTIN</cEAN>",
            f"          <xProd>{_x(desc)}</xProd>",
            f"          <NCM>{ncm}</NCM>",
            f"          <CFOP>{cfop}</CFOP>",
            f"          <uCom>{unit}</uCom>",
            f"          <qCom>{qty}.0000</qCom>",
            f"          <vUnCom>{price:.10f}</vUnCom>",
            f"          <vProd>{value:.2f}</vProd>",
            "          <cEANTrib>SEM GTIN</cEANTrib>",
            f"          <uTrib>{unit}</uTrib>",
            f"          <qTrib>{qty}.0000</qTrib>",
            f"          <vUnTrib>{price:.10f}</vUnTrib>",
            "          <indTot>1</indTot>",
            "        </prod>",
            "        <imposto>",
            "          <ICMS><ICMS00><orig>0</orig><CST>00</CST><modBC>3</modBC>"
            f"<vBC>{value:.2f}</vBC><pICMS>18.00</pICMS><vICMS>{value * 0.18:.2f}</vICMS>"
            "</ICMS00></ICMS>",
            "          <PIS><PISNT><CST>07</CST></PISNT></PIS>",
            "          <COFINS><COFINSNT><CST>07</CST></COFINSNT></COFINS>",
            "        </imposto>",
            "      </det>",
        ]
    icms = round(sum(float(line.split("<vICMS>")[1].split("<")[0])
                     for line in items if "<vICMS>" in line), 2)  # fmt: skip
    dest_id = (
        f"<CNPJ>{_f(row, 'NUM_CNPJ_SERVENTIA')}</CNPJ>" if _f(row, "NUM_CNPJ_SERVENTIA") else ""
    )
    address = [
        f"          <xLgr>{_x(_f(row, 'DSC_END_SERVENTIA'))}</xLgr>",
        "          <nro>S/N</nro>",
    ]
    if _f(row, "DSC_COMPLEMENTO"):
        address.append(f"          <xCpl>{_x(_f(row, 'DSC_COMPLEMENTO'))}</xCpl>")
    address += [
        f"          <xBairro>{_x(_f(row, 'DSC_BAIRRO_SERVENTIA') or 'Centro')}</xBairro>",
        f"          <cMun>{UF_CODES.get(state, '53')}{_digits(rng, 5)}</cMun>",
        f"          <xMun>{_x(city(row))}</xMun>",
        f"          <UF>{state}</UF>",
    ]
    if _f(row, "DSC_CEP_SERVENTIA"):
        address.append(f"          <CEP>{_f(row, 'DSC_CEP_SERVENTIA')}</CEP>")
    address += [
        "          <cPais>1058</cPais>",
        "          <xPais>BRASIL</xPais>",
        f"          <fone>{tel}</fone>",
    ]
    notes = [f"Pedido {rng.randint(1000, 9999)}/{when:%Y}. Entrega no endereço do destinatário"]
    notes.append(f"contato para entrega {tel}")
    if phone_2(row):
        notes.append(f"outro telefone {phone_2(row)}")
    if fax(row):
        notes.append(f"fax {fax(row)}")
    protocol = f"1{UF_CODES['SP']}{when:%y}{_digits(rng, 10)}"
    digest = _b64(rng, 20)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">',
        '  <NFe xmlns="http://www.portalfiscal.inf.br/nfe">',
        f'    <infNFe Id="NFe{key}" versao="4.00">',
        "      <ide>",
        "        <cUF>35</cUF>",
        f"        <cNF>{code}</cNF>",
        "        <natOp>Venda de mercadoria</natOp>",
        "        <mod>55</mod>",
        f"        <serie>{serie}</serie>",
        f"        <nNF>{number}</nNF>",
        f"        <dhEmi>{when.isoformat()}</dhEmi>",
        f"        <dhSaiEnt>{(when + dt.timedelta(hours=2)).isoformat()}</dhSaiEnt>",
        "        <tpNF>1</tpNF>",
        f"        <idDest>{1 if same_state else 2}</idDest>",
        "        <cMunFG>3550308</cMunFG>",
        "        <tpImp>1</tpImp>",
        "        <tpEmis>1</tpEmis>",
        f"        <cDV>{key[-1]}</cDV>",
        "        <tpAmb>1</tpAmb>",
        "        <finNFe>1</finNFe>",
        "        <indFinal>1</indFinal>",
        "        <indPres>2</indPres>",
        "        <procEmi>0</procEmi>",
        "        <verProc>ERP 4.2.1</verProc>",
        "      </ide>",
        "      <emit>",
        f"        <CNPJ>{emit_cnpj}</CNPJ>",
        f"        <xNome>{_x(supplier)}</xNome>",
        "        <enderEmit>",
        f"          <xLgr>{street}</xLgr>",
        f"          <nro>{rng.randint(10, 2999)}</nro>",
        f"          <xBairro>{district}</xBairro>",
        "          <cMun>3550308</cMun>",
        "          <xMun>São Paulo</xMun>",
        "          <UF>SP</UF>",
        f"          <CEP>0{rng.randint(1000, 5999)}{rng.randint(0, 999):03d}</CEP>",
        "          <cPais>1058</cPais>",
        "          <xPais>BRASIL</xPais>",
        "        </enderEmit>",
        f"        <IE>{_digits(rng, 12)}</IE>",
        "        <CRT>3</CRT>",
        "      </emit>",
        "      <dest>",
        *([f"        {dest_id}"] if dest_id else []),
        f"        <xNome>{_x(name(row))}</xNome>",
        "        <enderDest>",
        *address,
        "        </enderDest>",
        "        <indIEDest>9</indIEDest>",
        *([f"        <email>{_x(email(row))}</email>"] if email(row) else []),
        "      </dest>",
        *items,
        "      <total>",
        "        <ICMSTot>",
        f"          <vBC>{total:.2f}</vBC>",
        f"          <vICMS>{icms:.2f}</vICMS>",
        "          <vICMSDeson>0.00</vICMSDeson>",
        "          <vFCP>0.00</vFCP>",
        "          <vBCST>0.00</vBCST>",
        "          <vST>0.00</vST>",
        "          <vFCPST>0.00</vFCPST>",
        "          <vFCPSTRet>0.00</vFCPSTRet>",
        f"          <vProd>{total:.2f}</vProd>",
        "          <vFrete>0.00</vFrete>",
        "          <vSeg>0.00</vSeg>",
        "          <vDesc>0.00</vDesc>",
        "          <vII>0.00</vII>",
        "          <vIPI>0.00</vIPI>",
        "          <vIPIDevol>0.00</vIPIDevol>",
        "          <vPIS>0.00</vPIS>",
        "          <vCOFINS>0.00</vCOFINS>",
        "          <vOutro>0.00</vOutro>",
        f"          <vNF>{total:.2f}</vNF>",
        "        </ICMSTot>",
        "      </total>",
        "      <transp>",
        "        <modFrete>0</modFrete>",
        "      </transp>",
        "      <pag>",
        "        <detPag>",
        "          <tPag>15</tPag>",
        f"          <vPag>{total:.2f}</vPag>",
        "        </detPag>",
        "      </pag>",
        "      <infAdic>",
        f"        <infCpl>{_x('; '.join(notes))}.</infCpl>",
        "      </infAdic>",
        "    </infNFe>",
        '    <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">',
        "      <SignedInfo>",
        '        <CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/'
        'REC-xml-c14n-20010315"/>',
        '        <SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>',
        f'        <Reference URI="#NFe{key}">',
        '          <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>',
        f"          <DigestValue>{digest}</DigestValue>",
        "        </Reference>",
        "      </SignedInfo>",
        f"      <SignatureValue>{_b64(rng, 96)}</SignatureValue>",
        "    </Signature>",
        "  </NFe>",
        '  <protNFe versao="4.00">',
        "    <infProt>",
        "      <tpAmb>1</tpAmb>",
        "      <verAplic>SP_NFE_PL009_V4</verAplic>",
        f"      <chNFe>{key}</chNFe>",
        f"      <dhRecbto>{(when + dt.timedelta(seconds=rng.randint(2, 90))).isoformat()}"
        "</dhRecbto>",
        f"      <nProt>{protocol}</nProt>",
        f"      <digVal>{digest}</digVal>",
        "      <cStat>100</cStat>",
        "      <xMotivo>Autorizado o uso da NF-e</xMotivo>",
        "    </infProt>",
        "  </protNFe>",
        "</nfeProc>",
        "",
    ]
    return "\n".join(lines)


def _xfdf_field(key: str, value: str, indent: str) -> str:
    return f"{indent}<field name={quoteattr(key)}><value>{_x(value)}</value></field>"


def xfdf_form(row: dict[str, Any], rng: random.Random) -> str:
    """XFDF 3.0 form data (ISO 19444-1) of a state Corregedoria's PDF form updating the office's
    record: the form's ``f href``, invented ``ids``, and nested fields ``serventia`` (CNS, name,
    attributions, CNPJ, installation date, the CNJ's decision), ``endereco`` (street,
    complement, district, postcode, city, state), ``contato`` (``telefone1``, ``telefone2``,
    ``fax``, ``email``, each where the row has it) and the place and date of signing."""
    when = _when(rng)
    state = uf(row)
    office = [
        ("cns", _f(row, "CNS")),
        ("denominacao", name(row)),
        ("atribuicoes", "; ".join(attributions(row))),
        ("cnpj", _f(row, "NUM_CNPJ_SERVENTIA")),
        ("data_instalacao", installed(row)),
        ("situacao", _f(row, "decisao_atual")),
    ]
    where = [
        ("logradouro", _f(row, "DSC_END_SERVENTIA")),
        ("complemento", _f(row, "DSC_COMPLEMENTO")),
        ("bairro", _f(row, "DSC_BAIRRO_SERVENTIA")),
        ("cep", _f(row, "DSC_CEP_SERVENTIA")),
        ("municipio", city(row)),
        ("uf", state),
    ]
    contact = [
        ("telefone1", phone(row)),
        ("telefone2", phone_2(row)),
        ("fax", fax(row)),
        ("email", email(row)),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">',
        f'  <f href="ficha_atualizacao_cadastral_serventias_{state.lower()}.pdf"/>',
        f'  <ids original="{rng.getrandbits(128):032X}" modified="{rng.getrandbits(128):032X}"/>',
        "  <fields>",
    ]
    for group, pairs in (("serventia", office), ("endereco", where), ("contato", contact)):
        lines.append(f'    <field name="{group}">')
        lines += [_xfdf_field(k, v, "      ") for k, v in pairs if v]
        lines.append("    </field>")
    lines += [
        _xfdf_field("local_data", f"{city(row)}, {when:%d/%m/%Y}", "    "),
        _xfdf_field(
            "declaracao",
            "Declaro que os dados acima conferem com o cadastro da serventia no sistema "
            "Justiça Aberta do Conselho Nacional de Justiça.",
            "    ",
        ),
        _xfdf_field("aceite", "Sim", "    "),
        "  </fields>",
        "</xfdf>",
        "",
    ]
    return "\n".join(lines)


def contentful_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A Contentful Content Management API entry of a guide site's ``cartorio`` content type:
    ``metadata`` tags, ``sys`` (an invented space, environment and entry id, times and
    versions, the content type link) and ``fields``, each under its ``pt-BR`` locale: name,
    CNS, attributions, street, district, postcode, city, state, the numbers and the address
    where the row has them, and a description naming the city and the main number again."""
    when = _when(rng)
    first = when - dt.timedelta(days=rng.randint(20, 400))
    version = rng.randint(2, 30)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    entry_id = "".join(rng.choice(alphabet) for _ in range(22))

    def link(kind: str, ident: str) -> dict[str, Any]:
        return {"sys": {"type": "Link", "linkType": kind, "id": ident}}

    description = f"{name(row)}, em {city(row)}/{uf(row)}."
    if attributions(row):
        description += f" Atribuições: {', '.join(attributions(row))}."
    description += f" Atendimento ao público pelo telefone {phone(row)}."
    fields = {
        "nome": name(row),
        "cns": _f(row, "CNS"),
        "atribuicoes": attributions(row),
        "logradouro": _f(row, "DSC_END_SERVENTIA"),
        "complemento": _f(row, "DSC_COMPLEMENTO"),
        "bairro": _f(row, "DSC_BAIRRO_SERVENTIA"),
        "cep": _f(row, "DSC_CEP_SERVENTIA"),
        "cidade": city(row),
        "uf": uf(row),
        "telefone": phone(row),
        "telefoneSecundario": phone_2(row),
        "fax": fax(row),
        "email": email(row),
        "autorizadoApostila": True,
        "descricao": description,
    }
    doc = {
        "metadata": {"tags": [], "concepts": []},
        "sys": {
            "space": link("Space", "".join(rng.choice(alphabet[:36].lower()) for _ in range(12))),
            "id": entry_id,
            "type": "Entry",
            "createdAt": _utc_ms(first),
            "updatedAt": _utc_ms(when),
            "environment": link("Environment", "master"),
            "publishedVersion": version - 1,
            "publishedAt": _utc_ms(when),
            "firstPublishedAt": _utc_ms(first),
            "publishedCounter": rng.randint(1, version),
            "version": version,
            "automationTags": [],
            "contentType": link("ContentType", "cartorio"),
        },
        "fields": {k: {"pt-BR": v} for k, v in fields.items() if v not in ("", [])},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def google_forms_response(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Forms API ``forms.responses.list`` result of one response to a survey of the
    offices: an invented response id and times, and ``answers`` keyed by invented question ids
    (the API gives no question titles), each ``textAnswers`` of the office's CNS, name, city
    and state, street, postcode, numbers, address, attributions (one answer each, a checkbox
    question), installation date (a date question's ``YYYY-MM-DD``) and a yes/no choice."""
    when = _when(rng)
    ids = {q: f"{rng.getrandbits(32):08x}" for q in QUESTIONS}
    date = _f(row, "DAT_INSTALACAO")
    given = {
        "cns": [_f(row, "CNS")],
        "denominacao": [name(row)],
        "municipio_uf": [f"{city(row)} - {uf(row)}"],
        "endereco": [_f(row, "DSC_END_SERVENTIA")],
        "cep": [_f(row, "DSC_CEP_SERVENTIA")],
        "telefone": [phone(row)],
        "telefone_2": [phone_2(row)],
        "fax": [fax(row)],
        "email": [email(row)],
        "atribuicoes": attributions(row),
        "data_instalacao": [date if len(date) == 10 else ""],
        "apostila": ["Sim, emite apostilas"],
    }
    answers = {}
    for q in QUESTIONS:
        values = [v for v in given[q] if v]
        if values:
            answers[ids[q]] = {
                "questionId": ids[q],
                "textAnswers": {"answers": [{"value": v} for v in values]},
            }
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"
    created = when.astimezone(dt.UTC)
    submitted = created + dt.timedelta(seconds=rng.randint(40, 900))
    doc = {
        "responses": [
            {
                "responseId": "ACYDBN" + "".join(rng.choice(alphabet) for _ in range(50)),
                "createTime": created.strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{rng.randint(0, 999):03d}Z",
                "lastSubmittedTime": submitted.strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{rng.randint(0, 999999):06d}Z",
                "answers": answers,
            }
        ]
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nfe_xml": nfe_xml,
    "xfdf_form": xfdf_form,
    "contentful_entry": contentful_entry,
    "google_forms_response": google_forms_response,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and of its
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
