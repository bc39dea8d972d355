"""held_out_181 of the PII evaluation set: real phone fields of a register no earlier part used
(the Health Insurance Institute of Slovenia's list of contracted health-care providers;
Slovenia's earlier parts took the Ministry of Education's schools and kindergartens and
OpenStreetMap objects) exactly as published, in layouts no earlier part has, beside the list's
own names, ZZZS numbers, addresses, coordinates and web pages.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of 500 providers, a seeded sample of the list's rows with
  a number (``scripts/data/pii_si_zzzs_providers.json``, written by
  ``scripts/si_zzzs_providers_data.py``; source and licence in that file): Slovenian national
  numbers as ZZZS writes them, the trunk ``0`` and area code alone, in brackets or before a
  slash (``04 574 13 66``, ``(02) 876 48 64``, ``01/364 03 40``, ``02/787-15-00``), mobiles in
  threes (``040 827 521``), five fields of two numbers (``04 620 88 70, 04 620 88 88``,
  ``05 75 73 199 in 05 75 73 200``); each copy labelled, each number of a field on its own;
* the text around them is the same row's real fields: the provider's name, its ZZZS number
  (``zzzsSt``, seven digits or fewer) and unit, the address and post (``4220 Škofja Loka``), the
  settlement and municipality, coordinates and web page, with invented invoice and order
  numbers, VAT numbers, amounts, quantities, dates, GUIDs, sync keys and transaction ids,
  unlabelled and scored;
* in layouts no earlier part has, text in Slovene: e-SLOG 2.0 e-invoices (the Slovenian
  e-invoice standard of GZS, ``urn:eslog:2.00``: an invented supplier of medical and dental
  consumables invoices the provider, who is the buyer ``NAD+BY`` with its ``CTA``/``COM``
  telephone, ``D_3155`` ``TE``, and a free-text ``FTX`` naming the number for delivery),
  Windows Contacts ``.contact`` files (``http://schemas.microsoft.com/Contact``: the provider
  as a business contact, ``PhoneNumberCollection`` with ``Business`` and ``Voice`` labels, the
  address, the web page and a note repeating the number), Exchange ActiveSync ``Sync``
  responses in their XML form (MS-ASCNTC: ``contacts:BusinessPhoneNumber``, the business
  address, ``contacts:WebPage`` and an ``airsyncbase:Body`` repeating the number) and KMyMoney
  XML files (the provider as ``PAYEE`` with its ``ADDRESS telephone=``, and a transaction
  whose split memo repeats the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_181.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_si_zzzs_providers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_181.jsonl.gz"
SPLIT = "held_out_181"

LAYOUTS = ("eslog_invoice", "windows_contact", "activesync_sync", "kmymoney_file")
PHONE = "phone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the e-invoices (no real company is meant)
SUPPLIERS = (
    ("Medoprema Vir d.o.o.", "Tržaška cesta 118", "1000", "Ljubljana"),
    ("Dentalni depo Sava d.o.o.", "Ulica Staneta Žagarja 41", "4000", "Kranj"),
    ("Zdravmat trgovina d.o.o.", "Tezenska cesta 77", "2000", "Maribor"),
    ("Sanitas oskrba d.o.o.", "Ljubljanska cesta 9", "3000", "Celje"),
)  # fmt: skip
# invented goods: (name, unit price in euro, VAT rate)
GOODS = (
    ("Rokavice nitrilne, vel. M, 100 kos", "6.90", 22),
    ("Maske kirurške tip IIR, 50 kos", "4.80", 22),
    ("Razkužilo za roke 1 l", "7.45", 22),
    ("Kompozitni material A2, 4 g", "38.50", 22),
    ("Anestetik v karpulah, 50 kos", "52.00", 9.5),
    ("Zložljive gaze 10 x 10 cm, 100 kos", "5.20", 22),
    ("Papirnate brisače, 20 zavojev", "18.60", 22),
    ("Sterilizacijske vrečke 90 x 230 mm, 200 kos", "11.30", 22),
)  # fmt: skip
# invented memos of the KMyMoney transactions
MEMOS = (
    "Samoplačniški pregled",
    "Potrdilo za voznika",
    "Zdravniško spričevalo",
    "Beljenje zob",
    "Cepljenje proti klopnemu meningoencefalitisu",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def postcode(row: dict[str, Any]) -> str:
    """The post's four-digit code (``4220`` of ``4220 Škofja Loka``), "" if it has none."""
    code = _f(row, "post").split(" ", 1)[0]
    return code if code.isdigit() else ""


