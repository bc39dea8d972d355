"""held_out_451 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the ministère de la Justice's Direction des services judiciaires' table of
the courts, tribunaux judiciaires, tribunaux de proximité and tribunaux de première instance,
with their SIRETs; France's earlier parts took testing sites, farm shops, local offices,
schools, associations, museums, hospitals, France Services, archives, places, establishments,
restaurants, campsites, vaccination places, hearing-aid centres, youth-card partners, delivery
shops, hotels and vehicle-inspection centres) exactly as published, in layouts no earlier part
has, beside the table's own names, addresses, INSEE codes, SIRETs and the DSJ's codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``NUMERO_TELEPHONE_FILS`` of the 294 courts, their
  ``NUMERO_TELECOPIE_FILS`` where the table gives one and their ``MAIL_FILS`` where it holds an
  address (``scripts/data/pii_fr_dsj_juridictions.json``, written by
  ``scripts/fr_dsj_juridictions_data.py``; source and licence in that file): French numbers
  as the DSJ's table writes them, without the trunk 0 and spaced in pairs (``1 49 81 16 00``),
  the overseas ones with their area code in brackets (``0(590)896950``, ``00(687)279350``),
  one with a second line's last digit (``0477433300/1``), and the courts' mailboxes
  (``tj-creteil@justice.fr``); every copy labelled. The table's second fax column
  (``NUMERO_FAX_FILS``, often several numbers run together) is written nowhere;
* the text around them is the same row's real fields: the court's long and short names,
  street address and complement, INSEE code of its seat, SIREN and SIRET (14 digits,
  unlabelled on purpose: an establishment's identifier, not a line), the DSJ's codes
  (``DSJTGCR094``) and its cour d'appel, with invented ids, amounts, times and dates,
  unlabelled and scored;
* in layouts no earlier part has, written from the helper's memory of their public
  documentation (no documentation could be read when the part was built), text in French:
  Chorus Pro API answers (``POST /cpro/structures/v1/consulter``: the court as a public
  structure of the State's e-invoicing portal, its SIRET, address and contact fields), DocuSign
  eSignature REST API envelope definitions (``POST /v2.1/accounts/{accountId}/envelopes``: a
  convention sent to the court's mailbox for signature, ``emailBlurb`` giving its telephone;
  a court without a mailbox signs by SMS, ``phoneNumber`` its number as published), Matomo
  Live API answers (``Live.getLastVisitsDetails`` in JSON: one visit of a court's page on a
  justice site, an ``event`` whose ``eventName`` is the number clicked and an ``outlink`` to
  ``mailto:`` the mailbox) and HTTPie sessions (the ``http`` command line and the response it
  prints, headers then a JSON body of the court's card).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of nine digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_451.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_dsj_juridictions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_451.jsonl.gz"
SPLIT = "held_out_451"

LAYOUTS = ("chorus_pro_structure", "docusign_envelope", "matomo_live_visit", "httpie_session")
PHONE, FAX, EMAIL = "NUMERO_TELEPHONE_FILS", "NUMERO_TELECOPIE_FILS", "MAIL_FILS"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@'-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
PARIS = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

CONVENTIONS = (
    "Convention de mise à disposition de locaux",
    "Convention relative à l'accès au droit",
    "Convention de partenariat pour les permanences de conciliation",
    "Avenant à la convention de nettoyage des locaux",
    "Convention d'accueil de stagiaires",
)
PAGES = ("Accueil", "Horaires et accès", "Nous contacter", "Audiences", "Service d'accueil")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The court's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The court's fax (the ``NUMERO_TELECOPIE_FILS`` column) where it holds a number other
    than the telephone, else ""."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 7 and value != phone(row) else ""


def email(row: dict[str, Any]) -> str:
    """The court's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.'+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with an international prefix (``00(687)279350``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "LIBELLE_LONG_ES_FILS")


def town(row: dict[str, Any]) -> str:
    """The court's town, from its long name (``Tribunal judiciaire de Créteil``)."""
    m = re.match(
        r"Tribunal (?:judiciaire|de proximité|de Première Instance) "
        r"(?:de la |de l'|de |d'|du |des )?(.+)",
        name(row),
    )
    return m.group(1) if m else name(row)


