"""held_out_511 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Comuni-ITA project's register of Italy's municipalities, the comuni: each
one's switchboard, fax, mailbox and PEC; Italy's earlier parts took ICCU's libraries, Regione
Lombardia's care homes and sports centres, the comuni's and the prefectures' contacts lists of
another publisher, Puglia's and Piemonte's accommodation lists, Piemonte's museums, Lazio's
health services, the Ministry of Justice's offices and prisons, the consultori and Campania's
heating-plant firms) exactly as published, in layouts no earlier part has, beside the
register's own names, ISTAT and cadastral codes, postcodes and provinces.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 300 comuni, their ``fax`` where it is a line of its own
  (not the telephone again, not a part of it), their ``pec`` and their ``email`` where each
  holds one well-formed address (the ordinary mailbox not where it is the PEC again or a part
  of it) (``scripts/data/pii_it_comuni_ita.json``, written by ``scripts/it_comuni_ita_data.py``;
  source and licence in that file): Italian numbers after ``+39`` as the comuni wrote them
  (``+39 049 8245111``, ``+39 0471/886823``, ``+39 0341.910135``); every copy labelled;
* the text around them is the same row's real fields: the comune's name, ISTAT code,
  cadastral code (in the IPA code ``c_a001``), postcode, province and region, with invented
  codici fiscali and partite IVA (check digits right), IPA office codes, CIGs, pagoPA notice
  codes, protocol numbers, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Italy's public administration, text in Italian
  (their fields written from the formats' public documentation as remembered, the search
  tools' budget having run out): IndicePA open-data exports of a comune's organisational
  units (AgID's ``Unità Organizzative`` CSV: two offices, each with the comune's telephone,
  fax and mailboxes of ``Tipo_Mail`` ``Pec`` and ``Altro``), SEND notification requests
  (PagoPA's Piattaforma Notifiche Digitali, ``POST /delivery/v2.3/requests``,
  ``NewNotificationRequestV23``: a tax notice of the comune to an invented company, its
  ``abstract`` naming the office's telephone, fax, mailbox and PEC), DCAT-AP_IT RDF/XML
  catalogues (the comune's open-data catalogue with one dataset whose ``dcat:contactPoint`` is
  a ``dcatapit:Organization`` with ``vcard:hasTelephone``, ``vcard:hasEmail`` and an address)
  and NSO purchase orders (UBL 2.1 ``Order`` of the Nodo di Smistamento degli Ordini, PEPPOL
  BIS Ordering 3 with AgID's customization: the comune as ``BuyerCustomerParty`` with its IPA
  office code, its ``Contact`` the telephone and mailbox, a ``Note`` giving the telephone for
  the delivery and the PEC for the invoices).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of eight digits or more after ``+39``, labelled whole). Each record is seeded by its own
(split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_511.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_comuni_ita.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_511.jsonl.gz"
SPLIT = "held_out_511"

LAYOUTS = ("ipa_uo_csv", "send_notifica", "dcatapit_rdf", "nso_ordine")
PHONE, FAX = "telefono", "fax"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ROME = dt.timezone(dt.timedelta(hours=1))

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented offices of a comune (IndicePA units, senders of notices, buyers of orders)
OFFICES = (
    "Ufficio Protocollo",
    "Servizi Demografici",
    "Ufficio Tributi",
    "Ufficio Tecnico",
    "Servizio Economato",
    "Ufficio Segreteria",
)
# invented tax notices of a comune (subject, SEND taxonomy code)
NOTICES = (
    ("Avviso di accertamento IMU", "010201P"),
    ("Avviso di accertamento TARI", "010202P"),
    ("Sollecito di pagamento canone unico patrimoniale", "010203P"),
    ("Ingiunzione di pagamento sanzioni amministrative", "010401P"),
)
# invented companies (no person is named in these records)
COMPANIES = (
    "EDILSTRADE SERVIZI S.R.L.",
    "TERMOIMPIANTI NORD S.R.L.",
    "CARTOTECNICA ITALIANA S.P.A.",
    "AUTOTRASPORTI DEL LAGO S.N.C.",
    "GESTIONE RIFIUTI AMBIENTE S.R.L.",
)
# invented supplies of a comune's orders: (item, unit price in euro)
SUPPLIES = (
    ("Carta per fotocopie A4 80 g/m2, risma da 500 fogli", 3.85),
    ("Toner nero compatibile per stampante multifunzione", 64.90),
    ("Faldoni per archivio con lacci, dorso 8 cm", 2.10),
    ("Sale per disgelo stradale, sacco da 25 kg", 7.40),
    ("Cartelli stradali temporanei di lavori in corso", 38.50),
)
# invented datasets of a comune's open-data catalogue: (title, theme of the EU vocabulary)
DATASETS = (
    ("Popolazione residente per età e sesso", "SOCI"),
    ("Contratti pubblici e affidamenti", "GOVE"),
    ("Orari e sedi degli uffici comunali", "GOVE"),
    ("Raccolta differenziata dei rifiuti urbani", "ENVI"),
    ("Bilancio di previsione", "ECON"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return str(row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The comune's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The comune's fax where it is a number of its own: seven digits or more, not the
    telephone again nor a part of it (nor the telephone a part of it); else ""."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 7 or value in tel or tel in value:
        return ""
    return value


def pec(row: dict[str, Any]) -> str:
    """The comune's PEC where the field holds one well-formed address, else ""."""
    value = _f(row, "pec")
    return value if MAIL.fullmatch(value) else ""