def post_town(row: dict[str, Any]) -> str:
    """The post's name (``Škofja Loka`` of ``4220 Škofja Loka``)."""
    post = _f(row, "post")
    return post.split(" ", 1)[1] if postcode(row) and " " in post else post


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _vat(rng: random.Random) -> str:
    """An invented Slovenian VAT number (``SI`` and eight digits)."""
    return f"SI{rng.randint(10000000, 99999999)}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _a(value: str) -> str:
    """``value`` as a double-quoted XML attribute value."""
    return escape(value, {'"': "&quot;"})


def eslog_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An e-SLOG 2.0 invoice (``urn:eslog:2.00``, UN/EDIFACT INVOIC D.01B as XML): ``S_UNH``,
    ``S_BGM`` with an invented invoice number, issue and delivery dates (``S_DTM`` 137, 35),
    an ``S_FTX`` naming the provider and its number for delivery, the invented supplier
    (``NAD+SE``, VAT number) and the provider as buyer (``NAD+BY``: name, street, town,
    postcode, ``SI``; its ZZZS number as ``RFF+IT``; ``CTA+IC`` with ``COM`` ``TE``), the
    currency, one to three invented lines (quantity, price, amount, VAT) and the totals."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    number = f"{when.year}-{rng.randint(1, 9999):04d}"
    supplier, street, code, town = rng.choice(SUPPLIERS)
    lines, net, vat_total = [], 0.0, 0.0
    for i, (item, price, rate) in enumerate(rng.sample(GOODS, rng.randint(1, 3)), start=1):
        qty = rng.randint(1, 12)
        amount = round(qty * float(price), 2)
        net += amount
        vat_total += round(amount * rate / 100, 2)
        lines += [
            "    <G_SG26>",
            f"      <S_LIN><D_1082>{i}</D_1082></S_LIN>",
            f"      <S_IMD><D_7077>F</D_7077><C_C273><D_7008>{_x(item)}</D_7008></C_C273></S_IMD>",
            "      <S_QTY><C_C186><D_6063>47</D_6063>"
            f"<D_6060>{qty}</D_6060><D_6411>H87</D_6411></C_C186></S_QTY>",
            f"      <G_SG27><S_MOA><C_C516><D_5025>203</D_5025><D_5004>{amount:.2f}</D_5004>"
            "</C_C516></S_MOA></G_SG27>",
            f"      <G_SG29><S_PRI><C_C509><D_5125>AAA</D_5125><D_5118>{price}</D_5118>"
            "</C_C509></S_PRI></G_SG29>",
            "      <G_SG34><S_TAX><D_5283>7</D_5283><C_C241><D_5153>VAT</D_5153></C_C241>"
            f"<C_C243><D_5278>{rate}</D_5278></C_C243><D_5305>S</D_5305></S_TAX></G_SG34>",
            "    </G_SG26>",
        ]
    where = f"{_f(row, 'address')}, {_f(row, 'post')}"
    delivery = (when + dt.timedelta(days=rng.randint(0, 4))).date()
    doc = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:eslog:2.00" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="urn:eslog:2.00 eSLOG20_INVOIC_v200.xsd">',
        '  <M_INVOIC Id="data">',
        "    <S_UNH>",
        f"      <D_0062>{rng.randint(1, 999)}</D_0062>",
        "      <C_S009><D_0065>INVOIC</D_0065><D_0052>D</D_0052><D_0054>01B</D_0054>"
        "<D_0051>UN</D_0051></C_S009>",
        "    </S_UNH>",
        "    <S_BGM>",
        "      <C_C002><D_1001>380</D_1001></C_C002>",
        f"      <C_C106><D_1004>{number}</D_1004></C_C106>",
        "    </S_BGM>",
        f"    <S_DTM><C_C507><D_2005>137</D_2005><D_2380>{when:%Y-%m-%d}</D_2380></C_C507></S_DTM>",
        f"    <S_DTM><C_C507><D_2005>35</D_2005><D_2380>{delivery}</D_2380></C_C507></S_DTM>",
        "    <S_FTX>",
        "      <D_4451>AAI</D_4451>",
        "      <C_C108>",
        f"        <D_4440>Dostava: {_x(name)}, {_x(where)}</D_4440>",
        f"        <D_4440>Kontakt za prevzem pošiljke: tel. {tel}</D_4440>",
        "      </C_C108>",
        "    </S_FTX>",
        "    <G_SG1><S_RFF><C_C506><D_1153>ON</D_1153>"
        f"<D_1154>NAR-{rng.randint(100, 99999)}</D_1154></C_C506></S_RFF></G_SG1>",
        "    <G_SG2>",
        "      <S_NAD>",
        "        <D_3035>SE</D_3035>",
        f"        <C_C080><D_3036>{_x(supplier)}</D_3036></C_C080>",
        f"        <C_C059><D_3042>{_x(street)}</D_3042></C_C059>",
        f"        <D_3164>{town}</D_3164>",
        f"        <D_3251>{code}</D_3251>",
        "        <D_3207>SI</D_3207>",
        "      </S_NAD>",
        "      <G_SG3><S_RFF><C_C506><D_1153>VA</D_1153>"
        f"<D_1154>{_vat(rng)}</D_1154></C_C506></S_RFF></G_SG3>",
        "    </G_SG2>",
        "    <G_SG2>",
        "      <S_NAD>",
        "        <D_3035>BY</D_3035>",
        f"        <C_C080><D_3036>{_x(name)}</D_3036></C_C080>",
        f"        <C_C059><D_3042>{_x(_f(row, 'address'))}</D_3042></C_C059>",
        f"        <D_3164>{_x(post_town(row))}</D_3164>",
        f"        <D_3251>{postcode(row)}</D_3251>",
        "        <D_3207>SI</D_3207>",
        "      </S_NAD>",
        "      <G_SG3><S_RFF><C_C506><D_1153>IT</D_1153>"
        f"<D_1154>{_f(row, 'zzzsSt')}</D_1154></C_C506></S_RFF></G_SG3>",
        "      <G_SG5>",
        "        <S_CTA><D_3139>IC</D_3139></S_CTA>",
        f"        <S_COM><C_C076><D_3148>{tel}</D_3148><D_3155>TE</D_3155></C_C076></S_COM>",
        "      </G_SG5>",
        "    </G_SG2>",
        "    <G_SG7><S_CUX><C_C504><D_6347>2</D_6347><D_6345>EUR</D_6345></C_C504></S_CUX></G_SG7>",
        *lines,
        "    <G_SG50><S_MOA><C_C516><D_5025>79</D_5025>"
        f"<D_5004>{net:.2f}</D_5004></C_C516></S_MOA></G_SG50>",
        "    <G_SG50><S_MOA><C_C516><D_5025>176</D_5025>"
        f"<D_5004>{vat_total:.2f}</D_5004></C_C516></S_MOA></G_SG50>",
        "    <G_SG50><S_MOA><C_C516><D_5025>9</D_5025>"
        f"<D_5004>{net + vat_total:.2f}</D_5004></C_C516></S_MOA></G_SG50>",
        "  </M_INVOIC>",
        "</Invoice>",
        "",
    ]
    return "\n".join(doc)


