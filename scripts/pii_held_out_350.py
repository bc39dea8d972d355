"""held_out_350 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the care portal of the Landkreis Ludwigslust-Parchim, Mecklenburg-Vorpommern: its
care services, care homes, day care, assisted living, clinics, pharmacies and hospice services;
Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools, the
day-care centres of Chemnitz and Berlin, the HRK's Hochschulkompass, the RKI's health offices,
the BZSt's tax offices and other registers) exactly as published, in layouts no earlier part
has, beside the register's own names, addresses, municipality keys and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` and ``email`` fields of 301 providers
  (``scripts/data/pii_de_lup_pflegeportal.json``, written by
  ``scripts/de_lup_pflegeportal_data.py``; source and licence in that file): German national
  numbers as the providers gave them to the district, no ``+49``, the area code and the line
  apart (``03874 22042``), some with a slash (``038729/22170``, ``038847 / 36125``, one number:
  the area code, the slash, the line), the line in groups (``03869 76 030``), one field with two
  numbers (``038735 81025 / 03871 45 18 93``), one run together (``038729224122``), one with a
  no-break space, one with two spaces; each number of a field labelled on its own (``numbers``),
  each copy labelled; the provider's e-mail address where the register gives one that names the
  provider or a desk (176 rows; 24 addresses that name a person, in 49 rows, and one field of
  two addresses left out), each copy labelled: 529 labelled numbers, 312 labelled addresses;
* the text around them is the same row's real fields: the provider's name, kind of care and
  offer, street, postcode, municipality and district, its eight-digit municipality key
  (Gemeindeschlüssel, ``13076026``, unlabelled: an identifier of the shape of a number), Träger
  (where it names no owner), umbrella association, capacity, web address and its ETRS89 / UTM
  33N coordinates, with invented document references, file sizes, record ids, customer numbers,
  epoch-millisecond times, mission numbers and dates, unlabelled and scored;
* in layouts no earlier part has, German formats of the district and of the care sector's
  partners, text in German: OParl 1.1 ``Paper`` objects of the district council's information
  system (an Informationsvorlage of the care planning with its ``mainFile`` whose ``text``
  gives the provider's numbers twice), weclapp REST API ``party`` records of a care-supplies
  wholesaler's ERP (``phone``, ``email``, an ``addresses`` entry and a ``description`` repeating
  them), OpenProject API v3 ``WorkPackage`` objects of a care advice centre's project
  (``description`` in ``markdown`` ``raw`` and rendered ``html``) and DIVERA 24/7 API v2 alarm
  requests of a fire brigade (``Alarm`` with ``title``, ``text`` naming the object's phone,
  ``address``, ``scene_object`` and groups; no e-mail address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_350.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_lup_pflegeportal.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_350.jsonl.gz"
SPLIT = "held_out_350"

LAYOUTS = ("oparl_paper", "weclapp_party", "openproject_work_package", "divera_alarm")
PHONE = "telefon"
EMAIL_EDGE = r"[\w.+@-]"
RIS = "https://ris.kreis-lup.de/oparl/v1.1"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented care supplies a wholesaler delivers (no real product or firm is meant)
SUPPLIES = (
    "Einmalhandschuhe", "Inkontinenzmaterial", "Desinfektionsmittel", "Verbandmaterial",
    "Pflegehilfsmittel zum Verbrauch", "Mundschutz", "Bettschutzeinlagen",
)  # fmt: skip
# invented tasks of a care advice centre (Pflegestützpunkt) about a provider
TASKS = (
    "Freie Plätze erfragen", "Beratungstermin abstimmen", "Angaben im Pflegeportal prüfen",
    "Infomaterial anfordern", "Hospitation vereinbaren",
)  # fmt: skip
ADVICE = ("Pflegestützpunkt Parchim", "Pflegestützpunkt Ludwigslust", "Pflegestützpunkt Hagenow")
# alarm keywords by kind of care (invented missions; the keywords are common ones)
KEYWORDS = {
    "stationaer": (("B BMA", "Brandmeldeanlage ausgelöst"), ("B 2", "Rauchentwicklung im Gebäude")),
    "wohnen": (("H Tür", "Türöffnung, hilflose Person"), ("B BMA", "Brandmeldeanlage ausgelöst")),
    "andere": (("H Tragehilfe", "Tragehilfe für den Rettungsdienst"), ("B 1", "Rauchmelder")),
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's kept e-mail address, stripped ("" where none is kept)."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a labelled number is written with a calling code (none in this register)."""
    return value.startswith(("+", "00"))


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: its pieces between slashes, a piece
    joined to the number before it where either has fewer than seven digits (the area code
    and the line, ``038847 / 36125``), else a number of its own (``038735 81025 / 03871 45 18
    93`` are two); a number needs six digits or more."""
    groups: list[list[re.Match[str]]] = []
    for piece in re.finditer(r"[^/]+", field):
        if not piece.group().strip():
            continue
        digits = sum(c.isdigit() for c in piece.group())
        before = sum(c.isdigit() for p in groups[-1] for c in p.group()) if groups else 0
        if not groups or (digits >= 7 and before >= 7):
            groups.append([piece])
        else:
            groups[-1].append(piece)
    out = []
    for group in groups:
        first, last = group[0], group[-1]
        start = first.start() + len(first.group()) - len(first.group().lstrip())
        end = last.start() + len(last.group().rstrip())
        if sum(c.isdigit() for c in field[start:end]) >= 6:
            out.append((start, end))
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(
        text,
        [("phone", phone(row)), ("email", email(row))],
        {"phone": r"\d", "email": EMAIL_EDGE},
        {"phone": PHONE},
        row["path"],
    )


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block: each number of its phone field labelled on
    its own by ``numbers`` (one no person holds only a distractor), its kind by
    ``international``, each e-mail address labelled."""
    from make_pii_eval import page_languages, personal_phone, record_fields

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
    text = block.text
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2016 (CET)."""
    start = dt.datetime(2016, 1, 11, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 340 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _j(value: Any) -> str:
    """``value`` as indented JSON, non-ASCII characters as they are."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def offer(row: dict[str, Any]) -> str:
    """The row's offer (``Tagespflege``; the register ends some with a line break)."""
    return _f(row, "angebot")


