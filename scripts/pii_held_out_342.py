"""held_out_342 of the PII evaluation set: real phone fields of a list no earlier part used
(the store list of Loblaw Companies Limited, Canada's largest grocer: its supermarkets of every
banner in every province, as its PC Express service publishes them; Canada's earlier parts took
public bodies' registers) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses and store numbers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, CA (Ontario's testing centres, WorkBC
Centres, Toronto's child care, the RHRA's retirement homes, pharmacy rosters, BC's child care
and schools, Alberta's and Ontario's schools, Ontario's long-term care homes, HealthLinkBC's
walk-in clinics) and many others; here:

* the values are the ``contactNumber`` fields of 600 stores
  (``scripts/data/pii_ca_loblaw_stores.json``, written by ``scripts/ca_loblaw_stores_data.py``;
  source and licence in that file): North American numbers as the list writes them, ten digits
  run together (``7096430850``; ``8002962332``, a toll-free line the list gives 43 franchised
  No Frills), two with an extension (``9052719925 Ext 6``: the extension outside the label),
  two toll-free with the trunk ``1`` (``18442958219``), one a digit short (``450652809``,
  labelled: nine digits), each copy labelled;
* the text around them is the same store's real fields: its name and banner, street, town,
  province and postal code (``A2N 3W7``, also run together as carriers write it, ``A2N3W7``)
  and its four-digit store number (``0925``), with invented shipper, customer, company, client
  and order numbers, Shopify ids, API tokens, dates, weights, dimensions and amounts, unlabelled
  and scored;
* in layouts no earlier part has, Canadian commerce services a supplier of the stores uses, text
  in French for Quebec's stores and in English for the others: Canpar Business Web Services
  ``processShipment`` SOAP 1.2 requests (the store as ``delivery_address`` with its ``phone``,
  an ``instruction`` repeating it, the store number as the package's ``store_num``), Helcim
  API v2 ``POST /v2/customers`` requests (the store as business customer, the number as the
  ``phone`` of its billing and shipping addresses), Shopify GraphQL Admin API
  ``companyLocationCreate`` mutations (the store as a B2B company location, the number as its
  ``phone`` and its shipping address's) and Chit Chats API ``POST /clients/{id}/shipments``
  requests (the store as recipient, ``phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_342.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_loblaw_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_342.jsonl.gz"
SPLIT = "held_out_342"

LAYOUTS = ("canpar_shipment", "helcim_customer", "shopify_company_location", "chitchats_shipment")
PHONE = "contactNumber"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the banners' names as their stores are signed, and the words that show a store's own name
# already carries its banner
BANNERS = {
    "superstore": ("Real Canadian Superstore", ("superstore",)),
    "independent": ("Your Independent Grocer", ("independent",)),
    "provigo": ("Provigo", ("provigo",)),
    "maxi": ("Maxi", ("maxi",)),
    "wholesaleclub": ("Wholesale Club", ("wholesale club",)),
    "loblaw": ("Loblaws", ("loblaws",)),
    "rass": ("Atlantic Superstore", ("superstore",)),
    "nofrills": ("No Frills", ("nofrills", "no frills", "nf ")),
    "zehrs": ("Zehrs", ("zehrs",)),
    "fortinos": ("Fortinos", ("fortinos",)),
    "valumart": ("Valu-mart", ("valu-mart", "valumart")),
    "dominion": ("Dominion", ("dominion",)),
    "independentcitymarket": ("Independent City Market", ("independent",)),
}  # fmt: skip
PROVINCES = {
    "Alberta": "AB", "British Columbia": "BC", "Manitoba": "MB", "New Brunswick": "NB",
    "Newfoundland and Labrador": "NL", "Northwest Territories": "NT", "Nova Scotia": "NS",
    "Nunavut": "NU", "Ontario": "ON", "Prince Edward Island": "PE", "Quebec": "QC",
    "Saskatchewan": "SK", "Yukon": "YT", "ON": "ON",
}  # fmt: skip

# the invented supplier that ships to, bills and sells wholesale to the stores (no real firm)
SUPPLIER = {
    "name": "Boulangerie Laurentienne inc.",
    "street": "2250 rue Michelin",
    "city": "Laval",
    "province": "QC",
    "postal": "H7L5B8",
}
GOODS_EN = (
    "bread racks and shelf tags", "seasonal display kit", "bakery crates (returnable)",
    "point-of-sale signage", "sample boxes for in-store tasting", "replacement shelf strips",
)  # fmt: skip
GOODS_FR = (
    "supports à pain et étiquettes de tablette", "présentoir saisonnier",
    "caisses de boulangerie (consignées)", "affichage de point de vente",
    "boîtes d'échantillons pour dégustation en magasin", "bandes de tablette de rechange",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none: ``null`` or empty)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "null" else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def french(row: dict[str, Any]) -> bool:
    """Whether the store is in Quebec, its text written in French."""
    return _f(row, "address.region") == "Quebec"


def province(row: dict[str, Any]) -> str:
    """The store's province as its two-letter code."""
    return PROVINCES[_f(row, "address.region")]