def windows_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Windows Contacts ``.contact`` file (``http://schemas.microsoft.com/Contact``, as
    Windows Vista to 11 keep a contact): creation date, an invented ``ContactID`` GUID, the
    provider's name as ``FormattedName`` and ``Company``, the number in a ``PhoneNumber`` with
    ``Business`` and ``Voice`` labels, the business address (street, town, postcode,
    municipality, ``Slovenija``), the web page, and ``Notes`` in Slovene repeating the number
    beside the ZZZS number and unit."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    ids = [_guid(rng) for _ in range(5)]
    note = (
        f"Izvajalec ZZZS št. {_f(row, 'zzzsSt')} ({_f(row, 'unit')}). "
        f"Naročanje in informacije po telefonu {tel}."
    )
    url = (
        [
            "\t<c:UrlCollection>",
            f'\t\t<c:Url c:ElementID="{ids[4]}"><c:Value>{_x(_f(row, "website"))}</c:Value>'
            "<c:LabelCollection><c:Label>Business</c:Label></c:LabelCollection></c:Url>",
            "\t</c:UrlCollection>",
        ]
        if _f(row, "website")
        else []
    )
    doc = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<c:contact c:Version="1" xmlns:c="http://schemas.microsoft.com/Contact" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:MSP2P="http://schemas.microsoft.com/Contact/Extended/MSP2P" '
        'xmlns:MSWABMAPI="http://schemas.microsoft.com/Contact/Extended/MSWABMAPI">',
        f"\t<c:CreationDate>{when:%Y-%m-%dT%H:%M:%SZ}</c:CreationDate>",
        '\t<c:Extended xsi:nil="true"/>',
        "\t<c:ContactIDCollection>",
        f'\t\t<c:ContactID c:ElementID="{ids[0]}"><c:Value>{ids[1]}</c:Value></c:ContactID>',
        "\t</c:ContactIDCollection>",
        "\t<c:NameCollection>",
        f'\t\t<c:Name c:ElementID="{ids[2]}">',
        f"\t\t\t<c:FormattedName>{_x(name)}</c:FormattedName>",
        "\t\t</c:Name>",
        "\t</c:NameCollection>",
        "\t<c:PhoneNumberCollection>",
        f'\t\t<c:PhoneNumber c:ElementID="{ids[3]}">',
        f"\t\t\t<c:Number>{tel}</c:Number>",
        "\t\t\t<c:LabelCollection><c:Label>Business</c:Label><c:Label>Voice</c:Label>"
        "</c:LabelCollection>",
        "\t\t</c:PhoneNumber>",
        "\t</c:PhoneNumberCollection>",
        "\t<c:PhysicalAddressCollection>",
        "\t\t<c:PhysicalAddress>",
        f"\t\t\t<c:Street>{_x(_f(row, 'address'))}</c:Street>",
        f"\t\t\t<c:Locality>{_x(post_town(row))}</c:Locality>",
        f"\t\t\t<c:Region>{_x(_f(row, 'municipality'))}</c:Region>",
        f"\t\t\t<c:PostalCode>{postcode(row)}</c:PostalCode>",
        "\t\t\t<c:Country>Slovenija</c:Country>",
        "\t\t\t<c:LabelCollection><c:Label>Business</c:Label></c:LabelCollection>",
        "\t\t</c:PhysicalAddress>",
        "\t</c:PhysicalAddressCollection>",
        "\t<c:PositionCollection>",
        f"\t\t<c:Position><c:Company>{_x(name)}</c:Company>"
        "<c:LabelCollection><c:Label>Business</c:Label></c:LabelCollection></c:Position>",
        "\t</c:PositionCollection>",
        *url,
        f"\t<c:Notes>{_x(note)}</c:Notes>",
        "</c:contact>",
        "",
    ]
    return "\n".join(doc)


