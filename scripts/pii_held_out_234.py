"""held_out_234 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the offices of Mexico's Servicio Nacional de Empleo in the STPS's Portal del Empleo;
Mexico's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the directory's own places, addresses and office hours.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
numbers from registers of many countries, Mexico's among them (the Secretaría de Cultura's
museums, INEGI's DENUE, the State of Chiapas's schools, the municipality of Jesús María); here:

* the values are the lines of the ``Teléfono(s) y extensión`` cells of 185 employment offices
  (``scripts/data/pii_mx_sne_offices.json``, written by ``scripts/mx_sne_offices_data.py``;
  source and licence in that file), Mexican numbers as the directory prints them: an area code
  in brackets and the line in pairs or runs (``(449) 971-94-01 al 04``, ``(612) 122 01 77 ext.
  1023``), the old long-distance prefix ``01`` (``01 (844) 412-56-76, 410-52-49``, ``01 48
  88877202``), Mexico City's ten digits cut after the sixth (``555709 3233``), a no-break
  space after the area code (``(961)\xa0 6189440``); each number of a line labelled on its
  own, the prefix ``01`` with it; the endings after ``al``, the extensions (``Ext. 115``,
  ``Red: 825 400``, ``terminación 01, 10 y 11``) and the words (``Directo``) not; the
  offices' e-mail addresses on government domains (``CE1Calvillo@stps.gob.mx``), labelled;
* the text around them is the same row's real fields: the place, the office's kind, its address
  with its postcode (``C.P. 20280``), municipality and hours, with invented vacancy folios,
  CRM record ids, salaries, vacancy counts, dates and Unix times, unlabelled and scored;
* in layouts no earlier part has, of the field of employment services and of the CRMs that
  Mexican offices use, text in Spanish: HR Open Standards (HR-XML 3) ``PositionOpening``
  documents of a vacancy the office channels (``PostingRequester`` with ``Communication``
  ``oa:FormattedNumber`` and ``oa:URI``, the numbers again in the formatted description),
  schema.org ``JobPosting`` JSON-LD as a job page embeds it for search engines
  (``applicationContact`` ``ContactPoint``, the numbers in the HTML ``description``), Bitrix24
  REST answers of ``crm.company.list`` (``PHONE`` and ``EMAIL`` multifields of ``VALUE_TYPE``
  ``WORK``, the extensions in ``COMMENTS``) and Kommo (amoCRM) API v4 company records
  (``custom_fields_values`` of ``field_code`` ``PHONE`` and ``EMAIL``, ``enum_code`` ``WORK``,
  a notes field repeating the cell).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_234.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_sne_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_234.jsonl.gz"
SPLIT = "held_out_234"

LAYOUTS = ("hropen_position", "jobposting_jsonld", "bitrix24_company", "kommo_company")
PHONE = "telefonos"
TZ = dt.timezone(dt.timedelta(hours=-6))  # Mexico City's time, no summer time since 2022

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the states as the page's filter classes name them
STATES = {
    "aguascalientes": "Aguascalientes", "bajacalifornia": "Baja California",
    "bajacaliforniasur": "Baja California Sur", "campeche": "Campeche",
    "coahuila": "Coahuila", "colima": "Colima", "chiapas": "Chiapas",
    "chihuahua": "Chihuahua", "ciudaddemexico": "Ciudad de México", "durango": "Durango",
    "guanajuato": "Guanajuato", "guerrero": "Guerrero", "hidalgo": "Hidalgo",
    "jalisco": "Jalisco", "estadodemexico": "Estado de México", "michoacan": "Michoacán",
    "morelos": "Morelos", "nayarit": "Nayarit", "nuevoleon": "Nuevo León", "oaxaca": "Oaxaca",
    "puebla": "Puebla", "queretaro": "Querétaro", "quintanaroo": "Quintana Roo",
    "sanluispotosi": "San Luis Potosí", "sinaloa": "Sinaloa", "sonora": "Sonora",
    "tabasco": "Tabasco", "tamaulipas": "Tamaulipas", "tlaxcala": "Tlaxcala",
    "veracruz": "Veracruz", "yucatan": "Yucatán", "zacatecas": "Zacatecas",
}  # fmt: skip

# invented vacancies an office channels (no real posting is meant)
JOBS = (
    ("Auxiliar administrativo", "Administración"), ("Operador de producción", "Manufactura"),
    ("Ayudante general", "Logística"), ("Cajero de tienda", "Comercio"),
    ("Vendedor de piso", "Comercio"), ("Chofer repartidor", "Transporte"),
    ("Recepcionista de hotel", "Turismo"), ("Técnico de mantenimiento", "Industria"),
    ("Almacenista", "Logística"), ("Cocinero", "Restaurantes"),
    ("Auxiliar contable", "Servicios profesionales"), ("Guardia de seguridad", "Servicios"),
)  # fmt: skip
EMPLOYERS = (
    "Comercializadora del Bajío, S.A. de C.V.", "Grupo Industrial Noreste, S.A. de C.V.",
    "Servicios Logísticos del Pacífico, S.A. de C.V.", "Hoteles y Turismo del Golfo, S.A. de C.V.",
    "Alimentos Selectos del Centro, S.A. de C.V.", "Manufacturas Técnicas de Occidente, S.A.P.I.",
)  # fmt: skip
SCHEDULES = ("Tiempo completo", "Medio tiempo", "Por turnos")
KINDS_SCHEMA = {"Tiempo completo": "FULL_TIME", "Medio tiempo": "PART_TIME", "Por turnos": "OTHER"}

# where a line of the cell stops holding numbers, and what parts the numbers in it
_CUT = re.compile(r"(?i)\s*(?:\bexts?\b\.?|\bred:|terminaci|\(directo|\bdirecto\b)")
_SEP = re.compile(r",\s*|\s+[yYo]\s+|\s+al\s+")
_SHAPE = re.compile(r"[\d()+\-. \xa0]+")


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"].get(key) or ""


def lines(row: dict[str, Any]) -> list[str]:
    """The lines of the row's phone cell as published."""
    return list(row["fields"][PHONE])


