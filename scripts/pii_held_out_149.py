"""held_out_149 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (France's local public offices in the Annuaire de l'administration of
service-public.fr; France's earlier parts took COVID-19 testing sites and farm shops on
OpenStreetMap) exactly as published, in layouts no earlier part has, beside the annuaire's own
names, ids, addresses and kinds.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR, BE, CH, IT and many others; here:

* the values are the ``Tél`` and ``Fax`` fields of the ``notes`` and the ``request_email`` of
  360 offices, 180 town halls and 180 of some forty other kinds (gendarmerie brigades, public
  treasuries, youth information offices, tax offices...), a seeded sample
  (``scripts/data/pii_fr_annuaire_local.json``, written by
  ``scripts/fr_annuaire_local_data.py``; source and licence in that file): French numbers as
  the annuaire writes them, ten digits in pairs (``05 55 62 30 68``), ``0810 02 41 41``,
  overseas ones with their calling code (``+262 2 62 31 89 89``, ``+590 85 18 00``), some with
  a note after `` / `` (``appeler le 17 en cas d'urgence``, a ``Numéro violet`` tariff note
  naming ``30 08``: short numbers, unlabelled text), each copy labelled; the fax where the row has
  one (where it is the phone's own number, its copies are the phone's); the office's e-mail
  address where its local part names an office (``mairie.lunac@wanadoo.fr``, ``t014013@``,
  ``bta.marseille@``; addresses that name a person were left out of the data), each copy
  labelled;
* the text around them is the same row's real fields: the annuaire's id (``mairie-23097-01``,
  some names carry it too), the name, the address with its postcode (``23130``; some lost
  their leading zero, ``3380``), the commune, the web page and the kind, with invented WARC
  record ids, digests, dates and lengths, invoice numbers, SIREN, SIRET and VAT numbers of an
  invented supplier, amounts and blank-node labels, unlabelled and scored;
* in layouts no earlier part has, web-archive, configuration, e-invoicing and linked-data
  formats, text in French: WARC/1.1 captures of the office's page (a ``request`` and a
  ``response`` record, the HTTP response's HTML page with the number in a ``meta``
  description and a ``dl``, the fax, and a ``mailto:`` link; lengths and SHA-1 digests
  right), KDL 2.0 documents of an invented directory export (an ``organisme`` node with
  ``telephone``, ``fax``, ``courriel`` children), UN/CEFACT Cross Industry Invoices (EN 16931,
  the XML of Factur-X, as a supplier sends them through Chorus Pro: the office as
  ``BuyerTradeParty`` with a ``DefinedTradeContact`` of ``TelephoneUniversalCommunication``,
  ``FaxUniversalCommunication`` and ``EmailURIUniversalCommunication``, an ``IncludedNote``
  repeating the number) and N-Triples graphs of the office in the schema.org vocabulary
  (``telephone``, ``faxNumber``, ``email``, a ``description`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_149.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from fr_annuaire_local_data import parts
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_annuaire_local.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_149.jsonl.gz"
SPLIT = "held_out_149"

LAYOUTS = ("warc_capture", "kdl_document", "cii_invoice", "ntriples_graph")
PHONE, FAX = "Tél", "Fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field, the fax field and the e-mail address
COPIES = {
    "warc_capture": (2, 1, 1),
    "kdl_document": (1, 1, 1),
    "cii_invoice": (2, 1, 1),
    "ntriples_graph": (2, 1, 1),
}

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# an invented supplier's goods for a public office (no real order is meant)
GOODS = (
    ("Ramettes de papier A4 80 g", "C62", 4.20), ("Cartouches de toner noir", "C62", 62.50),
    ("Classeurs à levier dos 80 mm", "C62", 2.35), ("Produits d'entretien des locaux", "C62",
    8.90), ("Jardinières de fleurissement", "C62", 17.40), ("Panneaux de signalétique",
    "C62", 48.00), ("Enveloppes C5 autocollantes (boîte de 500)", "C62", 21.75),
    ("Intervention de maintenance du photocopieur", "HUR", 55.00),
)  # fmt: skip
SUPPLIERS = (
    ("Fournitures Bureau Centre SARL", "12 rue des Artisans", "45000", "Orléans"),
    ("Papeterie Moderne SAS", "4 avenue de la Gare", "69003", "Lyon"),
    ("Équipements Collectivités Ouest", "ZA de la Lande", "35510", "Cesson-Sévigné"),
    ("Signalétique et Services du Sud", "27 chemin des Vignes", "34070", "Montpellier"),
)
KIND_TYPES = {"mairie": "CityHall", "gendarmerie": "PoliceStation"}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _parts(row: dict[str, Any]) -> tuple[str, str, str]:
    found = parts(row["fields"]["notes"])
    assert found is not None, row["path"]
    return found


def phone(row: dict[str, Any]) -> str:
    """The row's ``Tél`` field as published, stripped."""
    return _parts(row)[1]


