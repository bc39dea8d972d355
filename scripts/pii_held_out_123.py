"""held_out_123 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the places where Portugal's police forces, the PSP and the GNR, receive the public;
Portugal's earlier part took Eurostat's list of its hospitals) exactly as published, in layouts
no earlier part has, beside the lists' own names, ids, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, PT (hospitals) and many others; here:

* the values are the ``telefone`` and ``email`` fields of 262 units of the Polícia de Segurança
  Pública and 338 quarters of the Guarda Nacional Republicana
  (``scripts/data/pii_pt_police_stations.json``, written by
  ``scripts/pt_police_stations_data.py``; source and licence in that file): Portuguese
  nine-digit numbers as the Ministry of Internal Administration's lists write them, with no
  separator (``234378220``), several joined by `` - `` (``218111000 - 965989000``), once by a
  bare hyphen (``291208600-291208438``, two numbers, each labelled on its own), once in groups
  of three (``265 545 000 - 265 522 022``), a toll-free line after its name (``Linha Azul 800
  205 146``), a ten-digit number (``2233944387``), an eleven-digit one the list repeats
  (``96963497596``, three rows here) and a Spanish number with its country code and no ``+``
  (``34986607545``, labelled international); each number of each copy labelled; the unit's
  mailbox (``ct.avr.dagd@gnr.pt``, ``fareic@rnsi.local``, two ending at ``@gnr`` as
  published) where the field holds an address (``0``, ``Não Tem`` and empty fields are none),
  each copy labelled;
* the text around them is the same row's real fields: the unit's name and kind, the
  ministry's place id (``idatend``, ``13049``), parish code (``dicofre``, ``010517``),
  address, postcode (``3810-133``), town, hours, web site and coordinates (``40.638292``,
  ``-8.654314``), with invented UUIDs, course, badge and session ids, hashes, salts, proof
  values, dates, durations, places and scores, unlabelled and scored;
* in layouts no earlier part has, e-learning and education interchange formats for the forces'
  school-safety sessions (Escola Segura), text in Portuguese: H5P ``content.json`` documents of
  an ``H5P.Accordion`` (the number in the contacts panel's HTML and again in a booking panel,
  the mailbox in a ``mailto:`` link and its text), Open Badges 3.0 ``OpenBadgeCredential``s
  (the unit as issuer ``Profile`` with ``phone``, ``email`` and ``address``, both again in the
  achievement's description and criteria), XCRI-CAP 1.2 course catalogues (the unit as
  ``provider`` with its ``mlo:location``'s ``mlo:phone`` and ``mlo:email``, both again in the
  course's ``dc:description``) and cmi5 course structures (``courseStructure``, the number
  and the mailbox in the course's description and again in the second assignable unit's).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_123.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_police_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_123.jsonl.gz"
SPLIT = "held_out_123"

LAYOUTS = ("h5p_content", "open_badge_credential", "xcri_cap_catalog", "cmi5_course_structure")
PHONE = "telefone"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
BASE = "https://escola-segura.example"  # the invented learning platform's address

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented topics of the forces' school-safety sessions (no real course is meant)
TOPICS = (
    ("Segurança rodoviária", "Regras de circulação para peões e ciclistas"),
    ("Uso seguro da internet", "Redes sociais, palavras-passe e ciberbullying"),
    ("Prevenção do bullying", "Reconhecer, recusar e reportar a violência entre pares"),
    ("Violência no namoro", "Sinais de alerta e onde pedir ajuda"),
    ("Prevenção de burlas", "Burlas por telefone e à porta de casa"),
    ("Proteção civil na escola", "Planos de evacuação e comportamentos de autoproteção"),
)  # fmt: skip
AUDIENCES = ("1.º ciclo", "2.º ciclo", "3.º ciclo", "ensino secundário", "encarregados de educação")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The unit's mailbox where the field holds an address ("" if it holds ``0``, ``Não Tem``,
    nothing, or a mailbox name without its domain)."""
    value = _f(row, "email")
    return value if "@" in value else ""