def emails(row: dict[str, Any]) -> list[str]:
    return list(row["fields"]["correos"])


def numbered(row: dict[str, Any]) -> list[str]:
    """The lines that hold a number (seven digits or more), in the cell's order."""
    return [line for line in lines(row) if numbers_of(line)]


def numbers_of(line: str) -> list[tuple[int, int]]:
    """(start, end) of each number of seven digits or more in a line of the cell: the line up to
    its extension or note (``Ext.``, ``Red:``, ``terminación``, ``Directo``), parted at commas
    and at ``y``, ``o`` and ``al`` (an ending after ``al`` has too few digits to count); the
    long-distance prefix ``01`` and the area code stay with their number, a closing full stop
    does not."""
    cut = _CUT.search(line)
    head = line[: cut.start()] if cut else line
    out, at = [], 0
    for sep in [*_SEP.finditer(head), None]:
        end = sep.start() if sep else len(head)
        piece = head[at:end]
        s = at + len(piece) - len(piece.lstrip())
        e = at + len(piece.rstrip().rstrip("."))
        if sum(c.isdigit() for c in head[s:e]) >= 7:
            assert _SHAPE.fullmatch(head[s:e]), line
            out.append((s, e))
        at = sep.end() if sep else end
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Mexico City's time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _postcode(row: dict[str, Any]) -> str:
    m = re.search(r"C\.\s?P\.\s*(\d{5})", _f(row, "domicilio"))
    return m.group(1) if m else ""


def office(row: dict[str, Any]) -> str:
    """The office's name as the directory gives it (kind and place)."""
    where = " ".join(part for part in (_f(row, "tipo"), _f(row, "lugar")) if part)
    return f"Servicio Nacional de Empleo {_state(row)} · {where}"


def _state(row: dict[str, Any]) -> str:
    return STATES[_f(row, "entidad")]


