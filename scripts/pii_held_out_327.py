"""held_out_327 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the contacts list of Italy's prefectures, the Prefetture - Uffici
territoriali del Governo of the Ministry of the Interior; Italy's earlier parts took ICCU's
libraries, Lombardia's care homes, the comuni's contacts, Puglia's and Piemonte's
accommodation, the Ministry of Justice's offices of the justices of the peace and prisons and
the Ministry of Health's consultori) exactly as published, in layouts no earlier part has,
beside the list's own names, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono``, ``fax``, ``mail`` and ``pec`` fields of all 106
  prefectures (``scripts/data/pii_it_prefetture.json``, written by
  ``scripts/it_prefetture_data.py``; source and licence in that file): Italian numbers as the
  list writes them, ``+39``, a blank and the national number with blanks, a slash or none after
  the area code (``+39 0922 483111``, ``+39 0131/310111``, ``+39 05753181``,
  ``+39 0372 /4881``), one phone field with a second number (``+39 0371/4471 0371/447409``:
  two labels, the second national), one fax with a second line's ending after a hyphen
  (``+39 019 821755-8416400``: two labels) and one with an extension-like ending kept in its
  number (``+39 030 3743666 493``), one phone with a trailing comma (left out of its label);
  each number of each copy labelled; the ordinary and certified (PEC) e-mail addresses, all of
  offices (``prefettura.agrigento@interno.it``, ``protocollo.prefag@pec.interno.it``), each
  copy labelled;
* the text around them is the same row's real fields: the prefecture's name as the list writes
  it (``AGRIGENTO``), the seat's address as published (``Piazza Aldo Moro,1, AGRIGENTO, AG,
  Italia``), its postcode (``92100``) and the list's row number, with invented JMAP, CouchDB and
  Bruno ids, revisions, sizes, sequence numbers and time stamps, unlabelled and scored;
* in layouts no earlier part has, text in Italian: the prefecture as a public organisation in
  OntoPiA's vocabularies (AgID and ISTAT's national ontologies: ``COV`` ``PublicOrganization``
  with a ``CLV`` address and an ``SM`` ``OnlineContactPoint`` whose ``Telephone``,
  ``Email`` and certified ``Email`` hold the values) serialised as N-Quads in a named graph;
  a JMAP ``Email/get`` response (RFC 8621: the prefecture's ordinary mailbox in ``from``, its
  PEC in ``to``, a ``bodyValues`` text whose signature repeats address, numbers and PEC); a
  Bruno API client's ``.bru`` request (``meta``, ``put``, ``auth:bearer``, ``headers``,
  ``body:json`` with the contacts, ``assert`` and a ``docs`` note naming the switchboard); and
  a CouchDB ``_all_docs?include_docs=true`` response of an offices database (``total_rows``,
  ``offset``, one row with ``_id``, ``_rev`` and the document's ``recapiti``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_327.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_prefetture.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_327.jsonl.gz"
SPLIT = "held_out_327"

LAYOUTS = ("ontopia_nquads", "jmap_email_get", "bruno_request", "couchdb_all_docs")
PHONE, FAX = "telefono", "fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
UTC = dt.UTC

# fields whose numbers ``numbers`` would not part as the list means them: each number of the
# field, as it stands in it (a second number after a blank, a second line's ending after a
# hyphen, a blank before the slash inside one number)
SPLITS = {
    "+39 0371/4471 0371/447409": ("+39 0371/4471", "0371/447409"),
    "+39 019 821755-8416400": ("+39 019 821755", "8416400"),
    "+39 0372 /4881": ("+39 0372 /4881",),
}

# invented subjects and notes (no real message or procedure is meant)
SUBJECTS = (
    "Aggiornamento recapiti dell'Ufficio", "Trasmissione nota per il protocollo",
    "Comunicazione orari di apertura al pubblico", "Riscontro a richiesta di informazioni",
    "Inoltro documentazione per la Conferenza provinciale",
)  # fmt: skip
NOTES = (
    "Centralino attivo dal lunedì al venerdì, ore 9:00-13:00.",
    "Le istanze vanno inviate alla casella PEC indicata.",
    "Recapiti verificati sul sito istituzionale.",
    "Per l'Ufficio relazioni con il pubblico usare il centralino.",
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The prefecture's ``telefono`` as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The prefecture's ``fax`` as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def mail(row: dict[str, Any]) -> str:
    """The ordinary e-mail address ("" where the list's field is blank)."""
    return _f(row, "mail")


def pec(row: dict[str, Any]) -> str:
    """The certified (PEC) e-mail address."""
    return _f(row, "pec")


def name(row: dict[str, Any]) -> str:
    """The prefecture's name as the list writes it (``AGRIGENTO``)."""
    return _f(row, "prefettura")


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+39``)."""
    return value.startswith(("+", "00"))


def split(field: str) -> list[tuple[int, int]]:
    """The spans of the numbers in a phone or fax field: ``numbers``'s, but for the fields of
    ``SPLITS``, whose numbers are given."""
    if field.rstrip(",") not in SPLITS:
        return numbers(field)
    out, at = [], 0
    for number in SPLITS[field.rstrip(",")]:
        start = field.index(number, at)
        out.append((start, start + len(number)))
        at = start + len(number)
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its two
    e-mail addresses labelled (each copy stands apart: no digit next to a number, no address
    character next to an address)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", mail(row)), ("email", pec(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record):
    """The evaluation record of the row's block: ``pii_held_out_14.labelled_record`` with the
    numbers of each field parted by ``split``."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in split(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 9, 7, 0, tzinfo=UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slug(row: dict[str, Any]) -> str:
    """The name in lower-case letters and hyphens (``barletta-andria-trani``), for ids."""
    first = name(row).split("/")[0].lower()
    return re.sub(r"[^a-z]+", "-", first).strip("-")


