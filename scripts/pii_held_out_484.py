"""held_out_484 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (Instituto AzMina's national map of the services that support women facing
violence, the pontos de apoio of its PenhaS app: women's police stations, social-assistance and
women's reference centres, health and legal services; Brazil's earlier parts took INEP's
schools, Fortaleza's health posts, the CNJ's cartórios, São Paulo's facilities, Florianópolis's
contacts, Bahia's hospitals, the ANS's operators, Panvel's pharmacies, IBRAM's museums, the
SNBP's libraries, the PCPE's police units, the CVM's companies, the Interlegis houses, the Banco
do Nordeste's branches, the TJSP's court buildings and the e-MEC's institutions) exactly as
published, in layouts no earlier part has, beside the map's own names, addresses, postcodes,
IBGE codes and hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefone1`` of 300 support points, their ``telefone 2`` where the map
  gives a second line of seven digits or more (not the first again) and their ``e-mail``
  where it holds an address (``scripts/data/pii_br_penhas_pontos.json``, written by
  ``scripts/br_penhas_pontos_data.py``; source and licence in that file): Brazilian lines as
  the survey writes them, the area code apart in ``ddd`` (``68``) and the line in one run of
  digits (``32214799``; mobiles of nine digits; a toll-free ``0800`` line of eleven; one
  second line with a blank, ``3539 8163``), every copy labelled, the area code never (each
  layout writes it in a field of its own, or before the line in brackets and a blank,
  ``(68) 32214799``, the line unchanged), and the points' mailboxes; every copy labelled;
* the text around them is the same row's real fields: the point's name, acronym, category,
  nature, street, number, district, municipality, state, IBGE code (``1200401``, seven digits,
  unlabelled), postcode (``69901000``, eight digits in one run as the survey writes it, or
  hyphenated, unlabelled), extensions, hours and coordinates, with invented ids, UUIDs, CNPJs,
  NF-e access keys (44 digits, check digit right), order numbers, weights, amounts and times,
  unlabelled and scored; the survey's free-text notes are not written;
* in layouts no earlier part has, text in Portuguese: PenhaS API answers (``GET
  /pontos-de-apoio/{id}`` of the app's backend: ``ponto_apoio`` with the columns its
  ``ponto_apoio_detail`` selects, ``ddd``, ``telefone1``, ``telefone2`` as the bigint columns
  write them, a line with a leading ``0`` or a blank as a string, ``categoria`` with ``id``,
  ``cor`` and ``nome``, and ``avaliacao_maxima``; the fields read from the app's own code,
  ``api/lib/Penhas/Helpers/PontoApoio.pm``), Intelipost shipment orders (``POST
  /api/v1/shipment_order``: campaign material of the Agosto Lilás sent to the point as
  ``end_customer``, ``phone`` and ``cellphone`` with the area code in brackets, one volume
  with its NF-e), Supabase database webhook payloads (an ``UPDATE`` of a ``pontos_apoio``
  table: ``type``, ``table``, ``schema``, ``record`` and ``old_record``, the lines and mailbox
  in both) and Metabase card query results (``POST /api/card/{id}/query`` of a native
  question: ``data`` with ``rows``, ``cols``, ``native_form`` and ``results_metadata``,
  ``status`` ``completed``, ``row_count``, ``running_time``); the three last formats' fields
  written from the helper's memory of their public documentation (no documentation could be
  read when the part was built). The pipeline's langid reads the Intelipost and Metabase
  documents, whose keys are English, as English, and the two others as Portuguese.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_484.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_br_penhas_pontos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_484.jsonl.gz"
SPLIT = "held_out_484"

LAYOUTS = ("penhas_ponto_apoio", "intelipost_pedido", "supabase_webhook", "metabase_resultado")
PHONE, PHONE2, EMAIL = "telefone1", "telefone 2", "e-mail"
EDGES = {PHONE: r"\d", PHONE2: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, PHONE2: PHONE2}
BRT = dt.timezone(dt.timedelta(hours=-3))
# invented ids and colours of the app's categories (the category names are the survey's)
CATEGORIES = {
    "Assistência Social": (3, "#7A56C7"), "Delegacia da Mulher": (1, "#F982B4"),
    "Saúde": (4, "#3BA57A"), "Centro de Referência da Mulher": (2, "#C2185B"),
    "Posto de Atendimento em Delegacia Comum": (6, "#F2A541"), "Delegacia Comum": (7, "#8E8E8E"),
    "Jurídico": (5, "#1E6FD9"), "Segurança Pública": (8, "#2F4858"),
    "Sociedade Civil Organizada": (9, "#6C9A8B"), "Direitos Humanos": (10, "#B56576"),
    "Casa da Mulher Brasileira": (11, "#9C27B0"), "Ouvidoria": (12, "#607D8B"),
}  # fmt: skip
# the IBGE code of the Distrito Federal, the invented issuer's state (an NF-e key's first digits)
ISSUER_UF = 53
MATERIALS = (
    "cartazes e folhetos da campanha Agosto Lilás",
    "cartilhas da Lei Maria da Penha (Lei 11.340/2006)",
    "kits de material gráfico da rede de enfrentamento à violência contra a mulher",
    "banners e adesivos da campanha Sinal Vermelho",
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def phone(row: dict[str, Any]) -> str:
    """The point's first line as published (seven digits or more)."""
    return _f(row, PHONE)