def activesync_sync(row: dict[str, Any], rng: random.Random) -> str:
    """An Exchange ActiveSync ``Sync`` response in its XML form (MS-ASCMD, the contact by
    MS-ASCNTC): an invented sync key, collection id and server id, and one ``Add`` whose
    ``ApplicationData`` holds an ``airsyncbase:Body`` (plain text in Slovene repeating the
    number) and the provider as a business contact (``FileAs``, ``CompanyName``,
    ``BusinessPhoneNumber``, business street, city, postal code, state and country,
    ``WebPage``)."""
    name, tel = _f(row, "name"), phone(row)
    body = (
        f"{name}\n{_f(row, 'address')}, {_f(row, 'post')}\n"
        f"Telefon: {tel}\nNaselje: {_f(row, 'city') or post_town(row)}, "
        f"občina {_f(row, 'municipality')}"
    )
    page = (
        [f"            <contacts:WebPage>{_x(_f(row, 'website'))}</contacts:WebPage>"]
        if _f(row, "website")
        else []
    )
    doc = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Sync xmlns="AirSync" xmlns:contacts="Contacts" xmlns:airsyncbase="AirSyncBase">',
        "  <Collections>",
        "    <Collection>",
        f"      <SyncKey>{rng.randint(2, 999999999)}</SyncKey>",
        f"      <CollectionId>{rng.randint(2, 40)}</CollectionId>",
        "      <Status>1</Status>",
        "      <Commands>",
        "        <Add>",
        f"          <ServerId>{rng.randint(2, 40)}:{rng.randint(1, 4000)}</ServerId>",
        "          <ApplicationData>",
        "            <airsyncbase:Body>",
        "              <airsyncbase:Type>1</airsyncbase:Type>",
        "              <airsyncbase:EstimatedDataSize>"
        f"{len(_x(body).encode('utf-8'))}</airsyncbase:EstimatedDataSize>",
        f"              <airsyncbase:Data>{_x(body)}</airsyncbase:Data>",
        "            </airsyncbase:Body>",
        f"            <contacts:FileAs>{_x(name)}</contacts:FileAs>",
        f"            <contacts:CompanyName>{_x(name)}</contacts:CompanyName>",
        f"            <contacts:BusinessPhoneNumber>{tel}</contacts:BusinessPhoneNumber>",
        f"            <contacts:BusinessAddressStreet>{_x(_f(row, 'address'))}"
        "</contacts:BusinessAddressStreet>",
        f"            <contacts:BusinessAddressCity>{_x(post_town(row))}"
        "</contacts:BusinessAddressCity>",
        f"            <contacts:BusinessAddressPostalCode>{postcode(row)}"
        "</contacts:BusinessAddressPostalCode>",
        f"            <contacts:BusinessAddressState>{_x(_f(row, 'municipality'))}"
        "</contacts:BusinessAddressState>",
        "            <contacts:BusinessAddressCountry>Slovenija</contacts:BusinessAddressCountry>",
        *page,
        "          </ApplicationData>",
        "        </Add>",
        "      </Commands>",
        "    </Collection>",
        "  </Collections>",
        "</Sync>",
        "",
    ]
    return "\n".join(doc)


