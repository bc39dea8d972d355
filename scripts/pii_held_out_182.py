"""held_out_182 of the PII evaluation set: real phone, fax and mobile fields of a register no
earlier part used (Algeria's network of CIAR insurance agencies; Algeria's earlier parts took
the Banque Nationale d'Algérie's branches and the tax administration's structures) exactly as
published, in layouts no earlier part has, beside the list's own agency codes, addresses,
communes, wilayas, hours and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel``, ``fax`` and ``mobile`` fields of 315 agencies of the Compagnie
  Internationale d'Assurance et de Réassurance (``scripts/data/pii_dz_ciar_agencies.json``,
  written by ``scripts/dz_ciar_agencies_data.py``; source and licence in that file): Algerian
  numbers as the list writes them, the trunk ``0`` and groups of three joined by dots
  (``033.577.917``; the insurer's mobiles ``0.561.604.588``), some with alternative last
  digits after ``/`` (``024.741.298/76``, ``0.561.604.671/72/73``: one number with its
  alternatives, labelled whole), a few fields with two or three numbers after ``/`` or `` / ``
  (each labelled on its own); every number of every copy labelled, a field equal to or inside
  another labelled once under the longer;
* the text around them is the same row's real fields: the agency's code and type (``5240``,
  ``A.G``), address, commune, the wilaya (its official number and name), the start date, the
  opening and closing hours and the coordinates, with invented request ids, policy numbers,
  amounts, dates, tax ids (NIF, NIS, article d'imposition, registre du commerce), order ids,
  parcel dimensions and pass ids, unlabelled and scored;
* in layouts no earlier part has, the insurer's field and the country's own: ACORD P&C XML
  quote responses (the agency as ``Producer`` with its ``PhoneInfo`` and a ``RemarkText``
  repeating the number), Dolibarr REST API third-party objects (``phone``, ``fax``, an extra
  field ``options_mobile``, Algeria's professional ids, a public note repeating the number),
  Yalidine courier API parcel-creation bodies (the agency as recipient, its number as
  ``contact_phone``) and Google Wallet API generic pass objects of an insurance certificate
  (the numbers as ``textModulesData``), prose and labels in French.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_182.py   # rewrites the committed file
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

from make_pii_eval import (
    page_languages,
    personal_phone,
    record_fields,
    register_part,
    register_rows,
)
from pii_held_out_11 import numbers as runs
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_dz_ciar_agencies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_182.jsonl.gz"
SPLIT = "held_out_182"

LAYOUTS = ("acord_quote", "dolibarr_thirdparty", "yalidine_parcel", "google_wallet_pass")
PHONES = ("tel", "fax", "mobile")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the 48 wilayas the list's ``code_wil`` numbers (the official numbering before 2019)
WILAYAS = (
    "Adrar", "Chlef", "Laghouat", "Oum El Bouaghi", "Batna", "Béjaïa", "Biskra", "Béchar",
    "Blida", "Bouira", "Tamanrasset", "Tébessa", "Tlemcen", "Tiaret", "Tizi Ouzou", "Alger",
    "Djelfa", "Jijel", "Sétif", "Saïda", "Skikda", "Sidi Bel Abbès", "Annaba", "Guelma",
    "Constantine", "Médéa", "Mostaganem", "M'Sila", "Mascara", "Ouargla", "Oran", "El Bayadh",
    "Illizi", "Bordj Bou Arréridj", "Boumerdès", "El Tarf", "Tindouf", "Tissemsilt", "El Oued",
    "Khenchela", "Souk Ahras", "Tipaza", "Mila", "Aïn Defla", "Naâma", "Aïn Témouchent",
    "Ghardaïa", "Relizane",
)  # fmt: skip

# invented lines of business of the quotes and passes (no real policy is meant)
PRODUCTS = (
    ("AUTOP", "AUT", "Assurance automobile"),
    ("HOME", "MRH", "Multirisque habitation"),
    ("CATNT", "CAT", "Catastrophes naturelles (CAT-NAT)"),
    ("TRVL", "VOY", "Assurance voyage"),
)
SHIPMENTS = (
    "Attestations d'assurance automobile (carnet de 50)",
    "Constats amiables d'accident (lot de 100)",
    "Vignettes et attestations CAT-NAT",
    "Dossiers sinistres et bordereaux de règlement",
    "Cartes orange et formulaires de souscription",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> dict[str, str]:
    """The row's phone fields that hold a number, each as published, stripped."""
    return {c: _f(row, c) for c in PHONES if sum(ch.isdigit() for ch in _f(row, c)) >= 6}


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: the runs ``pii_held_out_11.numbers``
    reads, each split again at a ``/`` whose next piece has seven digits or more (a whole
    number: ``0.676.649.654/0.560.035.196`` are two); a shorter piece after ``/`` is the
    alternative last digits of the number before it and stays with it (``024.741.298/76``)."""
    out = []
    for s, e in runs(field):
        pieces = [m for m in re.finditer(r"[^/]+", field[s:e]) if m.group().strip()]
        groups: list[list[re.Match[str]]] = []
        for piece in pieces:
            if not groups or sum(c.isdigit() for c in piece.group()) >= 7:
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            first, last = group[0], group[-1]
            start = s + first.start() + len(first.group()) - len(first.group().lstrip())
            end = s + last.start() + len(last.group().rstrip())
            out.append((start, end))
    return out


def wilaya(row: dict[str, Any]) -> str:
    """The wilaya's name by the row's official number."""
    return WILAYAS[int(_f(row, "code_wil")) - 1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone fields marked, the longest
    value first so a field equal to or inside another is that one's (each copy stands apart:
    no digit next to it)."""
    values = sorted(phones(row).items(), key=lambda kv: -len(kv[1]))
    return field_copies(
        text, values, {c: r"\d" for c in PHONES}, {c: c for c in PHONES}, row["path"], nested=True
    )


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block: in each copy of a phone field each number
    ``numbers`` reads labelled under its column (a number no person could hold only a
    distractor)."""
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
    """An invented moment of 2024 (Algiers time, UTC+1)."""
    start = dt.datetime(2024, 1, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hhmm(value: str) -> str:
    """``08:00:00.000`` as ``08:00`` ("" where the row has no such time)."""
    return value[:5] if re.fullmatch(r"\d\d:\d\d.*", value) else ""


def hours(row: dict[str, Any]) -> str:
    """The opening and closing hours (``08:00-16:30``; "" where the row lacks one)."""
    start, end = _hhmm(_f(row, "openHour")), _hhmm(_f(row, "closeHour"))
    return f"{start}-{end}" if start and end else ""


def opened(row: dict[str, Any]) -> dt.date | None:
    """The agency's start date (the list's ``3/14/10``: month, day, two-digit year)."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", _f(row, "startDate"))
    return dt.date(2000 + int(m[3]), int(m[1]), int(m[2])) if m else None