def phone2(row: dict[str, Any]) -> str:
    """The point's second line where it is one of seven digits or more and not the first line
    again, else "" (a three-digit service number, ``180``, is not written)."""
    value = _f(row, PHONE2)
    if len(_digits(value)) < 7 or _digits(value) == _digits(phone(row)):
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The point's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def ddd(row: dict[str, Any]) -> str:
    """The area code, apart from the lines in the survey (``68``; "" for a 0800 line)."""
    return _f(row, "ddd")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the survey's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's lines and mailbox, the longer line first (a line found
    inside the other is that one's copy)."""
    lines = sorted([(PHONE, phone(row)), (PHONE2, phone2(row))], key=lambda kv: -len(kv[1]))
    return [*lines, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's lines and mailbox labelled (each copy
    stands apart: no digit next to a line, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def spoken(row: dict[str, Any], value: str) -> str:
    """A line with the area code in brackets and a blank before it (``(68) 32214799``), as a
    form writes a number whose area code the survey keeps apart; a line of ten digits or more
    (a 0800 line, or one that holds its area code) alone; "" for no line."""
    if not value:
        return ""
    return f"({ddd(row)}) {value}" if ddd(row) and len(_digits(value)) < 10 else value


def as_bigint(value: str) -> int | str | None:
    """A line as the app's bigint column writes it to JSON: a number where the line is digits
    with no leading ``0``, else the published string (a 0800 line, a line with a blank)."""
    if not value:
        return None
    return int(value) if value.isdigit() and not value.startswith("0") else value


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Brasília time)."""
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    """A moment in UTC with microseconds and an offset (``2025-03-04T12:00:00.123456+00:00``)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ's fourteen digits (a head office, ``0001``), check digits right."""
    body = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def nfe_key(rng: random.Random, uf: int, when: dt.datetime, cnpj: str, number: int) -> str:
    """An invented NF-e access key: state, year and month, the issuer's CNPJ, model 55, series
    1, the number, emission type 1, a random code and the modulo-11 check digit."""
    body = f"{uf:02d}{when:%y%m}{cnpj}55001{number:09d}1{rng.randint(0, 99_999_999):08d}"
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(reversed(body)))
    rest = total % 11
    return body + str(0 if rest < 2 else 11 - rest)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def coordinate(value: str) -> str:
    """A coordinate of the survey (``-9,983739``) with a decimal point."""
    return value.replace(",", ".")


def number_of(row: dict[str, Any]) -> int | None:
    """The street number as an integer where the survey gives digits only, else None."""
    value = _f(row, "numero")
    return int(value) if value.isdigit() else None


def street(row: dict[str, Any]) -> str:
    """The street type and name (``Via Chico Mendes``)."""
    return " ".join(p for p in (_f(row, "tipo_logradouro"), _f(row, "nome_logradouro")) if p)


def yes(value: str) -> bool | None:
    """A survey's ``Sim``/``Não`` as a boolean (None where it is empty)."""
    v = value.strip().lower()
    return True if v == "sim" else False if v in ("não", "nao") else None


def category(row: dict[str, Any]) -> dict[str, Any]:
    name = _f(row, "categoria")
    cid, colour = CATEGORIES.get(name, (13, "#455A64"))
    return {"id": cid, "cor": colour, "nome": name}


