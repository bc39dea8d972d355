"""held_out_191 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Regione Puglia's register of accommodation businesses, Italy; Italy's
earlier parts took ICCU's libraries, Regione Lombardia's care homes and the comuni's contacts)
exactly as published, in layouts no earlier part has, beside the register's own names,
addresses, kinds, star ratings and bed counts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono``, ``fax`` and ``email`` fields of 360 hotels, residence
  hotels, campsites, holiday villages, holiday houses and a youth hostel of Puglia
  (``scripts/data/pii_it_puglia_accommodation.json``, written by
  ``scripts/it_puglia_accommodation_data.py``; source and licence in that file): Italian
  numbers as each business gave them (``099 7716362``, ``0832-345678``, ``0884/999000``,
  ``0995333281-2``, two in one field after `` - `` or a double space, a few ``+39``), each
  number of each copy labelled on its own; a fax that repeats the telephone is left out of the
  text; each copy of the e-mail address labelled;
* the text around them is the same row's real fields: name, kind, stars, address, postcode,
  municipality, province, ISTAT code, coordinates, web site, rooms and beds, with invented
  VAT numbers (``partita IVA``, eleven digits with their check digit), invoice numbers, IUVs,
  amounts, dates and prices, unlabelled and scored;
* in layouts no earlier part has, Italian documents of the hospitality trade and its public
  bodies: FatturaPA 1.2 electronic invoices (``FPR12``) the business issues for a stay
  (``CedentePrestatore`` with ``Contatti``/``Telefono``, ``Fax``, ``Email`` where the
  published value fits the schema's 5 to 12 characters, the number again in ``Causale``),
  pagoPA GPD debt positions of the municipality's tourist tax (imposta di soggiorno) with the
  business as debtor (``type`` ``G``, ``phone``, ``email``, the fax as payment-option
  metadata), Google Hotel Center hotel list feeds (``<phone type="main">``, ``<phone
  type="fax">``) and Italian Wikivoyage ``{{sleep}}`` listings in a "Dove alloggiare" section
  (``tel=``, ``fax=``, ``email=``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_191.py   # rewrites the committed file
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

from it_puglia_accommodation_data import numbers
from make_pii_eval import (
    page_languages,
    personal_phone,
    record_fields,
    register_part,
    register_rows,
)
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_puglia_accommodation.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_191.jsonl.gz"
SPLIT = "held_out_191"

LAYOUTS = ("fattura_pa", "pagopa_gpd", "hotel_list_feed", "wikivoyage_sleep")
PHONE, FAX, EMAIL = "telefono", "fax", "email"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented client companies of the invoices (no real company is meant)
CLIENTS = (
    ("Meridiana Servizi Congressuali S.r.l.", "Via Sparano da Bari 41", "70121", "Bari", "BA"),
    ("Adriatica Impianti Tecnologici S.p.A.", "Viale Europa 88", "70132", "Bari", "BA"),
    ("Levante Formazione Professionale S.r.l.", "Via Calefati 17", "70122", "Bari", "BA"),
    ("Jonica Logistica Integrata S.r.l.", "Via Cesare Battisti 210", "74121", "Taranto", "TA"),
    ("Salento Eventi e Turismo Soc. Coop.", "Viale Otranto 52", "73100", "Lecce", "LE"),
    ("Daunia Costruzioni Generali S.r.l.", "Via della Repubblica 9", "71121", "Foggia", "FG"),
    ("Appennino Software House S.r.l.", "Corso Vittorio Emanuele II 130", "65121", "Pescara",
     "PE"),
    ("Tirreno Consulenze Aziendali S.r.l.", "Via Toledo 256", "80134", "Napoli", "NA"),
)  # fmt: skip
STAYS = (
    "Pernottamento camera doppia", "Pernottamento camera singola",
    "Pernottamento e prima colazione", "Mezza pensione", "Pensione completa",
)  # fmt: skip
TIERS = ((0, 70, "Prezzi modici"), (70, 140, "Prezzi medi"), (140, 10**6, "Prezzi elevati"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it holds a number of six digits or
    more that the phone field does not already hold ("" otherwise: a fax that repeats the
    telephone, its digits within the telephone's, is left out of the text)."""
    value = _f(row, FAX)
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) < 6 or digits in "".join(c for c in phone(row) if c.isdigit()):
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (``+39``)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def fits(value: str) -> bool:
    """Whether a phone or fax field fits FatturaPA's ``TelFaxType`` (5 to 12 printable ASCII
    characters)."""
    return bool(re.fullmatch(r"[\x20-\x7e]{5,12}", value))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and e-mail fields labelled
    (the longest first, so a value inside a longer one is that one's)."""
    values = sorted(
        [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))],
        key=lambda kv: -len(kv[1]),
    )
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block: in each copy of a phone or fax field each
    number ``numbers`` reads labelled under its column (a number no person could hold only a
    distractor), each copy of the e-mail address labelled."""
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


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Rome, summer time)."""
    start = dt.datetime(2024, 3, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 240 * 86400))