def street(row: dict[str, Any]) -> str:
    return f"{_f(row, 'strasse')} {_f(row, 'hnr')}".strip()


def town(row: dict[str, Any]) -> str:
    """Postcode and municipality, with the district part (``OT Garwitz``) where given."""
    place = f"{_f(row, 'plz')} {_f(row, 'gemeinde')}".strip()
    return f"{place} OT {_f(row, 'ortsteil')}" if _f(row, "ortsteil") else place


def carrier(row: dict[str, Any]) -> str:
    """The Träger where it names an organisation ("" where it names an owner, a person)."""
    value = _f(row, "traeger")
    return "" if re.search(r"Inh(aber|\.)|\b(Herr|Frau)\b|, Parchim$", value) else value


def capacity(row: dict[str, Any]) -> str:
    """The capacity in words (``60 Plätze``, ``24 Wohnungen``), "" for a service."""
    value = _f(row, "kapazitaet")
    if not value.isdigit() or int(value) < 2:
        return ""
    kind = _f(row, "versorgungsart")
    if kind == "Wohnen":
        return f"{value} Wohnungen"
    return f"{value} Plätze" if kind in ("Stationäre Pflege", "Teilstationäre Pflege") else ""


def _facts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(caption, value) of the row's fields a document lists, each where the row has it."""
    facts = [
        ("Einrichtung", _f(row, "einrichtung")),
        ("Versorgungsart", f"{_f(row, 'versorgungsart')} ({offer(row)})"),
        ("Anschrift", f"{street(row)}, {town(row)}"),
        ("Gemeindeschlüssel", _f(row, "gemeindeschl")),
        ("Träger", carrier(row)),
        ("Spitzenverband", _f(row, "dachverband")),
        ("Kapazität", capacity(row)),
        ("Besonderheit", _f(row, "besonderheit")),
        ("Telefon", phone(row)),
        ("E-Mail", email(row)),
        ("Internet", _f(row, "internet")),
    ]
    return [(k, v) for k, v in facts if v]


