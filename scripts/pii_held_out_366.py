"""held_out_366 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ayuntamiento de Madrid's open-data list of medical care centres, Centros
de atención médica; Spain's earlier parts took XTEC's, the Comunidad de Madrid's and Galicia's
schools, GISCO's hospitals, Castilla y León's libraries, restaurants and museums, the CGPJ's
courts, the BDGEL's councils, the Ayuntamiento de Madrid's elderly centres and registered
entities, Tenerife's centres, Euskadi's restaurants and Madrid's hotels) exactly as published,
in layouts no earlier part has, beside the list's own names, streets, postcodes, districts and
record ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TELEFONO`` of 252 centres, their ``FAX`` where the list gives one and
  their ``EMAIL`` where it holds one well-formed address
  (``scripts/data/pii_es_madrid_atencion_medica.json``, written by
  ``scripts/es_madrid_atencion_medica_data.py``; source and licence in that file): Spanish
  numbers as the city writes them, nine digits in groups of three (``915 886 186``), fields of
  two or three numbers joined by `` / `` or ``y`` after a word (``CITACIONES: 917 791 312 / 913
  807 910``) or with the line's use in brackets (``915 867 307 (Información)``), and the desks'
  mailboxes (``cadlatina@madrid.es``); each number of each copy labelled on its own, the words
  around them not; the three fields whose numbers stand on two lines are written with `` / ``
  between the lines, the separator the list uses elsewhere (the numbers unchanged);
* the text around them is the same row's real fields: the centre's name, street
  (``PASEO CHOPERA 12``), postcode (``28045``), neighbourhood and district, the
  city's record id (``PK``, ``11867``) and the kind of centre, with invented record ids, UUIDs,
  CIF-shaped tax ids, account and partner numbers, colours, dates and times, unlabelled and
  scored (the list's hours, services and descriptions are not written: two of them hold a
  centre's number);
* in layouts no earlier part has, formats of health-care and business software in use in
  Spain, text in Spanish: GNU Health JSON-RPC answers (the hospital information system of GNU
  Solidario, on Tryton: ``model.party.contact_mechanism.search_read`` of the centre's party,
  its ``phone``, ``fax`` and ``email`` mechanisms with ``party.`` read through), OpenEMR
  standard REST API answers (``GET /apis/default/api/facility/:fuuid``: ``validationErrors``,
  ``internalErrors`` and the facility's ``data``, ``phone``, ``fax``, ``email`` and an ``info``
  note repeating the number), vtiger CRM web-service ``retrieve`` answers (an ``Accounts``
  record of a medical-supplies distributor's CRM: ``phone``, ``otherphone``, ``fax``,
  ``email1``, ``bill_*`` and ``ship_*`` address, a ``description`` repeating the number) and
  iDempiere REST API answers (``GET /api/v1/models/c_bpartner/{id}?$expand=
  C_BPartner_Location,AD_User``: the centre as business partner with its location's ``Phone``,
  ``Phone2`` and ``Fax`` and a contact's ``EMail``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_366.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_atencion_medica.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_366.jsonl.gz"
SPLIT = "held_out_366"

LAYOUTS = ("gnuhealth_jsonrpc", "openemr_facility", "vtiger_account", "idempiere_bpartner")
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CET = dt.timezone(dt.timedelta(hours=1))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the kinds of centre, by the last part of the list's ``TIPO`` path
KINDS = {
    "CentrosSalud": "Centro de salud",
    "HospitalesClinicasSanatorios": "Hospital, clínica o sanatorio",
    "CentrosSaludMental": "Centro de salud mental",
    "CentrosPrevencionEnfermedades": "Centro de prevención",
    "CentrosEspecialidadesMedicas": "Centro de especialidades",
    "CentrosAsistenciaDrogodependientes": "Centro de atención a las adicciones",
    "OtrosCentrosMedicos": "Otro centro médico",
    "CentrosRehabilitacionPsicosocial": "Centro de rehabilitación psicosocial",
}
# invented reasons of the distributor's account and of the notes (no real order is meant)
SUPPLIES = (
    "material de curas y apósitos", "guantes de nitrilo y mascarillas",
    "reactivos de laboratorio", "material de vacunación", "mobiliario clínico",
    "consumibles de esterilización",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _lines(value: str) -> str:
    """A field whose numbers stand on two lines written on one, the lines joined by `` / ``
    (each line stripped; the numbers unchanged)."""
    return " / ".join(line.strip() for line in value.splitlines() if line.strip())


def phone(row: dict[str, Any]) -> str:
    """The centre's phone field as published (``_lines``)."""
    return _lines(_f(row, PHONE))


