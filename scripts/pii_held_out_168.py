"""held_out_168 of the PII evaluation set: real phone fields of a register no earlier part used
(England's general medical practices in the NHS Organisation Data Service's GP practice file;
the United Kingdom's earlier parts took ODS's pharmacies and HM Courts & Tribunals Service's
courts) exactly as published, in layouts no earlier part has, beside the register's own codes,
names and addresses.

The procedure of ``held_out_122``, on another register and other layouts; here:

* the values are the ``contact_telephone_number`` fields of 480 GP practices
  (``scripts/data/pii_gb_gp_practices.json``, written by ``scripts/gb_gp_practices_data.py``;
  source and licence in that file): British national numbers as ODS writes them, the trunk
  ``0`` and area code apart from the line by one blank (``01642 672351``, ``0113 2951234``,
  ``020 87654321``), each copy labelled;
* the text around them is the same row's real fields: the ODS code (``A81001``), the name and
  the address with its postcode, with invented dates, times, UIDs, IP addresses, circuit
  references, Trello and Dialogflow ids, unlabelled and scored;
* in layouts no earlier part has, calendar, monitoring, project-board and chatbot formats, text
  in British English: vCalendar 1.0 (``.vcs``) flu-clinic appointments (the number in the
  ``DESCRIPTION`` and an ``X-`` property), Icinga 2 object configuration of the practice's
  network link (a ``Host`` with ``vars``, the number in a comment and ``vars.site_phone``),
  Trello board exports (JSON: a card per practice whose Markdown ``desc`` gives the number and a
  checklist item repeating it) and Dialogflow ES agent intents (JSON: a ``practice.contact``
  intent whose text responses give the number twice).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_168.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_gp_practices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_168.jsonl.gz"
SPLIT = "held_out_168"

LAYOUTS = ("vcalendar_vcs", "icinga2_host", "trello_board", "dialogflow_intent")
PHONE = "contact_telephone_number"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented clinics and board lists (no real event or board is meant)
CLINICS = (
    "Flu vaccination clinic", "Seasonal flu vaccination", "Flu jab (over 65s)",
    "Child flu nasal spray clinic", "Flu vaccination (at-risk groups)",
)  # fmt: skip
LISTS = ("To contact", "Contacted", "Awaiting smartcards", "Go-live booked", "Live")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def code(row: dict[str, Any]) -> str:
    """The practice's ODS code (``A81001``)."""
    return _f(row, "organisation_code")


