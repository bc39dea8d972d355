"""held_out_185 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Flemish Agency for Home Affairs' register of local governments, Belgium; the
country's earlier parts took Eurostat's hospital sites and OpenStreetMap objects) exactly as
published, in layouts no earlier part has, beside the register's own KBO numbers and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of BE (hospital sites), CH, LU (OpenStreetMap), NL, FR, DE and
many others; here:

* the values are the ``telefoon`` and ``e-mail`` fields of 320 local governments'
  primary contact points (``scripts/data/pii_be_abb_contacts.json``, written by
  ``scripts/be_abb_contacts_data.py``; source and licence in that file): 186 municipalities,
  OCMWs, provinces and districts, 60 autonomous municipal and provincial companies, 41 police
  and emergency zones and 33 intermunicipal associations; Belgian numbers as the register
  writes them, a ``tel:`` URI with the country code (186, ``tel:+3211599959``: the number after
  ``tel:`` labelled, the URI's scheme not), the country code and no ``tel:`` (28,
  ``+3278353534``) or the national number in one run with its trunk ``0`` (106,
  ``053732496``), each copy labelled (the ``tel:`` URI written as published where the layout
  has a telephone field, the number alone in prose), and each copy of the e-mail address
  labelled (an office's or a service's: ``info@alken.be``, ``PZ.Aarschot@police.belgium.eu``;
  10 rows have none);
* the text around them is the same row's real fields: the KBO number (ten digits with its
  leading ``0``: ``0207474882``, in the Flemish government's organisation URIs too) and the web
  page (the register's contact data name no government: the layouts name it by its kind and
  web host, ``lokaal bestuur (www.alken.be)``), with invented UUIDs, OVO numbers, SharePoint
  item ids and list versions, dates and times, unlabelled and scored;
* in layouts no earlier part has, formats of the Flemish government's own data platforms, text
  in Dutch: DCAT-AP Vlaanderen dataset descriptions in RDF/XML (the government as
  ``dct:publisher`` by its KBO URI, a ``vcard:Organization`` contact point with
  ``vcard:hasTelephone`` and ``vcard:hasEmail``, a description repeating both),
  mu.semte.ch delta-notifier messages (JSON change sets of ``inserts`` and ``deletes``, each
  triple's subject, predicate and object typed, as the lblod stack's producers publish
  them), Organisation Registry (Wegwijs, OVO) API documents of an organisation (its
  ``contacts`` with ``contactTypeName`` ``Telefoon``, ``Email`` and ``Website``) and SharePoint
  ``Lists.asmx`` ``UpdateListItems`` SOAP requests (a CAML ``Batch`` whose ``Method`` sets the
  list item's ``Field``s by their internal names, ``KBO_x0020_nummer``, ``Telefoon``,
  ``E_x002d_mail``, with a remark repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_185.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_be_abb_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_185.jsonl.gz"
SPLIT = "held_out_185"

LAYOUTS = ("dcat_ap_vl", "mu_delta", "wegwijs_api", "sharepoint_caml")
PHONE = "telefoon"
EMAIL = "e-mail"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
BRUSSELS = dt.timezone(dt.timedelta(hours=1))
# the kinds of government, by the register's migration they come from, in Dutch
KINDS = {
    "gemeente": "lokaal bestuur",
    "agb_apb": "autonoom gemeente- of provinciebedrijf",
    "igs": "intergemeentelijk samenwerkingsverband",
    "pz_hvz": "politiezone of hulpverleningszone",
}
# invented themes of the data sets a government describes (no real data set is meant)
THEMES = (
    "Openingsuren van het onthaal", "Contactgegevens en loketten",
    "Adressen van de dienstverlening", "Afsprakenkalender van de loketten",
    "Meldingen openbaar domein",
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key, "")


def published_phone(row: dict[str, Any]) -> str:
    """The row's ``telefoon`` field as published (a ``tel:`` URI for most municipalities)."""
    return _f(row, PHONE)


def phone(row: dict[str, Any]) -> str:
    """The number of the row's ``telefoon`` field: the field less a ``tel:`` URI's scheme."""
    return published_phone(row).removeprefix("tel:")


def email(row: dict[str, Any]) -> str:
    return _f(row, EMAIL)


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def host(row: dict[str, Any]) -> str:
    """The government's web host (its e-mail domain where the register gives no web page, ""
    where it gives neither)."""
    if _f(row, "website"):
        return urlsplit(_f(row, "website")).netloc or _f(row, "website")
    return email(row).rsplit("@", 1)[1] if email(row) else ""


def label(row: dict[str, Any]) -> str:
    """How the layouts name the government: its kind and web host (the register's contact
    data name no government; ``lokaal bestuur (www.alken.be)``)."""
    return f"{KINDS[row['kind']]} ({host(row)})" if host(row) else KINDS[row["kind"]]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brussels winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BRUSSELS)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _js(value: str) -> str:
    """``value`` as a JSON string literal."""
    return json.dumps(value, ensure_ascii=False)


