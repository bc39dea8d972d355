"""held_out_237 of the PII evaluation set: real phone fields of a register no earlier part used
(France: the hospitals and other health establishments of the FINESS register as Eurostat GISCO
re-publishes them; France's earlier parts took other registers) exactly as published, in layouts
no earlier part has, beside the register's own names, addresses and identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
French numbers from the COVID-19 testing sites, farm shops, service-public.fr's offices, the
Annuaire de l'éducation, Montpellier's associations, the Musées de France and the France services
counters; here:

* the values are the ``tel`` fields of 600 establishments, a seeded sample of the 4,810 with a
  number (``scripts/data/pii_fr_finess_hospitals.json``, written by
  ``scripts/fr_finess_hospitals_data.py``; source and licence in that file): French numbers as
  the GISCO file gives them, nine digits in one run whose trunk ``0`` was lost
  (``474454647``), each copy labelled;
* the text around them is the same row's real fields: the name and site, street, house number,
  postcode (``01440``), city, FINESS category, public or private status, coordinates and the
  FINESS number as published (``10000024``, eight or nine digits: an identifier, unlabelled),
  with invented request ids, account numbers, parcel weights, dates, sample and tender numbers,
  unlabelled and scored;
* in layouts no earlier part has, French ones of the health and public-purchasing fields, text
  in French: HPRIM Santé 2.2 result messages of the establishment's laboratory (the number in
  the header's sender telephone field and in a comment record), BOAMP open-data notice records
  of a tender the establishment publishes (the number in the buyer's ``IDENTITE`` ``TEL`` and in
  the further-information text of the ``donnees`` JSON string), Chronopost ShippingServiceWS
  ``shippingMultiParcelV5`` SOAP requests (the establishment as shipper and as customer, each
  with its phone) and Mondial Relay ``WSI2_CreationExpedition`` SOAP requests (the
  establishment as sender, ``Expe_Tel1``, and in the ``Texte`` instruction).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_237.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_finess_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_237.jsonl.gz"
SPLIT = "held_out_237"

LAYOUTS = ("hprim_sante", "boamp_notice", "chronopost_soap", "mondial_relay_soap")
PHONE = "tel"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented objects of the establishments' tenders and shipments (no real tender is meant)
PURCHASES = (
    "Fourniture de consommables de laboratoire", "Maintenance des équipements biomédicaux",
    "Fourniture de produits d'entretien", "Prestations de blanchisserie",
    "Fourniture de denrées alimentaires", "Maintenance des ascenseurs",
    "Fourniture de dispositifs médicaux stériles", "Prestations de nettoyage des locaux",
)  # fmt: skip
SUPPLIERS = (
    ("BIOLAB DIAGNOSTICS", "12 RUE DES SAULES", "69007", "LYON"),
    ("MEDIFOURNITURES SAS", "4 AVENUE DU GENERAL LECLERC", "94700", "MAISONS ALFORT"),
    ("LABO CONTROLE QUALITE", "27 BOULEVARD DE LA LIBERTE", "59800", "LILLE"),
    ("SERVICE APRES VENTE BIOMED", "3 ALLEE DES CHENES", "33700", "MERIGNAC"),
    ("REPARATION MATERIEL MEDICAL", "8 RUE DE L'INDUSTRIE", "67400", "ILLKIRCH GRAFFENSTADEN"),
)  # fmt: skip
ANALYSES = (
    ("GLU", "Glucose", "g/L", "0.70-1.10"), ("CREA", "Créatinine", "µmol/L", "45-104"),
    ("HB", "Hémoglobine", "g/dL", "12.0-17.0"), ("NA", "Sodium", "mmol/L", "136-145"),
    ("K", "Potassium", "mmol/L", "3.5-5.1"), ("CRP", "Protéine C réactive", "mg/L", "0-5"),
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


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Paris time, no zone written)."""
    return dt.datetime(2024, 1, 8, 7, 0) + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _street(row: dict[str, Any]) -> str:
    """The house number and street (``900 ROUTE DE PARIS``), as far as the row gives them."""
    return " ".join(v for v in (_f(row, "house_number"), _f(row, "street")) if v)