def partita_iva(rng: random.Random) -> str:
    """An invented Italian VAT number: eleven digits, the last its check digit."""
    body = [rng.randint(0, 9) for _ in range(7)] + [rng.randint(0, 1), 0, rng.randint(1, 9)]
    total = 0
    for i, d in enumerate(body):
        if i % 2 == 0:
            total += d
        else:
            total += d * 2 - 9 if d * 2 > 9 else d * 2
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


KINDS = {
    "Alberghi": "Albergo", "Campeggi": "Campeggio", "Villaggi turistici": "Villaggio turistico",
    "Residenze turistico alberghiere": "Residenza turistico-alberghiera",
    "Case per ferie": "Casa per ferie", "Ostelli della giovent&ugrave;": "Ostello della gioventù",
}  # fmt: skip


def _kind(row: dict[str, Any]) -> str:
    """The kind, in the singular, and the stars as the register gives them (``Albergo 3
    stelle``)."""
    return " ".join(v for v in (KINDS[_f(row, "tipologia")], _f(row, "categoria")) if v)


def _street(row: dict[str, Any]) -> str:
    """The street as published, with its hamlet after a comma where the row has one."""
    return ", ".join(v for v in (_f(row, "indirizzo"), _f(row, "frazione")) if v)


def _euro(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def fattura_pa(row: dict[str, Any], rng: random.Random) -> str:
    """A FatturaPA 1.2 invoice (``FPR12``) the business issues to an invented client company
    for a stay: ``DatiTrasmissione`` (an invented intermediary's VAT number, sequence number
    and recipient code), the business as ``CedentePrestatore`` (an invented VAT number, its
    name, ``RegimeFiscale`` ``RF01``, its ``Sede`` from the register, ``Contatti`` with the
    phone, fax and e-mail fields that fit the schema), the client as
    ``CessionarioCommittente``, the document's date, number, total and ``Causale`` naming the
    stay and the phone field, one line at 10% VAT, its summary and a bank-transfer payment."""
    name, tel, fx, mail = _f(row, "denominazione"), phone(row), fax(row), email(row)
    when = _when(rng)
    nights, guests = rng.randint(1, 5), rng.randint(1, 3)
    unit = rng.randint(45, 180) * 100
    net = unit * nights * guests
    vat = round(net * 0.10)
    client = rng.choice(CLIENTS)
    arrival = when.date() - dt.timedelta(days=nights)
    causale = (
        f"Soggiorno dal {arrival:%d/%m/%Y} al {when:%d/%m/%Y} presso {name}, "
        f"{_f(row, 'comune')} - per informazioni tel. {tel}"
    )
    contacts = []
    if fits(tel):
        contacts.append(f"        <Telefono>{_x(tel)}</Telefono>")
    if fx and fits(fx):
        contacts.append(f"        <Fax>{_x(fx)}</Fax>")
    if re.fullmatch(r".+@.+[.]+.+", mail) and 7 <= len(mail) <= 256:
        contacts.append(f"        <Email>{_x(mail)}</Email>")
    contatti = ["      <Contatti>", *contacts, "      </Contatti>"] if contacts else []
    sender = partita_iva(rng)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<p:FatturaElettronica versione="FPR12" '
        'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
        'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2 '
        "http://www.fatturapa.gov.it/export/fatturazione/sdi/fatturapa/v1.2/"
        'Schema_del_file_xml_FatturaPA_versione_1.2.xsd">',
        "  <FatturaElettronicaHeader>",
        "    <DatiTrasmissione>",
        "      <IdTrasmittente>",
        "        <IdPaese>IT</IdPaese>",
        f"        <IdCodice>{sender}</IdCodice>",
        "      </IdTrasmittente>",
        f"      <ProgressivoInvio>{rng.randint(10000, 99999)}</ProgressivoInvio>",
        "      <FormatoTrasmissione>FPR12</FormatoTrasmissione>",
        "      <CodiceDestinatario>"
        + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        + "</CodiceDestinatario>",
        "    </DatiTrasmissione>",
        "    <CedentePrestatore>",
        "      <DatiAnagrafici>",
        "        <IdFiscaleIVA>",
        "          <IdPaese>IT</IdPaese>",
        f"          <IdCodice>{partita_iva(rng)}</IdCodice>",
        "        </IdFiscaleIVA>",
        "        <Anagrafica>",
        f"          <Denominazione>{_x(name)}</Denominazione>",
        "        </Anagrafica>",
        "        <RegimeFiscale>RF01</RegimeFiscale>",
        "      </DatiAnagrafici>",
        "      <Sede>",
        f"        <Indirizzo>{_x(_street(row))}</Indirizzo>",
        f"        <CAP>{_f(row, 'cap')}</CAP>",
        f"        <Comune>{_x(_f(row, 'comune'))}</Comune>",
        f"        <Provincia>{_f(row, 'provincia')}</Provincia>",
        "        <Nazione>IT</Nazione>",
        "      </Sede>",
        *contatti,
        "    </CedentePrestatore>",
        "    <CessionarioCommittente>",
        "      <DatiAnagrafici>",
        "        <IdFiscaleIVA>",
        "          <IdPaese>IT</IdPaese>",
        f"          <IdCodice>{partita_iva(rng)}</IdCodice>",
        "        </IdFiscaleIVA>",
        "        <Anagrafica>",
        f"          <Denominazione>{_x(client[0])}</Denominazione>",
        "        </Anagrafica>",
        "      </DatiAnagrafici>",
        "      <Sede>",
        f"        <Indirizzo>{_x(client[1])}</Indirizzo>",
        f"        <CAP>{client[2]}</CAP>",
        f"        <Comune>{client[3]}</Comune>",
        f"        <Provincia>{client[4]}</Provincia>",
        "        <Nazione>IT</Nazione>",
        "      </Sede>",
        "    </CessionarioCommittente>",
        "  </FatturaElettronicaHeader>",
        "  <FatturaElettronicaBody>",
        "    <DatiGenerali>",
        "      <DatiGeneraliDocumento>",
        "        <TipoDocumento>TD01</TipoDocumento>",
        "        <Divisa>EUR</Divisa>",
        f"        <Data>{when:%Y-%m-%d}</Data>",
        f"        <Numero>{rng.randint(1, 1800)}/{when:%Y}</Numero>",
        f"        <ImportoTotaleDocumento>{_euro(net + vat)}</ImportoTotaleDocumento>",
        f"        <Causale>{_x(causale)}</Causale>",
        "      </DatiGeneraliDocumento>",
        "    </DatiGenerali>",
        "    <DatiBeniServizi>",
        "      <DettaglioLinee>",
        "        <NumeroLinea>1</NumeroLinea>",
        f"        <Descrizione>{rng.choice(STAYS)} - {guests} ospiti</Descrizione>",
        f"        <Quantita>{nights}.00</Quantita>",
        "        <UnitaMisura>notti</UnitaMisura>",
        f"        <PrezzoUnitario>{_euro(unit * guests)}</PrezzoUnitario>",
        f"        <PrezzoTotale>{_euro(net)}</PrezzoTotale>",
        "        <AliquotaIVA>10.00</AliquotaIVA>",
        "      </DettaglioLinee>",
        "      <DatiRiepilogo>",
        "        <AliquotaIVA>10.00</AliquotaIVA>",
        f"        <ImponibileImporto>{_euro(net)}</ImponibileImporto>",
        f"        <Imposta>{_euro(vat)}</Imposta>",
        "        <EsigibilitaIVA>I</EsigibilitaIVA>",
        "      </DatiRiepilogo>",
        "    </DatiBeniServizi>",
        "    <DatiPagamento>",
        "      <CondizioniPagamento>TP02</CondizioniPagamento>",
        "      <DettaglioPagamento>",
        "        <ModalitaPagamento>MP05</ModalitaPagamento>",
        f"        <DataScadenzaPagamento>{when + dt.timedelta(days=30):%Y-%m-%d}"
        "</DataScadenzaPagamento>",
        f"        <ImportoPagamento>{_euro(net + vat)}</ImportoPagamento>",
        "      </DettaglioPagamento>",
        "    </DatiPagamento>",
        "  </FatturaElettronicaBody>",
        "</p:FatturaElettronica>",
        "",
    ]
    return "\n".join(lines)