def psp(row: dict[str, Any]) -> bool:
    """Whether the row is of the PSP's list (else the GNR's quarters)."""
    return row["path"].startswith("res/police-contacts/PSP.csv")


def phone_numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: ``numbers``' numbers, those of nine digits
    or more joined by a bare hyphen (``291208600-291208438``) taken apart."""
    out = []
    for s, e in numbers(field):
        if re.fullmatch(r"\d{9,}(?:-\d{9,})+", field[s:e]):
            out += [(s + m.start(), s + m.end()) for m in re.finditer(r"\d+", field[s:e])]
        else:
            out.append((s, e))
    return out


def international(value: str) -> bool:
    """A number written with its country code: ``+`` or ``00`` first, or a Spanish number's
    ``34`` before its nine digits with neither (the cross-border centres' ``34924286507``)."""
    return value.startswith(("+", "00")) or re.fullmatch(r"34\d{9}", value) is not None


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address); each copy of the phone field is given to ``labelled_record`` number by number
    (``phone_numbers``)."""
    values = [("phone", phone(row)), ("email", email(row))]
    b = field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])
    b.phones = [
        (at + s, column, field[s:e])
        for at, column, field in b.phones
        for s, e in phone_numbers(field)
    ]
    return b


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024/25 school year (UTC)."""
    start = dt.datetime(2024, 9, 16, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 270 * 86400))


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _force(row: dict[str, Any]) -> str:
    """The force's short name."""
    return "PSP" if psp(row) else "GNR"


def _topic(rng: random.Random) -> tuple[str, str]:
    return rng.choice(TOPICS)


def _slug(text: str) -> str:
    """Lower-case ASCII words of ``text`` joined by ``-``."""
    plain = text.lower().translate(str.maketrans("áàâãéêíóôõúçº", "aaaaeeiooouco"))
    return "-".join(re.findall(r"[a-z0-9]+", plain)[:5]) or "sessao"


def _place(row: dict[str, Any]) -> str:
    """The address, postcode and town as one line (the address's own line breaks kept; a
    part the list leaves empty left out)."""
    town = " ".join(v for v in (_f(row, "codigopostal"), _f(row, "localidadepostal")) if v)
    return ", ".join(v for v in (_f(row, "morada"), town) if v)


def _coordinates(row: dict[str, Any]) -> str:
    return f"{_f(row, 'latitude')}, {_f(row, 'longitude')}"


def _hours(row: dict[str, Any]) -> str:
    """The PSP unit's hours as the list writes them ("" for the GNR's quarters)."""
    return _f(row, "horario")


def _json(value: Any, raw: dict[str, str] | None = None, **kwargs: Any) -> str:
    """``value`` as JSON (UTF-8 text); each string ``raw`` names written in its place as the
    bare token it maps to (the list's coordinates as JSON numbers, digits unchanged)."""
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    for marker, token in (raw or {}).items():
        text = text.replace(json.dumps(marker), token)
    return text


