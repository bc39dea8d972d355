"""held_out_304 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Comissão de Valores Mobiliários' register of publicly held companies,
Brazil; Brazil's earlier parts took INEP's schools, Fortaleza's health posts, the CNJ's
cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's
operators, Panvel's pharmacies, IBRAM's museums, the SNBP's libraries and the PCPE's police
units) exactly as published, in layouts no earlier part has, beside the register's own names,
addresses, CNPJs, CVM codes and dates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TEL``, ``FAX`` and ``EMAIL`` fields of 320 companies with an active
  registration (``scripts/data/pii_br_cvm_companhias.json``, written by
  ``scripts/br_cvm_companhias_data.py``; source and licence in that file): Brazilian lines as
  the CVM writes them, the area code apart in ``DDD_TEL``/``DDD_FAX`` (``11``, some ``011``)
  and the line of eight digits in one run (``39579400``; four of seven, two of nine); the fax
  where it is one line of seven to nine digits other than the phone's (a fax that repeats the
  line, or is ``0`` or empty, is not written); the company's mailbox where the data kept it
  (a desk's, ``ri@cpfl.com.br``); every copy labelled, the area code never (each layout
  writes it in a field of its own, or in brackets before the line, as the register keeps it
  apart);
* the text around them is the same row's real fields: the legal and trade names, CNPJ (masked
  as published, ``08.773.135/0001-00``, or its fourteen digits), CVM code (``25224``), sector,
  the head office's street, complement, district, city, state and postcode (its eight digits,
  the leading zero the register drops put back: ``04711130``) and the constitution date, with
  invented ids, TOM municipality codes, dates, amounts, order and charge references,
  unlabelled and scored;
* in layouts no earlier part has, Brazilian payment and government APIs, text in Portuguese:
  Serpro Consulta CNPJ v2 answers (``GET /consulta-cnpj-df/v2/empresa/{ni}``: ``telefones``
  of ``ddd`` and ``numero``, ``correioEletronico``), Pagar.me API v5 customers
  (``GET /core/v5/customers/{customer_id}``: ``phones.home_phone`` with ``country_code``,
  ``area_code`` and ``number``, a ``metadata`` note repeating the line and giving the fax),
  Iugu API customers (``POST /v1/customers`` answers: ``phone_prefix`` and ``phone``, a
  ``notes`` text repeating the line, the fax among ``custom_variables``) and PagBank (PagSeguro)
  Orders API requests (``POST /orders`` with a boleto charge: ``customer.phones`` of
  ``country``, ``area``, ``number`` and ``type`` ``BUSINESS``, the fax a second one, the line
  again in the boleto's ``instruction_lines``, the mailbox as the customer's and the holder's).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_304.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_cvm_companhias.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_304.jsonl.gz"
SPLIT = "held_out_304"

LAYOUTS = ("serpro_cnpj", "pagarme_customer", "iugu_customer", "pagbank_order")
PHONE, FAX, EMAIL = "TEL", "FAX", "EMAIL"
COLUMNS = {"phone": PHONE, "fax": FAX}
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the line, and the mailbox (the fax once in each)
COPIES = {"serpro_cnpj": 1, "pagarme_customer": 2, "iugu_customer": 2, "pagbank_order": 2}
EMAIL_COPIES = {"serpro_cnpj": 1, "pagarme_customer": 1, "iugu_customer": 1, "pagbank_order": 2}
BRT = dt.timezone(dt.timedelta(hours=-3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented seller whose billing the payment layouts carry (no real business is meant)
SELLER = "Pregão Aberto Publicações"
PRODUCTS = (
    "Assinatura anual do boletim Pregão Aberto",
    "Anúncio de fato relevante na edição impressa",
    "Publicação de edital de convocação de assembleia",
    "Publicação de demonstrações financeiras",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's line as published (seven to nine digits)."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax where it is one line of seven to nine digits other than the phone's line,
    else ""."""
    value = _f(row, FAX)
    return value if re.fullmatch(r"\d{7,9}", value) and value != phone(row) else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def ddd(row: dict[str, Any]) -> str:
    return _f(row, "DDD_TEL")


def ddd_fax(row: dict[str, Any]) -> str:
    return _f(row, "DDD_FAX")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's numbers and address, longest first (a number found inside
    a longer one belongs to the one taken first)."""
    found = [("phone", phone(row)), ("fax", fax(row))]
    found = sorted((kv for kv in found if kv[1]), key=lambda kv: -len(kv[1]))
    return [*found, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def cnpj_digits(row: dict[str, Any]) -> str:
    """The company's CNPJ as its fourteen digits (the register masks it)."""
    return re.sub(r"\D", "", _f(row, "CNPJ_CIA"))


def cep(row: dict[str, Any]) -> str:
    """The postcode's eight digits (the register keeps it as a number, its leading zero
    dropped), "" where it has none."""
    value = _f(row, "CEP")
    return value.zfill(8) if value.isdigit() else ""