def penhas_ponto_apoio(row: dict[str, Any], rng: random.Random) -> str:
    """A PenhaS API answer (``GET /pontos-de-apoio/{id}``, read from the app's
    ``ponto_apoio_detail``): ``ponto_apoio`` with an invented id, the point's name,
    coordinates, rating (``n/a`` or an invented ``4,5``), postcode, street, municipality,
    state, district, nature (``Público``, ``ONG``), number, complement, ``ddd``,
    ``telefone1``, ``telefone2``, extensions, 24-hour and WhatsApp flags, hours, days,
    in-person and online flags and ``categoria``; the free-text ``descricao``, ``observacao``
    and ``observacao_pandemia`` null; and ``avaliacao_maxima``."""
    rated = rng.random() < 0.3
    nature = {"público": "Público", "ONG": "ONG"}.get(_f(row, "natureza"), _f(row, "natureza"))
    point = {
        "categoria": category(row),
        "id": rng.randint(1, 6000),
        "nome": _f(row, "nome"),
        "latitude": coordinate(_f(row, "latitude")) or None,
        "longitude": coordinate(_f(row, "longitude")) or None,
        "avaliacao": f"{rng.choice((3.5, 4.0, 4.5, 5.0)):.1f}".replace(".", ",")
        if rated
        else "n/a",
        "cep": _f(row, "cep"),
        "tipo_logradouro": _f(row, "tipo_logradouro"),
        "nome_logradouro": _f(row, "nome_logradouro"),
        "municipio": _f(row, "municipio"),
        "uf": _f(row, "uf"),
        "bairro": _f(row, "bairro") or None,
        "natureza": nature,
        "descricao": None,
        "numero": number_of(row),
        "numero_sem_numero": number_of(row) is None,
        "complemento": _f(row, "complemento") or None,
        "ddd": int(ddd(row)) if ddd(row).isdigit() else None,
        "telefone1": as_bigint(phone(row)),
        "telefone2": as_bigint(phone2(row)),
        "ramal1": int(_f(row, "ramal1")) if _f(row, "ramal1").isdigit() else None,
        "ramal2": int(_f(row, "ramal2")) if _f(row, "ramal2").isdigit() else None,
        "eh_24h": bool(yes(_f(row, "24horas"))),
        "eh_whatsapp": _f(row, "whatsapp").lower() == "sim",
        "horario_inicio": _f(row, "horario_inicio") or None,
        "horario_fim": _f(row, "horario_fim") or None,
        "dias_funcionamento": _f(row, "dias_funcionamento") or None,
        "eh_presencial": yes(_f(row, "presencial")),
        "eh_online": yes(_f(row, "online")),
        "funcionamento_pandemia": yes(_f(row, "funcionamento_pandemia")),
        "observacao_pandemia": None,
        "ja_passou_por_moderacao": True,
        "observacao": None,
    }
    return _json({"ponto_apoio": point, "avaliacao_maxima": "5"})


def reference(row: dict[str, Any]) -> str:
    """A delivery note in Portuguese: to the reception, on the point's days and hours."""
    days = _f(row, "dias_funcionamento").lower() or "dias úteis"
    note = "Entregar na recepção, aos cuidados da coordenação da unidade, em " + days
    start, end = _f(row, "horario_inicio")[:5], _f(row, "horario_fim")[:5]
    if start and end:
        note += f", das {start} às {end}"
    return note + ". Material de distribuição gratuita, venda proibida."


def intelipost_pedido(row: dict[str, Any], rng: random.Random) -> str:
    """An Intelipost shipment order (``POST /api/v1/shipment_order``): campaign material of a
    state's secretariat for women sent to the point, an invented order number, dates and
    delivery method, ``end_customer`` the point (its name, acronym or category, mailbox,
    ``phone`` and ``cellphone`` with the area code in brackets, ``is_company``, an invented
    CNPJ, street, number, complement, district, city, state, postcode as digits) and one volume
    with its invented NF-e (series, number, 44-digit key, date, values, CFOP 6949)."""
    when = _when(rng)
    issuer = _cnpj(rng)
    number = rng.randint(1000, 99999)
    uf = _f(row, "uf")
    qty = rng.randint(2, 40) * 10
    value = round(qty * rng.uniform(0.8, 3.5), 2)
    customer = {
        "first_name": _f(row, "nome"),
        "last_name": _f(row, "sigla") or _f(row, "categoria"),
        "email": email(row),
        "phone": spoken(row, phone(row)),
        "cellphone": spoken(row, phone2(row)),
        "is_company": True,
        "federal_tax_payer_id": _cnpj(rng),
        "state_tax_payer_id": "ISENTO",
        "shipping_address": street(row),
        "shipping_number": _f(row, "numero") or "S/N",
        "shipping_additional": _f(row, "complemento"),
        "shipping_reference": reference(row),
        "shipping_quarter": _f(row, "bairro"),
        "shipping_city": _f(row, "municipio"),
        "shipping_state": uf,
        "shipping_zip_code": _f(row, "cep"),
        "shipping_country": "BR",
    }
    order = {
        "order_number": f"AL{when:%Y}-{rng.randint(10000, 99999)}",
        "sales_order_number": f"SPM-{rng.randint(100000, 999999)}",
        "customer_shipping_costs": 0.0,
        "sales_channel": "Campanha Agosto Lilás",
        "scheduled": False,
        "created": when.isoformat(timespec="seconds"),
        "shipment_order_type": "NORMAL",
        "delivery_method_id": rng.choice((1, 2, 3)),
        "estimated_delivery_date": f"{when + dt.timedelta(days=rng.randint(3, 12)):%Y-%m-%d}",
        "end_customer": customer,
        "origin_warehouse_code": "CD-BSB-01",
        "shipment_order_volume_array": [
            {
                "shipment_order_volume_number": 1,
                "volume_type_code": "box",
                "weight": round(rng.uniform(0.5, 12.0), 2),
                "width": rng.choice((20, 30, 40)),
                "height": rng.choice((10, 15, 25)),
                "length": rng.choice((30, 40, 60)),
                "products_quantity": qty,
                "products_nature": rng.choice(MATERIALS),
                "is_icms_exempt": True,
                "tracking_code": None,
                "shipment_order_volume_invoice": {
                    "invoice_series": "1",
                    "invoice_number": str(number),
                    "invoice_key": nfe_key(rng, ISSUER_UF, when, issuer, number),
                    "invoice_date": f"{when:%Y-%m-%d}",
                    "invoice_total_value": f"{value:.2f}",
                    "invoice_products_value": f"{value:.2f}",
                    "invoice_cfop": "6949" if uf != "DF" else "5949",
                },
            }
        ],
    }
    return _json(order)


