"""held_out_231 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Italy's prisons, the istituti penitenziari of the Ministry of Justice's Department
of Prison Administration; Italy's earlier parts took ICCU's libraries, Regione Lombardia's care
homes, the comuni's contacts, two regions' accommodation lists and the Ministry's offices of
the justices of the peace) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses and office codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IT (ICCU, Regione Lombardia, the comuni, Puglia, Piemonte,
the justices of the peace), PT (the Ministry of Justice's service locations, three prisons
among them) and many others; here:

* the values are the ``phone`` and ``email`` fields of all 191 prisons of the list
  (``scripts/data/pii_it_prisons.json``, written by ``scripts/it_prisons_data.py``; source and
  licence in that file): Italian numbers as the list holds them, most in one run with the area
  code (``0823755277``), a few grouped or with a hyphen or dot after the area code (``081 702
  14 14``, ``0783-71031``, ``0984.826001``), one without its area code (``2438521``: seven
  digits, labelled), five numbers joined by hyphens in one field (each labelled apart, the
  hyphens outside the spans), a number and a shortened alternative of six digits in another
  (``0823-846384 - 846400``: six digits is a subscriber's length in Italy, labelled apart);
  each prison's mailbox (``cc.arienzo@giustizia.it``; two fields of two addresses, each
  labelled; the one field with a stray blank inside its address, ``cc. forli@giustizia.it``,
  is not written); each copy labelled;
* the text around them is the same row's real fields: the prison's name (blanks stripped),
  its postal address with the five-digit CAP and the Ministry's office code (``UFF56791``),
  with invented CIG codes, CPV codes, tax codes and VAT numbers of invented suppliers,
  amounts, dates, UUIDs, IPA codes, versions and news-item ids, unlabelled and scored;
* in layouts no earlier part has, public-sector formats of Italy and of the prisons' field,
  text in Italian: ESPD request XML (the DGUE elettronico of Italian procurement, ESPD-EDM
  1.0.2: the prison as ``ContractingParty`` with ``cac:Contact``'s ``cbc:Telephone`` and
  ``cbc:ElectronicMail``, a tender document's description repeating both), ANAC's Legge
  190/2012 XML data sets of the prison's contracts (``legge190:pubblicazione``: an
  ``abstract`` giving the contracts office's number and address, ``lotto``s with CIG,
  proposing body, chosen supplier and amounts), publiccode.yml files of the prison's software
  (Developers Italia's standard: ``maintenance.contacts`` with ``email`` and ``phone``, the
  ``longDescription`` repeating both, ``it.riuso.codiceIPA``) and IPTC NewsML-G2 news items
  of a press agency about the prison (``newsItem`` with ``itemMeta``, ``contentMeta`` and an
  XHTML ``inlineXML`` body whose last paragraph gives the number and address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, e-mail addresses as
they stand. Each record is seeded by its own (split, locale, layout, index). Committed with
its data before it was ever scored.

    python scripts/pii_held_out_231.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_prisons.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_231.jsonl.gz"
SPLIT = "held_out_231"

LAYOUTS = ("espd_request", "anac_l190", "publiccode_yml", "newsml_g2")
PHONE = "phone"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
JOINED = re.compile(r"\d{9,11}(?:-\d{9,11})+")  # several whole numbers joined by hyphens

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies and services a prison buys (object, CPV code)
PURCHASES = (
    ("Fornitura di derrate alimentari per il vitto della popolazione detenuta", "15000000-8"),
    ("Servizio di manutenzione degli impianti termici dell'istituto", "50720000-8"),
    ("Fornitura di materiale di cancelleria per gli uffici", "30192000-1"),
    ("Fornitura di prodotti per l'igiene e la pulizia degli ambienti", "39830000-9"),
    ("Servizio di lavanderia della biancheria e degli effetti letterecci", "98310000-9"),
    ("Fornitura di libri e periodici per la biblioteca dell'istituto", "22110000-4"),
    ("Fornitura di attrezzature per il laboratorio di falegnameria", "43830000-0"),
    ("Servizio di disinfestazione e derattizzazione dei locali", "90923000-3"),
)  # fmt: skip
# invented suppliers (no phone or e-mail of their own)
SUPPLIERS = (
    "Ristorazione Collettiva Meridionale S.r.l.", "Termoimpianti Servizi S.p.A.",
    "Cartoleria Forniture Uffici S.n.c.", "Igiene Ambientale Italia S.r.l.",
    "Lavanderie Industriali Riunite Soc. Coop.", "Libreria Editrice Universitaria S.r.l.",
    "Utensileria Tecnica Nord S.r.l.", "Servizi Ecologici Integrati S.r.l.",
)  # fmt: skip
# invented software a prison runs (name, short description, features)
SOFTWARE = (
    ("Prenota Colloqui", "Prenotazione online dei colloqui con i familiari",
     ("prenotazione dei colloqui in presenza e in videochiamata", "calendario delle sale",
      "promemoria ai familiari")),
    ("Sopravvitto", "Gestione delle richieste di acquisto al sopravvitto",
     ("catalogo dei generi acquistabili", "richieste settimanali", "rendiconto delle spese")),
    ("Biblioteca Istituto", "Catalogo e prestiti della biblioteca dell'istituto",
     ("catalogo dei volumi", "prestiti e restituzioni", "proposte di acquisto")),
    ("Lavoro Penitenziario", "Gestione delle attività lavorative e dei corsi",
     ("graduatorie del lavoro interno", "registro delle presenze", "corsi di formazione")),
)  # fmt: skip
# invented news of a prison (headline, lead)
NEWS = (
    ("Al via i corsi di formazione professionale per i detenuti",
     "sono partiti i nuovi corsi di formazione professionale, aperti a quaranta detenuti."),
    ("Raccolta di libri per la biblioteca dell'istituto",
     "la direzione promuove una raccolta di libri per ampliare la biblioteca dell'istituto."),
    ("Una mostra dei lavori realizzati nei laboratori",
     "i manufatti realizzati nei laboratori interni saranno esposti in una mostra aperta al "
     "pubblico."),
    ("Concerto di fine anno nel teatro dell'istituto",
     "il teatro dell'istituto ospiterà un concerto aperto ai familiari dei detenuti."),
)  # fmt: skip


class Doc:
    """A record's text built piece by piece, with the spans of its phones and e-mails."""

    def __init__(self) -> None:
        self.text = ""
        self.phones: list[tuple[int, int]] = []
        self.emails: list[tuple[int, int]] = []

    def add(self, text: str) -> None:
        self.text += text

    def phone(self, value: str) -> None:
        """The phone field as published, each number of it labelled."""
        self.phones += [(len(self.text) + s, len(self.text) + e) for s, e in pieces(value)]
        self.text += value

    def email(self, value: str) -> None:
        """The e-mail field as published, each address of it labelled."""
        self.emails += [(len(self.text) + m.start(), len(self.text) + m.end())
                        for m in EMAIL.finditer(value)]  # fmt: skip
        self.text += value