def _name(row: dict[str, Any]) -> str:
    """The establishment's name, its site after a dash where the row names one."""
    site = _f(row, "site_name")
    return f"{_f(row, 'hospital_name')} - {site}" if site else _f(row, "hospital_name")


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _h(value: str) -> str:
    """``value`` in an HPRIM field: the delimiters ``|``, ``^``, ``~``, ``\\`` and ``&`` it
    must not hold replaced by a blank."""
    return "".join(" " if c in "|^~\\&" else c for c in value)


def hprim_sante(row: dict[str, Any], rng: random.Random) -> str:
    """An HPRIM Santé 2.2 result message (``ORU``) of the establishment's laboratory, records
    ended by CR LF: the header ``H`` (delimiters ``~^\\&``, the file name, the sender as its
    FINESS number and name, its address components, the message type, the sender's telephone,
    the receiver, the processing mode ``P``, the version ``H2.2^C`` and the time), an internal
    quality-control sample as ``P`` record (no patient), an ``OBR`` request with an invented
    sample number, ``OBX`` results, a ``C`` comment record naming the number and the ``L``
    end record."""
    name, tel = _h(_name(row)), phone(row)
    when = _when(rng)
    sample = f"{when:%y%m%d}{rng.randint(1000, 9999)}"
    address = "^".join(
        _h(v) for v in (_street(row), "", _f(row, "city"), "", _f(row, "postcode"), "FR")
    )
    lines = [
        f"H|~^\\&|RES{when:%m%d}{rng.randint(10, 99)}.HPR||{_f(row, 'id')}^LABO {name}|"
        f"{address}|ORU|{tel}||SIH^DOSSIER PATIENT||P|H2.2^C|{when:%Y%m%d%H%M}",
        f"P|1||CQ{rng.randint(100000, 999999)}||CONTROLE^QUALITE INTERNE NIVEAU "
        f"{rng.randint(1, 3)}|||U",
        f"OBR|1||{sample}|{'~'.join(f'{c}^{lib}' for c, lib, *_ in ANALYSES[:3])}|||"
        f"{when:%Y%m%d%H%M}",
    ]
    for i, (code, label, unit, ref) in enumerate(rng.sample(ANALYSES, 3), 1):
        low, high = (float(v) for v in ref.split("-"))
        value = round(rng.uniform(low, high), 2 if high < 20 else 1)
        lines.append(f"OBX|{i}|NM|{code}^{label}||{value}|{unit}|{ref}|N|||F")
    lines += [
        f"C|1|L|Laboratoire de biologie {name}, {_h(_f(row, 'postcode'))} "
        f"{_h(_f(row, 'city'))} - renseignements au {tel}|G",
        "L|1|||1",
        "",
    ]
    return "\r\n".join(lines)