def kmymoney_file(row: dict[str, Any], rng: random.Random) -> str:
    """A KMyMoney XML file (the ``.kmy`` document, ungzipped): ``FILEINFO`` dates, the
    provider as ``PAYEE`` (an invented id, its name, its ZZZS number as ``reference``) with its
    ``ADDRESS`` (street, city, postcode, state, ``telephone``), and one transaction paid to it
    in euro whose first split's memo repeats the number; invented account, transaction and
    split ids, amounts as KMyMoney's fractions."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    payee = f"P{rng.randint(1, 999):06d}"
    cents = rng.choice((2500, 3500, 4000, 4500, 6000, 8000, 12000))
    memo = f"{rng.choice(MEMOS)} - naročeno po tel. {tel}"
    tid = f"T{rng.randint(1, 99999):018d}"
    doc = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE KMYMONEY-FILE>",
        "<KMYMONEY-FILE>",
        " <FILEINFO>",
        f'  <CREATION_DATE date="{when - dt.timedelta(days=rng.randint(200, 900)):%Y-%m-%d}"/>',
        f'  <LAST_MODIFIED_DATE date="{when:%Y-%m-%d}"/>',
        '  <VERSION id="1"/>',
        '  <FIXVERSION id="5"/>',
        " </FILEINFO>",
        ' <PAYEES count="1">',
        f'  <PAYEE matchingenabled="0" email="" id="{payee}" name="{_a(name)}" '
        f'reference="{_f(row, "zzzsSt")}">',
        f'   <ADDRESS street="{_a(_f(row, "address"))}" city="{_a(post_town(row))}" '
        f'postcode="{postcode(row)}" state="{_a(_f(row, "municipality"))}" '
        f'telephone="{_a(tel)}"/>',
        "  </PAYEE>",
        " </PAYEES>",
        ' <TRANSACTIONS count="1">',
        f'  <TRANSACTION postdate="{when:%Y-%m-%d}" commodity="EUR" memo="" id="{tid}" '
        f'entrydate="{when:%Y-%m-%d}">',
        "   <SPLITS>",
        f'    <SPLIT payee="{payee}" reconcileflag="0" shares="-{cents}/100" '
        f'reconciledate="" action="" bankid="" account="A000002" number="" '
        f'value="-{cents}/100" memo="{_a(memo)}" id="S0001"/>',
        f'    <SPLIT payee="{payee}" reconcileflag="0" shares="{cents}/100" '
        f'reconciledate="" action="" bankid="" account="A{rng.randint(10, 60):06d}" number="" '
        f'value="{cents}/100" memo="" id="S0002"/>',
        "   </SPLITS>",
        "  </TRANSACTION>",
        " </TRANSACTIONS>",
        "</KMYMONEY-FILE>",
        "",
    ]
    return "\n".join(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eslog_invoice": eslog_invoice,
    "windows_contact": windows_contact,
    "activesync_sync": activesync_sync,
    "kmymoney_file": kmymoney_file,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (``+386`` or ``00 386``)."""
    return value.startswith(("+", "00"))


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
