"""held_out_243 of the PII evaluation set: real phone fields of a register no earlier part used
(Panvel's list of its pharmacy stores that run COVID tests, Rio Grande do Sul, Paraná and Santa
Catarina; Brazil's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the list's own store numbers, addresses, districts and cities.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of BR (INEP's schools, Fortaleza's primary-care posts, the CNJ's
cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's
operators) and many other countries; here:

* the values are the ``Telefone`` fields of 246 Panvel stores
  (``scripts/data/pii_br_panvel_filiais.json``, written by ``scripts/br_panvel_filiais_data.py``;
  source and licence in that file): each store's mobile line as the pages write it, the area
  code and the nine digits joined by a hyphen (``51-995794726``; four written otherwise,
  ``(51)998716788``, ``41 - 99278-7687``), each copy labelled;
* the text around them is the same row's real fields: the store number (``Filial``), street
  and house number, district, city and state, with invented CNPJs, state registrations
  (``IE``), CEPs, order, contract and account numbers, 44-digit access keys of the NF-e that
  covers the shipment, weights, sizes, amounts, dates, customer ids and UUIDs, unlabelled and
  scored;
* in layouts no earlier part has, the request and response bodies of Brazilian logistics,
  payment and ERP services, text in Brazilian Portuguese: Melhor Envio API v2 cart items
  (``POST /api/v2/me/cart``: the store as ``from`` with ``phone`` and a ``note`` repeating it, an
  invented partner laboratory as ``to``, products, volumes and ``options``), Jadlog Embarcador
  API orders (``POST /embarcador/api/pedido/incluir``: the store as ``rem`` with ``cel``, the
  laboratory as ``des``, ``dfe`` and ``volume``, an ``obs`` repeating the number), Asaas API v3
  customers (``GET /v3/customers/{id}``: ``mobilePhone``, ``observations`` repeating it) and
  Conta Azul API v1 customers (``GET /v1/customers/{id}``: ``mobile_phone``, ``notes``
  repeating it, the nested ``address``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (a store's own mobile
line is labelled like any other number of six digits or more). Each record is seeded by its
own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_243.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_panvel_filiais.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_243.jsonl.gz"
SPLIT = "held_out_243"

LAYOUTS = ("melhor_envio_cart", "jadlog_pedido", "asaas_customer", "conta_azul_customer")
PHONE = "Telefone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented partner laboratories that receive the stores' samples (no real laboratory is meant)
LABS = (
    ("Laboratório Central de Análises Sul Ltda", "Av. Sertório", "Sarandi", "Porto Alegre", "RS"),
    ("Diagnósticos Integrados do Paraná Ltda", "Rua Mateus Leme", "São Francisco", "Curitiba",
     "PR"),
    ("Laboratório Vale Catarinense Ltda", "Rua Lauro Linhares", "Trindade", "Florianópolis", "SC"),
)  # fmt: skip
# the first digits of the invented CEPs by state (the Correios' ranges)
CEP_START = {"RS": (90, 99), "SC": (88, 89), "PR": (80, 87)}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return row["fields"][PHONE]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def store_name(row: dict[str, Any]) -> str:
    """The store as the services name it (``Panvel Filial 4 - Centro Histórico``)."""
    return f"Panvel Filial {_f(row, 'Filial')} - {_f(row, 'Bairro')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2021 (Brasília time)."""
    start = dt.datetime(2021, 7, 12, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of 14 digits with its two check digits right."""
    body = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, rng.randint(1, 9)]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=False)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _cep(rng: random.Random, uf: str) -> str:
    """An invented CEP of the state's range, eight digits in one run."""
    low, high = CEP_START[uf]
    return f"{rng.randint(low, high)}{_digits(rng, 6)}"


def _nfe_key(rng: random.Random, uf: str, cnpj: str, when: dt.datetime) -> str:
    """An invented 44-digit NF-e access key (state, year and month, CNPJ, model 55, series,
    number, emission type, code) with its modulo-11 check digit."""
    state = {"RS": "43", "SC": "42", "PR": "41"}[uf]
    body = f"{state}{when:%y%m}{cnpj}55001{_digits(rng, 9)}1{_digits(rng, 8)}"
    total = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(body)))
    rest = total % 11
    return body + str(0 if rest < 2 else 11 - rest)