def boamp_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A record of the BOAMP's open-data notices (DILA, Bulletin officiel des annonces des
    marchés publics, the ``boamp`` data set's API v2.1 ``results``): the notice's ``idweb``,
    object, buyer, publication and deadline dates, family, market type, department and the
    ``donnees`` field, the notice itself as a JSON string whose ``IDENTITE`` gives the buyer's
    name, address, postcode, city and ``TEL``, with a further-information text repeating the
    number."""
    name, tel = _name(row), phone(row)
    when = _when(rng)
    idweb = f"{when:%y}-{rng.randint(10000, 99999)}"
    purchase = rng.choice(PURCHASES)
    department = _f(row, "postcode")[:2]
    deadline = when + dt.timedelta(days=rng.randint(30, 52))
    donnees = {
        "IDENTITE": {
            "DENOMINATION": name,
            "ADRESSE": _street(row),
            "CP": _f(row, "postcode"),
            "VILLE": _f(row, "city"),
            "TEL": tel,
        },
        "OBJET": {
            "TITRE_MARCHE": purchase,
            "CPV": {"PRINCIPAL": rng.choice(("33696500", "50421000", "39830000", "98310000"))},
            "LIEU_EXEC_LIVR": f"{_f(row, 'postcode')} {_f(row, 'city')}",
        },
        "PROCEDURES": {"TYPE_PROCEDURE": "Procédure adaptée"},
        "RENSEIGNEMENTS_COMPLEMENTAIRES": "Les renseignements d'ordre administratif peuvent "
        f"être obtenus auprès du service des achats de l'établissement ({_f(row, 'facility_type')}"
        f"), tél. {tel}. Coordonnées du site : {_f(row, 'lat')}, {_f(row, 'lon')}.",
        "DELAI": {"RECEPT_OFFRES": f"{deadline:%Y-%m-%dT12:00:00}"},
    }
    record = {
        "idweb": idweb,
        "id": f"{idweb}_{rng.randint(100000, 999999)}",
        "objet": purchase,
        "nomacheteur": name,
        "famille": "FNS",
        "famille_libelle": "Avis de marchés",
        "dateparution": f"{when:%Y-%m-%d}",
        "datelimitereponse": f"{deadline:%Y-%m-%dT12:00:00+01:00}",
        "type_marche": ["SERVICES" if purchase.startswith(("Maint", "Prest")) else "FOURNITURES"],
        "code_departement": [department],
        "nature_libelle": "Avis de marché",
        "procedure_libelle": "Procédure adaptée",
        "donnees": json.dumps(donnees, ensure_ascii=False),
    }
    return json.dumps({"total_count": 1, "results": [record]}, ensure_ascii=False, indent=2)


def _supplier(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(SUPPLIERS)


def chronopost_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A Chronopost ShippingServiceWS ``shippingMultiParcelV5`` SOAP request: the header with
    an invented account number, the establishment as shipper (``shipperPhone``) and as customer
    (``customerPhone``), an invented supplier as recipient with no phone, the references, one
    skybill (product ``01``, weight in kilograms, the shipping date and hour) and the PDF label
    mode."""
    name, tel = _x(_name(row)), phone(row)
    when = _when(rng)
    account = str(rng.randint(10000000, 19999999))
    sup, sup_street, sup_cp, sup_city = _supplier(rng)
    street, cp, city = _x(_street(row)), _f(row, "postcode"), _x(_f(row, "city"))
    ref = f"RET-{_f(row, 'id')}-{rng.randint(100, 999)}"

    def party(role: str) -> list[str]:
        return [
            f"      <{role}Value>",
            f"        <{role}Adress1>{street}</{role}Adress1>",
            f"        <{role}Adress2></{role}Adress2>",
            f"        <{role}City>{city}</{role}City>",
            f"        <{role}Civility>M</{role}Civility>",
            f"        <{role}ContactName>Service logistique</{role}ContactName>",
            f"        <{role}Country>FR</{role}Country>",
            f"        <{role}CountryName>FRANCE</{role}CountryName>",
            f"        <{role}Name>{name[:100]}</{role}Name>",
            f"        <{role}Phone>{tel}</{role}Phone>",
            f"        <{role}PreAlert>0</{role}PreAlert>",
            f"        <{role}ZipCode>{cp}</{role}ZipCode>",
            f"      </{role}Value>",
        ]

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:cxf="http://cxf.shipping.soap.chronopost.fr/">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        "    <cxf:shippingMultiParcelV5>",
        "      <headerValue>",
        f"        <accountNumber>{account}</accountNumber>",
        "        <idEmit>CHRFR</idEmit>",
        "        <identWebPro></identWebPro>",
        "        <subAccount></subAccount>",
        "      </headerValue>",
        *party("shipper"),
        *party("customer"),
        "      <recipientValue>",
        f"        <recipientAdress1>{_x(sup_street)}</recipientAdress1>",
        f"        <recipientCity>{_x(sup_city)}</recipientCity>",
        "        <recipientCountry>FR</recipientCountry>",
        f"        <recipientName>{_x(sup)}</recipientName>",
        "        <recipientPreAlert>0</recipientPreAlert>",
        f"        <recipientZipCode>{sup_cp}</recipientZipCode>",
        "      </recipientValue>",
        "      <refValue>",
        f"        <customerSkybillNumber>{ref}</customerSkybillNumber>",
        f"        <shipperRef>{ref}</shipperRef>",
        "      </refValue>",
        "      <skybillValue>",
        "        <evtCode>DC</evtCode>",
        "        <objectType>MAR</objectType>",
        "        <productCode>01</productCode>",
        "        <service>0</service>",
        f"        <shipDate>{when:%Y-%m-%dT%H:%M:%S}</shipDate>",
        f"        <shipHour>{when.hour}</shipHour>",
        f"        <weight>{rng.randint(5, 250) / 10}</weight>",
        "        <weightUnit>KGM</weightUnit>",
        "      </skybillValue>",
        "      <skybillParamsValue>",
        "        <mode>PDF</mode>",
        "      </skybillParamsValue>",
        "      <password>255562</password>",
        "      <modeRetour>2</modeRetour>",
        "      <numberOfParcel>1</numberOfParcel>",
        "      <version>2.0</version>",
        "      <multiParcel>N</multiParcel>",
        "    </cxf:shippingMultiParcelV5>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
        "",
    ]
    return "\n".join(lines)