def siret(row: dict[str, Any]) -> str:
    return _f(row, "SIRET_FILS")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Paris time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=PARIS) + dt.timedelta(days=rng.randint(0, 320))
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _json(doc: Any, indent: int = 2) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def chorus_pro_structure(row: dict[str, Any], rng: random.Random) -> str:
    """A Chorus Pro API answer to ``POST /cpro/structures/v1/consulter``: the return code, an
    invented ``idStructureCPP``, the court's SIRET (or its DSJ code where it has none), names,
    address with its INSEE code, contact fields (telephone, fax, mailbox) and invoicing
    parameters."""
    when = _when(rng)
    doc = {
        "codeRetour": 0,
        "libelle": "GCU_MSG_01_000",
        "idStructureCPP": rng.randint(25000000, 29999999),
        "typeIdentifiant": "SIRET" if siret(row) else "AUTRE",
        "identifiant": siret(row) or _f(row, "COUT_FILS"),
        "raisonSociale": name(row),
        "libelleStructure": _f(row, "LIBELLE_COURT_ES_FILS"),
        "numeroTva": "",
        "adresse": {
            "ligneAdresse1": _f(row, "ADRESS_PRINCIPAL_FILS"),
            "ligneAdresse2": _f(row, "ADRESS_COMPLEMENT_FILS"),
            "codeInsee": _f(row, "COMMUNE_SIEGE_INSEE_FILS"),
            "ville": town(row).upper(),
            "codePays": "FR",
            "libellePays": "France",
        },
        "informationsGenerales": {
            "telephone": phone(row),
            "telecopie": fax(row),
            "courriel": email(row),
            "structureMere": _f(row, "LIBELLE_LONG_ES_PERE"),
        },
        "parametres": {
            "codeServiceDoitEtreRenseigne": True,
            "numeroEngagementDoitEtreRenseigne": True,
            "gestionStatutMiseEnPaiement": False,
            "estMOA": False,
        },
        "statutStructure": "ACTIF",
        "dateDerniereModification": when.strftime("%Y-%m-%dT%H:%M:%S.000+01:00"),
    }
    return _json(doc)


def docusign_envelope(row: dict[str, Any], rng: random.Random) -> str:
    """A DocuSign eSignature REST API v2.1 envelope definition: an invented convention between
    the court and its cour d'appel, a small invented PDF in ``documentBase64``, the court's
    greffe as signer at its mailbox (by SMS at its telephone where it has none) and the
    telephone in ``emailBlurb``."""
    title = rng.choice(CONVENTIONS)
    ref = f"2024-{rng.randint(100, 999)}"
    pdf = base64.b64encode(f"%PDF-1.7\n% {title} {ref}\n".encode()).decode()
    signer: dict[str, Any] = {
        "name": f"Greffe - {name(row)}",
        "recipientId": "1",
        "routingOrder": "1",
        "tabs": {
            "signHereTabs": [
                {"documentId": "1", "pageNumber": "4", "xPosition": "360", "yPosition": "640"}
            ],
            "dateSignedTabs": [
                {"documentId": "1", "pageNumber": "4", "xPosition": "360", "yPosition": "700"}
            ],
        },
    }
    if email(row):
        signer["email"] = email(row)
    else:
        signer["deliveryMethod"] = "SMS"
        signer["phoneNumber"] = {"countryCode": "33", "number": phone(row)}
    doc = {
        "emailSubject": f"{title} n° {ref} - {name(row)}",
        "emailBlurb": f"Madame, Monsieur, veuillez trouver ci-joint le document « {title} » "
        f"n° {ref} à signer pour le {name(row)} ({_f(row, 'ADRESS_PRINCIPAL_FILS')}). Pour "
        f"toute question, le greffe est joignable au {phone(row)}.",
        "documents": [
            {
                "documentId": "1",
                "name": f"{title} {ref}.pdf",
                "fileExtension": "pdf",
                "documentBase64": pdf,
            }
        ],
        "recipients": {"signers": [signer]},
        "customFields": {
            "textCustomFields": [
                {"name": "SIRET", "value": siret(row), "show": "false"},
                {"name": "Code DSJ", "value": _f(row, "COUT_FILS"), "show": "false"},
            ]
        },
        "status": "sent",
    }
    return _json(doc)


