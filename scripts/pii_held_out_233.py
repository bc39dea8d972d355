"""held_out_233 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Agência Nacional de Saúde Suplementar's list of active health-plan
operators, Brazil; Brazil's earlier parts took INEP's schools, Fortaleza's health posts, the
CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts and Bahia's hospitals) exactly
as published, in layouts no earlier part has, beside the list's own names, addresses, CNPJs
and registration numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telefone``, ``Fax`` and ``Endereço eletrônico`` fields of 360 operators
  (``scripts/data/pii_br_ans_operadoras.json``, written by ``scripts/br_ans_operadoras_data.py``;
  source and licence in that file): Brazilian lines as the ANS writes them, the area code
  apart in ``DDD`` (``61``) and the line of eight digits, or nine for a mobile, in one run
  (``39668300``, ``982537447``); the fax in the same shape where it is one line of seven to
  nine digits (a fax that repeats the line is that line's copy, labelled under ``Telefone``);
  the e-mail address where the data kept it (a desk's mailbox, ``contato@abbess.com.br``);
  every copy labelled, the area code never (each layout writes it in a field of its own, as
  the register does);
* the text around them is the same row's real fields: the legal and trade names, modality,
  street, number, complement, district, city, state, postcode (``70730630``), CNPJ
  (``11828089000103``), ANS registration number (``418374``) and registration date, with
  invented ERP keys, customer codes, CNAE and municipality codes, bank CNPJs, UUIDs and dates,
  unlabelled and scored;
* in layouts no earlier part has, Brazilian business-data formats, text in Portuguese: rows of
  the Receita Federal's open CNPJ data, the ``Estabelecimentos`` file (30 quoted fields
  separated by semicolons, ``DDD 1``/``TELEFONE 1``, ``DDD DO FAX``/``FAX``, ``CORREIO
  ELETRÔNICO``), Omie ERP API calls ``IncluirCliente`` (JSON: ``telefone1_ddd`` and
  ``telefone1_numero``, ``fax_ddd`` and ``fax_numero``, an ``observacao`` repeating the line),
  Open Finance Brasil Customers API ``GET /customers/v2/business/identifications`` responses
  (the operator as a bank's business customer: ``contacts.phones`` with ``areaCode`` and
  ``number``, the fax as a phone of type ``OUTRO``, ``contacts.emails``) and TOTVS Protheus
  ADVPL sources that add the operator as a customer by ``MSExecAuto`` of ``MATA030``
  (``A1_DDD``, ``A1_TEL``, ``A1_FAX``, ``A1_EMAIL``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_233.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_ans_operadoras.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_233.jsonl.gz"
SPLIT = "held_out_233"

LAYOUTS = ("receita_estabelecimento", "omie_cliente", "open_finance_business", "protheus_mata030")
PHONE, FAX, EMAIL = "Telefone", "Fax", "Endereço eletrônico"
COLUMNS = {"phone": PHONE, "fax": FAX}
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the line (the fax and the address once each)
COPIES = {
    "receita_estabelecimento": 1, "omie_cliente": 2, "open_finance_business": 1,
    "protheus_mata030": 1,
}  # fmt: skip
BRT = dt.timezone(dt.timedelta(hours=-3))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented banks whose customer API answers (no real institution is meant)
BANKS = ("Banco Aurora", "Banco Cerrado Digital", "Banco Litoral")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's line as published (eight or nine digits)."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax where it is one line of seven to nine digits, else ""."""
    value = _f(row, FAX)
    return value if re.fullmatch(r"\d{7,9}", value) else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def ddd(row: dict[str, Any]) -> str:
    return _f(row, "DDD")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's numbers and address, longest first (a number found inside
    a longer one, or a fax that repeats the line, belongs to the one taken first)."""
    found = [("phone", phone(row)), ("fax", fax(row))]
    found = sorted((kv for kv in found if kv[1]), key=lambda kv: -len(kv[1]))
    return [*found, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def _registered(row: dict[str, Any]) -> dt.date:
    """The date of the ANS registration (``dd/mm/yyyy``)."""
    return dt.datetime.strptime(_f(row, "Data Registro ANS"), "%d/%m/%Y").date()


def _founded(row: dict[str, Any], rng: random.Random) -> dt.date:
    """An invented date of the company's opening, before its ANS registration."""
    return _registered(row) - dt.timedelta(days=rng.randint(60, 3000))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ (fourteen digits, head office ``0001``, check digits right)."""
    digits = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, digits))


def _cnpj_mask(value: str) -> str:
    """A CNPJ as forms write it (``11.828.089/0001-03``)."""
    return f"{value[:2]}.{value[2:5]}.{value[5:8]}/{value[8:12]}-{value[12:]}"


def _cnae(row: dict[str, Any]) -> str:
    """The CNAE subclass an operator of the row's modality is filed under (chosen here by the
    modality, not read from the register): health plans, or benefit administrators."""
    return "6629100" if _f(row, "Modalidade") == "Administradora de Benefícios" else "6550200"


def _csv(value: str) -> str:
    """``value`` as a quoted field of the Receita's files."""
    return '"' + value.replace('"', '""') + '"'


