"""held_out_238 of the PII evaluation set: real phone fields of a register no earlier part used
(Spain's municipal councils, ayuntamientos, in the Ministerio de Hacienda's Base de Datos General
de Entidades Locales; Spain's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names and INE codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of ES (Catalonia's and Madrid's schools, GISCO's hospitals,
Castilla y León's libraries, Galicia's schools, the CGPJ's courts) and many other countries;
here:

* the values are the ``tel`` fields of 400 ayuntamientos
  (``scripts/data/pii_es_bdgel_ayuntamientos.json``, written by
  ``scripts/es_bdgel_ayuntamientos_data.py``; source and licence in that file): Spanish numbers
  as the register writes them, nine digits run together (``945420027``; 397 fixed lines
  ``9...`` and 3 mobiles ``6...``, all distinct), each copy labelled;
* the text around them is the same row's real fields: the municipality's name as the register
  writes it (``Mierla (La)``, ``Laudio/Llodio``) and its INE code (``19-182``), with invented
  NIFs of the council (``P`` and the INE code, the control letter right) and of suppliers
  (``B``), postcodes of the province's range, declaration, shipment and account numbers,
  amounts, weights, dates and ids, unlabelled and scored;
* in layouts particular to Spain that no earlier part has, text in Spanish: AEAT Modelo 347
  annual declarations of operations with third parties as the fixed-width file of the tax
  agency's record layout (500 characters a record; the council as declarant, the number in
  positions 59-67 of the type 1 record, beside the contact's role, then type 2 records of
  invented suppliers), MRW's SAGEC ``TransmEnvio`` SOAP requests of a courier shipment to the
  council (``DatosEntrega`` with ``Telefono``, ``Observaciones`` repeating it), FacturaScripts
  REST API responses of the council as a customer (``/api/3/clientes/...``: ``telefono1`` and
  ``observaciones``, JSON as PHP's ``json_encode`` writes it, non-ASCII as ``\\u`` escapes and
  ``/`` as ``\\/``) and Quipu API JSON:API documents of the council as a contact
  (``data.attributes.phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_238.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_bdgel_ayuntamientos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_238.jsonl.gz"
SPLIT = "held_out_238"

LAYOUTS = ("aeat_347", "mrw_transmenvio", "facturascripts_cliente", "quipu_contact")
PHONE = "tel"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of a council (no real company is meant)
SUPPLIERS = (
    "SUMINISTROS ELECTRICOS DEL NORTE SL", "AGLOMERADOS Y ASFALTOS SL",
    "LIMPIEZAS INTEGRALES DEL VALLE SL", "PAPELERIA Y OFICINA CENTRO SL",
    "JARDINERIA LOS PINARES SL", "CONSTRUCCIONES HERMANOS ALONSO SL",
    "GASOLEOS Y CALEFACCION SL", "MANTENIMIENTO DE INSTALACIONES DEPORTIVAS SL",
    "SERVICIOS INFORMATICOS MUNICIPALES SL", "TRANSPORTES Y EXCAVACIONES DEL RIO SL",
)  # fmt: skip
CONCEPTS = (
    "Suministro de material de oficina", "Mantenimiento del alumbrado público",
    "Servicio de limpieza de edificios municipales", "Licencia anual de software de gestión",
    "Reparación de caminos rurales",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.date:
    """An invented day of 2025."""
    return dt.date(2025, 1, 2) + dt.timedelta(days=rng.randint(0, 360))


def _control(digits: str) -> int:
    """The control digit of a CIF-style NIF's seven digits."""
    total = 0
    for i, c in enumerate(digits):
        d = int(c)
        total += d if i % 2 else sum(divmod(2 * d, 10))
    return (10 - total % 10) % 10


def nif(row: dict[str, Any]) -> str:
    """An invented NIF of the council: ``P``, the INE code's five digits, ``00`` and the control
    letter (``P0100100G``)."""
    digits = _f(row, "ine").replace("-", "") + "00"
    return f"P{digits}{'JABCDEFGHI'[_control(digits)]}"


def _supplier_nif(rng: random.Random) -> str:
    """An invented NIF of a limited company (``B``, seven digits and the control digit)."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return f"B{digits}{_control(digits)}"


def postcode(row: dict[str, Any], rng: random.Random) -> str:
    """An invented postcode of the province's range (its first two digits are the INE
    province's)."""
    return f"{_f(row, 'ine')[:2]}{rng.randint(1, 499):03d}"


def council(row: dict[str, Any]) -> str:
    """The council's name: ``Ayuntamiento de`` and the municipality as the register writes it."""
    return f"Ayuntamiento de {_f(row, 'name')}"