def matomo_live_visit(row: dict[str, Any], rng: random.Random) -> str:
    """A Matomo ``Live.getLastVisitsDetails`` answer in JSON: one visit with an invented id,
    visitor id and times, a page view of the court's contact page, an ``event`` of category
    ``Contact`` whose ``eventName`` is the telephone clicked and, where the court has a
    mailbox, an ``outlink`` to ``mailto:`` it."""
    when = _when(rng)
    ts = int(when.timestamp())
    slug = re.sub(r"[^a-z0-9]+", "-", town(row).lower()).strip("-")
    page = f"https://www.cours-appel.justice.fr/juridictions/{slug}"
    actions: list[dict[str, Any]] = [
        {
            "type": "action",
            "url": page,
            "pageTitle": f"{name(row)} - {rng.choice(PAGES)}",
            "pageIdAction": str(rng.randint(1000, 9999)),
            "timestamp": ts,
            "timeSpent": str(rng.randint(5, 120)),
        },
        {
            "type": "event",
            "eventCategory": "Contact",
            "eventAction": "Clic téléphone",
            "eventName": phone(row),
            "url": page,
            "timestamp": ts + 40,
        },
    ]
    if email(row):
        actions.append({"type": "outlink", "url": f"mailto:{email(row)}", "timestamp": ts + 75})
    visit = {
        "idSite": "7",
        "idVisit": str(rng.randint(1000000, 9999999)),
        "visitorId": f"{rng.getrandbits(64):016x}",
        "actionDetails": actions,
        "serverDate": when.strftime("%Y-%m-%d"),
        "serverTimestamp": ts,
        "firstActionTimestamp": ts,
        "lastActionTimestamp": actions[-1]["timestamp"],
        "visitDuration": actions[-1]["timestamp"] - ts,
        "actions": str(len(actions)),
        "visitorType": rng.choice(("new", "returning")),
        "country": "France",
        "countryCode": "fr",
        "city": town(row),
        "deviceType": rng.choice(("Smartphone", "Desktop")),
        "browserName": rng.choice(("Firefox", "Chrome", "Safari")),
        "operatingSystem": rng.choice(("Android", "Windows", "iOS")),
        "referrerType": "search",
        "referrerName": "Qwant",
    }
    return _json([visit], indent=4)


def httpie_session(row: dict[str, Any], rng: random.Random) -> str:
    """An HTTPie session: the ``http`` command line asking an annuaire API for the court by
    its DSJ code, then what HTTPie prints of the response, the status line, headers and the
    JSON body (four-space indent) with the court's card."""
    when = _when(rng).astimezone(dt.UTC)
    code = _f(row, "COUT_FILS")
    body = {
        "code": code,
        "type": _f(row, "MNEMO_TES_FIL"),
        "nom": name(row),
        "cour_appel": _f(row, "LIBELLE_LONG_ES_PERE"),
        "adresse": {
            "voie": _f(row, "ADRESS_PRINCIPAL_FILS"),
            "complement": _f(row, "ADRESS_COMPLEMENT_FILS") or None,
            "code_insee": _f(row, "COMMUNE_SIEGE_INSEE_FILS"),
            "commune": town(row),
        },
        "siret": siret(row) or None,
        "telephone": phone(row),
        "telecopie": fax(row) or None,
        "courriel": email(row) or None,
    }
    text = _json(body, indent=4)
    head = [
        f"$ http GET https://annuaire.justice.example/api/v1/juridictions/{code} "
        "Accept:application/json",
        "HTTP/1.1 200 OK",
        "Connection: keep-alive",
        f"Content-Length: {len(text.encode())}",
        "Content-Type: application/json; charset=utf-8",
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S GMT')}",
        f'ETag: W/"{rng.getrandbits(40):x}"',
        "",
        "",
    ]
    return "\n".join(head) + text


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "chorus_pro_structure": chorus_pro_structure,
    "docusign_envelope": docusign_envelope,
    "matomo_live_visit": matomo_live_visit,
    "httpie_session": httpie_session,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
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