def receita_estabelecimento(row: dict[str, Any], rng: random.Random) -> str:
    """One row of the Receita Federal's open CNPJ data, ``Estabelecimentos`` file: 30 quoted
    fields separated by semicolons, no header: the CNPJ in its three parts, head office, the
    trade name, status ``02`` (active) since an invented date, the invented opening date, the
    CNAE by modality and invented secondary ones, the street (its type inside it, as the ANS
    writes it), number, complement, district, postcode, state, an invented municipality code,
    ``DDD 1``/``TELEFONE 1``, ``DDD DO FAX``/``FAX`` and the e-mail address."""
    cnpj = _f(row, "CNPJ")
    founded = _founded(row, rng)
    status = founded + dt.timedelta(days=rng.randint(0, 2000))
    secondary = ",".join(
        rng.sample(("6622300", "8630503", "8650099", "8211300"), rng.randint(0, 2))
    )
    tel, fx = phone(row), fax(row)
    fields = [
        cnpj[:8], cnpj[8:12], cnpj[12:], "1", _f(row, "Nome Fantasia"), "02",
        f"{status:%Y%m%d}", "00", "", "", f"{founded:%Y%m%d}", _cnae(row), secondary, "",
        _f(row, "Logradouro"), _f(row, "Número"), _f(row, "Complemento"), _f(row, "Bairro"),
        _f(row, "CEP"), _f(row, "UF"), f"{rng.randint(1, 9999):04d}", ddd(row), tel, "", "",
        ddd(row) if fx else "", fx, email(row), "", "",
    ]  # fmt: skip
    return ";".join(_csv(v) for v in fields) + "\n"