def fax(row: dict[str, Any]) -> str:
    """The centre's fax field as published, where it holds a number (else "")."""
    value = _lines(_f(row, FAX))
    return value if sum(c.isdigit() for c in value) >= 7 else ""


def email(row: dict[str, Any]) -> str:
    """The centre's mailbox where the field holds one well-formed address, else "" (one field
    holds a path of the city's web site, one an address with a blank inside)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone field, fax field and mailbox, in that order (a fax
    number that the phone field also holds is the phone field's where it stands inside it)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, fax field and mailbox
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def kind(row: dict[str, Any]) -> str:
    """The kind of centre, in Spanish, by the list's ``TIPO`` path."""
    return KINDS.get(_f(row, "TIPO").rsplit("/", 1)[-1], "Centro médico")


def street(row: dict[str, Any]) -> str:
    """The street as the list gives it in its parts (``PASEO CHOPERA 12``)."""
    parts = (_f(row, "CLASE-VIAL"), _f(row, "NOMBRE-VIA"), _f(row, "NUM"))
    return " ".join(p for p in parts if p)


def town(row: dict[str, Any]) -> str:
    """The locality, ``MADRID``, as the list writes it in capitals, in title case."""
    return _f(row, "LOCALIDAD").title() or "Madrid"


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, postcode and town."""
    postcode = _f(row, "CODIGO-POSTAL")
    return f"{street(row)}, {postcode} {town(row)}" if postcode else f"{street(row)}, {town(row)}"


def district(row: dict[str, Any]) -> str:
    """The neighbourhood and district (``PROSPERIDAD, CHAMARTIN``), where the list gives them."""
    return ", ".join(p for p in (_f(row, "BARRIO"), _f(row, "DISTRITO")) if p)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=CET)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cif(rng: random.Random, letter: str) -> str:
    """An invented CIF-shaped tax id: a letter, seven digits of which the first two are a
    province's (28, Madrid), and its control character (a letter for ``Q``/``S``, a digit
    otherwise), by the CIF's rule."""
    body = f"28{rng.randint(0, 99999):05d}"
    odd = sum(sum(divmod(int(d) * 2, 10)) for d in body[0::2])
    even = sum(int(d) for d in body[1::2])
    check = (10 - (odd + even) % 10) % 10
    return f"{letter}{body}{'JABCDEFGHI'[check] if letter in 'QS' else check}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _tel_note(row: dict[str, Any]) -> str:
    """A Spanish sentence repeating the centre's phone field."""
    return f"Atención telefónica del centro: {phone(row)}."


def gnuhealth_jsonrpc(row: dict[str, Any], rng: random.Random) -> str:
    """A GNU Health (Tryton) JSON-RPC answer to ``model.party.contact_mechanism.search_read``
    for the centre's party (``is_institution``): ``id`` of the call and ``result``, one record
    per mechanism, ``phone`` (the phone field, its ``comment`` the centre's kind and address),
    ``fax`` and ``email`` where the centre has them, each with ``type``, ``value``, ``name``,
    ``sequence``, ``active`` and the party read through (``party.``: its id, ``rec_name`` the
    centre's name, ``code`` an invented party code)."""
    party = {"id": rng.randint(20, 4000), "rec_name": _f(row, "NOMBRE"),
             "code": f"INST{rng.randint(100, 9999):04d}"}  # fmt: skip
    mechanisms = [("phone", phone(row), "Centralita",
                   f"{kind(row)}. {place(row)} ({district(row)})")]  # fmt: skip
    if fax(row):
        mechanisms.append(("fax", fax(row), "Fax", ""))
    if email(row):
        mechanisms.append(("email", email(row), "Correo del centro", ""))
    first = rng.randint(100, 90000)
    result = [
        {
            "id": first + i,
            "type": kind_,
            "value": value,
            "name": name,
            "comment": comment,
            "sequence": 10 * (i + 1),
            "active": True,
            "party": party["id"],
            "party.": party,
        }
        for i, (kind_, value, name, comment) in enumerate(mechanisms)
    ]
    return _json({"id": rng.randint(1, 999), "result": result})