def h5p_content(row: dict[str, Any], rng: random.Random) -> str:
    """An H5P ``content/content.json`` of an ``H5P.Accordion`` on the unit's school-safety
    sessions, compact as the H5P editor saves it: three panels of ``H5P.AdvancedText 1.1``
    (each with its invented ``subContentId`` and ``metadata``), the contacts (name, address,
    the number, the mailbox as a ``mailto:`` link and its text), the hours or the place's
    parish code and coordinates, and a booking panel repeating the number."""
    name, tel, mail = _f(row, "designacao"), phone(row), email(row)
    topic, about = _topic(rng)
    contacts = f"<p><strong>{_x(name)}</strong><br>{_x(_place(row))}</p>\n<p>Telefone: {tel}"
    if mail:
        contacts += f'<br>Correio eletrónico: <a href="mailto:{mail}">{mail}</a>'
    contacts += "</p>\n"
    if _hours(row):
        second = ("Horário de atendimento", f"<p>{_x(_hours(row))}</p>\n")
    else:
        parish = f"Freguesia (código {_f(row, 'dicofre')})"
        where = f"<p>{parish}, coordenadas {_coordinates(row)}.</p>\n"
        second = ("Localização", where)
    booking = (
        f"<p>As sessões de {_x(topic.lower())} ({_x(about.lower())}) para turmas do "
        f"{rng.choice(AUDIENCES)} duram {rng.choice((45, 60, 90))} minutos e são gratuitas. "
        f"Para marcar, ligue para {tel} com pelo menos {rng.randint(5, 20)} dias úteis de "
        f"antecedência.</p>\n"
    )
    panels = [("Contactos da unidade", contacts), second, ("Marcar uma sessão", booking)]
    content = {
        "panels": [
            {
                "content": {
                    "params": {"text": text},
                    "library": "H5P.AdvancedText 1.1",
                    "metadata": {"contentType": "Text", "license": "U", "title": title},
                    "subContentId": _uuid(rng),
                },
                "title": title,
            }
            for title, text in panels
        ],
        "hTag": rng.choice(("h2", "h3")),
    }
    return _json(content, separators=(",", ":")) + "\n"