def street(row: dict[str, Any]) -> tuple[str, str]:
    """The street and the building's number of ``LOGRADOURO`` where it ends with one after a
    comma (``Avenida Dr. Chucri Zaidan, 1550``), else the field and ""."""
    value = _f(row, "LOGRADOURO")
    m = re.fullmatch(r"(.*?),?\s+(?:n[º°o]\.?\s*)?(\d[\d.]*)", value, flags=re.IGNORECASE)
    if m and m.group(1).strip():
        return m.group(1).strip().rstrip(","), m.group(2)
    return value, ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _amount(rng: random.Random) -> int:
    """An invented amount in centavos."""
    return rng.randrange(48000, 960000, 100)


def serpro_cnpj(row: dict[str, Any], rng: random.Random) -> str:
    """A Serpro Consulta CNPJ v2 answer (``GET /consulta-cnpj-df/v2/empresa/{ni}``): ``ni``
    the CNPJ's digits, head office, the legal and trade names, ``situacaoCadastral`` active
    since an invented date, the legal nature chosen by the register's control (a mixed-capital
    company where it is ``ESTATAL``, else an open S.A.), ``dataAbertura`` the constitution date,
    the address with an invented TOM municipality code and the postcode's digits,
    ``telefones`` (the line, and the fax where written, each with its ``ddd``) and
    ``correioEletronico``."""
    name, trade = _f(row, "DENOM_SOCIAL"), _f(row, "DENOM_COMERC")
    road, number = street(row)
    estatal = _f(row, "CONTROLE_ACIONARIO").startswith("ESTATAL")
    town = {"codigo": f"{rng.randint(1, 9999):04d}", "descricao": _f(row, "MUN")}
    phones = [{"ddd": ddd(row), "numero": phone(row)}]
    if fax(row):
        phones.append({"ddd": ddd_fax(row), "numero": fax(row)})
    since = _f(row, "DT_CONST") or f"{rng.randint(1960, 2015)}-{rng.randint(1, 12):02d}-01"
    doc = {
        "ni": cnpj_digits(row),
        "tipoEstabelecimento": "1",
        "nomeEmpresarial": name,
        "nomeFantasia": trade,
        "situacaoCadastral": {"codigo": "2", "data": since, "motivo": ""},
        "naturezaJuridica": {"codigo": "2038", "descricao": "Sociedade de Economia Mista"}
        if estatal
        else {"codigo": "2046", "descricao": "Sociedade Anônima Aberta"},
        "dataAbertura": since,
        "endereco": {
            "tipoLogradouro": "",
            "logradouro": road,
            "numero": number,
            "complemento": _f(row, "COMPL"),
            "cep": cep(row),
            "bairro": _f(row, "BAIRRO"),
            "municipio": town,
            "uf": _f(row, "UF"),
            "pais": {"codigo": "105", "descricao": "BRASIL"},
        },
        "municipioJurisdicao": town,
        "telefones": phones,
        "correioEletronico": email(row),
        "porte": "05",
        "situacaoEspecial": "",
        "dataSituacaoEspecial": "",
    }
    return _json(doc)