def fax(row: dict[str, Any]) -> str:
    """The row's ``Fax`` field as published, stripped ("" where it has none)."""
    return _parts(row)[2]


def email(row: dict[str, Any]) -> str:
    """The office's e-mail address ("" where the data left it out)."""
    return _f(row, "request_email")


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """The street, postcode and commune of the row's ``Adresse`` (``1 place du ...``,
    ``23130``, ``Issoudun-Létrieix``); the whole address as the street, and no postcode or
    commune, where it is not written so."""
    whole = _parts(row)[0].strip()
    m = re.fullmatch(r"(.*?)\s*,\s*(\d{4,5})\s*,\s*(.+)", whole, re.S)
    return (m.group(1), m.group(2), m.group(3).strip()) if m else (whole, "", "")


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+262 ...``)."""
    return value.startswith(("+", "00"))


def town_hall(row: dict[str, Any]) -> bool:
    return _f(row, "tag_string") == "mairie"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its e-mail
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address); a fax that is the phone's own number is labelled as the phone."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of August to October 2019 (UTC)."""
    start = dt.datetime(2019, 8, 1, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 80 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _contact_sentence(row: dict[str, Any]) -> str:
    """A French sentence giving the office's number (its phone field as published)."""
    name = _f(row, "name")
    return f"{name} : accueil du public et renseignements au {phone(row)}."


def _sha1_b32(payload: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode("ascii")


def _page(row: dict[str, Any]) -> str:
    """The office's page of the annuaire as an HTML document (French): the name, kind, a
    ``meta`` description with the number, a ``dl`` of the address, phone, fax and e-mail (a
    ``mailto:`` link whose text names the office), and the web page."""
    name, tel, fx, mail = _f(row, "name"), phone(row), fax(row), email(row)
    street, postcode, commune = address(row)
    where = ", ".join(v for v in (street, f"{postcode} {commune}".strip()) if v)
    items = [
        "<dt>Adresse</dt>",
        f"<dd>{_x(where)}</dd>",
        "<dt>Téléphone</dt>",
        f"<dd>{_x(tel)}</dd>",
    ]
    if fx:
        items += ["<dt>Télécopie</dt>", f"<dd>{_x(fx)}</dd>"]
    if mail:
        items += ["<dt>Courriel</dt>", f'<dd><a href="mailto:{mail}">Envoyer un courriel</a></dd>']
    if _f(row, "home_page"):
        site = _f(row, "home_page")
        items += ["<dt>Site internet</dt>", f"<dd><a href={quoteattr(site)}>{_x(site)}</a></dd>"]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_x(name)} - Annuaire | service-public.fr</title>",
        f'<meta name="description" content={quoteattr(_contact_sentence(row))}>',
        "</head>",
        "<body>",
        '<main id="main">',
        f"<h1>{_x(name)}</h1>",
        f'<p class="type">{_x(_f(row, "tag_string"))}</p>',
        '<dl class="coordonnees">',
        *items,
        "</dl>",
        "<p>Informations mises à jour par la Direction de l'information légale et "
        "administrative.</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def warc_capture(row: dict[str, Any], rng: random.Random) -> str:
    """A WARC/1.1 file of one capture of the office's page (an invented crawl of the annuaire,
    the page's URL path invented): a ``request`` record (the HTTP GET with an invented
    crawler's ``User-Agent``) and a ``response`` record (``application/http;msgtype=response``:
    the HTTP 200 response whose body is the page), with invented record ids and date, their
    ``Content-Length`` and SHA-1 block and payload digests right, CRLF line ends."""
    when = _when(rng)
    stamp = f"{when:%Y-%m-%dT%H:%M:%SZ}"
    host, path = "lannuaire.service-public.fr", f"/fiche/{_f(row, '#id')}"
    uri = f"https://{host}{path}"
    body = _page(row).encode("utf-8")
    response = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT\r\n"
        "Server: nginx\r\n"
        "\r\n"
    ).encode("ascii") + body
    request = (
        f"GET {path} HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        "User-Agent: archive-annuaire/1.4 (+https://archives.example.org/robot)\r\n"
        "Accept: text/html,application/xhtml+xml\r\n"
        "Accept-Language: fr-FR,fr;q=0.9\r\n"
        "\r\n"
    ).encode("ascii")
    ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(2)]

    def warc(kind: str, rid: uuid.UUID, block: bytes, extra: list[str], ctype: str) -> bytes:
        head = [
            "WARC/1.1",
            f"WARC-Type: {kind}",
            f"WARC-Record-ID: <urn:uuid:{rid}>",
            f"WARC-Date: {stamp}",
            f"WARC-Target-URI: {uri}",
            *extra,
            f"WARC-Block-Digest: {_sha1_b32(block)}",
            f"Content-Type: {ctype}",
            f"Content-Length: {len(block)}",
        ]
        return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"

    out = warc(
        "request", ids[0], request, [f"WARC-Concurrent-To: <urn:uuid:{ids[1]}>"],
        "application/http;msgtype=request",
    ) + warc(
        "response", ids[1], response, [f"WARC-Payload-Digest: {_sha1_b32(body)}"],
        "application/http;msgtype=response",
    )  # fmt: skip
    return out.decode("utf-8")