def email(row: dict[str, Any]) -> str:
    """The comune's ordinary mailbox where the field holds one well-formed address that is not
    the PEC again nor a part of it (nor the PEC a part of it), else ""."""
    value, p = _f(row, "email"), pec(row)
    if not MAIL.fullmatch(value) or (p and (value in p or p in value)):
        return ""
    return value


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax, PEC and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", pec(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailboxes labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The comune's name as the register gives it."""
    return _f(row, "nome")


def province(row: dict[str, Any], key: str) -> str:
    """A field of the comune's province (``nome``, ``sigla``, ``codice``, ``regione``)."""
    return str(row["fields"]["provincia"].get(key) or "")


def ipa_code(row: dict[str, Any]) -> str:
    """The comune's IndicePA code, ``c_`` and its cadastral code in lower case (``c_a001``)."""
    return f"c_{_f(row, 'codiceCatastale').lower()}"


def _piva(rng: random.Random) -> str:
    """An invented eleven-digit codice fiscale or partita IVA of a body, its check digit
    right (the Luhn-like rule of the partita IVA)."""
    body = [rng.randint(0, 9) for _ in range(7)] + [0, 0, rng.randint(1, 9)]
    body[0] = 0
    total = 0
    for i, d in enumerate(body):
        total += d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d)
    return "".join(map(str, [*body, (10 - total % 10) % 10]))


def piva_ok(value: str) -> bool:
    """Whether an eleven-digit partita IVA's check digit is right."""
    if not re.fullmatch(r"\d{11}", value):
        return False
    total = 0
    for i, d in enumerate(map(int, value)):
        total += d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d)
    return total % 10 == 0


def _uo(rng: random.Random) -> str:
    """An invented IndicePA code of an organisational unit (six letters and digits)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))


def _cig(rng: random.Random) -> str:
    """An invented CIG (ANAC's tender code: ten letters and digits, ``B`` first)."""
    return "B" + "".join(rng.choice("0123456789ABCDEF") for _ in range(9))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Italian time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=ROME) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 13), minutes=rng.choice((0, 10, 25, 40)))


def _x(value: str) -> str:
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def contacts(row: dict[str, Any]) -> str:
    """The comune's lines and mailboxes as a notice's text gives them."""
    parts = [f"tel. {phone(row)}"]
    if fax(row):
        parts.append(f"fax {fax(row)}")
    if email(row):
        parts.append(f"e-mail {email(row)}")
    if pec(row):
        parts.append(f"PEC {pec(row)}")
    return ", ".join(parts)