class Text:
    """A record's text built piece by piece in a layout's escaping: the phone lines and e-mail
    addresses written as values (labelled), the rest as plain text."""

    def __init__(self, esc: Callable[[str], str]) -> None:
        self.b = Record()
        self.esc = esc

    def add(self, text: str) -> Text:
        self.b.add(text)
        return self

    def value(self, text: str) -> Text:
        """Free text of the row (escaped, unlabelled)."""
        self.b.add(self.esc(text))
        return self

    def phone(self, line: str) -> Text:
        assert self.esc(line) == line, line
        self.b.phone(PHONE, line)
        return self

    def email(self, address: str) -> Text:
        assert self.esc(address) == address, address
        self.b.email(address)
        return self

    def cell(self, row: dict[str, Any], joiner: str) -> Text:
        """Every line of the phone cell, in its order, ``joiner`` between them."""
        for i, line in enumerate(lines(row)):
            if i:
                self.add(joiner)
            if numbers_of(line):
                self.phone(line)
            else:
                self.value(line)
        return self


def _x(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _j(value: str) -> str:
    """``value`` as the inside of a JSON string."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _vacancy(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    title, sector = rng.choice(JOBS)
    when = _when(rng)
    return {
        "title": title,
        "sector": sector,
        "employer": rng.choice(EMPLOYERS),
        "schedule": rng.choice(SCHEDULES),
        "salary": rng.randrange(8500, 24000, 250),
        "openings": rng.randint(1, 12),
        "folio": f"{when:%Y}{rng.randint(1000000, 9999999)}",
        "posted": when,
        "until": when + dt.timedelta(days=rng.choice((15, 30, 45, 60))),
    }


def hropen_position(row: dict[str, Any], rng: random.Random) -> Record:
    """An HR Open Standards (HR-XML 3) ``PositionOpening`` of a vacancy the office channels:
    ``DocumentID`` (an invented folio), the office as ``PostingRequester`` with its address and
    a ``Communication`` per number line (``oa:FormattedNumber``) and per e-mail (``oa:URI``),
    the ``PositionProfile`` (title, invented employer, place, salary) and a formatted
    description in Spanish that repeats the whole phone cell."""
    v = _vacancy(row, rng)
    t = Text(_x)
    t.add('<?xml version="1.0" encoding="UTF-8"?>\n')
    t.add(
        '<PositionOpening xmlns="http://www.hr-xml.org/3" '
        'xmlns:oa="http://www.openapplications.org/oagis/9" '
        'majorVersionID="3" minorVersionID="3" languageCode="es-MX">\n'
    )
    t.add(f'  <DocumentID schemeAgencyID="STPS-SNE">{v["folio"]}</DocumentID>\n')
    t.add("  <PositionOpeningStatusCode>Active</PositionOpeningStatusCode>\n")
    t.add("  <PostingRequester>\n")
    t.add(
        f'    <PartyID schemeID="oficina">{_f(row, "entidad")}-{rng.randint(1, 99):02d}</PartyID>\n'
    )
    t.add("    <PartyName>").value(office(row)).add("</PartyName>\n")
    t.add("    <Address>\n")
    t.add("      <oa:LineOne>").value(_f(row, "domicilio")).add("</oa:LineOne>\n")
    t.add("      <oa:CityName>").value(_f(row, "municipio")).add("</oa:CityName>\n")
    t.add("      <CountrySubDivisionCode>").value(_state(row)).add("</CountrySubDivisionCode>\n")
    t.add("      <CountryCode>MX</CountryCode>\n")
    if _postcode(row):
        t.add(f"      <oa:PostalCode>{_postcode(row)}</oa:PostalCode>\n")
    t.add("    </Address>\n")
    for line in numbered(row):
        t.add("    <Communication>\n      <ChannelCode>Telephone</ChannelCode>\n")
        t.add("      <UseCode>business</UseCode>\n      <oa:FormattedNumber>")
        t.phone(line).add("</oa:FormattedNumber>\n    </Communication>\n")
    for address in emails(row):
        t.add("    <Communication>\n      <ChannelCode>Email</ChannelCode>\n      <oa:URI>")
        t.email(address).add("</oa:URI>\n    </Communication>\n")
    t.add("  </PostingRequester>\n")
    t.add("  <PositionProfile>\n")
    t.add(f"    <PositionTitle>{_x(v['title'])}</PositionTitle>\n")
    t.add("    <PositionOrganization>\n")
    t.add(f"      <OrganizationIdentifiers><OrganizationName>{_x(v['employer'])}"
          "</OrganizationName></OrganizationIdentifiers>\n")  # fmt: skip
    t.add(f"      <IndustryCode>{_x(v['sector'])}</IndustryCode>\n")
    t.add("    </PositionOrganization>\n")
    t.add("    <PositionOpenQuantity>" + str(v["openings"]) + "</PositionOpenQuantity>\n")
    t.add(f"    <PositionScheduleTypeCode>{_x(v['schedule'])}</PositionScheduleTypeCode>\n")
    t.add("    <PositionLocation>\n      <Address>\n        <oa:CityName>")
    t.value(_f(row, "lugar") or _state(row)).add("</oa:CityName>\n")
    t.add(f"        <CountrySubDivisionCode>{_x(_state(row))}</CountrySubDivisionCode>\n")
    t.add("        <CountryCode>MX</CountryCode>\n      </Address>\n    </PositionLocation>\n")
    t.add("    <OfferedRemunerationPackage>\n      <RemunerationRange>\n")
    t.add(f'        <RemunerationAmount currencyID="MXN">{v["salary"]}.00</RemunerationAmount>\n')
    t.add("        <RemunerationIntervalCode>Month</RemunerationIntervalCode>\n")
    t.add("      </RemunerationRange>\n    </OfferedRemunerationPackage>\n")
    t.add("    <PositionFormattedDescription>\n      <ID>contacto</ID>\n      <Content>")
    t.add("Vacante canalizada por la oficina ").value(office(row))
    t.add(f" (folio {v['folio']}). Para concertar una entrevista acuda a ")
    t.value(_f(row, "domicilio")).add(" o llame a los teléfonos ").cell(row, " / ")
    t.add(". Horario de atención: ").value(_f(row, "horario")).add("</Content>\n")
    t.add("    </PositionFormattedDescription>\n  </PositionProfile>\n")
    t.add(f"  <PostPeriod>\n    <StartDate>{v['posted']:%Y-%m-%d}</StartDate>\n")
    t.add(f"    <EndDate>{v['until']:%Y-%m-%d}</EndDate>\n  </PostPeriod>\n")
    t.add("</PositionOpening>\n")
    return t.b


def jobposting_jsonld(row: dict[str, Any], rng: random.Random) -> Record:
    """A job page's ``<script type="application/ld+json">`` with a schema.org ``JobPosting``
    as search engines read it: ``identifier`` (an invented folio), title, an HTML
    ``description`` in Spanish that repeats the whole phone cell, dates, the invented
    ``hiringOrganization``, ``jobLocation`` with the office's address, ``baseSalary`` in MXN and
    the office as ``applicationContact`` (a ``ContactPoint`` with the first number line and
    the first e-mail address)."""
    v = _vacancy(row, rng)
    t = Text(_j)
    t.add('<script type="application/ld+json">\n{\n')
    t.add('  "@context": "https://schema.org/",\n  "@type": "JobPosting",\n')
    t.add(f'  "title": "{_j(v["title"])}",\n')
    t.add('  "description": "<p>')
    t.add(f"{_j(v['employer'])} busca {_j(v['title'].lower())} ({v['openings']} plazas). ")
    t.add("Vacante registrada en la oficina ").value(office(row)).add(".</p><p>Informes: ")
    t.cell(row, ", ").add(". Horario: ").value(_f(row, "horario")).add('</p>",\n')
    t.add('  "identifier": {\n    "@type": "PropertyValue",\n')
    t.add(f'    "name": "Portal del Empleo",\n    "value": "{v["folio"]}"\n  }},\n')
    t.add(f'  "datePosted": "{v["posted"]:%Y-%m-%d}",\n')
    t.add(f'  "validThrough": "{v["until"].isoformat()}",\n')
    t.add(f'  "employmentType": "{KINDS_SCHEMA[v["schedule"]]}",\n')
    t.add('  "hiringOrganization": {\n    "@type": "Organization",\n')
    t.add(f'    "name": "{_j(v["employer"])}"\n  }},\n')
    t.add('  "jobLocation": {\n    "@type": "Place",\n    "address": {\n')
    t.add('      "@type": "PostalAddress",\n      "streetAddress": "')
    t.value(_f(row, "domicilio")).add('",\n      "addressLocality": "')
    t.value(_f(row, "municipio")).add('",\n')
    t.add(f'      "addressRegion": "{_j(_state(row))}",\n')
    if _postcode(row):
        t.add(f'      "postalCode": "{_postcode(row)}",\n')
    t.add('      "addressCountry": "MX"\n    }\n  },\n')
    t.add('  "baseSalary": {\n    "@type": "MonetaryAmount",\n    "currency": "MXN",\n')
    t.add('    "value": {\n      "@type": "QuantitativeValue",\n')
    t.add(f'      "value": {v["salary"]},\n      "unitText": "MONTH"\n    }}\n  }},\n')
    t.add('  "applicationContact": {\n    "@type": "ContactPoint",\n    "name": "')
    t.value(office(row)).add('",\n    "contactType": "Bolsa de trabajo",\n')
    t.add('    "telephone": "').phone(numbered(row)[0])
    if emails(row):
        t.add('",\n    "email": "').email(emails(row)[0])
    t.add('"\n  },\n  "directApply": false\n}\n</script>\n')
    return t.b


def bitrix24_company(row: dict[str, Any], rng: random.Random) -> Record:
    """A Bitrix24 REST answer of ``crm.company.list`` filtered to one company (the office):
    ``PHONE`` and ``EMAIL`` multifields (``VALUE_TYPE`` ``WORK``), one per number line and
    e-mail address, the address fields, and ``COMMENTS`` that repeat the whole phone cell with
    its extensions; ``total`` and the answer's ``time``."""
    when = _when(rng)
    ident = rng.randint(120, 9800)
    t = Text(_j)
    t.add('{"result":[{')
    t.add(f'"ID":"{ident}","TITLE":"').value(office(row))
    t.add('","COMPANY_TYPE":"PARTNER","INDUSTRY":"GOVERNMENT","EMPLOYEES":"EMPLOYEES_2",')
    t.add('"ADDRESS":"').value(_f(row, "domicilio")).add('","ADDRESS_CITY":"')
    t.value(_f(row, "municipio")).add(f'","ADDRESS_PROVINCE":"{_j(_state(row))}",')
    t.add(f'"ADDRESS_POSTAL_CODE":"{_postcode(row)}","ADDRESS_COUNTRY":"México",')
    t.add('"COMMENTS":"Oficina del SNE. Teléfonos: ').cell(row, "; ")
    t.add(". Horario: ").value(_f(row, "horario")).add('",')
    t.add(f'"ASSIGNED_BY_ID":"{rng.randint(1, 60)}",')
    t.add(f'"DATE_CREATE":"{when.isoformat()}",')
    t.add(f'"DATE_MODIFY":"{(when + dt.timedelta(days=rng.randint(1, 40))).isoformat()}",')
    t.add('"PHONE":[')
    for i, line in enumerate(numbered(row)):
        t.add("," if i else "").add(f'{{"ID":"{ident * 10 + i}","VALUE_TYPE":"WORK","VALUE":"')
        t.phone(line).add('","TYPE_ID":"PHONE"}')
    t.add("]")
    if emails(row):
        t.add(',"EMAIL":[')
        for i, address in enumerate(emails(row)):
            t.add("," if i else "").add(f'{{"ID":"{ident * 10 + 5 + i}","VALUE_TYPE":"WORK",')
            t.add('"VALUE":"').email(address).add('","TYPE_ID":"EMAIL"}')
        t.add("]")
    start = when.timestamp() + rng.randint(86400, 90 * 86400) + rng.random()
    took = round(rng.uniform(0.02, 0.4), 6)
    finish = start + took
    t.add(f'}}],"total":1,"time":{{"start":{start:.4f},"finish":{finish:.4f},')
    t.add(f'"duration":{took},"processing":{round(took * 0.8, 6)},')
    t.add(f'"date_start":"{dt.datetime.fromtimestamp(int(start), TZ).isoformat()}",')
    t.add(f'"date_finish":"{dt.datetime.fromtimestamp(int(finish), TZ).isoformat()}"}}}}\n')
    return t.b


def kommo_company(row: dict[str, Any], rng: random.Random) -> Record:
    """A Kommo (amoCRM) API v4 company (``GET /api/v4/companies/{id}``), pretty-printed: ids,
    Unix times, ``custom_fields_values`` with the ``PHONE`` field (one value per number line,
    ``enum_code`` ``WORK``), the ``EMAIL`` field, the address and a notes field that repeats
    the whole phone cell; ``_links`` and the ``_embedded`` tags."""
    when = _when(rng)
    ident = rng.randint(10_000_000, 29_999_999)
    account = rng.randint(30_000_000, 32_999_999)
    created = int(when.timestamp())
    t = Text(_j)
    t.add("{\n")
    t.add(f'  "id": {ident},\n  "name": "').value(office(row)).add('",\n')
    t.add(f'  "responsible_user_id": {rng.randint(8_000_000, 9_999_999)},\n')
    t.add('  "group_id": 0,\n')
    t.add(f'  "created_by": {rng.randint(8_000_000, 9_999_999)},\n  "updated_by": 0,\n')
    t.add(f'  "created_at": {created},\n')
    t.add(f'  "updated_at": {created + rng.randint(3600, 60 * 86400)},\n')
    t.add('  "closest_task_at": null,\n  "is_deleted": false,\n  "custom_fields_values": [\n')
    t.add('    {\n      "field_id": 264911,\n      "field_name": "Teléfono",\n')
    t.add('      "field_code": "PHONE",\n      "field_type": "multitext",\n      "values": [\n')
    for i, line in enumerate(numbered(row)):
        t.add(",\n" if i else "").add('        {\n          "value": "').phone(line)
        t.add('",\n          "enum_id": 183553,\n          "enum_code": "WORK"\n        }')
    t.add("\n      ]\n    },\n")
    if emails(row):
        t.add('    {\n      "field_id": 264913,\n      "field_name": "Correo",\n')
        t.add('      "field_code": "EMAIL",\n      "field_type": "multitext",\n')
        t.add('      "values": [\n')
        for i, address in enumerate(emails(row)):
            t.add(",\n" if i else "").add('        {\n          "value": "').email(address)
            t.add('",\n          "enum_id": 183565,\n          "enum_code": "WORK"\n        }')
        t.add("\n      ]\n    },\n")
    t.add('    {\n      "field_id": 264917,\n      "field_name": "Dirección",\n')
    t.add('      "field_code": "ADDRESS",\n      "field_type": "textarea",\n')
    t.add('      "values": [\n        {\n          "value": "').value(_f(row, "domicilio"))
    t.add(", ").value(_f(row, "municipio")).add('"\n        }\n      ]\n    },\n')
    t.add('    {\n      "field_id": 301447,\n      "field_name": "Notas de la oficina",\n')
    t.add('      "field_code": null,\n      "field_type": "textarea",\n      "values": [\n')
    t.add('        {\n          "value": "Teléfono(s) y extensión: ').cell(row, " | ")
    t.add(". Horario de atención: ").value(_f(row, "horario"))
    t.add('"\n        }\n      ]\n    }\n  ],\n')
    t.add(f'  "account_id": {account},\n')
    t.add('  "_links": {\n    "self": {\n')
    t.add(f'      "href": "https://snevinculacion.kommo.com/api/v4/companies/{ident}"\n')
    t.add("    }\n  },\n")
    t.add('  "_embedded": {\n    "tags": [\n      {\n')
    t.add(f'        "id": {rng.randint(40_000, 99_999)},\n        "name": "')
    t.value(_f(row, "tipo") or "Oficina").add('",\n        "color": null\n      }\n    ]\n  }\n}\n')
    return t.b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "hropen_position": hropen_position,
    "jobposting_jsonld": jobposting_jsonld,
    "bitrix24_company": bitrix24_company,
    "kommo_company": kommo_company,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the directory's does)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each number of each copy of a line of
    its phone cell labelled (by ``numbers_of``), each e-mail address labelled."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = BLOCKS[layout](row, rng)
    spans = []
    for at, column, field in block.phones:
        for s, e in numbers_of(field):
            value = field[s:e]
            assert personal_phone(value, row["country"]), (row["path"], value)
            kind = "international" if international(value) else "national"
            spans.append([at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    where = (SPLIT, locale, layout, n)
    fields = record_fields(where, block.text, sorted(spans), [], (0, len(block.text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([block.text])[0],
    }


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