def pagarme_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Pagar.me API v5 customer (``GET /core/v5/customers/{customer_id}``) of the invented
    seller: an invented ``cus_`` and ``addr_`` id and times, the company as a ``company`` of
    ``document_type`` ``CNPJ`` with its digits, ``code`` its CVM code, ``email`` its mailbox
    (null where none), the address in ``line_1``/``line_2`` with the postcode's digits,
    ``phones.home_phone`` the line with its area code, and a ``metadata`` note repeating the
    line (the fax beside it where written)."""
    road, number = street(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    utc = dt.UTC
    metadata = {
        "codigo_cvm": _f(row, "CD_CVM"),
        "setor": _f(row, "SETOR_ATIV"),
        "observacao": f"Cobrança: falar com a sede, ({ddd(row)}) {phone(row)}.",
    }
    if fax(row):
        metadata["fax"] = f"({ddd_fax(row)}) {fax(row)}"
    doc = {
        "id": f"cus_{_token(rng, 16)}",
        "name": _f(row, "DENOM_SOCIAL"),
        "email": email(row) or None,
        "code": _f(row, "CD_CVM"),
        "document": cnpj_digits(row),
        "document_type": "CNPJ",
        "type": "company",
        "delinquent": False,
        "address": {
            "id": f"addr_{_token(rng, 16)}",
            "line_1": ", ".join(v for v in (number, road, _f(row, "BAIRRO")) if v),
            "line_2": _f(row, "COMPL"),
            "zip_code": cep(row),
            "city": _f(row, "MUN"),
            "state": _f(row, "UF"),
            "country": "BR",
            "status": "active",
            "created_at": created.astimezone(utc).strftime(stamp),
            "updated_at": updated.astimezone(utc).strftime(stamp),
        },
        "created_at": created.astimezone(utc).strftime(stamp),
        "updated_at": updated.astimezone(utc).strftime(stamp),
        "phones": {
            "home_phone": {"country_code": "55", "number": phone(row), "area_code": ddd(row)}
        },
        "metadata": metadata,
    }
    return _json(doc)


def iugu_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Iugu API customer as ``POST /v1/customers`` answers it: an invented 32-character id
    and times, ``email`` the mailbox ("" where none), the legal name, ``notes`` in Portuguese
    naming the CVM code, sector and the line with its area code, ``cpf_cnpj`` the CNPJ as
    published, the address fields (postcode's digits), ``phone_prefix`` and ``phone``, and
    ``custom_variables`` with the trade name, the CVM code and the fax where written."""
    road, number = street(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    notes = (
        f"Companhia aberta registrada na CVM sob o código {_f(row, 'CD_CVM')} "
        f"({_f(row, 'SETOR_ATIV')}). Telefone da sede: {phone(row)} (DDD {ddd(row)})."
    )
    variables = [
        {"name": "nome_fantasia", "value": _f(row, "DENOM_COMERC")},
        {"name": "codigo_cvm", "value": _f(row, "CD_CVM")},
    ]
    if fax(row):
        variables.append({"name": "fax", "value": f"{ddd_fax(row)} {fax(row)}".strip()})
    doc = {
        "id": _token(rng, 32, "0123456789ABCDEF"),
        "email": email(row),
        "name": _f(row, "DENOM_SOCIAL"),
        "notes": notes,
        "created_at": created.isoformat(),
        "updated_at": updated.isoformat(),
        "cc_emails": None,
        "cpf_cnpj": _f(row, "CNPJ_CIA"),
        "zip_code": cep(row),
        "number": number,
        "complement": _f(row, "COMPL"),
        "default_payment_method_id": None,
        "proxy_payments_from_customer_id": None,
        "city": _f(row, "MUN"),
        "state": _f(row, "UF"),
        "district": _f(row, "BAIRRO"),
        "street": road,
        "phone": phone(row),
        "phone_prefix": ddd(row),
        "custom_variables": variables,
        "payment_methods": [],
    }
    return _json(doc)


def pagbank_order(row: dict[str, Any], rng: random.Random) -> str:
    """A PagBank (PagSeguro) Orders API request (``POST /orders``) of the invented seller:
    invented order, item and charge references, the company as ``customer`` (legal name, its
    mailbox where kept, the CNPJ's digits as ``tax_id``, ``phones`` of type ``BUSINESS``: the
    line and the fax where written, each with ``country`` and ``area``), one item of an
    invented amount in centavos, a notification URL, and one ``BOLETO`` charge with an invented
    due date, ``instruction_lines`` repeating the line, and the company as ``holder`` with its
    mailbox and address (postcode's digits)."""
    road, number = street(row)
    when = _when(rng)
    amount = _amount(rng)
    product = rng.choice(PRODUCTS)
    ref = f"PA-{when:%Y%m}-{rng.randint(10000, 99999)}"
    phones = [{"country": "55", "area": ddd(row), "number": phone(row), "type": "BUSINESS"}]
    if fax(row):
        phones.append({"country": "55", "area": ddd_fax(row), "number": fax(row),
                       "type": "BUSINESS"})  # fmt: skip
    customer: dict[str, Any] = {"name": _f(row, "DENOM_SOCIAL")}
    if email(row):
        customer["email"] = email(row)
    customer |= {"tax_id": cnpj_digits(row), "phones": phones}
    holder: dict[str, Any] = {"name": _f(row, "DENOM_SOCIAL"), "tax_id": cnpj_digits(row)}
    if email(row):
        holder["email"] = email(row)
    holder["address"] = {
        "country": "Brasil",
        "region": _f(row, "UF"),
        "region_code": _f(row, "UF"),
        "city": _f(row, "MUN"),
        "postal_code": cep(row),
        "street": road,
        "number": number,
        "locality": _f(row, "BAIRRO"),
    }
    due = (when + dt.timedelta(days=rng.choice((7, 10, 15, 30)))).date()
    doc = {
        "reference_id": ref,
        "customer": customer,
        "items": [
            {
                "reference_id": f"{ref}-1",
                "name": product,
                "quantity": 1,
                "unit_amount": amount,
            }
        ],
        "notification_urls": ["https://cobranca.pregaoaberto.example/pagbank/notificacoes"],
        "charges": [
            {
                "reference_id": f"{ref}-B",
                "description": f"{product} - {SELLER}",
                "amount": {"value": amount, "currency": "BRL"},
                "payment_method": {
                    "type": "BOLETO",
                    "boleto": {
                        "due_date": due.isoformat(),
                        "instruction_lines": {
                            "line_1": "Não receber após o vencimento.",
                            "line_2": f"Dúvidas sobre a cobrança: ({ddd(row)}) {phone(row)}",
                        },
                        "holder": holder,
                    },
                },
            }
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "serpro_cnpj": serpro_cnpj,
    "pagarme_customer": pagarme_customer,
    "iugu_customer": iugu_customer,
    "pagbank_order": pagbank_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and address
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