def oparl_paper(row: dict[str, Any], rng: random.Random) -> str:
    """An OParl 1.1 ``Paper`` of the district council's information system: an invented
    Informationsvorlage of the care planning (reference, dates, ids) about the provider, with
    its ``mainFile`` (an invented PDF's name, size and checksum) whose ``text`` lists the row's
    fields and names the phone and e-mail again in its closing sentence."""
    name, tel, mail = _f(row, "einrichtung"), phone(row), email(row)
    when = _when(rng)
    pid, fid, oid = rng.randint(3000, 9999), rng.randint(20000, 99999), rng.randint(10, 40)
    reference = f"IV/{when:%Y}/{rng.randint(1, 400):04d}"
    file_name = reference.replace("/", "-") + ".pdf"
    lines = [
        "Landkreis Ludwigslust-Parchim",
        "Der Landrat",
        "Fachdienst Soziales",
        "",
        f"Informationsvorlage {reference}",
        "Beratungsfolge: Ausschuss für Gesundheit und Soziales",
        "",
        f"Betreff: Pflegesozialplanung – Angebotsübersicht {_f(row, 'gemeinde')}",
        "",
        "Sachverhalt:",
        "Im Rahmen der Pflegesozialplanung wird das folgende Angebot in das Pflegeportal des "
        "Landkreises aufgenommen:",
        "",
        *[f"{k}: {v}" for k, v in _facts(row)],
        "",
        f"Rückfragen zum Angebot beantwortet die Einrichtung telefonisch unter {tel}"
        + (f" oder per E-Mail an {mail}, " if mail else ", ")
        + "Auskünfte zur Planung der Fachdienst Soziales.",
    ]
    created = when - dt.timedelta(days=rng.randint(2, 9), minutes=rng.randint(0, 600))
    paper = {
        "id": f"{RIS}/paper/{pid}",
        "type": "https://schema.oparl.org/1.1/Paper",
        "body": f"{RIS}/body/1",
        "name": f"Pflegesozialplanung: Angebot {name}",
        "reference": reference,
        "date": f"{when:%Y-%m-%d}",
        "paperType": "Informationsvorlage",
        "mainFile": {
            "id": f"{RIS}/file/{fid}",
            "type": "https://schema.oparl.org/1.1/File",
            "name": f"Informationsvorlage {reference}",
            "fileName": file_name,
            "mimeType": "application/pdf",
            "date": f"{when:%Y-%m-%d}",
            "size": rng.randint(40000, 380000),
            "sha1Checksum": _hex(rng, 40),
            "text": "\n".join(lines),
            "accessUrl": f"{RIS}/file/{fid}/{file_name}",
            "downloadUrl": f"{RIS}/file/{fid}/download/{file_name}",
            "created": created.isoformat(),
            "modified": when.isoformat(),
        },
        "underDirectionOf": [f"{RIS}/organization/{oid}"],
        "web": f"https://ris.kreis-lup.de/bi/vo020.asp?VOLFDNR={pid}",
        "created": created.isoformat(),
        "modified": when.isoformat(),
    }
    return _j(paper)


def weclapp_party(row: dict[str, Any], rng: random.Random) -> str:
    """A weclapp REST API ``party`` record (``GET /webapp/api/v1/party/id/...``) of an invented
    care-supplies wholesaler's ERP: the provider as ``ORGANIZATION`` customer with invented id,
    version, customer number and epoch-millisecond times, its ``phone``, ``email`` (where kept)
    and ``website``, one ``addresses`` entry, and a ``description`` repeating the number and
    the address."""
    name, tel, mail = _f(row, "einrichtung"), phone(row), email(row)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(30, 700))
    goods = ", ".join(rng.sample(SUPPLIES, 2))
    note = f"Belieferung mit {goods}. Warenannahme Mo–Fr 8–14 Uhr, Avis telefonisch unter {tel}"
    note += f"; Auftragsbestätigungen an {mail} senden" if mail else ""
    party: dict[str, Any] = {
        "id": str(rng.randint(100000, 999999)),
        "version": str(rng.randint(0, 12)),
        "createdDate": int(created.timestamp() * 1000) + rng.randint(0, 999),
        "lastModifiedDate": int(when.timestamp() * 1000) + rng.randint(0, 999),
        "partyType": "ORGANIZATION",
        "company": name,
        "customer": True,
        "customerNumber": str(rng.randint(10000, 19999)),
        "customerBlocked": False,
        "phone": tel,
    }
    if mail:
        party["email"] = mail
    if _f(row, "internet"):
        party["website"] = _f(row, "internet")
    party["addresses"] = [
        {
            "id": str(rng.randint(100000, 999999)),
            "city": _f(row, "gemeinde"),
            "countryCode": "DE",
            "street1": street(row),
            **({"street2": f"OT {_f(row, 'ortsteil')}"} if _f(row, "ortsteil") else {}),
            "zipcode": _f(row, "plz"),
            "primeAddress": True,
            "deliveryAddress": True,
            "invoiceAddress": True,
        }
    ]
    party["description"] = note
    party["tags"] = ["Pflege", _f(row, "versorgungsart")]
    return _j(party)