def mondial_relay_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A Mondial Relay ``WSI2_CreationExpedition`` SOAP request: an invented brand code and
    file number, the establishment as sender (``Expe_Ad1`` to ``Expe_Ad3``, ``Expe_Ville``,
    ``Expe_CP``, ``Expe_Tel1``), an invented supplier as home-delivery recipient with no
    phone, the weight in grams, one parcel, no cash on delivery, the ``Texte`` instruction
    repeating the number and the upper-case MD5 ``Security`` key."""
    name, tel = _name(row), phone(row)
    brand = f"BDTEST{rng.randint(10, 99)}"
    file_no = f"{_f(row, 'id')}{rng.randint(10, 99)}"
    sup, sup_street, sup_cp, sup_city = _supplier(rng)
    text = f"Retour materiel - contacter le standard au {tel}"
    fields = [
        ("Enseigne", brand), ("ModeCol", "CCC"), ("ModeLiv", "HOM"), ("NDossier", file_no),
        ("NClient", "HOPITAL"), ("Expe_Langage", "FR"), ("Expe_Ad1", name[:32]),
        ("Expe_Ad2", "Service logistique"), ("Expe_Ad3", _street(row)[:32]),
        ("Expe_Ville", _f(row, "city")[:26]), ("Expe_CP", _f(row, "postcode")),
        ("Expe_Pays", "FR"), ("Expe_Tel1", tel), ("Dest_Langage", "FR"), ("Dest_Ad1", sup),
        ("Dest_Ad3", sup_street), ("Dest_Ville", sup_city), ("Dest_CP", sup_cp),
        ("Dest_Pays", "FR"), ("Poids", str(rng.randint(200, 25000))), ("NbColis", "1"),
        ("CRT_Valeur", "0"), ("Texte", text),
    ]  # fmt: skip
    key = "".join(value for _, value in fields) + "PrivateK"
    security = hashlib.md5(key.encode("utf-8")).hexdigest().upper()
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <WSI2_CreationExpedition xmlns="http://www.mondialrelay.fr/webservice/">',
        *(f"      <{key}>{_x(value)}</{key}>" for key, value in fields),
        f"      <Security>{security}</Security>",
        "    </WSI2_CreationExpedition>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hprim_sante": hprim_sante,
    "boamp_notice": boamp_notice,
    "chronopost_soap": chronopost_soap,
    "mondial_relay_soap": mondial_relay_soap,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code (none of this register's do)."""
    return value.startswith("+")


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