def supabase_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """A Supabase database webhook payload: an ``UPDATE`` of a ``pontos_apoio`` table in the
    ``public`` schema, ``record`` the point as verified now (an invented id and times, the
    point's name, acronym, category, nature, scope, street, number, complement, district,
    municipality, IBGE code, state, postcode, ``ddd``, lines, extensions, WhatsApp flag,
    mailbox, hours and coordinates) and ``old_record`` the same before the check."""
    when = _when(rng)
    before = when - dt.timedelta(days=rng.randint(30, 700), seconds=rng.randint(0, 86400))
    record = {
        "id": _uuid(rng),
        "created_at": _iso(before - dt.timedelta(days=rng.randint(1, 90))),
        "updated_at": _iso(when),
        "nome": _f(row, "nome"),
        "sigla": _f(row, "sigla") or None,
        "categoria": _f(row, "categoria"),
        "natureza": _f(row, "natureza"),
        "abrangencia": _f(row, "abrangencia") or None,
        "logradouro": street(row),
        "numero": _f(row, "numero") or None,
        "complemento": _f(row, "complemento") or None,
        "bairro": _f(row, "bairro") or None,
        "municipio": _f(row, "municipio"),
        "cod_ibge": _f(row, "cod_IBGE") or None,
        "uf": _f(row, "uf"),
        "cep": _f(row, "cep"),
        "ddd": ddd(row) or None,
        "telefone1": phone(row),
        "ramal1": _f(row, "ramal1") or None,
        "telefone2": phone2(row) or None,
        "ramal2": _f(row, "ramal2") or None,
        "whatsapp": _f(row, "whatsapp").lower() == "sim",
        "email": email(row) or None,
        "funciona_24h": yes(_f(row, "24horas")),
        "horario_inicio": _f(row, "horario_inicio") or None,
        "horario_fim": _f(row, "horario_fim") or None,
        "dias_funcionamento": _f(row, "dias_funcionamento") or None,
        "latitude": float(coordinate(_f(row, "latitude"))) if _f(row, "latitude") else None,
        "longitude": float(coordinate(_f(row, "longitude"))) if _f(row, "longitude") else None,
        "verificado": True,
        "verificado_em": _iso(when),
    }
    old = {**record, "updated_at": _iso(before), "verificado": False, "verificado_em": None}
    payload = {
        "type": "UPDATE",
        "table": "pontos_apoio",
        "record": record,
        "schema": "public",
        "old_record": old,
    }
    return _json(payload)