def dcat_ap_vl(row: dict[str, Any], rng: random.Random) -> str:
    """A DCAT-AP Vlaanderen 2.0 description of an invented data set of the government in
    RDF/XML: a ``dcat:Dataset`` (an invented UUID as ``dct:identifier``), its Dutch title and a
    description repeating the number and address, the government as ``dct:publisher`` by the
    Flemish organisation URI of its KBO number, the issue and modification dates, a
    ``dcat:contactPoint`` ``vcard:Organization`` (``vcard:hasTelephone`` with the register's
    ``tel:`` URI, ``vcard:hasEmail`` as ``mailto:``, ``vcard:hasURL``) and a CSV distribution."""
    tel, mail, kbo = phone(row), email(row), _f(row, "KBO nummer")
    field = published_phone(row)
    uri = field if field.startswith("tel:") else f"tel:{tel}"
    when = _when(rng)
    issued = when - dt.timedelta(days=rng.randint(30, 700))
    ident = _uuid(rng)
    theme = rng.choice(THEMES)
    base = f"https://data.vlaanderen.be/id/dataset/{ident}"
    reach = (f"via {mail} of " if mail else "") + f"telefonisch op {tel}"
    contact = [
        "      <vcard:Organization>",
        f"        <vcard:fn>{_x(' '.join(filter(None, ('Onthaal', host(row)))))}</vcard:fn>",
        f"        <vcard:hasTelephone rdf:resource={quoteattr(uri)}/>",
    ]
    if mail:
        contact.append(f"        <vcard:hasEmail rdf:resource={quoteattr('mailto:' + mail)}/>")
    if _f(row, "website"):
        contact.append(f"        <vcard:hasURL rdf:resource={quoteattr(_f(row, 'website'))}/>")
    contact.append("      </vcard:Organization>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<rdf:RDF",
        '    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '    xmlns:dcat="http://www.w3.org/ns/dcat#"',
        '    xmlns:dct="http://purl.org/dc/terms/"',
        '    xmlns:vcard="http://www.w3.org/2006/vcard/ns#"',
        '    xmlns:xsd="http://www.w3.org/2001/XMLSchema#">',
        f'  <dcat:Dataset rdf:about="{base}">',
        f"    <dct:identifier>{ident}</dct:identifier>",
        f'    <dct:title xml:lang="nl">{_x(theme)} – {_x(label(row))}</dct:title>',
        f'    <dct:description xml:lang="nl">{_x(theme)} van het {_x(label(row))}, '
        f"KBO-nummer {kbo}. Vragen over deze dataset beantwoordt het onthaal {_x(reach)}."
        "</dct:description>",
        f'    <dct:publisher rdf:resource="http://data.vlaanderen.be/id/organisatie/{kbo}"/>',
        f'    <dct:issued rdf:datatype="http://www.w3.org/2001/XMLSchema#date">{issued:%Y-%m-%d}'
        "</dct:issued>",
        '    <dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">'
        f"{when:%Y-%m-%dT%H:%M:%S}</dct:modified>",
        '    <dct:language rdf:resource="http://publications.europa.eu/resource/authority/'
        'language/NLD"/>',
        '    <dcat:keyword xml:lang="nl">dienstverlening</dcat:keyword>',
        "    <dcat:contactPoint>",
        *contact,
        "    </dcat:contactPoint>",
        "    <dcat:distribution>",
        f'      <dcat:Distribution rdf:about="{base}/distributie/1">',
        '        <dct:format rdf:resource="http://publications.europa.eu/resource/authority/'
        'file-type/CSV"/>',
        f'        <dcat:accessURL rdf:resource="{base}/distributie/1/download"/>',
        "      </dcat:Distribution>",
        "    </dcat:distribution>",
        "  </dcat:Dataset>",
        "</rdf:RDF>",
        "",
    ]
    return "\n".join(lines)


def _triple(subject: str, predicate: str, obj: str, kind: str = "literal") -> dict[str, Any]:
    return {
        "subject": {"type": "uri", "value": subject},
        "predicate": {"type": "uri", "value": predicate},
        "object": {"type": kind, "value": obj},
        "graph": {"type": "uri", "value": "http://mu.semte.ch/graphs/administrative-unit"},
    }


