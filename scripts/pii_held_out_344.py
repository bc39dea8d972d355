"""held_out_344 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the offices of Poland's State Forests: the Directorate-General, the regional
directorates and the forest districts; Poland's earlier parts took other publishers' lists of
hospitals, courts, sanitary-epidemiological stations and local-government offices) exactly as
published, in layouts no earlier part has, beside the list's own names, addresses and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
Polish numbers from Eurostat GISCO's hospitals, the Mobberizer app's courts and sanitary
stations and the contact database of local-government units; here:

* the values are the ``Telephone`` and ``E-mail`` fields of all 448 offices of the State Forests
  in an engineering thesis's workbook (``scripts/data/pii_pl_state_forests.json``, written by
  ``scripts/pl_state_forests_data.py``; source and licence in that file): Polish numbers as the
  offices give them, the area code and the line in groups (``87 643 99 00``), nine digits in
  threes (``857 481 800``), a few in other groups (``13 43 415 24``), one of seven digits
  (``385 60 00``), no ``+48``; each office's own address on ``lasy.gov.pl``; every copy
  labelled;
* the text around them is the same row's real fields: the office's name, street, building and
  flat numbers, postcode (``16-300``), town, web page, the photograph's address and the
  coordinates, with invented NIPs and REGONs (check digits right), tax-office codes, invoice,
  delivery-note and contract numbers, amounts, volumes, advert and city ids, GUIDs and dates,
  unlabelled and scored;
* in layouts no earlier part has, Polish and forest-trade formats, text in Polish: JPK_V7M (2)
  files (the office as ``Podmiot1`` with ``Email`` and ``Telefon``, a declaration and one sale of
  timber to an invented sawmill), Comarch ERP Optima contractor exports (``KONTRAHENT`` with the
  office's address, ``TELEFON1`` and ``EMAIL``), papiNet ``DeliveryMessageWood`` messages (the
  office as ``SupplierParty`` with a ``CommonContact``, roundwood to an invented buyer) and OLX
  Partner API advert requests (firewood sold by the office, ``contact.phone`` and a description
  repeating the number beside the address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_344.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_state_forests.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_344.jsonl.gz"
SPLIT = "held_out_344"

LAYOUTS = ("jpk_v7m", "optima_xml", "papinet_delivery", "olx_advert")
PHONE = "Telephone"
EMAIL = "E-mail"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented buyers of timber (no real firm is meant): name, street, postcode, town
BUYERS = (
    ("Tartak „Leśna Polana” sp. z o.o.", "Przemysłowa 12", "07-410", "Ostrołęka"),
    ("Zakład Przerobu Drewna „Sosna” sp. z o.o.", "Fabryczna 4", "89-600", "Chojnice"),
    ("Przedsiębiorstwo Handlowe „Dąb” S.A.", "Składowa 27", "16-400", "Suwałki"),
    ("Fabryka Palet „Świerk” sp. z o.o.", "Kolejowa 8", "37-450", "Stalowa Wola"),
    ("Biomasa Energia Północ sp. z o.o.", "Portowa 3", "76-270", "Ustka"),
    ("Drzewiarz Tartaki Zachodnie sp. z o.o.", "Leśna 40", "66-300", "Międzyrzecz"),
)  # fmt: skip
# assortments of the State Forests' timber: code, description
ASSORTMENTS = (
    ("WC0 SO", "Drewno wielkowymiarowe sosnowe WC0, dłużyce"),
    ("S2A SO", "Drewno średniowymiarowe sosnowe S2A, stosowe"),
    ("WD ŚW", "Drewno wielkowymiarowe świerkowe WD, kłody"),
    ("S4 BRZ", "Drewno średniowymiarowe brzozowe S4, opałowe"),
    ("WB1 DB", "Drewno wielkowymiarowe dębowe WB1, kłody"),
)  # fmt: skip
FIREWOOD = ("drewno opałowe sosnowe", "drewno opałowe brzozowe", "drewno opałowe bukowe",
            "drewno opałowe mieszane (olcha, brzoza)")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of the row's phone field and of its e-mail address
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Warsaw, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _nip(rng: random.Random) -> str:
    """An invented NIP (ten digits, its check digit right)."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check)