def omie_cliente(row: dict[str, Any], rng: random.Random) -> str:
    """An Omie ERP API call (``POST /api/v1/geral/clientes/``, ``IncluirCliente``): invented
    ``app_key`` and ``app_secret``, the operator as a legal-person customer with an
    integration code from its ANS number, its names, masked CNPJ, address parts, ``cidade``
    as ``Cidade (UF)``, ``telefone1_ddd``/``telefone1_numero``, ``fax_ddd``/``fax_numero``,
    the e-mail address, tags, and an ``observacao`` naming its registration and the line
    again."""
    tel, fx = phone(row), fax(row)
    reg = _f(row, "Registro ANS")
    client: dict[str, Any] = {
        "codigo_cliente_integracao": f"ANS-{reg}",
        "razao_social": _f(row, "Razão Social"),
        "nome_fantasia": _f(row, "Nome Fantasia") or _f(row, "Razão Social"),
        "cnpj_cpf": _cnpj_mask(_f(row, "CNPJ")),
        "pessoa_fisica": "N",
        "endereco": _f(row, "Logradouro"),
        "endereco_numero": _f(row, "Número"),
        "complemento": _f(row, "Complemento"),
        "bairro": _f(row, "Bairro"),
        "cidade": f"{_f(row, 'Cidade')} ({_f(row, 'UF')})",
        "estado": _f(row, "UF"),
        "cep": _f(row, "CEP"),
        "codigo_pais": "1058",
        "telefone1_ddd": ddd(row),
        "telefone1_numero": tel,
    }
    if fx:
        client |= {"fax_ddd": ddd(row), "fax_numero": fx}
    if email(row):
        client["email"] = email(row)
    area = f"DDD {ddd(row)}, número {tel}" if ddd(row) else f"número {tel}"
    client |= {
        "contribuinte": "N",
        "inativo": "N",
        "tags": [{"tag": "Operadora ANS"}, {"tag": _f(row, "Modalidade")}],
        "observacao": f"Operadora ativa na ANS, registro nº {reg} ({_f(row, 'Modalidade')}), "
        f"registrada em {_f(row, 'Data Registro ANS')}. Telefone cadastrado na ANS: {area}. "
        f"Cadastro conferido em {_when(rng):%d/%m/%Y}.",
    }
    call = {
        "call": "IncluirCliente",
        "app_key": str(rng.randint(10**11, 10**12 - 1)),
        "app_secret": f"{rng.getrandbits(128):032x}",
        "param": [client],
    }
    return json.dumps(call, ensure_ascii=False, indent=2) + "\n"