def _aeat(text: str) -> str:
    """``text`` as the tax agency's files write names: capitals, no accents (``Ñ`` and ``Ç``
    kept)."""
    out = []
    for c in text.upper():
        if c in "ÑÇ":
            out.append(c)
        else:
            out.append(
                "".join(k for k in unicodedata.normalize("NFD", c) if not unicodedata.combining(k))
            )
    return "".join(out)


def _alpha(text: str, width: int) -> str:
    return _aeat(text)[:width].ljust(width)


def _amount(cents: int, width: int = 15) -> str:
    """A sign position and an amount in cents, zero-padded (``' 000000001234567'``)."""
    return " " + str(cents).zfill(width)


def aeat_347(row: dict[str, Any], rng: random.Random) -> str:
    """An AEAT Modelo 347 file (declaración anual de operaciones con terceras personas) of the
    council as declarant, in the agency's fixed-width record layout, 500 characters a record:
    the type 1 record (``1347``, the year, the council's NIF and name, ``T``, the contact's
    number in positions 59-67 and role in 68-107, an invented declaration number, the count of
    declared parties and the total), then one type 2 record per invented supplier (its NIF and
    name, ``D``, the province, key ``A``, the annual amount and the four quarters')."""
    tel, year = phone(row), 2024
    count = rng.randint(2, 4)
    parties = rng.sample(SUPPLIERS, count)
    amounts = [rng.randint(350_000, 9_000_000) for _ in parties]
    declarant = nif(row)
    head = (
        f"1347{year}{declarant}{_alpha(council(row), 40)}T{tel}"
        f"{_alpha('SECRETARIA INTERVENCION', 40)}"
        f"347{rng.randint(10**9, 10**10 - 1)}"
        "  " + "0" * 13 + str(count).zfill(9) + _amount(sum(amounts)) + "0" * 9 + _amount(0)
    )
    records = [head.ljust(500)]
    for party, total in zip(parties, amounts, strict=True):
        quarters = [total // 4] * 3 + [total - 3 * (total // 4)]
        body = (
            f"2347{year}{declarant}{_supplier_nif(rng)}{' ' * 9}{_alpha(party, 40)}D"
            f"{_f(row, 'ine')[:2]}   A{_amount(total)}  "
            + _amount(0)
            + _amount(0)
            + "0000"
            + "".join(_amount(q) + _amount(0) for q in quarters)
        )
        records.append(body.ljust(500))
    return "\r\n".join(records) + "\r\n"


def mrw_transmenvio(row: dict[str, Any], rng: random.Random) -> str:
    """A SOAP 1.1 request of MRW's SAGEC web service, ``TransmEnvio``, of a parcel to the
    council: ``AuthInfo`` with invented franchise, subscriber and user codes; ``DatosEntrega``
    with the town hall's address (``Casa Consistorial``, an invented postcode of the province,
    the municipality as ``Poblacion``), the council's NIF, name and ``Telefono``, the registry
    as contact and ``Observaciones`` repeating the number; ``DatosServicio`` with the date, an
    invented reference, service, parcels and weight."""
    tel, name = phone(row), _f(row, "name")
    when = _when(rng)
    franchise = f"{rng.randint(1000, 9999):05d}"
    service = rng.choice(("0200", "0205", "0800"))
    ref = f"PED-{when.year}-{rng.randint(100, 9999):04d}"
    note = rng.choice(
        (
            f"Entregar en el Registro General en horario de oficina. Avisar al {tel} "
            "antes de la entrega.",
            f"Si no hay nadie en el registro, llamar al {tel}.",
        )
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:mrw="http://www.mrw.es/">',
        "  <soap:Header>",
        "    <mrw:AuthInfo>",
        f"      <mrw:CodigoFranquicia>{franchise}</mrw:CodigoFranquicia>",
        f"      <mrw:CodigoAbonado>{rng.randint(1, 999999):06d}</mrw:CodigoAbonado>",
        "      <mrw:CodigoDepartamento></mrw:CodigoDepartamento>",
        f"      <mrw:UserName>SGC{franchise}SUMIN</mrw:UserName>",
        "      <mrw:Password>********</mrw:Password>",
        "    </mrw:AuthInfo>",
        "  </soap:Header>",
        "  <soap:Body>",
        "    <mrw:TransmEnvio>",
        "      <mrw:request>",
        "        <mrw:DatosEntrega>",
        "          <mrw:Direccion>",
        "            <mrw:CodigoTipoVia>PZ</mrw:CodigoTipoVia>",
        "            <mrw:Via>Casa Consistorial</mrw:Via>",
        "            <mrw:Numero>S/N</mrw:Numero>",
        f"            <mrw:CodigoPostal>{postcode(row, rng)}</mrw:CodigoPostal>",
        f"            <mrw:Poblacion>{escape(name)}</mrw:Poblacion>",
        "            <mrw:CodigoPais>ESP</mrw:CodigoPais>",
        "          </mrw:Direccion>",
        f"          <mrw:Nif>{nif(row)}</mrw:Nif>",
        f"          <mrw:Nombre>{escape(council(row))}</mrw:Nombre>",
        f"          <mrw:Telefono>{tel}</mrw:Telefono>",
        "          <mrw:Contacto>Registro General</mrw:Contacto>",
        "          <mrw:ALaAtencionDe>Secretaría</mrw:ALaAtencionDe>",
        f"          <mrw:Observaciones>{escape(note)}</mrw:Observaciones>",
        "        </mrw:DatosEntrega>",
        "        <mrw:DatosServicio>",
        f"          <mrw:Fecha>{when:%d/%m/%Y}</mrw:Fecha>",
        f"          <mrw:Referencia>{ref}</mrw:Referencia>",
        "          <mrw:EnFranquicia>N</mrw:EnFranquicia>",
        f"          <mrw:CodigoServicio>{service}</mrw:CodigoServicio>",
        f"          <mrw:NumeroBultos>{rng.randint(1, 4)}</mrw:NumeroBultos>",
        f"          <mrw:Peso>{rng.randint(1, 25)}</mrw:Peso>",
        "          <mrw:Reembolso>N</mrw:Reembolso>",
        "        </mrw:DatosServicio>",
        "      </mrw:request>",
        "    </mrw:TransmEnvio>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def _php_json(value: Any) -> str:
    """``value`` as PHP's ``json_encode`` writes it by default: compact, non-ASCII as ``\\u``
    escapes, ``/`` as ``\\/``."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def facturascripts_cliente(row: dict[str, Any], rng: random.Random) -> str:
    """A FacturaScripts REST API response (``GET /api/3/clientes/{codcliente}``) of the council
    as a customer: an invented customer code, its name and corporate name, its NIF as ``CIF``,
    ``telefono1`` with the number, empty ``telefono2``, ``fax``, ``email`` and ``web``, an
    invented registration date, payment and series codes, an invented ledger sub-account and
    ``observaciones`` repeating the number."""
    tel = phone(row)
    when = _when(rng)
    code = str(rng.randint(100, 9999))
    doc = {
        "cifnif": nif(row),
        "codagente": None,
        "codcliente": code,
        "codgrupo": None,
        "codpago": rng.choice(("TRANS", "DOMIC")),
        "codretencion": None,
        "codserie": "A",
        "codsubcuenta": f"430{int(code):07d}",
        "debaja": False,
        "diaspago": None,
        "email": "",
        "fax": "",
        "fechaalta": f"{when:%d-%m-%Y}",
        "fechabaja": None,
        "idcontactoenv": int(code) + 1,
        "idcontactofact": int(code) + 1,
        "langcode": "es_ES",
        "nombre": council(row),
        "observaciones": f"Administración pública: facturas por FACe. Registro General: {tel}.",
        "personafisica": False,
        "razonsocial": _aeat(council(row)),
        "regimeniva": "General",
        "riesgoalcanzado": round(rng.randint(0, 900_000) / 100, 2),
        "riesgomax": None,
        "telefono1": tel,
        "telefono2": "",
        "tipoidfiscal": "CIF",
        "web": "",
    }
    return _php_json(doc)


def quipu_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Quipu API JSON:API document of the council as a contact (``GET /contacts/{id}``): an
    invented id, ``attributes`` with the name, NIF as ``tax_id``, ``phone``, no e-mail, the town
    hall's address, the municipality as ``town``, an invented postcode of the province and
    ``ES``, and the record's ``self`` link."""
    ident = str(rng.randint(1_000_000, 9_999_999))
    doc = {
        "data": {
            "id": ident,
            "type": "contacts",
            "attributes": {
                "name": council(row),
                "tax_id": nif(row),
                "phone": phone(row),
                "email": None,
                "address": "Casa Consistorial, s/n",
                "town": _f(row, "name"),
                "zip_code": postcode(row, rng),
                "country_code": "ES",
                "is_supplier_of_direct_goods": False,
            },
            "links": {"self": f"https://getquipu.com/contacts/{ident}"},
        }
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "aeat_347": aeat_347,
    "mrw_transmenvio": mrw_transmenvio,
    "facturascripts_cliente": facturascripts_cliente,
    "quipu_contact": quipu_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