def _regon(rng: random.Random) -> str:
    """An invented nine-digit REGON, its check digit right."""
    body = [rng.randint(0, 9) for _ in range(8)]
    check = sum(d * w for d, w in zip(body, (8, 9, 2, 3, 4, 5, 6, 7), strict=True)) % 11 % 10
    return "".join(map(str, body)) + str(check)


def _street(row: dict[str, Any]) -> str:
    """The street (or village) and building number, the flat after a slash where given."""
    out = f"{_f(row, 'Street')} {_f(row, 'Building no')}".strip()
    return f"{out}/{_f(row, 'Local no')}" if _f(row, "Local no") else out


def jpk_v7m(row: dict[str, Any], rng: random.Random) -> str:
    """A JPK_V7M (2) file for one month (the Ministry of Finance's schema of 2021-12-27): the
    ``Naglowek`` (an invented creation time, the State Forests' information system ``SILP`` as
    ``NazwaSystemu``, an invented tax-office code, year and month), the office as ``Podmiot1``
    (an invented NIP, its full name, ``Email``, ``Telefon``), the VAT-7 (22) declaration's
    amounts and one ``SprzedazWiersz``: timber sold to an invented sawmill with its invented NIP
    and invoice number, and the control sums."""
    name, tel, mail = _f(row, "Name"), phone(row), email(row)
    when = _when(rng)
    month = when.month
    buyer = rng.choice(BUYERS)
    net = rng.randint(40, 900) * 100 + rng.choice((0, 25, 50, 75))
    tax = round(net * 0.23, 2)
    issued = dt.date(when.year, month, rng.randint(1, 28))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tns:JPK xmlns:etd="http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2021/06/08/eD/'
        'DefinicjeTypy/" xmlns:tns="http://crd.gov.pl/wzor/2021/12/27/11148/">',
        "  <tns:Naglowek>",
        '    <tns:KodFormularza kodSystemowy="JPK_V7M (2)" wersjaSchemy="1-0E">JPK_VAT'
        "</tns:KodFormularza>",
        "    <tns:WariantFormularza>2</tns:WariantFormularza>",
        f"    <tns:DataWytworzeniaJPK>{when:%Y-%m-%dT%H:%M:%S}</tns:DataWytworzeniaJPK>",
        "    <tns:NazwaSystemu>SILP</tns:NazwaSystemu>",
        '    <tns:CelZlozenia poz="P_7">1</tns:CelZlozenia>',
        f"    <tns:KodUrzedu>{rng.randint(2, 32):02d}{rng.randint(1, 30):02d}</tns:KodUrzedu>",
        f"    <tns:Rok>{when.year}</tns:Rok>",
        f"    <tns:Miesiac>{month}</tns:Miesiac>",
        "  </tns:Naglowek>",
        '  <tns:Podmiot1 rola="Podatnik">',
        "    <tns:OsobaNiefizyczna>",
        f"      <etd:NIP>{_nip(rng)}</etd:NIP>",
        "      <etd:PelnaNazwa>Państwowe Gospodarstwo Leśne Lasy Państwowe "
        f"{_x(name)}</etd:PelnaNazwa>",
        f"      <tns:Email>{mail}</tns:Email>",
        f"      <tns:Telefon>{tel}</tns:Telefon>",
        "    </tns:OsobaNiefizyczna>",
        "  </tns:Podmiot1>",
        "  <tns:Deklaracja>",
        "    <tns:Naglowek>",
        '      <tns:KodFormularzaDekl kodSystemowy="VAT-7 (22)" kodPodatku="VAT" '
        'rodzajZobowiazania="Z" wersjaSchemy="1-0E">VAT-7</tns:KodFormularzaDekl>',
        "      <tns:WariantFormularzaDekl>22</tns:WariantFormularzaDekl>",
        "    </tns:Naglowek>",
        "    <tns:PozycjeSzczegolowe>",
        f"      <tns:P_19>{round(net)}</tns:P_19>",
        f"      <tns:P_20>{round(tax)}</tns:P_20>",
        f"      <tns:P_37>{round(net)}</tns:P_37>",
        f"      <tns:P_38>{round(tax)}</tns:P_38>",
        f"      <tns:P_51>{round(tax)}</tns:P_51>",
        "    </tns:PozycjeSzczegolowe>",
        "    <tns:Pouczenia>1</tns:Pouczenia>",
        "  </tns:Deklaracja>",
        "  <tns:Ewidencja>",
        "    <tns:SprzedazWiersz>",
        "      <tns:LpSprzedazy>1</tns:LpSprzedazy>",
        "      <tns:KodKrajuNadaniaTIN>PL</tns:KodKrajuNadaniaTIN>",
        f"      <tns:NrKontrahenta>{_nip(rng)}</tns:NrKontrahenta>",
        f"      <tns:NazwaKontrahenta>{_x(buyer[0])}</tns:NazwaKontrahenta>",
        f"      <tns:DowodSprzedazy>FV/{rng.randint(1, 899):04d}/{month:02d}/{when.year}"
        "</tns:DowodSprzedazy>",
        f"      <tns:DataWystawienia>{issued:%Y-%m-%d}</tns:DataWystawienia>",
        f"      <tns:K_19>{net:.2f}</tns:K_19>",
        f"      <tns:K_20>{tax:.2f}</tns:K_20>",
        "    </tns:SprzedazWiersz>",
        "    <tns:SprzedazCtrl>",
        "      <tns:LiczbaWierszySprzedazy>1</tns:LiczbaWierszySprzedazy>",
        f"      <tns:PodatekNalezny>{tax:.2f}</tns:PodatekNalezny>",
        "    </tns:SprzedazCtrl>",
        "    <tns:ZakupCtrl>",
        "      <tns:LiczbaWierszyZakupow>0</tns:LiczbaWierszyZakupow>",
        "      <tns:PodatekNaliczony>0.00</tns:PodatekNaliczony>",
        "    </tns:ZakupCtrl>",
        "  </tns:Ewidencja>",
        "</tns:JPK>",
        "",
    ]
    return "\n".join(lines)