def _kdl(value: str) -> str:
    """``value`` as a KDL quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def kdl_document(row: dict[str, Any], rng: random.Random) -> str:
    """A KDL 2.0 document of an invented directory export: a comment naming the export, an
    ``organisme`` node (the annuaire's id as argument, its kind as ``type`` property) with the
    name, an ``adresse`` node of the street, postcode and commune, ``telephone``, ``fax`` and
    ``courriel`` where the row has them, the web page and an invented update date."""
    when = _when(rng)
    street, postcode, commune = address(row)
    lines = [
        f"// Annuaire de l'administration - export des services locaux du {when:%Y-%m-%d}",
        f"organisme {_kdl(_f(row, '#id'))} type={_kdl(_f(row, 'tag_string'))} {{",
        f"    nom {_kdl(_f(row, 'name'))}",
        "    adresse {",
        f"        voie {_kdl(street)}",
    ]
    if postcode:
        lines += [f"        code-postal {_kdl(postcode)}", f"        commune {_kdl(commune)}"]
    lines += ['        pays "FR"', "    }", f"    telephone {_kdl(phone(row))}"]
    if fax(row):
        lines.append(f"    fax {_kdl(fax(row))}")
    if email(row):
        lines.append(f"    courriel {_kdl(email(row))}")
    if _f(row, "home_page"):
        lines.append(f"    site-web {_kdl(_f(row, 'home_page'))}")
    lines += [f'    mise-a-jour "{when:%Y-%m-%d}"', "}", ""]
    return "\n".join(lines)


def _siren(rng: random.Random) -> str:
    """An invented SIREN whose Luhn check is right (nine digits)."""
    body = [rng.randint(0, 9) for _ in range(8)]
    for last in range(10):
        digits = [*body, last]
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 else d for i, d in enumerate(digits)
        )
        if total % 10 == 0:
            return "".join(map(str, digits))
    raise AssertionError


def cii_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A UN/CEFACT Cross Industry Invoice (D16B, EN 16931 profile: the XML of Factur-X) of an
    invented supplier to the office, as sent through Chorus Pro: an invented invoice number,
    issue date and note repeating the office's number, one or two lines of goods, the supplier
    (invented SIREN and VAT number) and the office as ``BuyerTradeParty`` (the annuaire's id,
    the name, a ``DefinedTradeContact`` with its phone, fax and e-mail, its address), the VAT
    breakdown and totals, right to the cent."""
    when = _when(rng)
    seller, sstreet, spost, scity = rng.choice(SUPPLIERS)
    siren = _siren(rng)
    vat = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
    number = f"FA{when:%Y}-{rng.randint(100, 9999):05d}"
    street, postcode, commune = address(row)
    lines_xml, total = [], 0
    for i, (label, unit, price) in enumerate(rng.sample(GOODS, rng.randint(1, 2)), 1):
        qty = rng.randint(1, 30)
        cents = round(price * 100) * qty
        total += cents
        lines_xml += [
            "    <ram:IncludedSupplyChainTradeLineItem>",
            "      <ram:AssociatedDocumentLineDocument>",
            f"        <ram:LineID>{i}</ram:LineID>",
            "      </ram:AssociatedDocumentLineDocument>",
            "      <ram:SpecifiedTradeProduct>",
            f"        <ram:Name>{_x(label)}</ram:Name>",
            "      </ram:SpecifiedTradeProduct>",
            "      <ram:SpecifiedLineTradeAgreement>",
            "        <ram:NetPriceProductTradePrice>",
            f"          <ram:ChargeAmount>{price:.2f}</ram:ChargeAmount>",
            "        </ram:NetPriceProductTradePrice>",
            "      </ram:SpecifiedLineTradeAgreement>",
            "      <ram:SpecifiedLineTradeDelivery>",
            f'        <ram:BilledQuantity unitCode="{unit}">{qty}</ram:BilledQuantity>',
            "      </ram:SpecifiedLineTradeDelivery>",
            "      <ram:SpecifiedLineTradeSettlement>",
            "        <ram:ApplicableTradeTax>",
            "          <ram:TypeCode>VAT</ram:TypeCode>",
            "          <ram:CategoryCode>S</ram:CategoryCode>",
            "          <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>",
            "        </ram:ApplicableTradeTax>",
            "        <ram:SpecifiedTradeSettlementLineMonetarySummation>",
            f"          <ram:LineTotalAmount>{cents / 100:.2f}</ram:LineTotalAmount>",
            "        </ram:SpecifiedTradeSettlementLineMonetarySummation>",
            "      </ram:SpecifiedLineTradeSettlement>",
            "    </ram:IncludedSupplyChainTradeLineItem>",
        ]
    tax = (total * 20 + 50) // 100
    due = when + dt.timedelta(days=30)
    contact = [
        "        <ram:DefinedTradeContact>",
        "          <ram:DepartmentName>Accueil</ram:DepartmentName>",
        "          <ram:TelephoneUniversalCommunication>",
        f"            <ram:CompleteNumber>{_x(phone(row))}</ram:CompleteNumber>",
        "          </ram:TelephoneUniversalCommunication>",
    ]
    if fax(row):
        contact += [
            "          <ram:FaxUniversalCommunication>",
            f"            <ram:CompleteNumber>{_x(fax(row))}</ram:CompleteNumber>",
            "          </ram:FaxUniversalCommunication>",
        ]
    if email(row):
        contact += [
            "          <ram:EmailURIUniversalCommunication>",
            f"            <ram:URIID>{_x(email(row))}</ram:URIID>",
            "          </ram:EmailURIUniversalCommunication>",
        ]
    contact.append("        </ram:DefinedTradeContact>")
    buyer_address = ["        <ram:PostalTradeAddress>"]
    if postcode:
        buyer_address.append(f"          <ram:PostcodeCode>{postcode}</ram:PostcodeCode>")
    buyer_address.append(f"          <ram:LineOne>{_x(street)}</ram:LineOne>")
    if commune:
        buyer_address.append(f"          <ram:CityName>{_x(commune)}</ram:CityName>")
    buyer_address += [
        "          <ram:CountryID>FR</ram:CountryID>",
        "        </ram:PostalTradeAddress>",
    ]
    note = f"Facture adressée à {_f(row, 'name')} (Chorus Pro). Contact acheteur : {phone(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<rsm:CrossIndustryInvoice "
        'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
        'xmlns:ram="urn:un:unece:uncefact:data:standard:'
        'ReusableAggregateBusinessInformationEntity:100" '
        'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">',
        "  <rsm:ExchangedDocumentContext>",
        "    <ram:GuidelineSpecifiedDocumentContextParameter>",
        "      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
        "    </ram:GuidelineSpecifiedDocumentContextParameter>",
        "  </rsm:ExchangedDocumentContext>",
        "  <rsm:ExchangedDocument>",
        f"    <ram:ID>{number}</ram:ID>",
        "    <ram:TypeCode>380</ram:TypeCode>",
        "    <ram:IssueDateTime>",
        f'      <udt:DateTimeString format="102">{when:%Y%m%d}</udt:DateTimeString>',
        "    </ram:IssueDateTime>",
        "    <ram:IncludedNote>",
        f"      <ram:Content>{_x(note)}</ram:Content>",
        "    </ram:IncludedNote>",
        "  </rsm:ExchangedDocument>",
        "  <rsm:SupplyChainTradeTransaction>",
        *lines_xml,
        "    <ram:ApplicableHeaderTradeAgreement>",
        "      <ram:SellerTradeParty>",
        f"        <ram:Name>{_x(seller)}</ram:Name>",
        "        <ram:SpecifiedLegalOrganization>",
        f'          <ram:ID schemeID="0002">{siren}</ram:ID>',
        "        </ram:SpecifiedLegalOrganization>",
        "        <ram:PostalTradeAddress>",
        f"          <ram:PostcodeCode>{spost}</ram:PostcodeCode>",
        f"          <ram:LineOne>{_x(sstreet)}</ram:LineOne>",
        f"          <ram:CityName>{_x(scity)}</ram:CityName>",
        "          <ram:CountryID>FR</ram:CountryID>",
        "        </ram:PostalTradeAddress>",
        "        <ram:SpecifiedTaxRegistration>",
        f'          <ram:ID schemeID="VA">{vat}</ram:ID>',
        "        </ram:SpecifiedTaxRegistration>",
        "      </ram:SellerTradeParty>",
        "      <ram:BuyerTradeParty>",
        f"        <ram:ID>{_x(_f(row, '#id'))}</ram:ID>",
        f"        <ram:Name>{_x(_f(row, 'name'))}</ram:Name>",
        *contact,
        *buyer_address,
        "      </ram:BuyerTradeParty>",
        "    </ram:ApplicableHeaderTradeAgreement>",
        "    <ram:ApplicableHeaderTradeDelivery/>",
        "    <ram:ApplicableHeaderTradeSettlement>",
        "      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
        "      <ram:ApplicableTradeTax>",
        f"        <ram:CalculatedAmount>{tax / 100:.2f}</ram:CalculatedAmount>",
        "        <ram:TypeCode>VAT</ram:TypeCode>",
        f"        <ram:BasisAmount>{total / 100:.2f}</ram:BasisAmount>",
        "        <ram:CategoryCode>S</ram:CategoryCode>",
        "        <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>",
        "      </ram:ApplicableTradeTax>",
        "      <ram:SpecifiedTradePaymentTerms>",
        "        <ram:DueDateDateTime>",
        f'          <udt:DateTimeString format="102">{due:%Y%m%d}</udt:DateTimeString>',
        "        </ram:DueDateDateTime>",
        "      </ram:SpecifiedTradePaymentTerms>",
        "      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        f"        <ram:LineTotalAmount>{total / 100:.2f}</ram:LineTotalAmount>",
        f"        <ram:TaxBasisTotalAmount>{total / 100:.2f}</ram:TaxBasisTotalAmount>",
        f'        <ram:TaxTotalAmount currencyID="EUR">{tax / 100:.2f}</ram:TaxTotalAmount>',
        f"        <ram:GrandTotalAmount>{(total + tax) / 100:.2f}</ram:GrandTotalAmount>",
        f"        <ram:DuePayableAmount>{(total + tax) / 100:.2f}</ram:DuePayableAmount>",
        "      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        "    </ram:ApplicableHeaderTradeSettlement>",
        "  </rsm:SupplyChainTradeTransaction>",
        "</rsm:CrossIndustryInvoice>",
        "",
    ]
    return "\n".join(lines)