def pieces(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: ``numbers``' runs, a run of whole numbers
    joined by hyphens (``0961469593-0961469687-...``) split at its hyphens."""
    out = []
    for s, e in numbers(field):
        if JOINED.fullmatch(field[s:e]):
            out += [(s + m.start(), s + m.end()) for m in re.finditer(r"\d+", field[s:e])]
        else:
            out.append((s, e))
    return out


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The e-mail field as published ("" where an address in it holds a blank)."""
    value = _f(row, "email")
    parts = [p for p in re.split(r"[ ;]+", value) if p]
    return value if all(EMAIL.fullmatch(p) for p in parts) else ""


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _cig(rng: random.Random) -> str:
    """An invented CIG (ten characters, a smart CIG's ``Z`` first)."""
    return "Z" + "".join(rng.choice("0123456789ABCDEF") for _ in range(9))


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _x(value: str) -> str:
    return escape(value)


def _contacts(d: Doc, row: dict[str, Any]) -> None:
    """``telefono <phone>`` and, where the row has one, ``e-mail <email>``."""
    d.add("telefono ")
    d.phone(phone(row))
    if email(row):
        d.add(", e-mail ")
        d.email(email(row))


def espd_request(row: dict[str, Any], rng: random.Random) -> Doc:
    """An ESPD request (ESPD-EDM 1.0.2, the DGUE elettronico): an invented UUID, CIG as
    ``ContractFolderID`` and issue date, the prison as ``ContractingParty`` (an invented tax
    code, its name, its address as ``StreetName``, ``cac:Contact`` with its ``Telephone`` and
    ``ElectronicMail``), one lot, and the tender document's reference whose description
    repeats the number and address."""
    when = _when(rng)
    what, cpv = rng.choice(PURCHASES)
    d = Doc()
    d.add(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<espd-req:ESPDRequest xmlns:espd-req="urn:grow:names:specification:ubl:schema:xsd:'
        'ESPDRequest-1" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:'
        'CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:'
        'CommonBasicComponents-2" xmlns:espd-cac="urn:grow:names:specification:ubl:schema:xsd:'
        'ESPD-CommonAggregateComponents-1" xmlns:ccv="urn:isa:names:specification:ubl:schema:'
        'xsd:CCV-CommonAggregateComponents-1">\n'
        '  <cbc:UBLVersionID schemeAgencyID="OASIS-UBL-TC">2.1</cbc:UBLVersionID>\n'
        '  <cbc:CustomizationID schemeName="CustomizationID" schemeAgencyID="BII" '
        'schemeVersionID="3.0">urn:www.cenbii.eu:transaction:biitrns070:ver3.0'
        "</cbc:CustomizationID>\n"
        '  <cbc:ID schemeID="ISO/IEC 9834-8:2008 - 4UUID" schemeAgencyID="EU-COM-GROW" '
        f'schemeVersionID="1.1">{uuid.UUID(int=rng.getrandbits(128), version=4)}</cbc:ID>\n'
        "  <cbc:CopyIndicator>false</cbc:CopyIndicator>\n"
        '  <cbc:VersionID schemeAgencyID="EU-COM-GROW">2017.01.01</cbc:VersionID>\n'
        f'  <cbc:ContractFolderID schemeAgencyID="TeD">{_cig(rng)}</cbc:ContractFolderID>\n'
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>\n"
        f"  <cbc:IssueTime>{when:%H:%M:%S}</cbc:IssueTime>\n"
        "  <cac:ContractingParty>\n"
        "    <cac:Party>\n"
        "      <cac:PartyIdentification>\n"
        f'        <cbc:ID schemeAgencyID="IT">80{_digits(rng, 9)}</cbc:ID>\n'
        "      </cac:PartyIdentification>\n"
        "      <cac:PartyName>\n"
        f"        <cbc:Name>{_x(name(row))}</cbc:Name>\n"
        "      </cac:PartyName>\n"
        "      <cac:PostalAddress>\n"
        f"        <cbc:StreetName>{_x(_f(row, 'postalAddress'))}</cbc:StreetName>\n"
        "        <cac:Country>\n"
        '          <cbc:IdentificationCode listAgencyID="ISO" listName="CountryCodeIdentifier" '
        'listVersionID="1.0">IT</cbc:IdentificationCode>\n'
        "        </cac:Country>\n"
        "      </cac:PostalAddress>\n"
        "      <cac:Contact>\n"
        "        <cbc:Name>Ufficio Contabilità</cbc:Name>\n"
        "        <cbc:Telephone>"
    )
    d.phone(phone(row))
    d.add("</cbc:Telephone>\n")
    if email(row):
        d.add("        <cbc:ElectronicMail>")
        d.email(email(row))
        d.add("</cbc:ElectronicMail>\n")
    d.add(
        "      </cac:Contact>\n"
        "    </cac:Party>\n"
        "  </cac:ContractingParty>\n"
        "  <cac:ProcurementProjectLot>\n"
        '    <cbc:ID schemeAgencyID="EU-COM-GROW">0</cbc:ID>\n'
        "  </cac:ProcurementProjectLot>\n"
        "  <cac:AdditionalDocumentReference>\n"
        f'    <cbc:ID schemeAgencyID="EU-COM-GROW">{when:%Y}/S {rng.randint(1, 250):03d}-'
        f"{rng.randint(100000, 999999)}</cbc:ID>\n"
        '    <cbc:DocumentTypeCode listAgencyID="EU-COM-GROW" listID="ReferencesTypeCodes" '
        'listVersionID="1.0">TED_CN</cbc:DocumentTypeCode>\n'
        "    <cac:Attachment>\n"
        "      <cac:ExternalReference>\n"
        f"        <cbc:FileName>{_x(what)}</cbc:FileName>\n"
        f"        <cbc:Description>{_x(what)} (CPV {cpv}) per {_x(name(row))}. Chiarimenti: "
    )
    _contacts(d, row)
    d.add(
        ".</cbc:Description>\n"
        "      </cac:ExternalReference>\n"
        "    </cac:Attachment>\n"
        "  </cac:AdditionalDocumentReference>\n"
        "</espd-req:ESPDRequest>\n"
    )
    return d


def anac_l190(row: dict[str, Any], rng: random.Random) -> Doc:
    """ANAC's Legge 190/2012 XML data set of the prison's contracts for a year: ``metadata``
    (title, an ``abstract`` giving the contracts office's number and address, publication and
    update dates, the publishing body, the year, an invented file URL, the licence) and one to
    three ``lotto``s (an invented CIG, the prison as ``strutturaProponente`` with an invented
    tax code, the object, the way the supplier was chosen, an invented supplier as participant
    and winner, amounts and dates)."""
    when = _when(rng)
    year = when.year - 1
    tax = f"80{_digits(rng, 9)}"
    d = Doc()
    d.add(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<legge190:pubblicazione xmlns:legge190="legge190_1_0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="legge190_1_0 datasetAppaltiL190.xsd">\n'
        "  <metadata>\n"
        "    <titolo>Pubblicazione 1 legge 190</titolo>\n"
        f"    <abstract>Pubblicazione 1 legge 190 anno rif. {year} - {_x(name(row))}, "
        f"{_x(_f(row, 'postalAddress'))}. Ufficio contratti: "
    )
    _contacts(d, row)
    d.add(
        "</abstract>\n"
        f"    <dataPubblicazioneDataset>{when:%Y-%m-%d}</dataPubblicazioneDataset>\n"
        "    <entePubblicatore>Ministero della Giustizia - Dipartimento dell'Amministrazione "
        f"Penitenziaria - {_x(name(row))}</entePubblicatore>\n"
        f"    <dataUltimoAggiornamentoDataset>{when:%Y-%m-%d}</dataUltimoAggiornamentoDataset>\n"
        f"    <annoRiferimento>{year}</annoRiferimento>\n"
        f"    <urlFile>https://www.giustizia.it/resources/cms/documents/l190_"
        f"{_f(row, 'officeCode')}_{year}.xml</urlFile>\n"
        "    <licenza>IODL 2.0</licenza>\n"
        "  </metadata>\n"
        "  <data>\n"
    )
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(PURCHASES))
        supplier, vat = SUPPLIERS[i], _digits(rng, 11)
        amount = rng.randint(800, 39000) + rng.choice((0, 0.5, 0.2))
        start = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
        d.add(
            "    <lotto>\n"
            f"      <cig>{_cig(rng)}</cig>\n"
            "      <strutturaProponente>\n"
            f"        <codiceFiscaleProp>{tax}</codiceFiscaleProp>\n"
            f"        <denominazione>{_x(name(row))}</denominazione>\n"
            "      </strutturaProponente>\n"
            f"      <oggetto>{_x(PURCHASES[i][0])}</oggetto>\n"
            "      <sceltaContraente>23-AFFIDAMENTO DIRETTO</sceltaContraente>\n"
            "      <partecipanti>\n"
            "        <partecipante>\n"
            f"          <codiceFiscale>{vat}</codiceFiscale>\n"
            f"          <ragioneSociale>{_x(supplier)}</ragioneSociale>\n"
            "        </partecipante>\n"
            "      </partecipanti>\n"
            "      <aggiudicatari>\n"
            "        <aggiudicatario>\n"
            f"          <codiceFiscale>{vat}</codiceFiscale>\n"
            f"          <ragioneSociale>{_x(supplier)}</ragioneSociale>\n"
            "        </aggiudicatario>\n"
            "      </aggiudicatari>\n"
            f"      <importoAggiudicazione>{amount:.2f}</importoAggiudicazione>\n"
            "      <tempiCompletamento>\n"
            f"        <dataInizio>{start:%Y-%m-%d}</dataInizio>\n"
            f"        <dataUltimazione>{start + dt.timedelta(days=rng.randint(30, 160)):%Y-%m-%d}"
            "</dataUltimazione>\n"
            "      </tempiCompletamento>\n"
            f"      <importoSommeLiquidate>{amount * rng.choice((1, 0.5, 0.75)):.2f}"
            "</importoSommeLiquidate>\n"
            "    </lotto>\n"
        )
    d.add("  </data>\n</legge190:pubblicazione>\n")
    return d