def store_name(row: dict[str, Any]) -> str:
    """The store as it is signed: its own name where that carries its banner, else the banner
    and the name (``Dominion Prince Rupert Street``)."""
    name = _f(row, "name")
    banner, words = BANNERS[_f(row, "storeBannerId")]
    if any(word in f"{name.lower()} " for word in words):
        return name
    return f"{banner} {name}"


def postal_run(row: dict[str, Any]) -> str:
    """The postal code run together as carriers' forms take it (``A2N3W7``)."""
    return _f(row, "address.postalCode").replace(" ", "").upper()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2023 (Eastern time)."""
    start = dt.datetime(2023, 2, 6, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _token(rng: random.Random, n: int) -> str:
    """An invented API token of ``n`` letters and digits."""
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(value: Any) -> str:
    """``value`` as pretty JSON (two spaces, non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def _http(method: str, target: str, host: str, headers: list[str], body: str) -> str:
    """An HTTP/1.1 request with a JSON body, as a client's log keeps it."""
    head = [
        f"{method} {target} HTTP/1.1",
        f"Host: {host}",
        *headers,
        "Content-Type: application/json",
        f"Content-Length: {len(body.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + body + "\n"


def _goods(row: dict[str, Any], rng: random.Random) -> str:
    return rng.choice(GOODS_FR if french(row) else GOODS_EN)


def canpar_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Canpar Business Web Services ``processShipment`` request (SOAP 1.2, the
    ``CanshipBusinessService``): the supplier's invented user id, password and shipper number,
    a ground shipment (``service_type`` 1) from its plant (``pickup_address``) to the store
    (``delivery_address``: ``name``, ``address_line_1``..., ``city``, ``province``, the postal
    code run together, ``phone``), an ``instruction`` to the driver repeating the number, one
    to three ``packages`` with invented weights and dimensions, the store number as
    ``store_num`` and an invented order reference, and the shipping date."""
    tel, name = phone(row), store_name(row)
    when = _when(rng)
    order = f"PO-{when:%y}{rng.randint(10000, 99999)}"
    if french(row):
        instruction = f"Livrer au quai de réception. Appeler le magasin au {tel} avant l'arrivée."
    else:
        instruction = f"Deliver to receiving dock. Call the store at {tel} before arrival."
    address = [
        "          <xsd1:delivery_address>",
        f"            <xsd1:address_line_1>{_x(_f(row, 'address.line1'))}</xsd1:address_line_1>",
    ]
    if _f(row, "address.line2"):
        address.append(
            f"            <xsd1:address_line_2>{_x(_f(row, 'address.line2'))}</xsd1:address_line_2>"
        )
    address += [
        "            <xsd1:attention>Receiving / Réception</xsd1:attention>",
        f"            <xsd1:city>{_x(_f(row, 'address.town'))}</xsd1:city>",
        "            <xsd1:country>CA</xsd1:country>",
        f"            <xsd1:name>{_x(name)}</xsd1:name>",
        f"            <xsd1:phone>{_x(tel)}</xsd1:phone>",
        f"            <xsd1:postal_code>{postal_run(row)}</xsd1:postal_code>",
        f"            <xsd1:province>{province(row)}</xsd1:province>",
        "            <xsd1:residential>false</xsd1:residential>",
        "          </xsd1:delivery_address>",
    ]
    packages = []
    for _ in range(rng.randint(1, 3)):
        packages += [
            "          <xsd1:packages>",
            f"            <xsd1:height>{rng.randint(10, 60)}</xsd1:height>",
            f"            <xsd1:length>{rng.randint(30, 120)}</xsd1:length>",
            f"            <xsd1:reference>{order}</xsd1:reference>",
            "            <xsd1:reported_weight>"
            f"{rng.randint(20, 350) / 10:.1f}</xsd1:reported_weight>",
            f"            <xsd1:store_num>{_x(_f(row, 'storeId'))}</xsd1:store_num>",
            f"            <xsd1:width>{rng.randint(20, 80)}</xsd1:width>",
            "          </xsd1:packages>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:ws="http://ws.business.canshipws.canpar.com" '
        'xmlns:xsd="http://ws.dto.canshipws.canpar.com/xsd" '
        'xmlns:xsd1="http://dto.canshipws.canpar.com/xsd">',
        "  <soap:Header/>",
        "  <soap:Body>",
        "    <ws:processShipment>",
        "      <ws:request>",
        f"        <xsd:password>{_token(rng, 12)}</xsd:password>",
        "        <xsd:shipment>",
        f"          <xsd1:description>{_x(_goods(row, rng))}</xsd1:description>",
        *address,
        "          <xsd1:dimention_unit>C</xsd1:dimention_unit>",
        f"          <xsd1:instruction>{_x(instruction)}</xsd1:instruction>",
        *packages,
        "          <xsd1:pickup_address>",
        f"            <xsd1:address_line_1>{SUPPLIER['street']}</xsd1:address_line_1>",
        f"            <xsd1:city>{SUPPLIER['city']}</xsd1:city>",
        "            <xsd1:country>CA</xsd1:country>",
        f"            <xsd1:name>{SUPPLIER['name']}</xsd1:name>",
        f"            <xsd1:postal_code>{SUPPLIER['postal']}</xsd1:postal_code>",
        f"            <xsd1:province>{SUPPLIER['province']}</xsd1:province>",
        "            <xsd1:residential>false</xsd1:residential>",
        "          </xsd1:pickup_address>",
        "          <xsd1:reported_weight_unit>K</xsd1:reported_weight_unit>",
        "          <xsd1:service_type>1</xsd1:service_type>",
        f"          <xsd1:shipper_num>{rng.randint(42000000, 46999999)}</xsd1:shipper_num>",
        f"          <xsd1:shipping_date>{when:%Y-%m-%d}T00:00:00</xsd1:shipping_date>",
        "        </xsd:shipment>",
        f"        <xsd:user_id>blaur_exp{rng.randint(10, 99)}</xsd:user_id>",
        "      </ws:request>",
        "    </ws:processShipment>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def _helcim_address(row: dict[str, Any], name: str) -> dict[str, str]:
    address = {"name": name, "street1": _f(row, "address.line1")}
    if _f(row, "address.line2"):
        address["street2"] = _f(row, "address.line2")
    address.update(
        city=_f(row, "address.town"),
        province=province(row),
        country="CAN",
        postalCode=_f(row, "address.postalCode"),
        phone=phone(row),
    )
    return address


def helcim_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Helcim API v2 ``POST /v2/customers`` request: the invented ``api-token`` header and
    an idempotency key, a JSON body with an invented ``customerCode`` built on the store
    number, the store as ``businessName`` and its billing and shipping ``Address`` objects
    (``name``, ``street1``, ``street2`` where the list has one, ``city``, ``province``,
    ``country`` ``CAN``, ``postalCode``, ``phone``)."""
    name = store_name(row)
    body = _json(
        {
            "customerCode": f"LCL-{_f(row, 'storeId')}-{rng.randint(100, 999)}",
            "businessName": name,
            "billingAddress": _helcim_address(row, name),
            "shippingAddress": _helcim_address(row, name),
        }
    )
    headers = [
        "accept: application/json",
        f"api-token: {_token(rng, 40)}",
        f"idempotency-key: {_token(rng, 25)}",
    ]
    return _http("POST", "/v2/customers", "api.helcim.com", headers, body)


COMPANY_LOCATION_MUTATION = (
    "mutation companyLocationCreate($companyId: ID!, $input: CompanyLocationInput!) {\n"
    "  companyLocationCreate(companyId: $companyId, input: $input) {\n"
    "    companyLocation { id name externalId phone }\n"
    "    userErrors { field message code }\n"
    "  }\n"
    "}"
)


def shopify_company_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Shopify GraphQL Admin API (2023-04) ``companyLocationCreate`` request of the
    supplier's B2B store: the invented access token, a JSON body of the mutation and its
    variables, the store as a location of the invented company id (``name``, ``phone``,
    ``locale``, the store number as ``externalId``, a ``note``, the ``shippingAddress`` with
    ``recipient``, ``address1``, ``address2`` where the list has one, ``city``, ``zip``,
    ``zoneCode``, ``countryCode`` and ``phone``, billing the same)."""
    name, tel = store_name(row), phone(row)
    when = _when(rng)
    if french(row):
        note = (
            f"Livraisons du lundi au vendredi, avant 10 h. Magasin n° {_f(row, 'storeId')}, "
            f"ouvert au compte le {when:%Y-%m-%d}."
        )
        recipient = "Réception des marchandises"
    else:
        note = (
            f"Deliveries Monday to Friday before 10 a.m. Store #{_f(row, 'storeId')}, "
            f"account opened {when:%Y-%m-%d}."
        )
        recipient = "Receiving"
    address = {"recipient": recipient, "address1": _f(row, "address.line1")}
    if _f(row, "address.line2"):
        address["address2"] = _f(row, "address.line2")
    address.update(
        city=_f(row, "address.town"),
        zip=_f(row, "address.postalCode"),
        zoneCode=province(row),
        countryCode="CA",
        phone=tel,
    )
    variables = {
        "companyId": f"gid://shopify/Company/{rng.randint(1_000_000_000, 9_999_999_999)}",
        "input": {
            "name": name,
            "phone": tel,
            "locale": "fr" if french(row) else "en",
            "externalId": _f(row, "storeId"),
            "note": note,
            "shippingAddress": address,
            "billingSameAsShipping": True,
        },
    }
    body = _json({"query": COMPANY_LOCATION_MUTATION, "variables": variables})
    headers = [f"X-Shopify-Access-Token: shpat_{''.join(rng.choices('0123456789abcdef', k=32))}"]
    return _http(
        "POST", "/admin/api/2023-04/graphql.json", "boulangerie-laurentienne.myshopify.com",
        headers, body,
    )  # fmt: skip


def chitchats_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Chit Chats API ``POST /api/v1/clients/{client_id}/shipments`` request: the invented
    client id and access token, a JSON body with the store as recipient (``name``,
    ``address_1``, ``address_2`` where the list has one, ``city``, ``province_code``,
    ``postal_code``, ``country_code``, ``phone``), the goods as ``description``, an invented
    value, order id, package size and weight, and ``postage_type`` ``unknown`` (rates first)."""
    when = _when(rng)
    body: dict[str, Any] = {"name": store_name(row), "address_1": _f(row, "address.line1")}
    if _f(row, "address.line2"):
        body["address_2"] = _f(row, "address.line2")
    body.update(
        city=_f(row, "address.town"),
        province_code=province(row),
        postal_code=_f(row, "address.postalCode"),
        phone=phone(row),
        country_code="CA",
        package_contents="merchandise",
        description=_goods(row, rng),
        value=f"{rng.randint(1500, 48000) / 100:.2f}",
        value_currency="cad",
        order_store="other",
        order_id=f"{_f(row, 'storeId')}-{when:%m%d}-{rng.randint(10, 99)}",
        package_type="parcel",
        weight_unit="kg",
        weight=rng.randint(5, 120) / 10,
        size_unit="cm",
        size_x=rng.randint(20, 60),
        size_y=rng.randint(15, 45),
        size_z=rng.randint(5, 40),
        insurance_requested=False,
        signature_requested=rng.random() < 0.3,
        postage_type="unknown",
        ship_date=f"{when:%Y-%m-%d}",
    )
    client = rng.randint(100000, 999999)
    headers = [f"Authorization: {_token(rng, 32)}"]
    return _http(
        "POST", f"/api/v1/clients/{client}/shipments", "chitchats.com", headers, _json(body)
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "canpar_shipment": canpar_shipment,
    "helcim_customer": helcim_customer,
    "shopify_company_location": shopify_company_location,
    "chitchats_shipment": chitchats_shipment,
}
# how many copies of the number each layout writes
COPIES = {
    "canpar_shipment": 2,
    "helcim_customer": 2,
    "shopify_company_location": 2,
    "chitchats_shipment": 1,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of the list's is)."""
    return value.startswith("+")


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