def open_finance_business(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Finance Brasil Customers API response (``GET /open-banking/customers/v2/
    business/identifications``) of an invented bank: one business customer, the operator, with
    an invented ``businessId``, update time and incorporation date, its names and CNPJ, the
    bank's invented CNPJ in ``companiesCnpj``, its postal address, ``phones`` (the line as
    ``FIXO`` or ``MOVEL`` with ``countryCallingCode`` 55, ``areaCode`` and ``number``; the fax as
    ``OUTRO``) and ``emails``, ``links`` and ``meta``."""
    tel, fx = phone(row), fax(row)
    when = _when(rng)
    cnpj = _f(row, "CNPJ")
    phones = [{
        "isMain": True, "type": "MOVEL" if len(tel) == 9 else "FIXO", "additionalInfo": "",
        "countryCallingCode": "55", "areaCode": ddd(row), "number": tel, "phoneExtension": "",
    }]  # fmt: skip
    if fx:
        phones.append({
            "isMain": False, "type": "OUTRO", "additionalInfo": "Fax",
            "countryCallingCode": "55", "areaCode": ddd(row), "number": fx, "phoneExtension": "",
        })  # fmt: skip
    address = {
        "isMain": True,
        "address": ", ".join(p for p in (_f(row, "Logradouro"), _f(row, "Número")) if p),
        "additionalInfo": _f(row, "Complemento"),
        "districtName": _f(row, "Bairro"),
        "townName": _f(row, "Cidade"),
        "countrySubDivision": _f(row, "UF"),
        "postCode": _f(row, "CEP"),
        "country": "Brasil",
        "countryCode": "BRA",
    }
    customer = {
        "updateDateTime": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "businessId": _uuid(rng),
        "brandName": rng.choice(BANKS),
        "companyName": _f(row, "Razão Social"),
        "tradeName": _f(row, "Nome Fantasia"),
        "incorporationDate": f"{_founded(row, rng):%Y-%m-%d}",
        "companiesCnpj": [_cnpj(rng)],
        "document": {"businesscnpjNumber": cnpj, "country": "BRA"},
        "contacts": {
            "postalAddresses": [address],
            "phones": phones,
            "emails": [{"isMain": True, "email": email(row)}] if email(row) else [],
        },
    }
    asked = when.astimezone(dt.UTC) + dt.timedelta(seconds=1)
    body = {
        "data": [customer],
        "links": {
            "self": "https://api.banco.example/open-banking/customers/v2/business/identifications"
        },
        "meta": {
            "totalRecords": 1,
            "totalPages": 1,
            "requestDateTime": f"{asked:%Y-%m-%dT%H:%M:%SZ}",
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _advpl(value: str) -> str:
    """``value`` as an ADVPL string literal (double quotes, single where it holds one)."""
    return f"'{value}'" if '"' in value else f'"{value}"'


def protheus_mata030(row: dict[str, Any], rng: random.Random) -> str:
    """A TOTVS Protheus ADVPL source (``.prw``) that adds the operator as a customer by
    ``MSExecAuto`` of ``MATA030``: a ``Protheus.doc`` header naming the ANS list and the
    registration, an invented author desk and date, ``PREPARE ENVIRONMENT`` of company 01,
    the ``SA1`` fields as ``{campo, valor, Nil}`` (an invented ``A1_COD``, names, legal
    person, CNPJ, address parts, ``A1_DDD``, ``A1_TEL``, ``A1_FAX``, ``A1_EMAIL``) and the
    error check."""
    tel, fx = phone(row), fax(row)
    reg = _f(row, "Registro ANS")
    code = f"C{rng.randint(0, 99999):05d}"
    since = _when(rng)
    fields = [
        ("A1_COD", code), ("A1_LOJA", "01"), ("A1_NOME", _f(row, "Razão Social")),
        ("A1_NREDUZ", _f(row, "Nome Fantasia") or _f(row, "Razão Social")),
        ("A1_PESSOA", "J"), ("A1_TIPO", "F"), ("A1_CGC", _f(row, "CNPJ")),
        ("A1_END", ", ".join(p for p in (_f(row, "Logradouro"), _f(row, "Número")) if p)),
        ("A1_COMPLEM", _f(row, "Complemento")), ("A1_BAIRRO", _f(row, "Bairro")),
        ("A1_EST", _f(row, "UF")), ("A1_MUN", _f(row, "Cidade")), ("A1_CEP", _f(row, "CEP")),
        ("A1_DDD", ddd(row)), ("A1_TEL", tel),
    ]  # fmt: skip
    if fx:
        fields.append(("A1_FAX", fx))
    if email(row):
        fields.append(("A1_EMAIL", email(row)))
    fields.append(("A1_INSCR", "ISENTO"))
    width = max(len(k) for k, _ in fields) + 2
    keys = [f'"{k}",' for k, _ in fields]
    lines = [
        f"{{{key:<{width + 1}} {_advpl(v)}, Nil}}" for key, (_, v) in zip(keys, fields, strict=True)
    ]
    vector = (", ;\n" + " " * 16).join(lines)
    func = f"ANS{reg}"
    out = [
        '#Include "Protheus.ch"',
        '#Include "TbiConn.ch"',
        "",
        "/*/{Protheus.doc} " + func,
        f"Inclusão da operadora {_f(row, 'Razão Social')} como cliente (SA1) a partir da",
        f"Relação de Operadoras Ativas ANS, registro ANS {reg}, modalidade "
        f"{_f(row, 'Modalidade')}.",
        "@type user function",
        "@author TI Faturamento",
        f"@since {since:%d/%m/%Y}",
        "@version 12.1.2310",
        "/*/",
        f"User Function {func}()",
        "    Local aVetor := {}",
        "    Private lMsErroAuto := .F.",
        "",
        '    PREPARE ENVIRONMENT EMPRESA "01" FILIAL "0101" MODULO "FAT"',
        "",
        "    aVetor := { " + vector + " }",
        "",
        "    MSExecAuto({|x, y| MATA030(x, y)}, aVetor, 3)",
        "",
        "    If lMsErroAuto",
        "        MostraErro()",
        "    Else",
        f'        ConOut("Cliente {code} incluído: registro ANS {reg}")',
        "    EndIf",
        "",
        "    RESET ENVIRONMENT",
        "Return",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "receita_estabelecimento": receita_estabelecimento,
    "omie_cliente": omie_cliente,
    "open_finance_business": open_finance_business,
    "protheus_mata030": protheus_mata030,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its numbers and address
    labelled."""
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