def ipa_uo_csv(row: dict[str, Any], rng: random.Random) -> str:
    """An IndicePA open-data export of a comune's organisational units (AgID's ``Unità
    Organizzative`` CSV, comma-separated with a header): two offices with invented unit codes
    (the first the parent of the second), the comune's IPA code, an invented codice fiscale,
    the ISTAT and cadastral codes, the postcode, the comune's telephone and fax, its PEC and
    mailbox as ``Mail1`` (``Pec``) and ``Mail2`` (``Altro``), no person as responsible, and
    invented dates."""
    header = [
        "Codice_IPA", "Denominazione_ente", "Codice_fiscale_ente", "Codice_uni_uo",
        "Codice_uni_aoo", "Codice_uni_uo_padre", "Descrizione_uo", "Codice_comune_ISTAT",
        "Codice_catastale_comune", "CAP", "Indirizzo", "Telefono", "Nome_responsabile",
        "Cognome_responsabile", "Mail_responsabile", "Telefono_responsabile", "Mail1",
        "Tipo_Mail1", "Mail2", "Tipo_Mail2", "Mail3", "Tipo_Mail3", "Fax", "Data_istituzione",
        "Data_aggiornamento",
    ]  # fmt: skip
    cf = _piva(rng)
    aoo = "A" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
    first, second = rng.sample(OFFICES, 2)
    parent = _uo(rng)
    mails = [(m, kind) for m, kind in ((pec(row), "Pec"), (email(row), "Altro")) if m]
    mails += [("", "")] * (3 - len(mails))
    made = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
    seen = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
    street = f"Piazza {rng.choice(('del Municipio', 'Roma', 'Vittorio Emanuele II', 'Garibaldi'))}"
    street += f", {rng.randint(1, 40)}"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for office, code, up in ((first, parent, ""), (second, _uo(rng), parent)):
        writer.writerow(
            [
                ipa_code(row), f"Comune di {name(row)}", cf, code, aoo, up, office,
                _f(row, "codice"), _f(row, "codiceCatastale"), _f(row, "cap"), street,
                phone(row), "", "", "", "",
                *(v for pair in mails for v in pair),
                fax(row), f"{made:%Y-%m-%d}", f"{seen:%Y-%m-%d}",
            ]
        )  # fmt: skip
    return out.getvalue()


def send_notifica(row: dict[str, Any], rng: random.Random) -> str:
    """A SEND notification request (PagoPA's Piattaforma Notifiche Digitali, ``POST
    /delivery/v2.3/requests``, ``NewNotificationRequestV23``): an invented protocol number,
    the comune as sender (name, invented codice fiscale), a tax notice to an invented company
    of the comune (``PG``, its partita IVA, a physical address with the comune's postcode and
    province, a pagoPA payment with an invented notice code), the notice's ``abstract`` naming
    the office's telephone, fax, mailbox and PEC, one PDF document by its digest, and the fee
    fields."""
    when = _when(rng)
    subject, taxonomy = rng.choice(NOTICES)
    office = rng.choice(
        ("all'Ufficio Tributi", "al Servizio Entrate", "al Comando di Polizia Locale")
    )
    cf = _piva(rng)
    company = rng.choice(COMPANIES)
    year = when.year - rng.randint(1, 3)
    amount = round(rng.uniform(120, 9_800), 2)
    notice = "3" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    abstract = (
        f"{subject} per l'anno {year} relativo a immobili siti nel Comune di {name(row)} "
        f"({province(row, 'sigla')}). Importo dovuto: euro {amount:.2f}. Per informazioni e "
        f"per un appuntamento rivolgersi {office}: {contacts(row)} (dal lunedì al venerdì, ore "
        "9-12)."
    )
    digest = hashlib.sha256(f"{SPLIT}:{row['path']}:{when}".encode()).digest()
    doc = {
        "paProtocolNumber": f"{when.year}/{rng.randint(1000, 99999):05d}",
        "subject": f"{subject} {year}",
        "abstract": abstract,
        "recipients": [
            {
                "recipientType": "PG",
                "taxId": _piva(rng),
                "denomination": company,
                "physicalAddress": {
                    "address": f"Via {rng.choice(('Artigianato', 'Industria', 'Dante'))} "
                    f"{rng.randint(1, 120)}",
                    "zip": _f(row, "cap"),
                    "municipality": name(row),
                    "province": province(row, "sigla"),
                    "foreignState": "ITALIA",
                },
                "payments": [
                    {
                        "pagoPa": {
                            "noticeCode": notice,
                            "creditorTaxId": cf,
                            "applyCost": True,
                        }
                    }
                ],
            }
        ],
        "documents": [
            {
                "digests": {"sha256": base64.b64encode(digest).decode()},
                "contentType": "application/pdf",
                "ref": {
                    "key": f"PN_NOTIFICATION_ATTACHMENTS-{digest.hex()[:32]}.pdf",
                    "versionToken": "v1",
                },
                "title": subject,
            }
        ],
        "notificationFeePolicy": "DELIVERY_MODE",
        "physicalCommunicationType": "AR_REGISTERED_LETTER",
        "senderDenomination": f"Comune di {name(row)}",
        "senderTaxId": cf,
        "group": "",
        "taxonomyCode": taxonomy,
        "paFee": 100,
        "vat": 22,
        "pagoPaIntMode": "ASYNC",
        "paymentExpirationDate": f"{when + dt.timedelta(days=60):%Y-%m-%d}",
    }
    return _json(doc)


