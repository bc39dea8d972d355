"""held_out_455 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Ministério da Educação's e-MEC register of higher-education institutions:
universities, university centres, faculdades, federal institutes and government schools;
Brazil's earlier parts took INEP's schools, Fortaleza's health posts, the CNJ's cartórios, São
Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's operators, Panvel's
pharmacies, IBRAM's museums, the SNBP's libraries, the PCPE's police units, the CVM's companies,
the Interlegis houses, the Banco do Nordeste's branches and the TJSP's court units) exactly as
published, in layouts no earlier part has, beside the register's own names, acronyms, codes,
CNPJs, addresses, postcodes and grades (a site column that holds a mailbox is not kept).

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telefone`` of 300 institutions (a trailing full stop of one left out)
  and their ``e-Mail`` where the extract keeps it (an office's mailbox: 109 of them)
  (``scripts/data/pii_br_emec_ies.json``, written by ``scripts/br_emec_ies_data.py``; source and
  licence in that file): Brazilian numbers as each institution typed them into the register,
  the area code in brackets or not, the line hyphenated, spaced, dotted or run together
  (``(14) 3533-5000``, ``(21) 2568 8890``, ``48-32872800``, ``7133688348``); every copy
  labelled;
* the text around them is the same row's real fields: the institution's name and acronym, its
  e-MEC code and its maintainer's code, name and CNPJ (``83.845.701/0001-59``), its address with
  its postcode (``CEP: 88015-601``), municipality and state, its web site, academic organisation,
  administrative category, date of creation and CI and IGC grades, with invented registry
  handles, key material, ids and dates, unlabelled and scored;
* in layouts no earlier part has: rows of the register's own export (the e-MEC Consulta
  Avançada CSV, its header and the institution's row, the two columns that name people left
  empty), RDAP domain answers (RFC 9083, ``GET /domain/{name}`` for the institution's domain,
  the registrant entity's jCard (RFC 7095) giving its name, address, telephone and mailbox, its
  ``publicIds`` the maintainer's CNPJ, port 43 ``whois.registro.br``), OpenID Federation 1.0
  entity configurations (the decoded payload of ``/.well-known/openid-federation`` of the
  institution's site as a leaf of an invented academic federation: ``federation_entity``
  metadata whose ``contacts`` give the telephone and mailbox, and ``openid_relying_party``
  metadata of its academic portal) and VIVO profiles in Turtle (the VIVO-ISF ontology: the
  institution as a ``foaf:Organization`` of its VIVO class, its contact information,
  ``obo:ARG_2000028``, a ``vcard:Kind`` with a ``vcard:Telephone``, ``vcard:Email``,
  ``vcard:Address`` and ``vcard:URL``), text in Portuguese where there is text. A row with no
  domain (no site and no kept mailbox) takes the export in place of an RDAP answer and a VIVO
  profile in place of a federation entity.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of eight to thirteen digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_455.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_emec_ies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_455.jsonl.gz"
SPLIT = "held_out_455"

LAYOUTS = ("emec_export", "rdap_domain", "oidf_entity", "vivo_turtle")
# the layout a row with no domain takes in place of one that needs a domain
NO_DOMAIN = {"rdap_domain": "emec_export", "oidf_entity": "vivo_turtle"}
PHONE, EMAIL = "Telefone", "e-Mail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
# the register's export: its 28 named columns, then four with no name
HEADER = (
    "Código Mantenedora", "Razão Social", "CNPJ", "Natureza Jurídica", "Código IES",
    "Instituição(IES)", "Sigla", "Telefone", "Sitio", "e-Mail", "Endereço Sede", "Município",
    "UF", "Organização Acadêmica", "Tipo de Credenciamento", "Categoria",
    "Categoria Administrativa", "Data do Ato de Criação da IES", "CI", "Ano CI", "CI-EaD",
    "Ano CI-EaD", "IGC", "Ano IGC", "Reitor/Dirigente Principal", "Representante Legal",
    "Sinalizações Vigentes", "Situação da IES", "", "", "", "",
)  # fmt: skip
# VIVO classes of the register's academic organisations
VIVO_CLASS = {
    "Universidade": "vivo:University",
    "Centro Universitário": "vivo:University",
    "Faculdade": "vivo:College",
    "Instituto Federal de Educação, Ciência e Tecnologia": "vivo:Institute",
    "Centro Federal de Educação Tecnológica": "vivo:Institute",
    "Escola de Governo": "vivo:School",
}
TRUST_ANCHOR = "https://ta.federacao-academica.example"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The institution's telephone as published (a trailing full stop left out)."""
    return _f(row, PHONE).rstrip(".").strip()