def pagopa_gpd(row: dict[str, Any], rng: random.Random) -> str:
    """A pagoPA GPD debt position (``PaymentPositionModel``, the body of ``POST
    /organizations/{organizationfiscalcode}/debtpositions``) of the municipality's tourist tax
    for a quarter, the business as debtor: ``iupd`` (an invented creditor fiscal code and
    UUID-like suffix), ``type`` ``G``, an invented VAT number as ``fiscalCode``, the name as
    ``fullName``, the register's street, postcode, municipality and province, ``region``
    Puglia, ``email`` and ``phone`` as published, the comune as ``companyName``, one payment
    option (an invented IUV, amount in cents, due date) with its transfer, and the fax, where
    written, as payment-option metadata."""
    name, tel, fx, mail = _f(row, "denominazione"), phone(row), fax(row), email(row)
    when = _when(rng)
    creditor = f"{rng.randint(80000000000, 80099999999)}"
    quarter = (when.month - 1) // 3 + 1
    amount = rng.randint(40, 2400) * 150
    suffix = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    position: dict[str, Any] = {
        "iupd": f"{creditor}-{suffix}",
        "type": "G",
        "fiscalCode": partita_iva(rng),
        "fullName": name,
        "streetName": _street(row),
        "postalCode": _f(row, "cap"),
        "city": _f(row, "comune"),
        "province": _f(row, "provincia"),
        "region": "Puglia",
        "country": "IT",
    }
    if mail:
        position["email"] = mail
    position["phone"] = tel
    option: dict[str, Any] = {
        "iuv": "0" + "".join(str(rng.randint(0, 9)) for _ in range(16)),
        "amount": amount,
        "description": f"Imposta di soggiorno {quarter}° trimestre {when.year} - {_kind(row)}"[
            :140
        ],
        "isPartialPayment": False,
        "dueDate": f"{when + dt.timedelta(days=16):%Y-%m-%dT23:59:59.000Z}",
        "fee": 0,
        "transfer": [
            {
                "idTransfer": "1",
                "amount": amount,
                "organizationFiscalCode": creditor,
                "remittanceInformation": f"Imposta di soggiorno {quarter}/{when.year} "
                f"struttura ISTAT {_f(row, 'codice_istat_comune')}",
                "category": "9/0101101IM/",
            }
        ],
    }
    if fx:
        option["paymentOptionMetadata"] = [{"key": "faxStruttura", "value": fx}]
    position.update(
        {
            "switchToExpired": False,
            "companyName": f"Comune di {_f(row, 'comune')}",
            "officeName": "Ufficio Tributi - Imposta di soggiorno",
            "validityDate": f"{when:%Y-%m-%dT%H:%M:%S.000Z}",
            "paymentOption": [option],
        }
    )
    return json.dumps(position, ensure_ascii=False, indent=2) + "\n"