def agency(row: dict[str, Any]) -> str:
    """The agency as the insurer names its points of sale: code and commune."""
    return f"CIAR Agence {_f(row, 'code_agence')} {_f(row, 'commune')}"


def _contact(row: dict[str, Any]) -> str:
    """The first phone field that holds a number (tel, else mobile, else fax)."""
    found = phones(row)
    return found.get("tel") or found.get("mobile") or found["fax"]


def _policy(rng: random.Random, code: str, branch: str, when: dt.datetime) -> str:
    """An invented policy number of the agency in a branch (``5240/AUT/2024/004817``)."""
    return f"{code}/{branch}/{when:%Y}/{rng.randint(1, 99999):06d}"


def _amount(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high)}.{rng.choice(('00', '50'))}"


def acord_quote(row: dict[str, Any], rng: random.Random) -> str:
    """An ACORD P&C XML (1.x) quote response of the insurer's agency portal: ``SignonRs`` with
    an invented time and French as the client's language, ``InsuranceSvcRs`` with invented
    ``RqUID``s, a ``PersAutoPolicyQuoteInqRs`` (or home) whose ``Producer`` is the agency
    (``CommercialName``, ``Addr`` with commune, wilaya number and name, ``Communications``
    with a ``PhoneInfo`` per number field: ``Phone``, ``Fax``, ``Cell``), its code as
    ``ContractNumber``, an invented policy number, term and premium in DZD, and a
    ``RemarkText`` in French repeating the agency's first number."""
    tel = phones(row)
    when = _when(rng)
    lob, branch, label = rng.choice(PRODUCTS[:2])
    code = _f(row, "code_agence")
    effective = (when + dt.timedelta(days=rng.randint(1, 20))).date()
    expires = effective + dt.timedelta(days=364)
    infos = []
    for column, type_cd in (("tel", "Phone"), ("fax", "Fax"), ("mobile", "Cell")):
        if column in tel:
            infos += [
                "            <PhoneInfo>",
                f"              <PhoneTypeCd>{type_cd}</PhoneTypeCd>",
                "              <CommunicationUseCd>Business</CommunicationUseCd>",
                f"              <PhoneNumber>{_x(tel[column])}</PhoneNumber>",
                "            </PhoneInfo>",
            ]
    remark = (
        f"Devis {label.lower()} établi par l'agence {code} ({_f(row, 'commune')}). "
        f"Pour toute question, contactez l'agence au {_contact(row)}"
    )
    if hours(row):
        remark += f", du dimanche au jeudi, {hours(row).replace('-', ' - ')}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<ACORD>",
        "  <SignonRs>",
        "    <Status>",
        "      <StatusCd>0</StatusCd>",
        "      <StatusDesc>Success</StatusDesc>",
        "    </Status>",
        f"    <ClientDt>{when:%Y-%m-%dT%H:%M:%S}</ClientDt>",
        "    <CustLangPref>fr-DZ</CustLangPref>",
        "    <ClientApp>",
        "      <Org>CIAR</Org>",
        "      <Name>PortailAgences</Name>",
        f"      <Version>{rng.randint(2, 4)}.{rng.randint(0, 9)}</Version>",
        "    </ClientApp>",
        "  </SignonRs>",
        "  <InsuranceSvcRs>",
        f"    <RqUID>{uuid.UUID(int=rng.getrandbits(128), version=4)}</RqUID>",
        "    <PersAutoPolicyQuoteInqRs>" if lob == "AUTOP" else "    <HomePolicyQuoteInqRs>",
        f"      <RqUID>{uuid.UUID(int=rng.getrandbits(128), version=4)}</RqUID>",
        f"      <TransactionResponseDt>{when:%Y-%m-%d}</TransactionResponseDt>",
        "      <CurCd>DZD</CurCd>",
        "      <MsgStatus>",
        "        <MsgStatusCd>Success</MsgStatusCd>",
        "      </MsgStatus>",
        "      <Producer>",
        "        <GeneralPartyInfo>",
        "          <NameInfo>",
        "            <CommlName>",
        f"              <CommercialName>{_x(agency(row))}</CommercialName>",
        "            </CommlName>",
        "          </NameInfo>",
        "          <Addr>",
        "            <AddrTypeCd>StreetAddress</AddrTypeCd>",
        f"            <Addr1>{_x(_f(row, 'address'))}</Addr1>",
        f"            <City>{_x(_f(row, 'commune'))}</City>",
        f"            <StateProvCd>{int(_f(row, 'code_wil')):02d}</StateProvCd>",
        f"            <StateProv>{_x(wilaya(row))}</StateProv>",
        "            <CountryCd>DZ</CountryCd>",
        "          </Addr>",
        "          <Communications>",
        *infos,
        "          </Communications>",
        "        </GeneralPartyInfo>",
        "        <ProducerInfo>",
        f"          <ContractNumber>{code}</ContractNumber>",
        f"          <ProducerSubCode>{_x(_f(row, 'type'))}</ProducerSubCode>",
        "        </ProducerInfo>",
        "      </Producer>",
        "      <PersPolicy>",
        f"        <PolicyNumber>{_policy(rng, code, branch, when)}</PolicyNumber>",
        f"        <LOBCd>{lob}</LOBCd>",
        "        <ContractTerm>",
        f"          <EffectiveDt>{effective:%Y-%m-%d}</EffectiveDt>",
        f"          <ExpirationDt>{expires:%Y-%m-%d}</ExpirationDt>",
        "        </ContractTerm>",
        "        <CurrentTermAmt>",
        f"          <Amt>{_amount(rng, 4500, 98000)}</Amt>",
        "        </CurrentTermAmt>",
        "      </PersPolicy>",
        f"      <RemarkText>{_x(remark)}.</RemarkText>",
        "    </PersAutoPolicyQuoteInqRs>" if lob == "AUTOP" else "    </HomePolicyQuoteInqRs>",
        "  </InsuranceSvcRs>",
        "</ACORD>",
        "",
    ]
    return "\n".join(lines)


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def dolibarr_thirdparty(row: dict[str, Any], rng: random.Random) -> str:
    """A Dolibarr REST API third party (``GET /api/index.php/thirdparties/{id}``) as a
    garage's or broker's ERP keeps the agency, as supplier: an invented id and supplier code,
    the agency's name, address, commune, wilaya and Algeria's country id, ``phone`` and
    ``fax`` where the list has them, Algeria's four professional ids invented (``idprof1``
    registre du commerce, ``idprof2`` NIF, ``idprof3`` article d'imposition, ``idprof4`` NIS),
    a public note in French naming the type, start date, hours and first number, creation and
    change times, and the extra fields ``options_mobile`` (the list's mobile) and
    ``options_code_agence``."""
    tel = phones(row)
    when = _when(rng)
    code = _f(row, "code_agence")
    wil = int(_f(row, "code_wil"))
    since = opened(row)
    note = f"Agence {_f(row, 'type')} de la CIAR (code {code})"
    if since:
        note += f", ouverte le {since:%d/%m/%Y}"
    if hours(row):
        note += f". Horaires : dimanche-jeudi {hours(row)}"
    note += f". Standard : {_contact(row)}."
    created = int(when.timestamp()) - rng.randint(30, 900) * 86400
    doc = {
        "module": "societe",
        "id": str(rng.randint(40, 4000)),
        "entity": "1",
        "name": agency(row),
        "name_alias": f"CIAR {code}",
        "status": "1",
        "address": _f(row, "address"),
        "zip": None,
        "town": _f(row, "commune"),
        "state_id": None,
        "state": wilaya(row),
        "country_id": "13",
        "country_code": "DZ",
        "phone": tel.get("tel"),
        "fax": tel.get("fax"),
        "email": None,
        "url": "https://www.laciar.com",
        "idprof1": f"{wil:02d}/00-{_digits(rng, 7)} B {rng.randint(0, 21):02d}",
        "idprof2": _digits(rng, 15),
        "idprof3": _digits(rng, 11),
        "idprof4": _digits(rng, 15),
        "tva_assuj": "1",
        "client": "0",
        "prospect": "0",
        "fournisseur": "1",
        "code_fournisseur": f"SU{when:%y%m}-{rng.randint(1, 9999):05d}",
        "note_public": note,
        "note_private": None,
        "date_creation": created,
        "date_modification": int(when.timestamp()),
        "array_options": {
            "options_code_agence": code,
            "options_mobile": tel.get("mobile"),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=4) + "\n"


def yalidine_parcel(row: dict[str, Any], rng: random.Random) -> str:
    """A Yalidine courier API (v1) parcel-creation body (``POST /v1/parcels/``: a JSON array of
    parcels) the insurer's head office in Algiers sends its agency: an invented order id, the
    agency as recipient (``firstname`` and ``familyname``), its first number as
    ``contact_phone``, its address, commune and wilaya, invented contents, declared value,
    dimensions and weight, home delivery, no payment to collect."""
    when = _when(rng)
    parcel = {
        "order_id": f"CIAR-{when:%y%m%d}-{_f(row, 'code_agence')}-{rng.randint(1, 999):03d}",
        "from_wilaya_name": "Alger",
        "firstname": "Agence CIAR",
        "familyname": _f(row, "code_agence"),
        "contact_phone": _contact(row),
        "address": _f(row, "address"),
        "to_commune_name": _f(row, "commune"),
        "to_wilaya_name": wilaya(row),
        "product_list": rng.choice(SHIPMENTS),
        "price": 0,
        "do_insurance": True,
        "declared_value": rng.randint(3, 60) * 500,
        "length": rng.choice((20, 30, 35, 40)),
        "width": rng.choice((20, 25, 30)),
        "height": rng.choice((10, 15, 20)),
        "weight": rng.randint(1, 9),
        "freeshipping": True,
        "is_stopdesk": False,
        "stopdesk_id": None,
        "has_exchange": False,
        "product_to_collect": None,
    }
    return json.dumps([parcel], ensure_ascii=False, indent=4) + "\n"


def google_wallet_pass(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Wallet API generic pass object (``genericObject``) of an insurance certificate
    the agency issued: invented issuer, class and object ids, the card title in French with
    an Arabic translation, the line of business, an invented policy number as header and QR
    barcode, validity dates, ``textModulesData`` with the agency (code, type, address,
    commune, wilaya), one module per number field (``Téléphone``, ``Fax``, ``Mobile``) and
    the hours, and the agency's coordinates as ``locations``."""
    tel = phones(row)
    when = _when(rng)
    issuer = "33880000000" + _digits(rng, 8)
    code = _f(row, "code_agence")
    _, branch, label = rng.choice(PRODUCTS)
    policy = _policy(rng, code, branch, when)
    start = (when + dt.timedelta(days=rng.randint(0, 10))).replace(hour=0, minute=0, second=0)
    end = start + dt.timedelta(days=365, seconds=-1)
    place = f"{_f(row, 'address')}, {_f(row, 'commune')} ({wilaya(row)})"
    modules = [
        {"id": "agence", "header": "Votre agence", "body": f"Agence {code} ({_f(row, 'type')})"
         f" — {place}"},
    ]  # fmt: skip
    for column, header in (("tel", "Téléphone"), ("fax", "Fax"), ("mobile", "Mobile")):
        if column in tel:
            modules.append({"id": column, "header": header, "body": tel[column]})
    if hours(row):
        modules.append({"id": "horaires", "header": "Horaires", "body": f"Dim.-jeu. {hours(row)}"})
    doc: dict[str, Any] = {
        "id": f"{issuer}.ciar-{code}-{rng.randint(10**7, 10**8 - 1)}",
        "classId": f"{issuer}.ciar_attestation",
        "state": "ACTIVE",
        "cardTitle": {
            "defaultValue": {"language": "fr", "value": "CIAR Assurances"},
            "translatedValues": [
                {"language": "ar", "value": "الشركة الدولية للتأمين وإعادة التأمين"}
            ],
        },
        "subheader": {"defaultValue": {"language": "fr", "value": label}},
        "header": {"defaultValue": {"language": "fr", "value": f"Police n° {policy}"}},
        "hexBackgroundColor": "#00539f",
        "barcode": {"type": "QR_CODE", "value": policy, "alternateText": policy},
        "validTimeInterval": {
            "start": {"date": start.isoformat()},
            "end": {"date": end.isoformat()},
        },
        "textModulesData": modules,
        "linksModuleData": {
            "uris": [{"uri": "https://www.laciar.com", "description": "laciar.com", "id": "site"}]
        },
    }
    if _f(row, "lat") and _f(row, "lon"):
        doc["locations"] = [{"latitude": float(_f(row, "lat")), "longitude": float(_f(row, "lon"))}]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "acord_quote": acord_quote,
    "dolibarr_thirdparty": dolibarr_thirdparty,
    "yalidine_parcel": yalidine_parcel,
    "google_wallet_pass": google_wallet_pass,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone fields labelled."""
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
