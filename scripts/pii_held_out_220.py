"""held_out_220 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Portugal's 308 municipalities, as the Direção-Geral das Autarquias Locais
gives them; Portugal's earlier parts took Eurostat GISCO's hospitals, the Ministry of Internal
Administration's police stations and the Ministry of Justice's services) exactly as published,
in layouts no earlier part has, beside the list's own names, tax numbers, addresses, postcodes,
codes and figures.

The procedure of ``held_out_195``, on another register and other layouts; earlier parts took
national numbers from registers of PT (hospitals, police stations, justice services), ES and
many others; here:

* the values are the ``telefone``, ``fax`` and ``email`` fields of the 308 municipal councils
  (``scripts/data/pii_pt_municipalities.json``, written by ``scripts/pt_municipalities_data.py``;
  source and licence in that file): Portuguese numbers as the DGAL writes them, nine digits in
  one run (``241330100``), no ``+351``; one phone with another ending of the same line after a
  slash (``261940300/329``: one number, its ending with it), one fax field of two numbers joined
  by a slash (``214825030/214825057``: each labelled on its own), one in two groups
  (``296 304401``); the council's mailbox (``geral@cm-agueda.pt``; a field of two addresses
  joined by ``;`` gives two); each copy of each value labelled (a fax that repeats the phone is
  labelled under the phone);
* the text around them is the same row's real fields: the name (``ABRANTES``), the tax number
  (``nif``, ``502661038``: nine digits, the shape of a phone), street, place, postcode
  (``2200-366``), the DGAL's and INE's codes, web site, area, population and electors, with
  invented notice, customer, contact and client ids, tokens, amounts, CPV codes and dates,
  unlabelled and scored;
* in layouts no earlier part has, text in Portuguese: TED eSender XML R2.0.9 contract notices
  (``F02_2014``: the council as ``ADDRESS_CONTRACTING_BODY`` with ``NATIONALID``, ``PHONE``,
  ``E_MAIL``, ``FAX``, its mailbox again as the sender's contact, the number again in
  ``INFO_ADD``), Moloni API requests creating the council as a supplier's customer
  (``POST /v1/customers/insert/``: ``vat``, ``phone``, ``fax``, ``email``, a second address as
  ``contact_email``, ``notes`` repeating the number), Zimbra SOAP ``CreateContactRequest``s
  (``urn:zimbraMail``: one ``cn`` whose ``a`` attributes hold ``company``, ``workPhone``,
  ``workFax``, ``email``, ``email2`` and the address) and Vendus API client records
  (``GET /ws/v1.1/clients/<id>/`` responses: ``fiscal_id``, ``phone``, ``email``, no fax).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_220.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_municipalities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_220.jsonl.gz"
SPLIT = "held_out_220"

LAYOUTS = ("ted_f02_notice", "moloni_customer", "zimbra_contact", "vendus_client")
PHONE, FAX, EMAIL = "telefone", "fax", "email"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented works, services and supplies a council tenders or is billed for (no real contract
# is meant): (title, CPV code, contract type)
CONTRACTS = (
    ("Requalificação da rede de iluminação pública", "45316110", "WORKS"),
    ("Beneficiação de estradas e caminhos municipais", "45233141", "WORKS"),
    ("Fornecimento de refeições escolares", "55523100", "SERVICES"),
    ("Recolha de resíduos urbanos e limpeza urbana", "90511000", "SERVICES"),
    ("Transporte escolar em circuitos especiais", "60130000", "SERVICES"),
    ("Aquisição de combustíveis rodoviários", "09130000", "SUPPLIES"),
    ("Fornecimento de energia elétrica às instalações municipais", "09310000", "SUPPLIES"),
)
SERVICES = (
    "assistência técnica a equipamento informático",
    "fornecimento de material de escritório",
    "manutenção de elevadores dos paços do concelho",
    "aluguer de equipamento de som para festas concelhias",
    "fornecimento de fardamento para a proteção civil municipal",
)

_NUM = re.compile(r"\d(?:\d|[ \xa0](?=\d))*")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def emails(row: dict[str, Any]) -> list[str]:
    """The row's e-mail addresses as published (a field of two joined by ``;`` gives two)."""
    return [a.strip() for a in _f(row, EMAIL).split(";") if a.strip()]