def mu_delta(row: dict[str, Any], rng: random.Random) -> str:
    """A mu.semte.ch delta-notifier message (the JSON change sets the lblod stack's services
    exchange), pretty-printed: one change set whose ``deletes`` drop the primary contact
    point's old page and whose ``inserts`` give its type, UUID, ``schema:contactType``, the
    register's ``schema:telephone``, ``schema:email`` and ``foaf:page``, and link the site to
    it; the government's KBO number as the identifier literal of the ``WHERE`` it matched."""
    cid = _uuid(rng)
    point = f"http://data.lblod.info/id/contact-punten/{cid}"
    site = f"http://data.lblod.info/id/vestigingen/{_uuid(rng)}"
    schema = "http://schema.org/"
    inserts = [
        _triple(point, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                f"{schema}ContactPoint", "uri"),
        _triple(point, "http://mu.semte.ch/vocabularies/core/uuid", cid),
        _triple(point, f"{schema}contactType", "Primary"),
        _triple(point, f"{schema}telephone", published_phone(row)),
    ]  # fmt: skip
    if email(row):
        inserts.append(_triple(point, f"{schema}email", email(row)))
    if _f(row, "website"):
        inserts.append(_triple(point, "http://xmlns.com/foaf/0.1/page", _f(row, "website")))
    inserts.append(_triple(site, "http://www.w3.org/ns/org#siteAddress", point, "uri"))
    ident = f"http://data.lblod.info/id/gestructureerdeIdentificatoren/{_uuid(rng)}"
    inserts.append(
        _triple(ident, "https://data.vlaanderen.be/ns/generiek#lokaleIdentificator",
                _f(row, "KBO nummer"))
    )  # fmt: skip
    old = f"http://{host(row)}/contact" if rng.random() < 0.5 else f"https://{host(row)}/"
    deletes = [_triple(point, "http://xmlns.com/foaf/0.1/page", old)] if host(row) else []
    return json.dumps([{"deletes": deletes, "inserts": inserts}], ensure_ascii=False, indent=2)


def _ovo(rng: random.Random) -> str:
    """An invented OVO number of the Organisation Registry (``OVO`` and six digits)."""
    return f"OVO{rng.randint(1000, 9999):06d}"


def wegwijs_api(row: dict[str, Any], rng: random.Random) -> str:
    """An Organisation Registry (Wegwijs) API document of one organisation, as its
    ``/v1/organisations/{id}`` answers: an invented id and OVO number, the name (the kind and
    web host), the KBO number, the validity, and its ``contacts``, one each for the register's
    telephone (``contactTypeName`` ``Telefoon``), e-mail and web page, each with an invented
    contact id and the registry's contact-type id."""
    when = _when(rng)
    contacts = [("Telefoon", "d792d4ff-8c34-4336-8434-56ecb40f2fa4", published_phone(row))]
    if email(row):
        contacts.append(("Email", "f611e91d-a811-4519-afa6-08f0e9dcdd9b", email(row)))
    if _f(row, "website"):
        contacts.append(("Website", "a0b3cd12-0b6c-4d38-9d7a-3b4c5a6e7f80", _f(row, "website")))
    doc = {
        "id": _uuid(rng),
        "ovoNumber": _ovo(rng),
        "name": label(row),
        "shortName": host(row) or None,
        "kboNumber": _f(row, "KBO nummer"),
        "validity": {"start": f"{rng.randint(1977, 2019)}-01-01", "end": None},
        "isTerminated": False,
        "contacts": [
            {
                "organisationContactId": _uuid(rng),
                "contactTypeId": type_id,
                "contactTypeName": name,
                "value": value,
                "validity": {"start": None, "end": None},
            }
            for name, type_id, value in contacts
        ],
        "changeTime": f"{when:%Y-%m-%dT%H:%M:%S.%f}+01:00",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def sharepoint_caml(row: dict[str, Any], rng: random.Random) -> str:
    """A SharePoint ``Lists.asmx`` ``UpdateListItems`` SOAP request that updates one item of
    an invented contact list: a CAML ``Batch`` (an invented list version) with one ``Method``
    ``Update`` whose ``Field``s by internal name set the item's invented id, the government's
    title, KBO number, the register's telephone, e-mail and web page (a URL field's
    ``address, description``) and a remark repeating the number."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    fields = [
        ("ID", str(rng.randint(12, 1999))),
        ("Title", label(row)),
        ("KBO_x0020_nummer", _f(row, "KBO nummer")),
        ("Telefoon", published_phone(row)),
    ]
    if mail:
        fields.append(("E_x002d_mail", mail))
    if _f(row, "website"):
        fields.append(("Website", f"{_f(row, 'website')}, {host(row)}"))
    fields.append(
        ("Opmerking", f"Nagekeken op {when:%d/%m/%Y}: het algemeen nummer {tel} is correct.")
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <UpdateListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/">',
        "      <listName>Contactgegevens besturen</listName>",
        "      <updates>",
        f'        <Batch OnError="Continue" ListVersion="{rng.randint(2, 140)}">',
        '          <Method ID="1" Cmd="Update">',
        *(f'            <Field Name="{name}">{_x(value)}</Field>' for name, value in fields),
        "          </Method>",
        "        </Batch>",
        "      </updates>",
        "    </UpdateListItems>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dcat_ap_vl": dcat_ap_vl,
    "mu_delta": mu_delta,
    "wegwijs_api": wegwijs_api,
    "sharepoint_caml": sharepoint_caml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number and e-mail
    address labelled."""
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