def openemr_facility(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenEMR standard REST API answer (``GET /apis/default/api/facility/:fuuid``):
    ``validationErrors`` and ``internalErrors`` empty and the facility's ``data`` (an invented
    id and UUID, the centre's name, ``phone``, ``fax``, ``street``, ``city``, ``state``
    ``Madrid``, ``postal_code``, ``country_code`` ``ES``, an invented CIF-shaped
    ``federal_ein``, ``email``, service and billing flags, ``pos_code``, ``color``, the list's
    record id as ``facility_code`` and an ``info`` note with the kind, district and the phone
    field again)."""
    fid = rng.randint(3, 400)
    facility = {
        "id": str(fid),
        "uuid": _uuid(rng),
        "name": _f(row, "NOMBRE"),
        "phone": phone(row),
        "fax": fax(row),
        "street": street(row),
        "city": town(row),
        "state": "Madrid",
        "postal_code": _f(row, "CODIGO-POSTAL"),
        "country_code": "ES",
        "federal_ein": _cif(rng, rng.choice("QSG")),
        "website": "",
        "email": email(row),
        "service_location": "1",
        "billing_location": "0",
        "accepts_assignment": "0",
        "pos_code": rng.choice(("11", "19", "22", "49")),
        "domain_identifier": "",
        "attn": "",
        "tax_id_type": "",
        "color": f"#{rng.randint(0, 0xFFFFFF):06X}",
        "primary_business_entity": "0",
        "facility_npi": "",
        "facility_taxonomy": "",
        "facility_code": _f(row, "PK"),
        "mail_street": "",
        "mail_street2": "",
        "mail_city": "",
        "mail_state": "",
        "mail_zip": "",
        "oid": "",
        "info": f"{kind(row)} ({district(row)}). {_tel_note(row)}",
    }
    return _json({"validationErrors": [], "internalErrors": [], "data": facility})


def vtiger_account(row: dict[str, Any], rng: random.Random) -> str:
    """A vtiger CRM web-service answer to ``retrieve`` of an ``Accounts`` record (a medical
    supplies distributor's CRM): ``success`` and ``result``, the centre as ``accountname``
    with an invented ``account_no``, its phone field as ``phone``, ``otherphone`` empty, its
    fax and mailbox as ``fax`` and ``email1``, ``industry`` and ``accounttype``, the billing
    and shipping address (``bill_street``, ``bill_code``, ``bill_city``...), the list's record
    id as ``siccode``, a ``description`` naming the supplies and repeating the phone field,
    invented owner, ids and times."""
    when = _when(rng)
    later = when + dt.timedelta(days=rng.randint(1, 90), minutes=rng.randint(0, 600))
    addr = {"street": street(row), "pobox": "", "city": town(row), "state": "Madrid",
            "code": _f(row, "CODIGO-POSTAL"), "country": "España"}  # fmt: skip
    result = {
        "accountname": _f(row, "NOMBRE"),
        "account_no": f"ACC{rng.randint(100, 99999)}",
        "website": "",
        "phone": phone(row),
        "tickersymbol": "",
        "fax": fax(row),
        "account_id": "",
        "otherphone": "",
        "employees": "0",
        "email1": email(row),
        "email2": "",
        "ownership": "",
        "industry": "Healthcare",
        "rating": "",
        "accounttype": "Customer",
        "siccode": _f(row, "PK"),
        "emailoptout": "0",
        "annual_revenue": "0.00000000",
        "assigned_user_id": f"19x{rng.randint(1, 40)}",
        "notify_owner": "0",
        "createdtime": f"{when:%Y-%m-%d %H:%M:%S}",
        "modifiedtime": f"{later:%Y-%m-%d %H:%M:%S}",
        "modifiedby": f"19x{rng.randint(1, 40)}",
        **{f"bill_{k}": v for k, v in addr.items()},
        **{f"ship_{k}": v for k, v in addr.items()},
        "description": f"{kind(row)}, {district(row)}. Suministro de {rng.choice(SUPPLIES)}. "
        f"Entregas de lunes a viernes; avisar antes en el {phone(row)}.",
        "isconvertedfromlead": "0",
        "source": "CRM",
        "starred": "0",
        "tags": "",
        "id": f"11x{rng.randint(100, 99999)}",
    }
    return _json({"success": True, "result": result})


def _ref(label: str, rid: Any, identifier: str, model: str) -> dict[str, Any]:
    """An iDempiere REST reference to another record."""
    return {"propertyLabel": label, "id": rid, "identifier": identifier, "model-name": model}


def idempiere_bpartner(row: dict[str, Any], rng: random.Random) -> str:
    """An iDempiere REST API answer (``GET /api/v1/models/c_bpartner/{id}?$expand=
    C_BPartner_Location,AD_User``): the centre as a customer business partner (invented id,
    UUID and ``Value``, ``Name``, ``Description`` its kind and district, tenant and
    organisation, group, ``IsCustomer``), one ``C_BPartner_Location`` (the centre's address as
    ``C_Location_ID`` and ``Name``, its phone field as ``Phone``, ``Phone2`` empty, its fax as
    ``Fax``) and, where the centre has a mailbox, one ``AD_User`` contact with it as
    ``EMail``."""
    bid = rng.randint(1000000, 1009999)
    client, org = (
        _ref("Tenant", 1000000, "Suministros", "ad_client"),
        _ref("Organization", 1000000, "Madrid", "ad_org"),
    )
    partner = _ref("Business Partner", bid, _f(row, "NOMBRE"), "c_bpartner")
    location = {
        "id": rng.randint(1000000, 1009999),
        "uid": _uuid(rng),
        "AD_Client_ID": client,
        "AD_Org_ID": org,
        "IsActive": True,
        "Name": place(row),
        "C_BPartner_ID": partner,
        "C_Location_ID": _ref("Address", rng.randint(1000000, 1009999), place(row), "c_location"),
        "Phone": phone(row),
        "Phone2": "",
        "Fax": fax(row),
        "IsShipTo": True,
        "IsBillTo": True,
        "IsPayFrom": True,
        "IsRemitTo": True,
        "model-name": "c_bpartner_location",
    }
    doc: dict[str, Any] = {
        "id": bid,
        "uid": _uuid(rng),
        "AD_Client_ID": client,
        "AD_Org_ID": org,
        "IsActive": True,
        "Value": f"CLI-{_f(row, 'PK')}",
        "Name": _f(row, "NOMBRE"),
        "Description": f"{kind(row)} ({district(row)})",
        "IsCustomer": True,
        "IsVendor": False,
        "IsEmployee": False,
        "C_BP_Group_ID": _ref(
            "Business Partner Group", 1000001, "Centros sanitarios", "c_bp_group"
        ),  # fmt: skip
        "SOCreditStatus": _ref("Credit Status", "O", "Credit OK", "ad_ref_list"),
        "TotalOpenBalance": round(rng.uniform(0, 9000), 2),
        "model-name": "c_bpartner",
        "C_BPartner_Location": [location],
    }
    if email(row):
        doc["AD_User"] = [
            {
                "id": rng.randint(1000000, 1009999),
                "uid": _uuid(rng),
                "AD_Client_ID": client,
                "AD_Org_ID": org,
                "IsActive": True,
                "Name": "Administración",
                "EMail": email(row),
                "C_BPartner_ID": partner,
                "NotificationType": _ref("Notification Type", "E", "EMail", "ad_ref_list"),
                "model-name": "ad_user",
            }
        ]
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gnuhealth_jsonrpc": gnuhealth_jsonrpc,
    "openemr_facility": openemr_facility,
    "vtiger_account": vtiger_account,
    "idempiere_bpartner": idempiere_bpartner,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, fax field
    and mailbox labelled."""
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