def _title(row: dict[str, Any]) -> str:
    return f"Prefettura - Ufficio territoriale del Governo di {name(row)}"


def _signature(row: dict[str, Any]) -> list[str]:
    """The lines of an office's e-mail signature: name, address and postcode, numbers, PEC."""
    lines = [_title(row), f"{_f(row, 'indirizzo')} - {_f(row, 'cap')}"]
    tel = f"Tel. {phone(row)}"
    lines.append(f"{tel} - Fax {fax(row)}" if fax(row) else tel)
    lines.append(f"PEC: {pec(row)}")
    return lines


def _nq(value: str) -> str:
    """``value`` as an N-Quads string literal's content."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def ontopia_nquads(row: dict[str, Any], rng: random.Random) -> str:
    """The prefecture in OntoPiA's vocabularies as N-Quads (one statement a line, each in the
    graph of the list's load): a ``COV`` ``PublicOrganization`` with its ``legalName``,
    ``l0:identifier`` (the list's row number) and a ``CLV`` ``Address`` (``fullAddress``,
    ``postCode``), and an ``SM`` ``OnlineContactPoint`` whose ``Telephone``s (switchboard and
    fax, each with an ``rdfs:label``) hold ``telephoneNumber`` and whose ``Email`` and certified
    ``Email`` hold ``emailAddress``; an invented load date on the graph."""
    base = f"https://dati.interno.gov.it/lod/prefettura/{_slug(row)}"
    graph = f"<https://dati.interno.gov.it/lod/grafo/prefetture-{_when(rng):%Y%m%d}>"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    cov, clv = "https://w3id.org/italia/onto/COV/", "https://w3id.org/italia/onto/CLV/"
    sm, l0 = "https://w3id.org/italia/onto/SM/", "https://w3id.org/italia/onto/l0/"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    triples = [
        (base, f"{rdf}type", f"<{cov}PublicOrganization>"),
        (base, f"{cov}legalName", f'"{_nq(_title(row))}"@it'),
        (base, f"{l0}identifier", f'"{_f(row, "id_elenco")}"'),
        (base, f"{cov}hasPrimaryAddress", f"<{base}/indirizzo>"),
        (f"{base}/indirizzo", f"{rdf}type", f"<{clv}Address>"),
        (f"{base}/indirizzo", f"{clv}fullAddress", f'"{_nq(_f(row, "indirizzo"))}"'),
        (f"{base}/indirizzo", f"{clv}postCode", f'"{_f(row, "cap")}"'),
        (base, f"{sm}hasOnlineContactPoint", f"<{base}/contatti>"),
        (f"{base}/contatti", f"{rdf}type", f"<{sm}OnlineContactPoint>"),
        (f"{base}/contatti", f"{sm}hasTelephone", f"<{base}/contatti/centralino>"),
        (f"{base}/contatti/centralino", f"{rdf}type", f"<{sm}Telephone>"),
        (f"{base}/contatti/centralino", label, '"Centralino"@it'),
        (f"{base}/contatti/centralino", f"{sm}telephoneNumber", f'"{_nq(phone(row))}"'),
    ]
    if fax(row):
        triples += [
            (f"{base}/contatti", f"{sm}hasTelephone", f"<{base}/contatti/fax>"),
            (f"{base}/contatti/fax", f"{rdf}type", f"<{sm}Telephone>"),
            (f"{base}/contatti/fax", label, '"Fax"@it'),
            (f"{base}/contatti/fax", f"{sm}telephoneNumber", f'"{_nq(fax(row))}"'),
        ]
    if mail(row):
        triples += [
            (f"{base}/contatti", f"{sm}hasEmail", f"<{base}/contatti/email>"),
            (f"{base}/contatti/email", f"{rdf}type", f"<{sm}Email>"),
            (f"{base}/contatti/email", f"{sm}emailAddress", f'"{mail(row)}"'),
        ]
    triples += [
        (f"{base}/contatti", f"{sm}hasCertifiedEmail", f"<{base}/contatti/pec>"),
        (f"{base}/contatti/pec", f"{rdf}type", f"<{sm}Email>"),
        (f"{base}/contatti/pec", label, '"Posta elettronica certificata"@it'),
        (f"{base}/contatti/pec", f"{sm}emailAddress", f'"{pec(row)}"'),
    ]
    return "".join(f"<{s}> <{p}> {o} {graph} .\n" for s, p, o in triples)


def jmap_email_get(row: dict[str, Any], rng: random.Random) -> str:
    """A JMAP ``Email/get`` response (RFC 8620, RFC 8621) of one message of the prefecture's
    ordinary mailbox to its PEC (to itself where the list gives no ordinary address): invented
    account, state, message, blob and thread ids, ``receivedAt``, ``size`` and ``preview``, the
    ``textBody`` part and its ``bodyValues`` text in Italian, whose signature repeats the
    address, postcode, numbers and PEC."""
    when = _when(rng)
    subject = rng.choice(SUBJECTS)
    sender = mail(row) or pec(row)
    greeting = (
        f"Si trasmette in allegato la nota relativa a: {subject.lower()}.\n"
        f"Per eventuali chiarimenti è possibile contattare il centralino al numero {phone(row)}."
    )
    body = (
        "Buongiorno,\n\n" + greeting + "\n\nCordiali saluti\n\n-- \n" + "\n".join(_signature(row))
    )
    part = "1"
    message = {
        "id": f"M{_token(rng, 24)}",
        "blobId": f"G{_token(rng, 40, '0123456789abcdef')}",
        "threadId": f"T{_token(rng, 16)}",
        "mailboxIds": {f"P{_token(rng, 8)}": True},
        "keywords": {"$seen": True},
        "size": len(body.encode("utf-8")) + rng.randint(900, 2400),
        "receivedAt": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "from": [{"name": f"Prefettura di {name(row)}", "email": sender}],
        "to": [{"name": f"Protocollo - Prefettura di {name(row)}", "email": pec(row)}],
        "subject": subject,
        "preview": f"Buongiorno, si trasmette in allegato la nota relativa a: {subject.lower()}.",
        "hasAttachment": True,
        "textBody": [
            {"partId": part, "blobId": f"G{_token(rng, 40, '0123456789abcdef')}",
             "size": len(body.encode("utf-8")), "type": "text/plain", "charset": "utf-8"}
        ],
        "bodyValues": {part: {"value": body, "isEncodingProblem": False, "isTruncated": False}},
    }  # fmt: skip
    response = {
        "methodResponses": [
            [
                "Email/get",
                {
                    "accountId": f"u{_token(rng, 8, '0123456789abcdef')}",
                    "state": str(rng.randint(10000, 99999)),
                    "list": [message],
                    "notFound": [],
                },
                "c1",
            ]
        ],
        "sessionState": _token(rng, 12),
    }
    return json.dumps(response, ensure_ascii=False, indent=2) + "\n"


def bruno_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Bruno API client's request file (``.bru``, Bru markup) of a collection that updates an
    offices' directory: ``meta`` (name, type, an invented sequence number), ``put`` with the
    URL's variables, ``auth:bearer``, ``headers``, ``vars:pre-request`` (the list's row number
    as the office's id), ``body:json`` with the address, postcode and the four contacts,
    ``assert`` and a ``docs`` note in Italian naming the switchboard's number."""
    body = {
        "denominazione": _title(row),
        "indirizzo": _f(row, "indirizzo"),
        "cap": _f(row, "cap"),
        "telefono": phone(row),
        "fax": fax(row) or None,
        "email": mail(row) or None,
        "pec": pec(row),
    }
    body_lines = json.dumps(body, ensure_ascii=False, indent=2).splitlines()
    lines = [
        "meta {",
        f"  name: Aggiorna recapiti Prefettura di {name(row)}",
        "  type: http",
        f"  seq: {rng.randint(2, 140)}",
        "}",
        "",
        "put {",
        "  url: {{baseUrl}}/api/v1/uffici/{{ufficioId}}/recapiti",
        "  body: json",
        "  auth: bearer",
        "}",
        "",
        "auth:bearer {",
        "  token: {{token}}",
        "}",
        "",
        "headers {",
        "  Accept: application/json",
        "  Content-Type: application/json",
        "}",
        "",
        "vars:pre-request {",
        f"  ufficioId: {_f(row, 'id_elenco')}",
        "}",
        "",
        "body:json {",
        *(f"  {line}" for line in body_lines),
        "}",
        "",
        "assert {",
        "  res.status: eq 200",
        "}",
        "",
        "docs {",
        f"  Aggiorna i recapiti della Prefettura di {name(row)} ({_f(row, 'cap')}).",
        f"  Centralino: {phone(row)}. {rng.choice(NOTES)}",
        "}",
        "",
    ]
    return "\n".join(lines)