def field_numbers(value: str) -> list[str]:
    """The numbers of a phone or fax field: a piece of seven digits or more starts a number, a
    shorter piece after ``/`` is another ending of the number before it and stays with it
    (``261940300/329`` is one number, ``214825030/214825057`` two)."""
    out: list[list[int]] = []
    for m in _NUM.finditer(value):
        if sum(c.isdigit() for c in m.group()) >= 7 or not out:
            out.append([m.start(), m.end()])
        else:
            out[-1][1] = m.end()
    return [value[s:e] for s, e in out]


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of the list's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone and fax fields
    and of each of its e-mail addresses labelled, phones first (a fax number that repeats a
    phone number is the phone's), each longest first. Each copy stands apart: no digit next
    to a number, no address character next to an address."""
    tel = field_numbers(phone(row))
    fx = [v for v in field_numbers(fax(row)) if v not in tel]
    values = [
        *(("phone", v) for v in sorted(set(tel), key=lambda v: (-len(v), v))),
        *(("fax", v) for v in sorted(set(fx), key=lambda v: (-len(v), v))),
        *(("email", v) for v in sorted(set(emails(row)), key=lambda v: (-len(v), v))),
    ]
    edges = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}
    return field_copies(text, values, edges, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _name(row: dict[str, Any]) -> str:
    """The council's name as the list writes it (``ABRANTES``)."""
    return _f(row, "entidade")


def _site(row: dict[str, Any]) -> str:
    """The row's web site as a URL (``http://www.cm-abrantes.pt``), "" where it has none."""
    site = _f(row, "sitio")
    return site if not site or site.startswith("http") else f"http://{site}"


def _figures(row: dict[str, Any]) -> str:
    """The row's codes and figures as a sentence (``Código DGAL 2552; código INE 1401; ...``)."""
    parts = [f"Código DGAL {_f(row, 'codigo')}", f"código INE {_f(row, 'codigoine')}"]
    if _f(row, "areaha"):
        parts.append(f"área {_f(row, 'areaha')} km²")
    if _f(row, "populacao"):
        parts.append(f"população {_f(row, 'populacao')}")
    if _f(row, "eleitores"):
        parts.append(f"eleitores {_f(row, 'eleitores')}")
    return "; ".join(parts) + "."


def ted_f02_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A TED eSender XML R2.0.9 contract notice (``F02_2014``, language PT) of an invented open
    procedure of the council: the ``SENDER`` (an invented login and document number, the
    council's mailbox as contact), the council as ``ADDRESS_CONTRACTING_BODY`` (official name,
    ``NATIONALID`` its tax number, address, town, postcode, country, contact point, ``PHONE``,
    ``E_MAIL``, ``FAX``, ``URL_GENERAL``), a regional authority; the contract's title, invented
    reference, CPV code, type, description, estimated value and duration; the procedure's dates
    and an ``INFO_ADD`` naming the number (and the second address) again; invented dates."""
    name, tel, fx, mail = _name(row), phone(row), fax(row), emails(row)
    title, cpv, ctype = rng.choice(CONTRACTS)
    when = _when(rng)
    due = when + dt.timedelta(days=rng.choice((30, 35, 40, 47)))
    value = f"{rng.randint(180, 4800) * 1000 + rng.choice((0, 500)):.2f}"
    ref = f"CP-{rng.randint(1, 60):02d}/{when.year}"
    contact = [
        "        <ADDRESS_CONTRACTING_BODY>",
        f"          <OFFICIALNAME>MUNICÍPIO DE {_x(name)}</OFFICIALNAME>",
        f"          <NATIONALID>{_x(_f(row, 'nif'))}</NATIONALID>",
        f"          <ADDRESS>{_x(_f(row, 'rua'))}</ADDRESS>",
        f"          <TOWN>{_x(_f(row, 'descrpostal'))}</TOWN>",
        f"          <POSTAL_CODE>{_x(_f(row, 'codigopostal'))}</POSTAL_CODE>",
        '          <COUNTRY VALUE="PT"/>',
        "          <CONTACT_POINT>Divisão de Contratação Pública</CONTACT_POINT>",
        f"          <PHONE>{_x(tel)}</PHONE>",
    ]
    if mail:
        contact.append(f"          <E_MAIL>{_x(mail[0])}</E_MAIL>")
    if fx:
        contact.append(f"          <FAX>{_x(fx)}</FAX>")
    if _site(row):
        contact.append(f"          <URL_GENERAL>{_x(_site(row))}</URL_GENERAL>")
    contact.append("        </ADDRESS_CONTRACTING_BODY>")
    info = (
        f"Os pedidos de esclarecimento são dirigidos à Divisão de Contratação Pública do "
        f"Município de {name}, {_f(row, 'rua')}, {_f(row, 'codigopostal')} "
        f"{_f(row, 'descrpostal')}, telefone {tel}"
    )
    info += f", ou para {mail[1]}." if len(mail) > 1 else "."
    sender = [
        "  <SENDER>",
        "    <IDENTIFICATION>",
        f"      <ESENDER_LOGIN>TED{rng.randint(10, 99)}</ESENDER_LOGIN>",
        f"      <NO_DOC_EXT>{when.year}-{rng.randint(100000, 999999)}</NO_DOC_EXT>",
        "    </IDENTIFICATION>",
        "    <CONTACT>",
        f"      <ORGANISATION>MUNICÍPIO DE {_x(name)}</ORGANISATION>",
        '      <COUNTRY VALUE="PT"/>',
    ]
    if mail:
        sender.append(f"      <E_MAIL>{_x(mail[0])}</E_MAIL>")
    sender += [
        "    </CONTACT>",
        f"    <DATE_EXPECTED_PUBLICATION>{when + dt.timedelta(days=5):%Y-%m-%d}"
        "</DATE_EXPECTED_PUBLICATION>",
        "  </SENDER>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception'
        ' TED_ESENDERS.xsd" VERSION="R2.0.9.S05">',
        *sender,
        "  <FORM_SECTION>",
        '    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="PT">',
        '      <LEGAL_BASIS VALUE="32014L0024"/>',
        "      <CONTRACTING_BODY>",
        *contact,
        "        <DOCUMENT_FULL/>",
        f"        <URL_DOCUMENT>{_x(_site(row) or 'http://www.base.gov.pt')}</URL_DOCUMENT>",
        "        <ADDRESS_FURTHER_INFO_IDEM/>",
        "        <ADDRESS_PARTICIPATION_IDEM/>",
        '        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>',
        '        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>',
        "      </CONTRACTING_BODY>",
        "      <OBJECT_CONTRACT>",
        f"        <TITLE><P>{_x(title)} — Concelho de {_x(name)}</P></TITLE>",
        f"        <REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER>",
        f'        <CPV_MAIN><CPV_CODE CODE="{cpv}"/></CPV_MAIN>',
        f'        <TYPE_CONTRACT CTYPE="{ctype}"/>',
        f"        <SHORT_DESCR><P>{_x(title)} no concelho de {_x(name)}, nos termos do "
        "caderno de encargos.</P></SHORT_DESCR>",
        f'        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">{value}</VAL_ESTIMATED_TOTAL>',
        "        <NO_LOT_DIVISION/>",
        '        <OBJECT_DESCR ITEM="1">',
        f"          <MAIN_SITE><P>Concelho de {_x(name)}</P></MAIN_SITE>",
        f"          <SHORT_DESCR><P>{_x(title)}. {_x(_figures(row))}</P></SHORT_DESCR>",
        "          <AC><AC_PRICE/></AC>",
        f'          <DURATION TYPE="DAY">{rng.choice((90, 120, 180, 365, 730))}</DURATION>',
        "          <NO_RENEWAL/>",
        "          <NO_ACCEPTED_VARIANTS/>",
        "          <NO_OPTIONS/>",
        "          <NO_EU_PROGR_RELATED/>",
        "        </OBJECT_DESCR>",
        "      </OBJECT_CONTRACT>",
        "      <PROCEDURE>",
        "        <PT_OPEN/>",
        "        <CONTRACT_COVERED_GPA/>",
        f"        <DATE_RECEIPT_TENDERS>{due:%Y-%m-%d}</DATE_RECEIPT_TENDERS>",
        "        <TIME_RECEIPT_TENDERS>23:59</TIME_RECEIPT_TENDERS>",
        '        <LANGUAGES><LANGUAGE VALUE="PT"/></LANGUAGES>',
        '        <DURATION_TENDER_VALID TYPE="DAY">66</DURATION_TENDER_VALID>',
        "        <OPENING_CONDITION>",
        f"          <DATE_OPENING_TENDERS>{due + dt.timedelta(days=1):%Y-%m-%d}"
        "</DATE_OPENING_TENDERS>",
        "          <TIME_OPENING_TENDERS>10:00</TIME_OPENING_TENDERS>",
        "        </OPENING_CONDITION>",
        "      </PROCEDURE>",
        "      <COMPLEMENTARY_INFO>",
        "        <NO_RECURRENT_PROCUREMENT/>",
        f"        <INFO_ADD><P>{_x(info)}</P></INFO_ADD>",
        f"        <DATE_DISPATCH_NOTICE>{when:%Y-%m-%d}</DATE_DISPATCH_NOTICE>",
        "      </COMPLEMENTARY_INFO>",
        "    </F02_2014>",
        "  </FORM_SECTION>",
        "</TED_ESENDERS>",
        "",
    ]
    return "\n".join(lines)


def moloni_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Moloni API v1 request creating the council as an invented supplier's customer
    (``POST /v1/customers/insert/`` with an invented access token, ``json=true`` and a JSON
    body): an invented company id and customer number, ``vat`` its tax number, name, address,
    ``zip_code``, city, Portugal, ``email``, ``website``, ``phone``, ``fax``, a contact point
    that is a department (its ``contact_email`` the second address where the row has one),
    ``notes`` naming the number again with the codes, and invented payment settings."""
    name, tel, fx, mail = _name(row), phone(row), fax(row), emails(row)
    token = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    body = {
        "company_id": rng.randint(10000, 299999),
        "vat": _f(row, "nif"),
        "number": f"CM{rng.randint(1, 999):04d}",
        "name": f"Município de {name}",
        "language_id": 1,
        "address": _f(row, "rua"),
        "zip_code": _f(row, "codigopostal"),
        "city": _f(row, "descrpostal"),
        "country_id": 1,
        "email": mail[0] if mail else "",
        "website": _f(row, "sitio"),
        "phone": tel,
        "fax": fx,
        "contact_name": "Divisão Financeira",
        "contact_email": mail[1] if len(mail) > 1 else "",
        "contact_phone": "",
        "notes": f"Serviço: {rng.choice(SERVICES)}. Faturação eletrónica; contactar a "
        f"Câmara Municipal pelo {tel}. {_figures(row)}",
        "salesman_id": 0,
        "maturity_date_id": rng.randint(100000, 999999),
        "payment_day": 0,
        "discount": 0,
        "credit_limit": 0,
        "qty_copies_document": 3,
        "payment_method_id": rng.randint(100000, 999999),
        "delivery_method_id": rng.randint(100000, 999999),
        "field_notes": "",
    }
    text = json.dumps(body, ensure_ascii=False, indent=2)
    return (
        f"POST /v1/customers/insert/?access_token={token}&json=true HTTP/1.1\n"
        "Host: api.moloni.pt\n"
        "Content-Type: application/json\n"
        "Accept: application/json\n"
        f"Content-Length: {len(text.encode('utf-8'))}\n"
        "\n"
        f"{text}\n"
    )


def zimbra_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Zimbra SOAP ``CreateContactRequest`` (``urn:zimbraMail``, SOAP 1.2) adding the council
    to an address book: an invented auth token and session in the ``context`` header, one
    ``cn`` in the Contacts folder (``l="7"``) whose ``a`` attributes hold ``fileAs``,
    ``company``, the work address, ``workPhone``, ``workFax``, ``email`` and ``email2``,
    ``workURL`` and ``notes`` with the tax number, codes and figures."""
    name, tel, fx, mail = _name(row), phone(row), fax(row), emails(row)
    token = "0_" + "".join(rng.choice("0123456789abcdef") for _ in range(64))
    attrs = [
        ("fileAs", "3"),
        ("company", f"Câmara Municipal de {name}"),
        ("workStreet", _f(row, "rua")),
        ("workPostalCode", _f(row, "codigopostal")),
        ("workCity", _f(row, "descrpostal")),
        ("workCountry", "Portugal"),
        ("workPhone", tel),
        ("workFax", fx),
        *((("email", mail[0]),) if mail else ()),
        *((("email2", mail[1]),) if len(mail) > 1 else ()),
        ("workURL", _site(row)),
        ("notes", f"NIF {_f(row, 'nif')}. {_figures(row)}"),
    ]
    body = [f"        <a n={quoteattr(k)}>{_x(v)}</a>" for k, v in attrs if v]
    lines = [
        '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">',
        "  <soap:Header>",
        '    <context xmlns="urn:zimbra">',
        f"      <authToken>{token}</authToken>",
        f'      <session id="{rng.randint(100, 99999)}"/>',
        '      <userAgent name="ZimbraWebClient - FF128 (Linux)"/>',
        "    </context>",
        "  </soap:Header>",
        "  <soap:Body>",
        '    <CreateContactRequest xmlns="urn:zimbraMail">',
        '      <cn l="7">',
        *body,
        "      </cn>",
        "    </CreateContactRequest>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def vendus_client(row: dict[str, Any], rng: random.Random) -> str:
    """A Vendus API v1.1 client record as ``GET /ws/v1.1/clients/<id>/`` returns it (the HTTP
    response: status, headers and a JSON object): an invented id, ``fiscal_id`` its tax
    number, name, address, city, ``postalcode``, ``phone``, an empty ``mobile``, ``email``
    (the first address), ``website`` and country; Vendus keeps no fax."""
    name, tel, mail = _name(row), phone(row), emails(row)
    when = _when(rng)
    body = {
        "id": rng.randint(10000000, 99999999),
        "fiscal_id": _f(row, "nif"),
        "name": f"Município de {name}",
        "address": _f(row, "rua"),
        "city": _f(row, "descrpostal"),
        "postalcode": _f(row, "codigopostal"),
        "phone": tel,
        "mobile": "",
        "email": mail[0] if mail else "",
        "website": _site(row),
        "country": "PT",
    }
    text = json.dumps(body, ensure_ascii=False, indent=4)
    return (
        "HTTP/1.1 200 OK\n"
        f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT\n"
        "Content-Type: application/json; charset=utf-8\n"
        f"Content-Length: {len(text.encode('utf-8'))}\n"
        "\n"
        f"{text}\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ted_f02_notice": ted_f02_notice,
    "moloni_customer": moloni_customer,
    "zimbra_contact": zimbra_contact,
    "vendus_client": vendus_client,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone, fax and e-mail
    fields labelled."""
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