def optima_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Comarch ERP Optima contractors' export (``ROOT`` in the ``cdn/optima/offline``
    namespace, ``KONTRAHENCI`` version 2.00) of one contractor: an invented source GUID, an
    acronym made of the office's name, the flags of a domestic VAT payer, and its current
    ``ADRES``: the name, street, building and flat numbers, town, postcode and post town, the
    country, an invented NIP and REGON, ``TELEFON1``, the web page and ``EMAIL``."""
    name, tel, mail = _f(row, "Name"), phone(row), email(row)
    guid = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    acronym = "".join(c for c in name.upper().replace(" ", "_") if c.isalnum() or c == "_")[:20]
    nip = _nip(rng)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ROOT xmlns="http://www.comarch.pl/cdn/optima/offline">',
        "  <KONTRAHENCI>",
        "    <WERSJA>2.00</WERSJA>",
        "    <BAZA_ZRD_ID>KAZ</BAZA_ZRD_ID>",
        "    <BAZA_DOC_ID>KAZ</BAZA_DOC_ID>",
        "    <KONTRAHENT>",
        f"      <ID_ZRODLA>{guid}</ID_ZRODLA>",
        f"      <AKRONIM>{_x(acronym)}</AKRONIM>",
        "      <RODZAJ>odbiorca</RODZAJ>",
        "      <EKSPORT>krajowy</EKSPORT>",
        "      <FINALNY>Nie</FINALNY>",
        "      <PLATNIK_VAT>Tak</PLATNIK_VAT>",
        "      <MEDIALNY>Nie</MEDIALNY>",
        "      <NIEAKTYWNY>Nie</NIEAKTYWNY>",
        f"      <TERMIN>{rng.choice((7, 14, 21, 30))}</TERMIN>",
        "      <FORMA_PLATNOSCI>przelew</FORMA_PLATNOSCI>",
        "      <ADRESY>",
        "        <ADRES>",
        "          <STATUS>aktualny</STATUS>",
        f"          <NAZWA1>{_x(name)}</NAZWA1>",
        "          <NAZWA2>Państwowe Gospodarstwo Leśne Lasy Państwowe</NAZWA2>",
        "          <KRAJ>Polska</KRAJ>",
        f"          <ULICA>{_x(_f(row, 'Street'))}</ULICA>",
        f"          <NR_DOMU>{_x(_f(row, 'Building no'))}</NR_DOMU>",
        f"          <NR_LOKALU>{_x(_f(row, 'Local no'))}</NR_LOKALU>",
        f"          <MIASTO>{_x(_f(row, 'City'))}</MIASTO>",
        f"          <KOD_POCZTOWY>{_f(row, 'ZIP')}</KOD_POCZTOWY>",
        f"          <POCZTA>{_x(_f(row, 'City'))}</POCZTA>",
        "          <NIP_KRAJ>PL</NIP_KRAJ>",
        f"          <NIP>{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}</NIP>",
        f"          <REGON>{_regon(rng)}</REGON>",
        f"          <TELEFON1>{tel}</TELEFON1>",
        "          <TELEFON2></TELEFON2>",
        "          <FAX></FAX>",
        f"          <URL>{_x(_f(row, 'Web'))}</URL>",
        f"          <EMAIL>{mail}</EMAIL>",
        "        </ADRES>",
        "      </ADRESY>",
        "    </KONTRAHENT>",
        "  </KONTRAHENCI>",
        "</ROOT>",
        "",
    ]
    return "\n".join(lines)


def _party_address(indent: str, name: str, street: str, postcode: str, town: str) -> list[str]:
    """A papiNet ``NameAddress``."""
    return [
        f"{indent}<NameAddress>",
        f"{indent}  <Name1>{_x(name)}</Name1>",
        f"{indent}  <Address1>{_x(street)}</Address1>",
        f"{indent}  <City>{_x(town)}</City>",
        f"{indent}  <PostalCode>{postcode}</PostalCode>",
        f'{indent}  <Country ISOCountryCode="PL">Polska</Country>',
        f"{indent}</NameAddress>",
    ]


def papinet_delivery(row: dict[str, Any], rng: random.Random) -> str:
    """A papiNet ``DeliveryMessageWood`` (V2R31) of one load of roundwood: the header with an
    invented delivery-note number, date and sales-contract reference, an invented buyer as
    ``BuyerParty`` and ``ShipToParty``, the office as ``SupplierParty`` (its name, street,
    town and postcode, a ``CommonContact`` of its sales office with ``Telephone`` and
    ``Email``), the terms of delivery (FCA at a forest road), one line item (the assortment's
    code and description, an invented volume in cubic metres) and the summary."""
    name, tel, mail = _f(row, "Name"), phone(row), email(row)
    when = _when(rng)
    buyer = rng.choice(BUYERS)
    code, description = rng.choice(ASSORTMENTS)
    volume = f"{rng.randint(180, 420) / 10:.3f}"
    number = f"WZ/{rng.randint(1, 2999):04d}/{when:%m}/{when.year}"
    contract = f"UM/{when.year}/{rng.randint(100, 999)}/{rng.randint(1, 99):02d}"
    order = f"ZAM/{rng.randint(1000, 9999)}/{when.year}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<DeliveryMessageWood DeliveryMessageType="DeliveryMessage" '
        'DeliveryMessageStatusType="Original">',
        "  <DeliveryMessageWoodHeader>",
        f"    <DeliveryMessageNumber>{number}</DeliveryMessageNumber>",
        "    <DeliveryMessageDate>",
        f"      <Date><Year>{when.year}</Year><Month>{when:%m}</Month><Day>{when:%d}</Day></Date>",
        "    </DeliveryMessageDate>",
        '    <DeliveryMessageReference DeliveryMessageReferenceType="ContractNumber" '
        f'AssignedBy="Supplier">{contract}</DeliveryMessageReference>',
        '    <BuyerParty PartyType="Buyer">',
        f'      <PartyIdentifier PartyIdentifierType="VATIdentificationNumber">PL{_nip(rng)}'
        "</PartyIdentifier>",
        *_party_address("      ", *buyer),
        "    </BuyerParty>",
        '    <SupplierParty PartyType="Supplier">',
        '      <PartyIdentifier PartyIdentifierType="AssignedByBuyer">'
        f"D{rng.randint(10000, 99999)}</PartyIdentifier>",
        *_party_address("      ", name, _street(row), _f(row, "ZIP"), _f(row, "City")),
        '      <CommonContact ContactType="SalesOffice">',
        f"        <ContactName>Sprzedaż drewna – {_x(name)}</ContactName>",
        f"        <Telephone>{tel}</Telephone>",
        f"        <Email>{mail}</Email>",
        "      </CommonContact>",
        "    </SupplierParty>",
        "    <ShipToInformation>",
        "      <ShipToCharacteristics>",
        '        <ShipToParty PartyType="ShipTo">',
        *_party_address("          ", *buyer),
        "        </ShipToParty>",
        "        <TermsOfDelivery>",
        '          <IncotermsLocation Incoterms="FCA" IncotermsVersion="2020">Skład przy '
        f"drodze leśnej, {_x(name)}</IncotermsLocation>",
        "        </TermsOfDelivery>",
        "      </ShipToCharacteristics>",
        "    </ShipToInformation>",
        "  </DeliveryMessageWoodHeader>",
        "  <DeliveryMessageShipment>",
        "    <DeliveryMessageProductGroup>",
        "      <DeliveryShipmentLineItem>",
        "        <DeliveryShipmentLineItemNumber>1</DeliveryShipmentLineItemNumber>",
        "        <PurchaseOrderInformation>",
        f"          <PurchaseOrderNumber>{order}</PurchaseOrderNumber>",
        "        </PurchaseOrderInformation>",
        "        <PurchaseOrderLineItemNumber>1</PurchaseOrderLineItemNumber>",
        "        <Product>",
        '          <ProductIdentifier Agency="Supplier" ProductIdentifierType="PartNumber">'
        f"{_x(code)}</ProductIdentifier>",
        f"          <ProductDescription>{_x(description)}</ProductDescription>",
        "        </Product>",
        '        <Quantity QuantityType="Volume" QuantityTypeContext="Shipped">',
        f'          <Value UOM="CubicMeter">{volume}</Value>',
        "        </Quantity>",
        "      </DeliveryShipmentLineItem>",
        "    </DeliveryMessageProductGroup>",
        "  </DeliveryMessageShipment>",
        "  <DeliveryMessageWoodSummary>",
        "    <TotalNumberOfShipments>1</TotalNumberOfShipments>",
        '    <TotalQuantity QuantityType="Volume">',
        f'      <Value UOM="CubicMeter">{volume}</Value>',
        "    </TotalQuantity>",
        "  </DeliveryMessageWoodSummary>",
        "</DeliveryMessageWood>",
        "",
    ]
    return "\n".join(lines)


def olx_advert(row: dict[str, Any], rng: random.Random) -> str:
    """An OLX Partner API (v2) advert request, the body of ``POST /api/partner/adverts``:
    firewood the office sells, its title and description (the office, the wood, the price per
    stacked cubic metre, the address and postcode, the number and the e-mail address), an
    invented category, an ``external_id`` made of the row's id and the office's web page as
    ``external_url``, ``advertiser_type`` ``business``, the office as ``contact`` with its
    ``phone``, the ``location`` (an invented city id, the row's coordinates), the photograph of
    its building and the price."""
    name, tel, mail = _f(row, "Name"), phone(row), email(row)
    wood = rng.choice(FIREWOOD)
    price = rng.randint(18, 36) * 10
    title = f"Drewno opałowe – {name}"
    if len(title) > 70:
        title = f"Drewno opałowe – Lasy Państwowe, {_f(row, 'City')}"
    description = (
        f"{name} sprzedaje {wood} z bieżącego pozyskania, w stosach przy drodze leśnej. "
        f"Cena: {price} zł brutto za metr przestrzenny (mp), sprzedaż na podstawie "
        f"asygnaty. Biuro: {_street(row)}, {_f(row, 'ZIP')} {_f(row, 'City')}. "
        f"Kontakt: tel. {tel} lub e-mail {mail} (pon.–pt. 7:00–15:00)."
    )
    advert: dict[str, Any] = {
        "title": title,
        "description": description,
        "category_id": rng.choice((1461, 1463, 1609)),
        "advertiser_type": "business",
        "external_id": f"lp-{_f(row, 'ID')}-{rng.randint(1000, 9999)}",
        "external_url": _f(row, "Web"),
        "contact": {"name": name, "phone": tel},
        "location": {
            "city_id": rng.randint(1000, 99999),
            "latitude": float(_f(row, "Latitude [N]")),
            "longitude": float(_f(row, "Longitude [E]")),
        },
        "images": [{"url": _f(row, "Image URL")}] if _f(row, "Image URL") else [],
        "price": {"value": price, "currency": "PLN", "negotiable": False, "trade": False},
        "attributes": [{"code": "state", "value": "new"}],
    }
    return json.dumps(advert, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jpk_v7m": jpk_v7m,
    "optima_xml": optima_xml,
    "papinet_delivery": papinet_delivery,
    "olx_advert": olx_advert,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and e-mail
    address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