def _yaml(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON's string syntax, which YAML reads)."""
    return json.dumps(value, ensure_ascii=False)


def publiccode_yml(row: dict[str, Any], rng: random.Random) -> Doc:
    """A publiccode.yml (0.4, Developers Italia's standard) of an invented program the prison
    runs: name, invented repository URL, release date, platforms, categories, status and type,
    the Italian description (``longDescription`` naming the prison, its address, number and
    address), features, the legal owners, ``maintenance`` of type ``internal`` with one
    contact (the prison's office, its ``email`` and ``phone``, the prison as ``affiliation``),
    the localisation and the Italian extension's ``riuso.codiceIPA``."""
    when = _when(rng)
    title, short, features = rng.choice(SOFTWARE)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{title} {_f(row, 'shortName')}".lower()).strip("-")
    d = Doc()
    d.add(
        'publiccodeYmlVersion: "0.4"\n'
        f"name: {_yaml(title + ' - ' + name(row))}\n"
        f'url: "https://github.com/dap-giustizia/{slug}.git"\n'
        f'softwareVersion: "{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"\n'
        f'releaseDate: "{when:%Y-%m-%d}"\n'
        "platforms:\n  - web\n"
        "categories:\n  - appointment-scheduling\n"
        "developmentStatus: stable\n"
        "softwareType: standalone/web\n"
        "description:\n"
        "  it:\n"
        f"    shortDescription: {_yaml(short)}\n"
        "    longDescription: >\n"
        f"      {title} è il servizio di {_f(row, 'shortName')} per la {short.lower()}. "
        f"È in uso presso {name(row)}, {_f(row, 'postalAddress')} (codice ufficio "
        f"{_f(row, 'officeCode')}). Per assistenza sul servizio: "
    )
    _contacts(d, row)
    d.add(
        ".\n    features:\n"
        + "".join(f"      - {_yaml(feature)}\n" for feature in features)
        + "legal:\n"
        "  license: EUPL-1.2\n"
        '  mainCopyrightOwner: "Ministero della Giustizia"\n'
        '  repoOwner: "Ministero della Giustizia"\n'
        "maintenance:\n"
        "  type: internal\n"
        "  contacts:\n"
        '    - name: "Ufficio Segreteria"\n'
    )
    if email(row):
        d.add('      email: "')
        d.email(email(row))
        d.add('"\n')
    d.add('      phone: "')
    d.phone(phone(row))
    d.add(
        '"\n'
        f"      affiliation: {_yaml(name(row))}\n"
        "localisation:\n"
        "  localisationReady: false\n"
        "  availableLanguages:\n    - it\n"
        "it:\n"
        '  countryExtensionVersion: "0.2"\n'
        "  riuso:\n"
        "    codiceIPA: m_dg\n"
    )
    return d


def newsml_g2(row: dict[str, Any], rng: random.Random) -> Doc:
    """An IPTC NewsML-G2 (2.33) news item of an invented press agency about the prison: an
    invented GUID and version, ``itemMeta`` (text item, provider, time, status), ``contentMeta``
    (creation time, the city, the subject ``medtop:02000000``, slugline and headline) and an
    XHTML ``inlineXML`` body: a dateline lead naming the prison and its address, and a closing
    paragraph with the number and address."""
    when = _when(rng)
    headline, lead = rng.choice(NEWS)
    city = _f(row, "shortName")
    guid = f"urn:newsml:notiziegiustizia.it:{when:%Y%m%d}:{rng.randint(100000, 999999)}"
    d = Doc()
    d.add(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" '
        f'version="{rng.randint(1, 3)}" standard="NewsML-G2" standardversion="2.33" '
        'conformance="power" xml:lang="it">\n'
        '  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>\n'
        "  <itemMeta>\n"
        '    <itemClass qcode="ninat:text"/>\n'
        '    <provider literal="Notizie Giustizia"/>\n'
        f"    <versionCreated>{when.isoformat()}</versionCreated>\n"
        '    <pubStatus qcode="stat:usable"/>\n'
        "  </itemMeta>\n"
        "  <contentMeta>\n"
        f"    <contentCreated>{when.isoformat()}</contentCreated>\n"
        '    <located type="loctype:city">\n'
        f"      <name>{_x(city)}</name>\n"
        "    </located>\n"
        '    <subject type="cpnat:abstract" qcode="medtop:02000000">\n'
        '      <name xml:lang="it">crimine, diritto e giustizia</name>\n'
        "    </subject>\n"
        f"    <slugline>{_x(city.lower().replace(' ', '-'))}-carcere</slugline>\n"
        f"    <headline>{_x(headline)}</headline>\n"
        "  </contentMeta>\n"
        "  <contentSet>\n"
        '    <inlineXML contenttype="application/xhtml+xml">\n'
        '      <html xmlns="http://www.w3.org/1999/xhtml">\n'
        f"        <head><title>{_x(headline)}</title></head>\n"
        "        <body>\n"
        f"          <p>({_x(city)}, {when:%d/%m/%Y}) - Presso {_x(name(row))}, "
        f"{_x(_f(row, 'postalAddress'))}, {_x(lead)}</p>\n"
        "          <p>Per informazioni è possibile contattare la segreteria della direzione: "
    )
    _contacts(d, row)
    d.add(".</p>\n        </body>\n      </html>\n    </inlineXML>\n  </contentSet>\n</newsItem>\n")
    return d


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Doc]] = {
    "espd_request": espd_request,
    "anac_l190": anac_l190,
    "publiccode_yml": publiccode_yml,
    "newsml_g2": newsml_g2,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th prison of the list in its layout: each number of each copy of its phone
    field labelled on its own, each e-mail address labelled."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    where = (SPLIT, locale, layout, n)
    d = BLOCKS[layout](row, coordinates_rng(SPLIT, locale, layout, n))
    text = d.text
    spans, distractors = [], []
    for s, e in d.phones:
        value = text[s:e]
        kind = "international" if international(value) else "national"
        span = [s, e, "PHONE_NUMBER", f"{kind}:{PHONE}"]
        if personal_phone(value, row["country"]):
            spans.append(span)
        else:
            distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in d.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