def open_badge_credential(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Badges 3.0 ``OpenBadgeCredential`` (W3C VC 2.0 context) of a session's badge:
    an invented ``urn:uuid`` id, the unit as issuer ``Profile`` (``name``, ``url``, ``phone``,
    ``email``, ``address`` with its ``geo`` point where the list's coordinates are numbers), a
    hashed e-mail ``IdentityObject`` as subject, the ``Achievement`` with its description
    repeating the number and its criteria the mailbox, the credential schema and an invented
    ``DataIntegrityProof``."""
    name, tel, mail = _f(row, "designacao"), phone(row), email(row)
    topic, about = _topic(rng)
    when = _when(rng)
    issuer_id = f"{BASE}/emissores/{_force(row).lower()}-{_f(row, 'idatend')}"
    address: dict[str, Any] = {
        "type": ["Address"],
        "addressCountry": "Portugal",
        "addressCountryCode": "PT",
        "addressLocality": _f(row, "localidadepostal"),
        "postalCode": _f(row, "codigopostal"),
        "streetAddress": _f(row, "morada"),
    }
    raw = {}
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    if all(re.fullmatch(r"-?\d+\.\d+", v) for v in (lat, lon)):
        raw = {"@lat@": lat, "@lon@": lon}
        address["geo"] = {"type": "GeoCoordinates", "latitude": "@lat@", "longitude": "@lon@"}
    issuer: dict[str, Any] = {"id": issuer_id, "type": ["Profile"], "name": name}
    issuer["url"] = _f(row, "site")
    issuer["phone"] = tel
    if mail:
        issuer["email"] = mail
    issuer["address"] = address
    salt = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    digest = hashlib.sha256(f"{salt}{rng.random()}".encode()).hexdigest()
    narrative = (
        f"Participou na sessão de {topic.lower()} dinamizada pela {_force(row)} "
        f"({rng.randint(1, 3)} h) e respondeu ao questionário final com pelo menos "
        f"{rng.choice((60, 70, 75, 80))}% de respostas certas."
    )
    if mail:
        narrative += f" Pedidos de segunda via para {mail}, com o nome da escola."
    achievement = {
        "id": f"{BASE}/conquistas/{_slug(topic)}-{rng.randint(100, 999)}",
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": f"Escola Segura: {topic}",
        "description": (
            f"{about}. Sessão do programa Escola Segura de {name} "
            f"({_f(row, 'localidadepostal')}). Informações pelo telefone {tel}."
        ),
        "criteria": {"narrative": narrative},
        "inLanguage": "pt-PT",
    }
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:{_uuid(rng)}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer,
        "validFrom": _iso(when),
        "name": f"Escola Segura: {topic}",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": f"sha256${digest}",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "achievement": achievement,
        },
        "credentialSchema": [
            {
                "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
                "ob_v3p0_achievementcredential_schema.json",
                "type": "1EdTechJsonSchemaValidator2019",
            }
        ],
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "created": _iso(when + dt.timedelta(seconds=rng.randint(1, 90))),
            "verificationMethod": f"{issuer_id}#key-{rng.randint(1, 4)}",
            "proofPurpose": "assertionMethod",
            "proofValue": "z" + "".join(rng.choice(BASE58) for _ in range(86)),
        },
    }
    return _json(credential, raw, indent=2) + "\n"


BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def xcri_cap_catalog(row: dict[str, Any], rng: random.Random) -> str:
    """An XCRI-CAP 1.2 ``catalog`` of the unit's sessions: the unit as ``provider`` (its
    ``dc:identifier`` the ministry's place id, a ``dc:description`` with its kind, parish code
    and coordinates, its ``mlo:location`` with address, town, postcode, ``mlo:phone``,
    ``mlo:email`` and web site), one ``course`` whose ``dc:description`` repeats the number and
    the mailbox, and one ``presentation`` with invented dates, duration and places."""
    name, tel, mail = _f(row, "designacao"), phone(row), email(row)
    topic, about = _topic(rng)
    when = _when(rng)
    start = when.date() + dt.timedelta(days=rng.randint(14, 60))
    code = f"ES-{_force(row)}-{rng.randint(1000, 9999)}"
    hours = rng.choice((1, 2, 3))
    kind = _f(row, "tipo") if "GNR" in _f(row, "tipo") else f"{_f(row, 'tipo')} da PSP"
    kind += f", freguesia {_f(row, 'dicofre')}"
    signup = f"Inscrições das escolas pelo telefone {tel}"
    signup += f" ou pelo endereço {mail}, com a turma e a data pretendida." if mail else "."
    location = [
        "    <mlo:location>",
        f"      <mlo:town>{_x(_f(row, 'localidadepostal'))}</mlo:town>",
        f"      <mlo:postcode>{_x(_f(row, 'codigopostal'))}</mlo:postcode>",
        f"      <mlo:address>{_x(_f(row, 'morada'))}</mlo:address>",
        f"      <mlo:phone>{_x(tel)}</mlo:phone>",
    ]
    if mail:
        location.append(f"      <mlo:email>{mail}</mlo:email>")
    location += [f"      <mlo:url>{_x(_f(row, 'site'))}</mlo:url>", "    </mlo:location>"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<catalog xmlns="http://xcri.org/profiles/1.2/catalog" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:mlo="http://purl.org/net/mlo" '
        f'generated="{_iso(when)}">',
        "  <dc:description>Catálogo de sessões do programa Escola Segura</dc:description>",
        "  <provider>",
        f"    <dc:description>{_x(kind)}; coordenadas {_coordinates(row)}</dc:description>",
        f"    <dc:identifier>{BASE}/unidades/{_f(row, 'idatend')}</dc:identifier>",
        f"    <dc:title>{_x(name)}</dc:title>",
        f"    <mlo:url>{_x(_f(row, 'site'))}</mlo:url>",
        "    <course>",
        f"      <dc:description>{_x(about)}. {_x(signup)}</dc:description>",
        f"      <dc:identifier>{BASE}/cursos/{code}</dc:identifier>",
        f"      <dc:subject>{_x(topic)}</dc:subject>",
        f"      <dc:title>Escola Segura: {_x(topic)}</dc:title>",
        f"      <mlo:internalID>{code}</mlo:internalID>",
        "      <presentation>",
        f"        <dc:identifier>{BASE}/cursos/{code}/{start:%Y%m%d}</dc:identifier>",
        f'        <mlo:start dtf="{start:%Y-%m-%d}">{start.day} de '
        f"{MONTHS[start.month - 1]} de {start.year}</mlo:start>",
        f'        <end dtf="{start:%Y-%m-%d}">{start.day} de {MONTHS[start.month - 1]} de '
        f"{start.year}</end>",
        f'        <mlo:duration interval="PT{hours}H">{hours} h</mlo:duration>',
        f"        <applyTo>{BASE}/cursos/{code}/inscricao</applyTo>",
        '        <studyMode identifier="PT">Tempo parcial</studyMode>',
        '        <attendanceMode identifier="CM">Presencial</attendanceMode>',
        f"        <mlo:places>{rng.choice((20, 25, 30, 60))}</mlo:places>",
        "        <mlo:cost>Gratuito</mlo:cost>",
        "        <mlo:languageOfInstruction>pt</mlo:languageOfInstruction>",
        "      </presentation>",
        "    </course>",
        *location,
        "  </provider>",
        "</catalog>",
        "",
    ]
    return "\n".join(lines)


MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho",
    "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
)  # fmt: skip


def _langstring(value: str) -> str:
    return f'<langstring lang="pt-PT">{_x(value)}</langstring>'


def cmi5_course_structure(row: dict[str, Any], rng: random.Random) -> str:
    """A cmi5 course structure (``cmi5.xml``) of the unit's online preparation course: the
    course (an invented IRI, its title, a description naming the unit, its address, the
    number and the mailbox), one objective, and two assignable units (``au``: invented ids,
    ``moveOn``, ``masteryScore``, ``launchMethod``, URL, ``launchParameters``), the second's
    description repeating the number and the mailbox."""
    name, tel, mail = _f(row, "designacao"), phone(row), email(row)
    topic, about = _topic(rng)
    course = f"{BASE}/cmi5/{_slug(topic)}/{_force(row).lower()}-{_f(row, 'idatend')}"
    objective = f"{course}/objetivos/{rng.randint(1, 9)}"
    described = (
        f"Curso preparatório da sessão presencial de {topic.lower()} com {name} "
        f"({_place(row)}). Contactos: telefone {tel}"
    )
    described += f" e correio eletrónico {mail} (dias úteis)." if mail else "."
    if _hours(row):
        described += f" Horário: {_hours(row)}."
    score = rng.choice(("0.6", "0.7", "0.75", "0.8"))
    minutes = rng.choice((10, 15, 20, 25))
    units = [
        (
            "Antes da sessão",
            f"{about}: vídeo e questionário de {minutes} minutos.",
            "Completed",
            "",
        ),
        (
            "Depois da sessão",
            f"Questionário final (mínimo {float(score):.0%}). Dúvidas: {tel}"
            + (f" ou {mail} (resposta em {rng.randint(2, 5)} dias úteis)." if mail else "."),
            "Passed",
            f' masteryScore="{score}"',
        ),
    ]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
        f"  <course id={quoteattr(course)}>",
        f"    <title>{_langstring(f'Escola Segura: {topic}')}</title>",
        f"    <description>{_langstring(described)}</description>",
        "  </course>",
        "  <objectives>",
        f"    <objective id={quoteattr(objective)}>",
        f"      <title>{_langstring(topic)}</title>",
        f"      <description>{_langstring(about)}</description>",
        "    </objective>",
        "  </objectives>",
    ]
    for k, (title, description, move_on, mastery) in enumerate(units, 1):
        au = f"{course}/au/{k}-{rng.randint(1000, 9999)}"
        params = _json({"unidade": _f(row, "idatend"), "versao": f"1.{rng.randint(0, 9)}"})
        lines += [
            f'  <au id={quoteattr(au)} moveOn="{move_on}"{mastery} launchMethod="AnyWindow">',
            f"    <title>{_langstring(title)}</title>",
            f"    <description>{_langstring(description)}</description>",
            "    <objectives>",
            f"      <objectiveReference idref={quoteattr(objective)}/>",
            "    </objectives>",
            f"    <url>{BASE}/conteudos/{_slug(topic)}/au{k}/index.html</url>",
            f"    <launchParameters>{_x(params)}</launchParameters>",
            "  </au>",
        ]
    lines += ["</courseStructure>", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "h5p_content": h5p_content,
    "open_badge_credential": open_badge_credential,
    "xcri_cap_catalog": xcri_cap_catalog,
    "cmi5_course_structure": cmi5_course_structure,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field and of its
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
