"""held_out_213 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Germany's local health offices, Gesundheitsämter, as the Robert
Koch-Institut's PLZ-Tool lists them; Germany's earlier parts took Berlin's, North
Rhine-Westphalia's and Hamburg's schools, Chemnitz's day-care centres, farm shops on
OpenStreetMap and the HRK's Hochschulkompass) exactly as published, in layouts no earlier part
has, beside the list's own names, departments, office codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of DE (schools, day-care centres, universities), AT, CH and many
others; here:

* the values are the ``Phone``, ``Fax`` and ``Email`` fields of 375 health offices of the
  districts and cities (``scripts/data/pii_de_rki_health_offices.json``, written by
  ``scripts/de_rki_health_offices_data.py``; source and licence in that file): German numbers
  as each office gave them, the trunk ``0``, the area code and the number in groups (``04522
  743-531``), some with ``+49`` (``+49 4541 888-380``), some run together (``040428042677``),
  a few with a slash after the area code (``02241/13-2727``), a dash between area code and
  number (``08421 - 70 2500``, ``0340 – 204 2692590``) or an alternative extension after a
  slash (``03381 58-5301/-5300``); each field is one number and is labelled whole, the blanks
  around it left out, but for ``04471 15-436 o.-248``, whose ``o.-248`` (``oder``, an
  alternative extension of three digits) is no number of its own and stays unlabelled; the
  office's e-mail address (``gesundheitsamt@kreis-ploen.de``); each copy labelled;
* the text around them is the same row's real fields: the district or city, the department,
  the RKI's office code (``1.01.0.57.``), the street, five-digit postcode and place, with
  invented file numbers, UUIDs, shipment references, job ids, dates, weights and page counts,
  unlabelled and scored;
* in layouts no earlier part has, formats of German public administration and of the offices'
  own field, text in German: XJustiz 3.5 messages
  (``nachricht.gds.uebermittlungSchriftgutobjekte.0005005``) from the office to a local court,
  the office as ``organisation`` of a ``beteiligung`` with its ``anschrift`` and
  ``telekommunikation`` entries (GDS.Telekommunikationsart ``007`` Telefon, ``002`` Fax,
  ``001`` E-Mail, each ``verbindung`` the field), DHL Parcel DE Shipping API v2 orders
  (``POST /orders``) of a sample parcel the office sends to the RKI, the office as
  ``shipper`` with ``phone`` and ``email``, HylaFAX ``sendq`` job files of a laboratory's
  notification faxed to the office (``number`` and ``external`` the fax field, ``voice`` the
  phone, ``company``, ``location`` and ``regarding``; an office with no fax gets the next
  layout) and TYPO3 TypoScript constants of the office's web site (a ``# cat=...`` comment
  above each ``plugin.tx_gesundheitsamt.kontakt.*`` constant) with the setup of its footer (a
  ``COA`` of ``TEXT`` objects reading them as ``{$...}``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_213.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_rki_health_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_213.jsonl.gz"
SPLIT = "held_out_213"

LAYOUTS = ("xjustiz_message", "dhl_shipment", "hylafax_qfile", "typoscript")
PHONE, FAX, EMAIL = "Phone", "Fax", "Email"
BERLIN = dt.timezone(dt.timedelta(hours=1))
# where an alternative extension follows a number in one field (``04471 15-436 o.-248``)
ALTERNATIVE = " o."

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the office's filings and of the laboratories' notifications
FILINGS = (
    "Stellungnahme zum Bußgeldverfahren nach § 73 IfSG", "Antrag auf Anordnung nach § 30 IfSG",
    "Stellungnahme im Unterbringungsverfahren", "Ärztliches Zeugnis des Gesundheitsamtes",
    "Mitteilung zur Absonderungsanordnung",
)  # fmt: skip
PATHOGENS = (
    "Norovirus", "Salmonella spp.", "Campylobacter spp.", "Influenzavirus", "Rotavirus",
    "Mycobacterium tuberculosis-Komplex", "Legionella spp.", "Masernvirus", "Hepatitis-A-Virus",
)  # fmt: skip
# invented laboratories that fax notifications (no real laboratory is meant)
LABS = (
    "Labor Nord Medizinische Diagnostik", "MVZ Labordiagnostik Mitte", "Laborzentrum West",
    "Institut für Mikrobiologie und Hygiene", "Labormedizin Süd MVZ",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The office's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The office's e-mail address as published, stripped ("" where it has none)."""
    return _f(row, EMAIL)


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of the number a phone or fax field holds: the whole field, one number (the
    list gives one per field), up to an alternative extension after ``o.``, which is no number
    of its own."""
    end = field.find(ALTERNATIVE)
    return [(0, len(field) if end < 0 else end)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+49``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; an office with no fax number is not
    faxed, and gets the next layout."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "hylafax_qfile" and not fax(row):
        return "typoscript"
    return layout


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (German winter time)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=BERLIN)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _office(row: dict[str, Any]) -> str:
    """The office as its letters name it: the district or city, then the department."""
    return (
        f"{_f(row, 'Name')}, {_f(row, 'Department')}" if _f(row, "Department") else _f(row, "Name")
    )


# a piece of a layout: text, or (kind, value) with kind "phone", "fax" or "email"
Piece = str | tuple[str, str]


def _record(pieces: list[Piece]) -> Record:
    """The pieces joined, each value labelled where it stands (numbers under their column)."""
    b = Record()
    for piece in pieces:
        if isinstance(piece, str):
            b.add(piece)
        elif piece[0] == "email":
            b.email(piece[1])
        else:
            b.phone(PHONE if piece[0] == "phone" else FAX, piece[1])
    return b


def xjustiz_message(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """An XJustiz 3.5 ``nachricht.gds.uebermittlungSchriftgutobjekte.0005005`` from the office
    to a local court: the ``nachrichtenkopf`` (an invented file number of the office, the
    moment, the office as ``absender.sonstige``, the court as ``empfaenger.sonstige``, an
    invented message UUID), the ``grunddaten`` with the office as the ``organisation`` of a
    ``beteiligung`` (``bezeichnung.aktuell``, ``anschrift``, a ``telekommunikation`` of
    GDS.Telekommunikationsart ``007`` Telefon, ``002`` Fax and ``001`` E-Mail each where the
    row has it) and one ``dokument`` (an invented UUID, the filing as its ``dateiname``)."""
    when = _when(rng)
    filing = rng.choice(FILINGS)
    file_no = f"53.{rng.randint(1, 9)}-{rng.randint(100, 999)}/{when:%Y}"
    telecom: list[Piece] = []
    for code, kind, value in (("007", "phone", phone(row)), ("002", "fax", fax(row)),
                              ("001", "email", email(row))):  # fmt: skip
        if value:
            telecom += [
                "              <tns:telekommunikation>\n",
                '                <tns:telekommunikationsart listVersionID="1.1">'
                f"<code>{code}</code></tns:telekommunikationsart>\n",
                "                <tns:verbindung>",
                (kind, value),
                "</tns:verbindung>\n",
                "              </tns:telekommunikation>\n",
            ]
    name = f"{filing.split(' ')[0]}_{when:%Y%m%d}_{rng.randint(1000, 9999)}.pdf"
    return [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        "<tns:nachricht.gds.uebermittlungSchriftgutobjekte.0005005 "
        'xmlns:tns="http://www.xjustiz.de" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.xjustiz.de xjustiz_0005_nachrichten_3_1.xsd">\n',
        '  <tns:nachrichtenkopf xjustizVersion="3.5.1">\n',
        f"    <tns:aktenzeichen.absender>{file_no}</tns:aktenzeichen.absender>\n",
        f"    <tns:erstellungszeitpunkt>{when.isoformat()}</tns:erstellungszeitpunkt>\n",
        "    <tns:auswahl_absender>\n",
        f"      <tns:absender.sonstige>{_x(_office(row))}</tns:absender.sonstige>\n",
        "    </tns:auswahl_absender>\n",
        "    <tns:auswahl_empfaenger>\n",
        f"      <tns:empfaenger.sonstige>Amtsgericht {_x(_f(row, 'Place'))}"
        "</tns:empfaenger.sonstige>\n",
        "    </tns:auswahl_empfaenger>\n",
        f"    <tns:eigeneNachrichtenID>{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        "</tns:eigeneNachrichtenID>\n",
        "  </tns:nachrichtenkopf>\n",
        "  <tns:grunddaten>\n",
        "    <tns:verfahrensdaten>\n",
        f"      <tns:verfahrensnummer>{file_no}</tns:verfahrensnummer>\n",
        "      <tns:beteiligung>\n",
        "        <tns:rolle>\n",
        "          <tns:rollennummer>1</tns:rollennummer>\n",
        "        </tns:rolle>\n",
        "        <tns:beteiligter>\n",
        "          <tns:auswahl_beteiligter>\n",
        "            <tns:organisation>\n",
        "              <tns:bezeichnung>\n",
        f"                <tns:bezeichnung.aktuell>{_x(_office(row))}</tns:bezeichnung.aktuell>\n",
        "              </tns:bezeichnung>\n",
        "              <tns:anschrift>\n",
        f"                <tns:strasse>{_x(_f(row, 'Street'))}</tns:strasse>\n",
        f"                <tns:postleitzahl>{_f(row, 'Postalcode')}</tns:postleitzahl>\n",
        f"                <tns:ort>{_x(_f(row, 'Place'))}</tns:ort>\n",
        "              </tns:anschrift>\n",
        *telecom,
        "            </tns:organisation>\n",
        "          </tns:auswahl_beteiligter>\n",
        "        </tns:beteiligter>\n",
        "      </tns:beteiligung>\n",
        "    </tns:verfahrensdaten>\n",
        "  </tns:grunddaten>\n",
        "  <tns:schriftgutobjekte>\n",
        "    <tns:dokument>\n",
        "      <tns:identifikation>\n",
        f"        <tns:id>{uuid.UUID(int=rng.getrandbits(128), version=4)}</tns:id>\n",
        "        <tns:nummerImUebergeordnetenContainer>1</tns:nummerImUebergeordnetenContainer>\n",
        "      </tns:identifikation>\n",
        "      <tns:xjustiz.fachspezifischeDaten>\n",
        "        <tns:datei>\n",
        f"          <tns:dateiname>{_x(name)}</tns:dateiname>\n",
        "        </tns:datei>\n",
        "      </tns:xjustiz.fachspezifischeDaten>\n",
        "    </tns:dokument>\n",
        "  </tns:schriftgutobjekte>\n",
        "</tns:nachricht.gds.uebermittlungSchriftgutobjekte.0005005>\n",
    ]


def _j(value: str) -> str:
    """``value`` as the inside of a JSON string."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def dhl_shipment(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A DHL Parcel DE Shipping API v2 order (``POST /orders``) of one parcel of samples the
    office sends to the RKI's sample reception: ``profile``, the sandbox's billing number, an
    invented ``refNo``, the office as ``shipper`` (``name1`` the district or city, ``name2``
    the department, its street, postcode and place, ``country`` ``DEU``, its ``email`` and
    ``phone`` where it has them), the RKI as ``consignee``, the ship date and the parcel's
    invented dimensions and weight."""
    when = _when(rng)
    ref = f"GA-{_f(row, 'Postalcode')}-{when:%y%m%d}-{rng.randint(10, 99)}"
    shipper: list[Piece] = [
        '      "shipper": {\n',
        f'        "name1": "{_j(_f(row, "Name"))}",\n',
    ]
    if _f(row, "Department"):
        shipper.append(f'        "name2": "{_j(_f(row, "Department"))}",\n')
    shipper += [
        f'        "addressStreet": "{_j(_f(row, "Street"))}",\n',
        f'        "postalCode": "{_f(row, "Postalcode")}",\n',
        f'        "city": "{_j(_f(row, "Place"))}",\n',
        '        "country": "DEU"',
    ]
    if email(row):
        shipper += [',\n        "email": "', ("email", email(row)), '"']
    shipper += [',\n        "phone": "', ("phone", phone(row)), '"\n      },\n']
    return [
        "{\n",
        '  "profile": "STANDARD_GRUPPENPROFIL",\n',
        '  "shipments": [\n',
        "    {\n",
        '      "product": "V01PAK",\n',
        '      "billingNumber": "33333333330102",\n',
        f'      "refNo": "{ref}",\n',
        *shipper,
        '      "consignee": {\n',
        '        "name1": "Robert Koch-Institut",\n',
        '        "name2": "Probeneingang",\n',
        '        "addressStreet": "Seestraße 10",\n',
        '        "postalCode": "13353",\n',
        '        "city": "Berlin",\n',
        '        "country": "DEU"\n',
        "      },\n",
        f'      "shipDate": "{when:%Y-%m-%d}",\n',
        '      "details": {\n',
        f'        "dim": {{"uom": "mm", "height": {rng.choice((100, 120, 150))}, '
        f'"length": {rng.choice((250, 300, 350))}, "width": {rng.choice((150, 200))}}},\n',
        f'        "weight": {{"uom": "g", "value": {rng.randint(3, 40) * 50}}}\n',
        "      }\n",
        "    }\n",
        "  ]\n",
        "}\n",
    ]


def hylafax_qfile(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A HylaFAX ``sendq`` job file (``q<jobid>``) of a laboratory's notification under § 7
    IfSG faxed to the office: the times (``tts``, ``killtime``), the job's state and limits,
    ``number`` and ``external`` the office's fax field, ``company`` and ``location`` the
    office, ``voice`` its phone, the invented laboratory as ``fromcompany``, ``regarding``
    the notified pathogen, the job id and tag, page and modem settings and the document
    queue entry."""
    when = _when(rng)
    job = rng.randint(1000, 99999)
    tts = int(when.timestamp())
    lab = rng.choice(LABS)
    pages = rng.randint(1, 3)
    return [
        f"tts:{tts}\n",
        f"killtime:{tts + 3 * 3600}\n",
        "retrytime:0\n",
        "state:3\n",
        f"npages:0\ntotpages:{pages}\n",
        "ntries:0\nndials:0\ntotdials:0\nmaxdials:12\ntottries:0\nmaxtries:3\n",
        "pagewidth:209\nresolution:196\npagelength:296\n",
        "priority:127\nschedpri:127\n",
        "minbr:0\ndesiredbr:13\ndesiredst:0\ndesiredec:2\ndesireddf:3\n",
        "useccover:1\n",
        "external:",
        ("fax", fax(row)),
        "\n",
        "number:",
        ("fax", fax(row)),
        "\n",
        f"sender:{lab}\n",
        f"jobid:{job}\n",
        f"jobtag:IfSG-{when:%Y%m%d}-{rng.randint(100, 999)}\n",
        f"company:{_office(row)}\n",
        f"location:{_f(row, 'Postalcode')} {_f(row, 'Place')}\n",
        "voice:",
        ("phone", phone(row)),
        "\n",
        f"fromcompany:{lab}\n",
        f"regarding:Labormeldung nach § 7 IfSG: Nachweis von {rng.choice(PATHOGENS)}\n",
        "notify:none\n",
        "pagechop:default\n",
        "modem:any\n",
        f"client:localhost\nowner:faxmaster\ngroupid:{job}\n",
        "jobtype:facsimile\n",
        f"!postscript:0::docq/doc{job}.ps\n",
    ]