def _lab(row: dict[str, Any]) -> tuple[str, str, str, str, str]:
    return LABS[{"RS": 0, "PR": 1, "SC": 2}[_f(row, "UF")]]


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def melhor_envio_cart(row: dict[str, Any], rng: random.Random) -> str:
    """The body of a Melhor Envio API v2 ``POST /api/v2/me/cart`` request: a shipment of
    sample kits from the store (``from``: name, ``phone``, invented ``company_document`` and
    ``state_register``, the address, district, city, an invented ``postal_code`` and a ``note``
    repeating the number) to an invented partner laboratory (``to``, no phone), ``products``,
    ``volumes`` and ``options`` (declared value, an invented NF-e key, the platform, a tag)."""
    tel, uf = phone(row), _f(row, "UF")
    when = _when(rng)
    cnpj, lab_cnpj = _cnpj(rng), _cnpj(rng)
    lab, street, district, city, lab_uf = _lab(row)
    value = round(rng.uniform(80, 420), 2)
    doc = {
        "service": rng.choice((1, 2, 3, 4, 17)),
        "agency": rng.randint(1, 120),
        "from": {
            "name": store_name(row),
            "phone": tel,
            "email": "",
            "company_document": cnpj,
            "state_register": _digits(rng, 10),
            "address": _f(row, "Endereço"),
            "complement": "",
            "district": _f(row, "Bairro"),
            "city": _f(row, "Cidade"),
            "state_abbr": uf,
            "country_id": "BR",
            "postal_code": _cep(rng, uf),
            "note": f"Coleta no balcão da farmácia; falar com o farmacêutico pelo WhatsApp da "
            f"loja {tel}",
        },
        "to": {
            "name": lab,
            "company_document": lab_cnpj,
            "address": f"{street}, {rng.randint(100, 3999)}",
            "district": district,
            "city": city,
            "state_abbr": lab_uf,
            "country_id": "BR",
            "postal_code": _cep(rng, lab_uf),
        },
        "products": [
            {
                "name": "Kit de coleta - swab nasal (amostras para RT-PCR)",
                "quantity": rng.randint(2, 24),
                "unitary_value": round(value / 4, 2),
            }
        ],
        "volumes": [
            {
                "height": rng.choice((10, 12, 15)),
                "width": rng.choice((15, 20)),
                "length": rng.choice((20, 25, 30)),
                "weight": round(rng.uniform(0.3, 2.5), 2),
            }
        ],
        "options": {
            "insurance_value": value,
            "receipt": False,
            "own_hand": False,
            "reverse": False,
            "non_commercial": False,
            "invoice": {"key": _nfe_key(rng, uf, cnpj, when)},
            "platform": "Panvel Clinic",
            "tags": [{"tag": f"FIL{_f(row, 'Filial')}-{when:%Y%m%d}", "url": None}],
        },
    }
    return _json(doc)


def jadlog_pedido(row: dict[str, Any], rng: random.Random) -> str:
    """The body of a Jadlog Embarcador API ``POST /embarcador/api/pedido/incluir`` request: the
    contents, an invented order number, weight and value, an ``obs`` repeating the number, the
    modality, invented account, contract and origin unit, the store as ``rem`` (name, invented
    ``cnpjCpf`` and ``ie``, address, district, city, state, an invented ``cep``, empty ``fone``,
    the number as ``cel``), the laboratory as ``des`` (no phone), one ``dfe`` (an invented NF-e
    key and number) and one ``volume``."""
    tel, uf = phone(row), _f(row, "UF")
    when = _when(rng)
    cnpj = _cnpj(rng)
    lab, street, district, city, lab_uf = _lab(row)
    weight = round(rng.uniform(0.3, 3.0), 2)
    value = round(rng.uniform(80, 420), 2)
    key = _nfe_key(rng, uf, cnpj, when)
    doc = {
        "conteudo": "MATERIAL PARA DIAGNOSTICO - KITS DE COLETA",
        "pedido": [f"PNV{_f(row, 'Filial')}{when:%m%d}{rng.randint(10, 99)}"],
        "totPeso": weight,
        "totValor": value,
        "obs": f"Coleta na Filial {_f(row, 'Filial')} ({_f(row, 'Cidade')}). Agendar pelo "
        f"celular {tel} antes das 15h.",
        "modalidade": rng.choice((3, 5, 9)),
        "contaCorrente": _digits(rng, 9),
        "tpColeta": "K",
        "tipoFrete": 0,
        "cdUnidadeOri": str(rng.randint(100, 2999)),
        "cdUnidadeDes": None,
        "cdPickupOri": None,
        "cdPickupDes": None,
        "nrContrato": int(_digits(rng, 6)),
        "servico": 1,
        "shipmentId": None,
        "vlColeta": None,
        "rem": {
            "nome": store_name(row),
            "cnpjCpf": cnpj,
            "ie": _digits(rng, 10),
            "endereco": _f(row, "Endereço"),
            "numero": "",
            "compl": "",
            "bairro": _f(row, "Bairro"),
            "cidade": _f(row, "Cidade"),
            "uf": uf,
            "cep": _cep(rng, uf),
            "fone": "",
            "cel": tel,
            "email": "",
            "contato": "Farmacêutico responsável",
        },
        "des": {
            "nome": lab,
            "cnpjCpf": _cnpj(rng),
            "ie": _digits(rng, 10),
            "endereco": street,
            "numero": str(rng.randint(100, 3999)),
            "compl": "Recepção de amostras",
            "bairro": district,
            "cidade": city,
            "uf": lab_uf,
            "cep": _cep(rng, lab_uf),
            "fone": "",
            "cel": "",
            "email": "",
            "contato": "Triagem",
        },
        "dfe": [
            {
                "cfop": "5949" if lab_uf == uf else "6949",
                "danfeCte": key,
                "nrDoc": key[25:34].lstrip("0") or "1",
                "serie": "1",
                "tpDocumento": 2,
                "valor": value,
            }
        ],
        "volume": [
            {
                "altura": rng.choice((10, 12, 15)),
                "comprimento": rng.choice((20, 25, 30)),
                "identificador": f"{_f(row, 'Filial')}-{rng.randint(1000, 9999)}",
                "largura": rng.choice((15, 20)),
                "peso": weight,
            }
        ],
    }
    return _json(doc)