def dcatapit_rdf(row: dict[str, Any], rng: random.Random) -> str:
    """A DCAT-AP_IT catalogue in RDF/XML (the Italian profile of DCAT-AP, namespace
    ``http://dati.gov.it/onto/dcatapit#``): the comune's open-data catalogue (its publisher the
    comune with its IPA code), one dataset with an invented identifier, title, theme,
    frequency and dates, its rights holder, a ``dcat:contactPoint`` that is a
    ``dcatapit:Organization`` (the office's name, ``vcard:hasEmail`` the mailbox and PEC as
    ``mailto:``, ``vcard:hasTelephone`` the telephone and fax, ``vcard:hasAddress`` with the
    postcode, comune and province), and one CSV distribution under CC BY 4.0."""
    when = _when(rng)
    title, theme = rng.choice(DATASETS)
    office = rng.choice(OFFICES)
    base = f"https://dati.comune.{_f(row, 'codiceCatastale').lower()}.example.it"
    ident = f"{ipa_code(row)}:ds_{rng.randint(100, 9999)}"
    org = f"{base}/organization/{ipa_code(row)}"
    freq = rng.choice(("ANNUAL", "QUARTERLY", "MONTHLY"))
    tels = [("Voice", phone(row))] + ([("Fax", fax(row))] if fax(row) else [])
    mails = [m for m in (email(row), pec(row)) if m]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<rdf:RDF",
        '  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '  xmlns:dcat="http://www.w3.org/ns/dcat#"',
        '  xmlns:dcatapit="http://dati.gov.it/onto/dcatapit#"',
        '  xmlns:dct="http://purl.org/dc/terms/"',
        '  xmlns:foaf="http://xmlns.com/foaf/0.1/"',
        '  xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
        f"  <dcatapit:Catalog rdf:about={quoteattr(base + '/catalog')}>",
        f'    <dct:title xml:lang="it">Catalogo dei dati aperti del Comune di {_x(name(row))}'
        "</dct:title>",
        '    <dct:description xml:lang="it">I dati aperti pubblicati dal Comune di '
        f"{_x(name(row))}, provincia di {_x(province(row, 'nome'))}.</dct:description>",
        f'    <dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#date">{when:%Y-%m-%d}'
        "</dct:modified>",
        "    <dct:publisher>",
        "      <dcatapit:Agent>",
        f"        <foaf:name>Comune di {_x(name(row))}</foaf:name>",
        f"        <dct:identifier>{ipa_code(row)}</dct:identifier>",
        "      </dcatapit:Agent>",
        "    </dct:publisher>",
        f"    <dcat:dataset rdf:resource={quoteattr(f'{base}/dataset/{ident}')}/>",
        "  </dcatapit:Catalog>",
        f"  <dcatapit:Dataset rdf:about={quoteattr(f'{base}/dataset/{ident}')}>",
        f"    <dct:identifier>{ident}</dct:identifier>",
        f'    <dct:title xml:lang="it">{_x(title)} - Comune di {_x(name(row))}</dct:title>',
        f'    <dct:description xml:lang="it">{_x(title)} nel territorio comunale (codice ISTAT '
        f"{_f(row, 'codice')}).</dct:description>",
        '    <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/'
        f'data-theme/{theme}"/>',
        '    <dct:accrualPeriodicity rdf:resource="http://publications.europa.eu/resource/'
        f'authority/frequency/{freq}"/>',
        f'    <dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#date">{when:%Y-%m-%d}'
        "</dct:modified>",
        "    <dct:rightsHolder>",
        "      <dcatapit:Agent>",
        f"        <foaf:name>Comune di {_x(name(row))}</foaf:name>",
        f"        <dct:identifier>{ipa_code(row)}</dct:identifier>",
        "      </dcatapit:Agent>",
        "    </dct:rightsHolder>",
        "    <dcat:contactPoint>",
        f"      <dcatapit:Organization rdf:about={quoteattr(org)}>",
        f"        <vcard:fn>Comune di {_x(name(row))} - {office}</vcard:fn>",
        *(f"        <vcard:hasEmail rdf:resource={quoteattr('mailto:' + m)}/>" for m in mails),
        *(
            line
            for kind, number in tels
            for line in (
                "        <vcard:hasTelephone>",
                f"          <vcard:{kind}>",
                f"            <vcard:hasValue>{_x(number)}</vcard:hasValue>",
                f"          </vcard:{kind}>",
                "        </vcard:hasTelephone>",
            )
        ),
        "        <vcard:hasAddress>",
        "          <vcard:Address>",
        f"            <vcard:postal-code>{_f(row, 'cap')}</vcard:postal-code>",
        f"            <vcard:locality>{_x(name(row))}</vcard:locality>",
        f"            <vcard:region>{_x(province(row, 'sigla'))}</vcard:region>",
        "            <vcard:country-name>Italia</vcard:country-name>",
        "          </vcard:Address>",
        "        </vcard:hasAddress>",
        "      </dcatapit:Organization>",
        "    </dcat:contactPoint>",
        "    <dcat:distribution>",
        f"      <dcatapit:Distribution rdf:about={quoteattr(f'{base}/dataset/{ident}/csv')}>",
        f'        <dct:title xml:lang="it">{_x(title)} (CSV)</dct:title>',
        f"        <dcat:accessURL rdf:resource={quoteattr(f'{base}/files/{ident}.csv')}/>",
        '        <dct:format rdf:resource="http://publications.europa.eu/resource/authority/'
        'file-type/CSV"/>',
        "        <dct:license>",
        '          <dcatapit:LicenseDocument rdf:about="https://creativecommons.org/licenses/by/'
        '4.0/">',
        "            <foaf:name>Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)"
        "</foaf:name>",
        "          </dcatapit:LicenseDocument>",
        "        </dct:license>",
        "      </dcatapit:Distribution>",
        "    </dcat:distribution>",
        "  </dcatapit:Dataset>",
        "</rdf:RDF>",
        "",
    ]
    return "\n".join(lines)