def typoscript(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """TYPO3 TypoScript of the office's web site: the constants (a ``# cat=...; type=...;
    label=...`` comment above each ``plugin.tx_gesundheitsamt.kontakt.*`` constant: the
    district or city, the department, the RKI's office code, street, postcode, place, phone,
    fax and e-mail where the row has them) and the setup of its footer, a ``COA`` of ``TEXT``
    objects reading them as ``{$...}``, the e-mail address as a ``typolink``; an invented
    storage page id."""
    key = "plugin.tx_gesundheitsamt.kontakt"
    consts: list[Piece] = [
        "# Konstanten: Kontaktdaten der Dienststelle (Site Package Gesundheitsamt)\n",
        "# customcategory=kontakt=Kontakt\n\n",
    ]
    fields = [
        ("name", "Dienststelle", _f(row, "Name")),
        ("abteilung", "Abteilung", _f(row, "Department")),
        ("rkiCode", "Code im PLZ-Tool des RKI", _f(row, "Code")),
        ("strasse", "Straße und Hausnummer", _f(row, "Street")),
        ("plz", "Postleitzahl", _f(row, "Postalcode")),
        ("ort", "Ort", _f(row, "Place")),
    ]
    step = 10
    for name, label, value in fields:
        if value:
            consts += [
                f"# cat=kontakt/100/{step}; type=string; label={label}\n",
                f"{key}.{name} = {value}\n",
            ]
            step += 10
    for name, label, kind, value in (
        ("telefon", "Telefon", "phone", phone(row)),
        ("telefax", "Telefax", "fax", fax(row)),
        ("email", "E-Mail-Adresse", "email", email(row)),
    ):
        if value:
            consts += [
                f"# cat=kontakt/100/{step}; type=string; label={label}\n",
                f"{key}.{name} = ",
                (kind, value),
                "\n",
            ]
            step += 10
    setup = [
        "\n# Setup: Kontaktblock im Seitenfuß\n",
        "lib.footerKontakt = COA\n",
        "lib.footerKontakt {\n",
        f'  stdWrap.wrap = <address class="kontakt" data-pid="{rng.randint(2, 400)}">|</address>\n',
        "  10 = TEXT\n",
        f"  10.value = {{${key}.name}}\n",
        "  10.wrap = <strong>|</strong><br>\n",
        "  20 = TEXT\n",
        f"  20.value = {{${key}.strasse}}, {{${key}.plz}} {{${key}.ort}}\n",
        "  20.wrap = |<br>\n",
        "  30 = TEXT\n",
        f"  30.value = Telefon: {{${key}.telefon}}\n",
        "  30.wrap = |<br>\n",
    ]
    if fax(row):
        setup += [
            "  40 = TEXT\n",
            f"  40.value = Telefax: {{${key}.telefax}}\n",
            "  40.wrap = |<br>\n",
        ]
    if email(row):
        setup += [
            "  50 = TEXT\n",
            "  50.value = E-Mail schreiben\n",
            f"  50.typolink.parameter = {{${key}.email}}\n",
        ]
    setup.append("}\n")
    return [*consts, *setup]


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], list[Piece]]] = {
    "xjustiz_message": xjustiz_message,
    "dhl_shipment": dhl_shipment,
    "hylafax_qfile": hylafax_qfile,
    "typoscript": typoscript,
}


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one office's block: the number of each phone and fax copy
    labelled (``numbers``; one no person holds only a distractor), its kind by
    ``international``, each e-mail address labelled (``pii_held_out_14.labelled_record``, with
    this list's reading of its number fields)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
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


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th office of the list in its layout: each copy of its fields labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = _record(BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