def asaas_customer(row: dict[str, Any], rng: random.Random) -> str:
    """The body of an Asaas API v3 ``GET /v3/customers/{id}`` response: an invented customer
    id and creation date, the store's name, no e-mail or landline, the number as
    ``mobilePhone``, the address, district (``province``), city and state, an invented
    ``postalCode`` and ``cpfCnpj``, ``personType`` ``JURIDICA``, the store number as
    ``externalReference`` and ``observations`` repeating the number."""
    tel, uf = phone(row), _f(row, "UF")
    when = _when(rng)
    doc = {
        "object": "customer",
        "id": f"cus_{_digits(rng, 12)}",
        "dateCreated": f"{when:%Y-%m-%d}",
        "name": store_name(row),
        "email": None,
        "phone": None,
        "mobilePhone": tel,
        "address": _f(row, "Endereço"),
        "addressNumber": None,
        "complement": None,
        "province": _f(row, "Bairro"),
        "city": None,
        "cityName": _f(row, "Cidade"),
        "state": uf,
        "country": "Brasil",
        "postalCode": _cep(rng, uf),
        "cpfCnpj": _cnpj(rng),
        "personType": "JURIDICA",
        "deleted": False,
        "additionalEmails": None,
        "externalReference": f"FILIAL-{_f(row, 'Filial')}",
        "notificationDisabled": False,
        "observations": f"Cobrança mensal dos testes rápidos. Contato da loja (WhatsApp): {tel}. "
        f"Vencimento todo dia {rng.choice((5, 10, 15, 20))}.",
        "municipalInscription": None,
        "stateInscription": _digits(rng, 10),
        "canDelete": False,
        "cannotBeDeletedReason": "Cliente possui cobranças vinculadas",
        "canEdit": True,
        "cannotEditReason": None,
        "foreignCustomer": False,
    }
    return _json(doc)


def conta_azul_customer(row: dict[str, Any], rng: random.Random) -> str:
    """The body of a Conta Azul API v1 ``GET /v1/customers/{id}`` response: an invented UUID,
    the store's name and company name, the number as ``mobile_phone`` (no landline), ``LEGAL``
    person type, an invented CNPJ (``document``) and state registration, ``notes`` repeating
    the number, an invented creation time and the nested ``address`` (invented ``zip_code``,
    street, neighbourhood, city and state)."""
    tel, uf = phone(row), _f(row, "UF")
    when = _when(rng)
    doc = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "name": store_name(row),
        "company_name": f"Panvel Farmácias - Filial {_f(row, 'Filial')}",
        "email": "",
        "business_phone": "",
        "mobile_phone": tel,
        "person_type": "LEGAL",
        "document": _cnpj(rng),
        "identity_document": "",
        "state_registration_number": _digits(rng, 10),
        "date_of_birth": None,
        "notes": f"Loja parceira do programa de vacinação. Pedidos e dúvidas pelo celular {tel} "
        f"(contrato {rng.randint(1000, 9999)}/{when:%Y}).",
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S.000%z}",
        "address": {
            "zip_code": _cep(rng, uf),
            "street": _f(row, "Endereço"),
            "number": "",
            "complement": "",
            "neighborhood": _f(row, "Bairro"),
            "city": {"name": _f(row, "Cidade")},
            "state": {"name": uf},
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "melhor_envio_cart": melhor_envio_cart,
    "jadlog_pedido": jadlog_pedido,
    "asaas_customer": asaas_customer,
    "conta_azul_customer": conta_azul_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