SCHEMA = "https://schema.org/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _nt(value: str) -> str:
    """``value`` as an N-Triples string literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r") + '"'


def ntriples_graph(row: dict[str, Any], rng: random.Random) -> str:
    """An N-Triples graph of the office in the schema.org vocabulary, as a linked-data export
    of the annuaire writes it: two blank nodes with invented labels, the office typed by its
    kind (``CityHall``, ``PoliceStation``, else ``GovernmentOffice``) with its id, name,
    ``telephone``, ``faxNumber`` and ``email`` where it has them, the web page as an
    ``xsd:anyURI`` literal, a ``description`` repeating the number, a ``PostalAddress`` node and
    an invented modification date."""
    when = _when(rng)
    org, adr = f"_:o{rng.getrandbits(32):08x}", f"_:a{rng.getrandbits(32):08x}"
    kind = KIND_TYPES.get(_f(row, "tag_string"), "GovernmentOffice")
    street, postcode, commune = address(row)

    def triple(subject: str, prop: str, obj: str) -> str:
        return f"{subject} <{SCHEMA}{prop}> {obj} ."

    lines = [
        f"{org} {RDF_TYPE} <{SCHEMA}{kind}> .",
        triple(org, "identifier", _nt(_f(row, "#id"))),
        triple(org, "name", _nt(_f(row, "name")) + "@fr"),
        triple(org, "telephone", _nt(phone(row))),
    ]
    if fax(row):
        lines.append(triple(org, "faxNumber", _nt(fax(row))))
    if email(row):
        lines.append(triple(org, "email", _nt(email(row))))
    if _f(row, "home_page"):
        lines.append(triple(org, "url", f"{_nt(_f(row, 'home_page'))}^^<{XSD}anyURI>"))
    lines += [
        triple(org, "description", _nt(_contact_sentence(row)) + "@fr"),
        triple(org, "address", adr),
        f"{adr} {RDF_TYPE} <{SCHEMA}PostalAddress> .",
        triple(adr, "streetAddress", _nt(street)),
    ]
    if postcode:
        lines += [
            triple(adr, "postalCode", _nt(postcode)),
            triple(adr, "addressLocality", _nt(commune)),
        ]
    lines += [
        triple(adr, "addressCountry", _nt("FR")),
        f'{org} <http://purl.org/dc/terms/modified> "{when:%Y-%m-%d}"^^<{XSD}date> .',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "warc_capture": warc_capture,
    "kdl_document": kdl_document,
    "cii_invoice": cii_invoice,
    "ntriples_graph": ntriples_graph,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and
    of its e-mail address labelled."""
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