def openproject_work_package(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenProject API v3 ``WorkPackage`` (HAL+JSON, ``GET /api/v3/work_packages/...``) of a
    care advice centre's project: an invented task about the provider (id, dates, lock
    version), its ``description`` in ``markdown`` (the row's fields, its coordinates, a closing
    line naming the number) and that text rendered as ``html`` (the e-mail as a ``mailto:``
    link), and the ``_links`` of type, status, priority and project."""
    name, tel, mail = _f(row, "einrichtung"), phone(row), email(row)
    when = _when(rng)
    wid, project = rng.randint(200, 4000), rng.choice(ADVICE)
    subject = f"{rng.choice(TASKS)}: {name}"
    facts = [(k, v) for k, v in _facts(row) if k not in ("Telefon", "E-Mail")]
    facts.append(("Lage (ETRS89 / UTM 33N)", _f(row, "koordinaten")))
    raw = [f"**{k}:** {v}  " for k, v in facts]
    raw[-1] = raw[-1].rstrip()
    html = [f"<strong>{escape(k)}:</strong> {escape(v)}" for k, v in facts]
    close = f"Kontakt der Einrichtung: Telefon {tel}"
    raw_close, html_close = close, escape(close)
    if mail:
        raw_close += f", E-Mail <{mail}>"
        html_close += f', E-Mail <a href="mailto:{mail}">{mail}</a>'
    start = when.date()
    utc = when.astimezone(dt.UTC)
    work_package = {
        "_type": "WorkPackage",
        "id": wid,
        "lockVersion": rng.randint(0, 6),
        "subject": subject,
        "description": {
            "format": "markdown",
            "raw": "\n".join(raw) + "\n\n" + raw_close,
            "html": "<p>" + "<br>\n".join(html) + "</p>\n<p>" + html_close + "</p>",
        },
        "scheduleManually": False,
        "startDate": f"{start:%Y-%m-%d}",
        "dueDate": f"{start + dt.timedelta(days=rng.randint(2, 14)):%Y-%m-%d}",
        "estimatedTime": f"PT{rng.randint(1, 4)}H",
        "percentageDone": 0,
        "createdAt": f"{utc:%Y-%m-%dT%H:%M:%S}Z",
        "updatedAt": f"{utc + dt.timedelta(hours=2):%Y-%m-%dT%H:%M:%S}Z",
        "_links": {
            "self": {"href": f"/api/v3/work_packages/{wid}", "title": subject},
            "type": {"href": "/api/v3/types/1", "title": "Aufgabe"},
            "status": {"href": "/api/v3/statuses/1", "title": "Neu"},
            "priority": {"href": "/api/v3/priorities/8", "title": "Normal"},
            "project": {"href": f"/api/v3/projects/{rng.randint(3, 30)}", "title": project},
        },
    }
    return _j(work_package)


def _kind(row: dict[str, Any]) -> str:
    kind = _f(row, "versorgungsart")
    if kind in ("Stationäre Pflege", "Teilstationäre Pflege") or offer(row) in ("Klinik", "Reha"):
        return "stationaer"
    return "wohnen" if kind == "Wohnen" else "andere"


def divera_alarm(row: dict[str, Any], rng: random.Random) -> str:
    """A DIVERA 24/7 API v2 alarm request (``POST /api/v2/alarms``) of a volunteer fire
    brigade: an invented mission (keyword, mission number) at the provider, the ``text`` naming
    the object's phone, Träger and umbrella association, ``address``, ``scene_object``, the
    municipality's brigade as group (mapped by name); no e-mail address."""
    name, tel = _f(row, "einrichtung"), phone(row)
    when = _when(rng)
    keyword, words = rng.choice(KEYWORDS[_kind(row)])
    mission = f"{when:%y}{rng.randint(100000, 999999)}"
    text = f"{words}. Objekt: {name} ({offer(row)}), {street(row)}, {town(row)}. "
    text += f"Objekttelefon {tel} (Einrichtung vor Eintreffen informieren). "
    if carrier(row):
        text += f"Träger: {carrier(row)}. "
    text += f"Einsatznummer {mission}, alarmiert {when:%d.%m.%Y %H:%M} Uhr."
    alarm = {
        "Alarm": {
            "foreign_id": mission,
            "title": f"{keyword} – {name}",
            "text": text,
            "address": f"{street(row)}, {_f(row, 'plz')} {_f(row, 'gemeinde')}",
            "scene_object": name,
            "priority": True,
            "notification_type": 3,
            "send_push": True,
            "group": [f"FF {_f(row, 'gemeinde')}"],
        },
        "instructions": {"group": {"mapping": "name"}},
    }
    return _j(alarm)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "oparl_paper": oparl_paper,
    "weclapp_party": weclapp_party,
    "openproject_work_package": openproject_work_package,
    "divera_alarm": divera_alarm,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
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