def hotel_list_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Hotel Center hotel list feed (the local feed schema, ``local_feed.xsd``) of one
    listing in Italian: an invented partner id, the name, the address as ``format="simple"``
    components (street, city, province, postal code), the country, the register's coordinates
    where it has them, ``<phone type="main">`` and, where written, ``<phone type="fax">``, the
    category and the web site."""
    name, tel, fx = _f(row, "denominazione"), phone(row), fax(row)
    lat, lon = _f(row, "latitudine"), _f(row, "longitudine")
    category = {
        "Campeggi": "campground", "Villaggi turistici": "resort",
        "Residenze turistico alberghiere": "aparthotel",
        "Ostelli della giovent&ugrave;": "hostel",
    }.get(_f(row, "tipologia"), "hotel")  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<listings xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://www.gstatic.com/localfeed/local_feed.xsd">',
        "  <language>it</language>",
        "  <listing>",
        f"    <id>PUG-{_f(row, 'provincia')}-{rng.randint(10000, 99999)}</id>",
        f"    <name>{_x(name)}</name>",
        '    <address format="simple">',
        f'      <component name="addr1">{_x(_street(row))}</component>',
        f'      <component name="city">{_x(_f(row, "comune"))}</component>',
        f'      <component name="province">{_f(row, "provincia")}</component>',
        f'      <component name="postal_code">{_f(row, "cap")}</component>',
        "    </address>",
        "    <country>IT</country>",
    ]
    if lat and lon:
        lines += [f"    <latitude>{lat}</latitude>", f"    <longitude>{lon}</longitude>"]
    lines.append(f'    <phone type="main">{_x(tel)}</phone>')
    if fx:
        lines.append(f'    <phone type="fax">{_x(fx)}</phone>')
    lines.append(f"    <category>{category}</category>")
    if _f(row, "sitoweb"):
        site = _f(row, "sitoweb")
        site = site if site.startswith("http") else f"http://{site}"
        lines += [
            "    <content>",
            f"      <attributes><website>{_x(site)}</website></attributes>",
            "    </content>",
        ]
    lines += ["  </listing>", "</listings>", ""]
    return "\n".join(lines)


def wikivoyage_sleep(row: dict[str, Any], rng: random.Random) -> str:
    """An Italian Wikivoyage ``Dove alloggiare`` section with one ``{{sleep}}`` listing in the
    site's parameter order (``nome``, ``alt``, ``sito``, ``email``; ``indirizzo``, ``lat``,
    ``long``, ``indicazioni``; ``tel``, ``numero verde``, ``fax``; ``checkin``, ``checkout``,
    ``prezzo``; ``descrizione``) under the price band of an invented price, invented check-in
    and check-out times, the description from the register's kind, stars, municipality,
    rooms and beds."""
    name, tel, fx, mail = _f(row, "denominazione"), phone(row), fax(row), email(row)
    low = rng.randint(4, 20) * 10
    high = low + rng.randint(2, 10) * 10
    band = next(title for lo, hi, title in TIERS if lo <= low < hi)
    site = _f(row, "sitoweb")
    if site and not site.startswith("http"):
        site = f"http://{site}"
    beds, rooms = _f(row, "totale_letti"), _f(row, "totale_unita")
    described = f"{_kind(row)} a {_f(row, 'comune')} ({_f(row, 'provincia')})"
    if rooms and beds:
        described += f", {rooms} unità e {beds} posti letto"
    checkin = rng.choice(("14:00", "15:00", "16:00"))
    checkout = rng.choice(("10:00", "10:30", "11:00"))
    lines = [
        "== Dove alloggiare ==",
        f"=== {band} ===",
        "* {{sleep",
        f"| nome={name} | alt= | sito={site} | email={mail}",
        f"| indirizzo={_street(row)} | lat={_f(row, 'latitudine')} | "
        f"long={_f(row, 'longitudine')} | indicazioni=",
        f"| tel={tel} | numero verde= | fax={fx}",
        f"| checkin={checkin} | checkout={checkout} | prezzo={low}-{high} €",
        f"| descrizione={described}.",
        "}}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fattura_pa": fattura_pa,
    "pagopa_gpd": pagopa_gpd,
    "hotel_list_feed": hotel_list_feed,
    "wikivoyage_sleep": wikivoyage_sleep,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone, fax and e-mail
    fields labelled."""
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