# the Metabase question's columns: (name, display name, base type, the row's value)
METABASE_COLUMNS: tuple[tuple[str, str, str, Callable[[dict[str, Any]], Any]], ...] = (
    ("nome", "Nome", "type/Text", lambda r: _f(r, "nome")),
    ("categoria", "Categoria", "type/Text", lambda r: _f(r, "categoria")),
    ("natureza", "Natureza", "type/Text", lambda r: _f(r, "natureza")),
    ("logradouro", "Logradouro", "type/Text", street),
    ("numero", "Número", "type/Text", lambda r: _f(r, "numero") or None),
    ("bairro", "Bairro", "type/Text", lambda r: _f(r, "bairro") or None),
    ("municipio", "Município", "type/Text", lambda r: _f(r, "municipio")),
    ("uf", "UF", "type/Text", lambda r: _f(r, "uf")),
    ("cep", "CEP", "type/Text", lambda r: _f(r, "cep")),
    ("ddd", "DDD", "type/Integer", lambda r: int(ddd(r)) if ddd(r).isdigit() else None),
    ("telefone1", "Telefone 1", "type/Text", phone),
    ("telefone2", "Telefone 2", "type/Text", lambda r: phone2(r) or None),
    ("email", "E-mail", "type/Text", lambda r: email(r) or None),
    ("funcionamento", "Funcionamento", "type/Text", lambda r: opening(r)),
)


def opening(row: dict[str, Any]) -> str | None:
    """The point's days and hours in a phrase (``Dias úteis, das 08:00 às 17:30``), or
    ``Atendimento 24 horas``; None where the survey gives neither."""
    if yes(_f(row, "24horas")):
        return "Atendimento 24 horas, todos os dias"
    days, start, end = (
        _f(row, "dias_funcionamento"),
        _f(row, "horario_inicio")[:5],
        _f(row, "horario_fim")[:5],
    )
    if start and end:
        return f"{days or 'Dias úteis'}, das {start} às {end}"
    return days or None


def metabase_resultado(row: dict[str, Any], rng: random.Random) -> str:
    """A Metabase card query result (``POST /api/card/{id}/query`` of a native question on the
    network's database): ``data`` with one row (an invented id, the point's name, category,
    municipality, state, postcode, ``ddd``, lines and mailbox, an invented last check),
    ``cols``, ``native_form`` (the SQL, by the invented id), ``results_timezone`` and
    ``results_metadata``; ``database_id``, ``started_at``, ``json_query``, ``status``
    ``completed``, ``context`` ``question``, ``row_count`` 1 and ``running_time``."""
    when = _when(rng)
    pid = rng.randint(1, 6000)
    checked = when - dt.timedelta(days=rng.randint(1, 400))
    sql = (
        "-- Rede de enfrentamento à violência contra a mulher: contatos do ponto de apoio "
        "verificados pela equipe de atualização do mapa\n"
        "SELECT p.id, p.nome, c.nome AS categoria, p.natureza, p.logradouro, p.numero, p.bairro, "
        "p.municipio, p.uf, p.cep, p.ddd, p.telefone1, p.telefone2, p.email, p.funcionamento, "
        "p.verificado_em FROM pontos_apoio p JOIN categorias c ON c.id = "
        f"p.categoria_id WHERE p.id = {pid}"
    )
    columns = [
        ("id", "ID", "type/BigInteger", lambda r: pid),
        *METABASE_COLUMNS,
        ("verificado_em", "Verificado em", "type/DateTimeWithLocalTZ", lambda r: None),
    ]
    values = [get(row) for *_, get in columns]
    values[-1] = checked.isoformat(timespec="milliseconds")
    cols = [
        {
            "display_name": label,
            "source": "native",
            "field_ref": ["field", name, {"base-type": base}],
            "name": name,
            "base_type": base,
            "effective_type": base,
        }
        for name, label, base, _ in columns
    ]
    database = rng.choice((2, 3, 4))
    doc = {
        "data": {
            "rows": [values],
            "cols": cols,
            "native_form": {"query": sql, "params": None},
            "results_timezone": "America/Sao_Paulo",
            "requested_timezone": "America/Sao_Paulo",
            "results_metadata": {
                "columns": [
                    {
                        "display_name": c["display_name"],
                        "field_ref": c["field_ref"],
                        "name": c["name"],
                        "base_type": c["base_type"],
                        "effective_type": c["effective_type"],
                        "semantic_type": None,
                        "fingerprint": None,
                    }
                    for c in cols
                ]
            },
            "insights": None,
        },
        "cached": None,
        "database_id": database,
        "started_at": _iso(when),
        "json_query": {
            "type": "native",
            "native": {"query": sql, "template-tags": {}},
            "database": database,
            "middleware": {"js-int-to-string?": True, "add-default-userland-constraints?": True},
        },
        "average_execution_time": None,
        "status": "completed",
        "context": "question",
        "row_count": 1,
        "running_time": rng.randint(12, 480),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "penhas_ponto_apoio": penhas_ponto_apoio,
    "intelipost_pedido": intelipost_pedido,
    "supabase_webhook": supabase_webhook,
    "metabase_resultado": metabase_resultado,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its lines and mailbox
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