def email(row: dict[str, Any]) -> str:
    """The institution's mailbox where the extract keeps one, else ""."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+55 (45) ...``)."""
    return value.startswith("+")


def name(row: dict[str, Any]) -> str:
    return _f(row, "Instituição(IES)")


def sigla(row: dict[str, Any]) -> str:
    """The institution's acronym ("" where the register gives none or ``-``)."""
    value = _f(row, "Sigla")
    return "" if value == "-" else value


def host(row: dict[str, Any]) -> str:
    """The host of the institution's site (``www.uniabeu.edu.br``), else the domain of its
    mailbox, else ""."""
    site = re.sub(r"^https?://", "", _f(row, "Sitio").lower()).split("/")[0]
    if re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", site):
        return site
    return email(row).split("@")[1].lower() if email(row) else ""


def domain(row: dict[str, Any]) -> str:
    """The institution's registered domain: its host less a leading ``www.``."""
    return re.sub(r"^www\d?\.", "", host(row))


def postcode(row: dict[str, Any]) -> str:
    """The postcode in the address (``CEP: 88015-601``), else ""."""
    m = re.search(r"CEP: (\d{5}-\d{3})", _f(row, "Endereço Sede"))
    return m.group(1) if m else ""


def street(row: dict[str, Any]) -> str:
    """The address before its postcode (``Rua Itaiara - 301``)."""
    return re.split(r"\s*-\s*CEP:", _f(row, "Endereço Sede"))[0].strip(" -")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a row with no domain takes the one in
    ``NO_DOMAIN`` in place of one that needs a domain)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    return NO_DOMAIN.get(layout, layout) if not domain(row) else layout


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled (each
    copy stands apart: no digit next to the number, no address character next to the
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _moment(rng: random.Random, start: dt.date, days: int) -> dt.datetime:
    """An invented moment (UTC) within ``days`` of ``start``."""
    day = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
    return day + dt.timedelta(days=rng.randint(0, days), seconds=rng.randint(0, 86399))


def _b64(rng: random.Random, size: int) -> str:
    """Invented key material: ``size`` random bytes, base64url without padding."""
    raw = bytes(rng.randrange(256) for _ in range(size))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _handle(rng: random.Random, row: dict[str, Any]) -> str:
    """An invented registry handle of the registrant in the .br style (``UNABE12``)."""
    letters = re.sub(r"[^A-Z]", "", (sigla(row) or name(row)).upper()) or "IES"
    return f"{letters[:5]}{rng.randint(2, 99)}"


def emec_export(row: dict[str, Any], rng: random.Random) -> str:
    """The register's own export (the e-MEC Consulta Avançada CSV): its header and the
    institution's row, every column as published, the mailbox where the extract keeps one,
    the two columns that name people and the four unnamed ones empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerow([row["fields"].get(k, "") if k else "" for k in HEADER])
    return out.getvalue()


def rdap_domain(row: dict[str, Any], rng: random.Random) -> str:
    """An RDAP domain answer (RFC 9083, ``GET /domain/{name}``) for the institution's domain:
    ``rdapConformance``, the domain's handle and name, two name servers under it, ``secureDNS``,
    the registrant entity (an invented handle, role ``registrant``, its ``publicIds`` the
    maintainer's CNPJ, a jCard (RFC 7095) with the institution's name, ``kind`` ``org``, its
    address, ``tel`` and ``email``, invented events), invented registration, change and
    expiration dates, ``status``, a self link, ``port43`` and the terms of use."""
    name_ = domain(row)
    created = _moment(rng, dt.date(1997, 1, 1), 8000)
    changed = _moment(rng, dt.date(2021, 1, 1), 900)
    expires = dt.datetime(2027, created.month, min(created.day, 28), tzinfo=dt.UTC)
    card: list[list[Any]] = [
        ["version", {}, "text", "4.0"],
        ["fn", {}, "text", name(row)],
        ["kind", {}, "text", "org"],
        [
            "adr",
            {},
            "text",
            ["", "", street(row), _f(row, "Município"), _f(row, "UF"), postcode(row), "BR"],
        ],
        ["tel", {"type": ["work", "voice"]}, "text", phone(row)],
    ]
    if email(row):
        card.append(["email", {"type": "work"}, "text", email(row)])
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    doc = {
        "rdapConformance": ["rdap_level_0"],
        "objectClassName": "domain",
        "handle": name_,
        "ldhName": name_,
        "nameservers": [
            {"objectClassName": "nameserver", "ldhName": f"ns{i}.{name_}"} for i in (1, 2)
        ],
        "secureDNS": {"delegationSigned": False},
        "entities": [
            {
                "objectClassName": "entity",
                "handle": _handle(rng, row),
                "roles": ["registrant"],
                "publicIds": [{"type": "cnpj", "identifier": _f(row, "CNPJ")}],
                "vcardArray": ["vcard", card],
                "events": [
                    {"eventAction": "registration", "eventDate": created.strftime(stamp)},
                    {"eventAction": "last changed", "eventDate": changed.strftime(stamp)},
                ],
            }
        ],
        "events": [
            {"eventAction": "registration", "eventDate": created.strftime(stamp)},
            {"eventAction": "last changed", "eventDate": changed.strftime(stamp)},
            {"eventAction": "expiration", "eventDate": expires.strftime(stamp)},
        ],
        "status": ["active"],
        "links": [
            {
                "value": f"https://rdap.registro.br/domain/{name_}",
                "rel": "self",
                "href": f"https://rdap.registro.br/domain/{name_}",
                "type": "application/rdap+json",
            }
        ],
        "port43": "whois.registro.br",
        "lang": "pt-BR",
        "notices": [
            {
                "title": "Termos de uso",
                "description": [
                    "Os dados deste serviço destinam-se a consultas sobre o registro de "
                    "domínios e não podem ser usados para outros fins."
                ],
            }
        ],
    }
    return _json(doc)


def oidf_entity(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenID Federation 1.0 entity configuration (the decoded payload of the JWT that
    ``/.well-known/openid-federation`` of the institution's site serves): ``iss`` and ``sub``
    the site, invented ``iat`` and ``exp``, an invented federation key, ``authority_hints`` an
    invented academic federation's trust anchor, ``federation_entity`` metadata (the
    institution's name, home page, privacy policy and ``contacts`` with its telephone and
    mailbox) and ``openid_relying_party`` metadata of its academic portal (an invented
    redirect URI and key, its ``contacts`` the mailbox where there is one)."""
    base = f"https://{host(row)}"
    issued = _moment(rng, dt.date(2025, 1, 1), 600)
    kid = _b64(rng, 16)
    contacts = [phone(row), *([email(row)] if email(row) else [])]
    portal = f"Portal Acadêmico {sigla(row) or name(row)}"
    doc = {
        "iss": base,
        "sub": base,
        "iat": int(issued.timestamp()),
        "exp": int((issued + dt.timedelta(days=1)).timestamp()),
        "jwks": {
            "keys": [
                {
                    "kty": "EC",
                    "crv": "P-256",
                    "kid": kid,
                    "x": _b64(rng, 32),
                    "y": _b64(rng, 32),
                }
            ]
        },
        "authority_hints": [TRUST_ANCHOR],
        "metadata": {
            "federation_entity": {
                "organization_name": name(row),
                "homepage_uri": f"{base}/",
                "policy_uri": f"{base}/politica-de-privacidade",
                "contacts": contacts,
            },
            "openid_relying_party": {
                "application_type": "web",
                "client_name": portal,
                "client_registration_types": ["automatic"],
                "redirect_uris": [f"{base}/portal/oidc/callback"],
                "response_types": ["code"],
                "grant_types": ["authorization_code"],
                "token_endpoint_auth_method": "private_key_jwt",
                **({"contacts": [email(row)]} if email(row) else {}),
                "jwks": {
                    "keys": [
                        {
                            "kty": "RSA",
                            "use": "sig",
                            "kid": _b64(rng, 16),
                            "e": "AQAB",
                            "n": _b64(rng, 256),
                        }
                    ]
                },
            },
        },
    }
    return _json(doc)


def _ttl(value: str) -> str:
    """``value`` as a Turtle string literal's content."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def vivo_turtle(row: dict[str, Any], rng: random.Random) -> str:
    """A VIVO profile in Turtle (the VIVO-ISF ontology): the institution as a
    ``foaf:Organization`` of its VIVO class with its label, acronym and an overview of its
    register entry (e-MEC code, academic organisation, category, creation date, grades), its
    contact information (``obo:ARG_2000028``) a ``vcard:Kind`` with a work ``vcard:Telephone``,
    ``vcard:Email`` (where the institution has a mailbox), ``vcard:Address`` and
    ``vcard:URL`` (where it has a site), under invented individual ids of an invented VIVO
    installation's namespace."""
    base = "https://vivo.example.org/individual/"
    if domain(row):
        base = f"https://vivo.{domain(row)}/individual/"
    first = rng.randint(1000, 9_000_000)
    org, kind, tel, mail, adr, url = (f"<{base}n{first + i}>" for i in range(6))
    cls = VIVO_CLASS.get(_f(row, "Organização Acadêmica"))
    types = "foaf:Organization" + (f", {cls}" if cls else "")
    grades = []
    for key, year in (("CI", "Ano CI"), ("IGC", "Ano IGC")):
        if _f(row, key) not in ("", "-"):
            grades.append(f"{key} {_f(row, key)} ({_f(row, year)})")
    overview = (
        f"{_f(row, 'Organização Acadêmica')}, categoria administrativa "
        f"{_f(row, 'Categoria Administrativa')}, código e-MEC {_f(row, 'Código IES')}, "
        f"mantida por {_f(row, 'Razão Social')} (CNPJ {_f(row, 'CNPJ')})"
    )
    if _f(row, "Data do Ato de Criação da IES"):
        overview += f"; ato de criação de {_f(row, 'Data do Ato de Criação da IES')}"
    if grades:
        overview += f"; {', '.join(grades)}"
    overview += "."
    lines = [
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
        "@prefix vivo: <http://vivoweb.org/ontology/core#> .",
        "@prefix obo: <http://purl.obolibrary.org/obo/> .",
        "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
        "",
        f"{org} a {types} ;",
        f'    rdfs:label "{_ttl(name(row))}"@pt-BR ;',
    ]
    if sigla(row):
        lines.append(f'    vivo:abbreviation "{_ttl(sigla(row))}" ;')
    lines += [
        f'    vivo:overview "{_ttl(overview)}"@pt-BR ;',
        f"    obo:ARG_2000028 {kind} .",
        "",
        f"{kind} a vcard:Kind ;",
        f"    obo:ARG_2000029 {org} ;",
        f"    vcard:hasTelephone {tel} ;",
    ]
    if email(row):
        lines.append(f"    vcard:hasEmail {mail} ;")
    site = _f(row, "Sitio")
    if site:
        lines.append(f"    vcard:hasURL {url} ;")
    lines += [
        f"    vcard:hasAddress {adr} .",
        "",
        f"{tel} a vcard:Telephone, vcard:Work, vcard:Voice ;",
        f'    vcard:telephone "{_ttl(phone(row))}" .',
        "",
    ]
    if email(row):
        lines += [f"{mail} a vcard:Email, vcard:Work ;", f'    vcard:email "{email(row)}" .', ""]
    if site:
        href = site if re.match(r"https?://", site) else f"http://{site}"
        lines += [f"{url} a vcard:URL ;", f'    vcard:url "{_ttl(href)}"^^xsd:anyURI .', ""]
    address = [
        ("streetAddress", street(row)),
        ("locality", _f(row, "Município")),
        ("region", _f(row, "UF")),
        ("postalCode", postcode(row)),
    ]
    parts = [f'    vcard:{k} "{_ttl(v)}" ;' for k, v in address if v]
    lines += [
        f"{adr} a vcard:Address, vcard:Work ;",
        *parts,
        '    vcard:country "Brasil" .',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "emec_export": emec_export,
    "rdap_domain": rdap_domain,
    "oidf_entity": oidf_entity,
    "vivo_turtle": vivo_turtle,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