def couchdb_all_docs(row: dict[str, Any], rng: random.Random) -> str:
    """A CouchDB ``GET /uffici/_all_docs?include_docs=true&key=...`` response, as the server
    writes it (one row a line): ``total_rows`` (the list's 106), the row's ``offset``, its
    ``id``, ``key`` and ``value.rev``, and the document with an invented ``_rev``, the name,
    address, postcode, ``recapiti`` (telefono, fax, email, pec), a note in Italian, the list's
    row number and an invented update time."""
    when = _when(rng)
    doc_id = f"prefettura:{_slug(row)}"
    rev = f"{rng.randint(1, 9)}-{_token(rng, 32, '0123456789abcdef')}"
    recapiti = {"telefono": phone(row)}
    if fax(row):
        recapiti["fax"] = fax(row)
    if mail(row):
        recapiti["email"] = mail(row)
    recapiti["pec"] = pec(row)
    doc = {
        "_id": doc_id,
        "_rev": rev,
        "tipo": "prefettura",
        "denominazione": _title(row),
        "indirizzo": _f(row, "indirizzo"),
        "cap": _f(row, "cap"),
        "recapiti": recapiti,
        "note": rng.choice(NOTES),
        "id_elenco": int(_f(row, "id_elenco")),
        "aggiornato_il": f"{when:%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z",
    }
    item = {"id": doc_id, "key": doc_id, "value": {"rev": rev}, "doc": doc}
    offset = int(_f(row, "id_elenco")) - 1
    compact = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
    return f'{{"total_rows":106,"offset":{offset},"rows":[\r\n{compact}\r\n]}}\n'


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ontopia_nquads": ontopia_nquads,
    "jmap_email_get": jmap_email_get,
    "bruno_request": bruno_request,
    "couchdb_all_docs": couchdb_all_docs,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and of
    its e-mail addresses labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