def nso_ordine(row: dict[str, Any], rng: random.Random) -> str:
    """An NSO purchase order (UBL 2.1 ``Order`` through the Nodo di Smistamento degli Ordini,
    PEPPOL BIS Ordering 3 with AgID's customization): an invented order number, dates and CIG
    (``OriginatorDocumentReference``), a ``Note`` giving the telephone for the delivery and
    the PEC for the invoices, the comune as ``BuyerCustomerParty`` (an invented IPA office code
    as ``EndpointID`` of scheme 0201, its postcode, name and province, an invented codice
    fiscale, ``Contact`` the office, telephone and mailbox), an invented supplier by its
    partita IVA (scheme 0211), the delivery to the comune, the totals and one line of
    supplies with VAT at 22%."""
    when = _when(rng)
    uo = _uo(rng)
    supplier = rng.choice(COMPANIES)
    item, price = rng.choice(SUPPLIES)
    qty = rng.randint(2, 60)
    net = round(qty * price, 2)
    tax = round(net * 0.22, 2)
    office = rng.choice(("Servizio Economato", "Ufficio Tecnico", "Ufficio Protocollo"))
    note = f"Consegna presso la sede comunale previo accordo telefonico al {phone(row)}."
    if pec(row):
        note += f" Fatture elettroniche e comunicazioni alla PEC {pec(row)}"
        note += f" (codice univoco ufficio {uo})."
    mail = email(row) or pec(row)
    city = _x(name(row))
    party = [
        "      <cac:PostalAddress>",
        f"        <cbc:CityName>{city}</cbc:CityName>",
        f"        <cbc:PostalZone>{_f(row, 'cap')}</cbc:PostalZone>",
        f"        <cbc:CountrySubentity>{_x(province(row, 'sigla'))}</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>IT</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"',
        '  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"',
        '  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        "  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3:restrictive:"
        "urn:www.agid.gov.it:trns:ordine:3.1</cbc:CustomizationID>",
        "  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>",
        f"  <cbc:ID>{when.year}-{rng.randint(1, 999):03d}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        "  <cbc:OrderTypeCode>220</cbc:OrderTypeCode>",
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
        "  <cac:OriginatorDocumentReference>",
        f"    <cbc:ID>{_cig(rng)}</cbc:ID>",
        "  </cac:OriginatorDocumentReference>",
        "  <cac:BuyerCustomerParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0201">{uo}</cbc:EndpointID>',
        "      <cac:PartyIdentification>",
        f'        <cbc:ID schemeID="0201">{uo}</cbc:ID>',
        "      </cac:PartyIdentification>",
        *party,
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>Comune di {city}</cbc:RegistrationName>",
        f"        <cbc:CompanyID>{_piva(rng)}</cbc:CompanyID>",
        "      </cac:PartyLegalEntity>",
        "      <cac:Contact>",
        f"        <cbc:Name>{office}</cbc:Name>",
        f"        <cbc:Telephone>{_x(phone(row))}</cbc:Telephone>",
        f"        <cbc:ElectronicMail>{_x(mail)}</cbc:ElectronicMail>",
        "      </cac:Contact>",
        "    </cac:Party>",
        "  </cac:BuyerCustomerParty>",
        "  <cac:SellerSupplierParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0211">IT{_piva(rng)}</cbc:EndpointID>',
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(supplier)}</cbc:RegistrationName>",
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:SellerSupplierParty>",
        "  <cac:Delivery>",
        "    <cac:DeliveryLocation>",
        "      <cac:Address>",
        f"        <cbc:CityName>{city}</cbc:CityName>",
        f"        <cbc:PostalZone>{_f(row, 'cap')}</cbc:PostalZone>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>IT</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:Address>",
        "    </cac:DeliveryLocation>",
        "    <cac:RequestedDeliveryPeriod>",
        f"      <cbc:EndDate>{when + dt.timedelta(days=rng.randint(7, 30)):%Y-%m-%d}</cbc:EndDate>",
        "    </cac:RequestedDeliveryPeriod>",
        "  </cac:Delivery>",
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="EUR">{tax:.2f}</cbc:TaxAmount>',
        "  </cac:TaxTotal>",
        "  <cac:AnticipatedMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="EUR">{net:.2f}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="EUR">{net:.2f}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="EUR">{net + tax:.2f}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="EUR">{net + tax:.2f}</cbc:PayableAmount>',
        "  </cac:AnticipatedMonetaryTotal>",
        "  <cac:OrderLine>",
        "    <cac:LineItem>",
        "      <cbc:ID>1</cbc:ID>",
        f'      <cbc:Quantity unitCode="C62">{qty}</cbc:Quantity>',
        f'      <cbc:LineExtensionAmount currencyID="EUR">{net:.2f}</cbc:LineExtensionAmount>',
        "      <cac:Price>",
        f'        <cbc:PriceAmount currencyID="EUR">{price:.2f}</cbc:PriceAmount>',
        "      </cac:Price>",
        "      <cac:Item>",
        f"        <cbc:Name>{_x(item)}</cbc:Name>",
        "        <cac:ClassifiedTaxCategory>",
        "          <cbc:ID>S</cbc:ID>",
        "          <cbc:Percent>22</cbc:Percent>",
        "          <cac:TaxScheme>",
        "            <cbc:ID>VAT</cbc:ID>",
        "          </cac:TaxScheme>",
        "        </cac:ClassifiedTaxCategory>",
        "      </cac:Item>",
        "    </cac:LineItem>",
        "  </cac:OrderLine>",
        "</Order>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ipa_uo_csv": ipa_uo_csv,
    "send_notifica": send_notifica,
    "dcatapit_rdf": dcatapit_rdf,
    "nso_ordine": nso_ordine,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailboxes labelled."""
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