def postcode(row: dict[str, Any]) -> str:
    """The address's last part, its postcode (``TS18 1HU``)."""
    return _f(row, "address").rsplit(", ", 1)[-1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented working-day moment of the 2015-16 flu season (UTC), on the quarter hour."""
    day = dt.date(2015, 10, 1) + dt.timedelta(days=rng.randint(0, 120))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return dt.datetime(
        day.year, day.month, day.day, rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def vcalendar_vcs(row: dict[str, Any], rng: random.Random) -> str:
    """A vCalendar 1.0 object (``.vcs``, CRLF lines) of one flu-clinic appointment a practice's
    booking system sends: ``PRODID``, ``TZ``, a ``VEVENT`` with an invented ``UID`` at the ODS
    code, start and end, the clinic and practice as ``SUMMARY``, the address as ``LOCATION``, a
    ``DESCRIPTION`` naming the number, ``CATEGORIES``, an audio alarm the day before, and the
    number again in an ``X-NHS-PRACTICE-TEL`` extension property."""
    name, tel = _f(row, "name"), phone(row)
    version = f"{rng.randint(2, 4)}.{rng.randint(0, 9)}"
    start = _when(rng)
    end = start + dt.timedelta(minutes=rng.choice((5, 10, 15)))
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:1.0",
        f"PRODID:-//NHS Practice Booking//Clinic Reminders {version}//EN",
        "TZ:+00",
        "BEGIN:VEVENT",
        f"UID:{start:%Y%m%dT%H%M%S}-{rng.randint(1000, 99999)}@{code(row).lower()}.nhs.uk",
        f"DTSTART:{start:{stamp}}",
        f"DTEND:{end:{stamp}}",
        f"SUMMARY:{rng.choice(CLINICS)} - {name}",
        f"LOCATION:{_f(row, 'address')}",
        f"DESCRIPTION:Please arrive 5 minutes early and wear loose sleeves. If you cannot "
        f"attend, please ring {name} on {tel} so the slot can be offered to another patient.",
        "CATEGORIES:APPOINTMENT",
        "CLASS:PRIVATE",
        "STATUS:CONFIRMED",
        f"AALARM:{start - dt.timedelta(days=1):{stamp}};;0;",
        f"X-NHS-ODS-CODE:{code(row)}",
        f"X-NHS-PRACTICE-TEL:{tel}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


def icinga2_host(row: dict[str, Any], rng: random.Random) -> str:
    """An Icinga 2 object configuration file of the practice's network link (a health-network
    monitoring set-up): a comment block naming the site and its number, a ``Host`` of the site
    router (invented private address and circuit reference) importing a template, with
    ``display_name``, ``vars`` of ODS code, address, postcode and ``site_phone``, ``notes`` and
    an ``apply Service`` of a ping check for the host group."""
    name, tel, ods = _f(row, "name"), phone(row), code(row)
    host = f"gp-{ods.lower()}-rtr01"
    ip = f"10.{rng.randint(128, 254)}.{rng.randint(0, 254)}.{rng.choice((1, 65, 129, 193))}"
    circuit = f"HSCN-{rng.randint(1000000, 9999999)}"
    when = _when(rng)
    lines = [
        f"/* {name} ({ods})",
        f" * Site contact (practice reception): {tel}",
        f" * Added {when:%d/%m/%Y} by the service desk, change {rng.randint(10000, 99999)}",
        " */",
        f'object Host "{host}" {{',
        '  import "gp-site-router"',
        "",
        f'  display_name = "{name} ({ods})"',
        f'  address = "{ip}"',
        '  check_command = "hostalive"',
        "",
        f'  vars.ods_code = "{ods}"',
        f'  vars.site_address = "{_f(row, "address")}"',
        f'  vars.postcode = "{postcode(row)}"',
        f'  vars.site_phone = "{tel}"',
        f'  vars.circuit_ref = "{circuit}"',
        '  vars.sla = "8x5"',
        "",
        '  notes = "Ring the practice before any on-site visit; out of hours the site is '
        'unstaffed."',
        '  groups = [ "gp-practices" ]',
        "}",
        "",
        'apply Service "wan-latency" {',
        '  import "generic-service"',
        '  check_command = "ping4"',
        f"  vars.ping_wrta = {rng.choice((80, 100, 150))}",
        "  vars.ping_wpl = 5",
        f'  assign where host.name == "{host}"',
        "}",
        "",
    ]
    return "\n".join(lines)


def trello_board(row: dict[str, Any], rng: random.Random) -> str:
    """A Trello board as its JSON export writes it (compact: ``id``, ``name``, ``url``,
    ``labels``, ``lists``, ``cards``, ``checklists``), a roll-out board with one card for the
    practice: its ``desc`` in Markdown with the ODS code, address and number, a due date and a
    label; a checklist whose first item repeats the number; invented 24-hex-digit ids."""
    name, tel, ods = _f(row, "name"), phone(row), code(row)
    board_id, list_ids = _hex(rng, 24), [_hex(rng, 24) for _ in LISTS]
    card_id, checklist_id, label_id = _hex(rng, 24), _hex(rng, 24), _hex(rng, 24)
    short_board, short_card = _hex(rng, 8), _hex(rng, 8)
    due = _when(rng)
    at = rng.randrange(len(LISTS))
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    desc = (
        f"**ODS code:** {ods}\n**Address:** {_f(row, 'address')}\n**Phone:** {tel}\n\n"
        "Ask for the practice manager. Smartcards to be issued before go-live."
    )
    doc = {
        "id": board_id,
        "name": "e-Referral roll-out: GP practices",
        "desc": "One card per practice; move right as each step is done.",
        "closed": False,
        "url": f"https://trello.com/b/{short_board}/e-referral-roll-out-gp-practices",
        "labels": [{"id": label_id, "idBoard": board_id, "name": "Wave 2", "color": "green"}],
        "lists": [
            {"id": i, "name": n, "closed": False, "idBoard": board_id, "pos": 16384 * (k + 1)}
            for k, (i, n) in enumerate(zip(list_ids, LISTS, strict=True))
        ],
        "cards": [
            {
                "id": card_id,
                "name": f"{name} ({ods})",
                "desc": desc,
                "closed": False,
                "due": f"{due:%Y-%m-%dT%H:%M:00.000Z}",
                "dueComplete": False,
                "idBoard": board_id,
                "idList": list_ids[at],
                "idLabels": [label_id],
                "idChecklists": [checklist_id],
                "pos": rng.randint(1, 400) * 1024,
                "shortLink": short_card,
                "url": f"https://trello.com/c/{short_card}/{rng.randint(1, 900)}-{slug}",
            }
        ],
        "checklists": [
            {
                "id": checklist_id,
                "name": "Before go-live",
                "idBoard": board_id,
                "idCard": card_id,
                "checkItems": [
                    {"id": _hex(rng, 24), "name": f"Confirm reception number {tel}",
                     "state": "complete" if at else "incomplete", "pos": 16384},
                    {"id": _hex(rng, 24), "name": "Smartcards issued",
                     "state": "complete" if at > 2 else "incomplete", "pos": 32768},
                ],
            }
        ],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def dialogflow_intent(row: dict[str, Any], rng: random.Random) -> str:
    """A Dialogflow ES agent export's intent file (``intents/practice.contact.<code>.json``, two
    blanks of indent): an invented ``id``, the intent's ``name``, one response with the
    ``practice.contact`` action, an ``ods_code`` parameter and a text message (``type`` 0,
    ``lang`` ``en``) of two ``speech`` variants each giving the number; the rest as the console
    exports it."""
    name, tel, ods = _f(row, "name"), phone(row), code(row)
    doc = {
        "id": _uuid(rng),
        "name": f"practice.contact.{ods.lower()}",
        "auto": True,
        "contexts": [],
        "responses": [
            {
                "resetContexts": False,
                "action": "practice.contact",
                "affectedContexts": [],
                "parameters": [
                    {
                        "id": _uuid(rng),
                        "name": "ods_code",
                        "required": False,
                        "dataType": "@sys.any",
                        "value": ods,
                        "defaultValue": "",
                        "isList": False,
                        "prompts": [],
                        "promptMessages": [],
                        "noMatchPromptMessages": [],
                        "noInputPromptMessages": [],
                        "outputDialogContexts": [],
                    }
                ],
                "messages": [
                    {
                        "type": "0",
                        "title": "",
                        "textToSpeech": "",
                        "lang": "en",
                        "speech": [
                            f"You can phone {name} on {tel}.",
                            f"{name} is at {_f(row, 'address')}. Their number is {tel}.",
                        ],
                        "condition": "",
                    }
                ],
                "speech": [],
            }
        ],
        "priority": 500000,
        "webhookUsed": False,
        "webhookForSlotFilling": False,
        "fallbackIntent": False,
        "events": [],
        "conditionalResponses": [],
        "condition": "",
        "conditionalFollowupEvents": [],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vcalendar_vcs": vcalendar_vcs,
    "icinga2_host": icinga2_host,
    "trello_board": trello_board,
    "dialogflow_intent": dialogflow_intent,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


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
