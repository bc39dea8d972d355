"""Extract the real list that ``pii_held_out_248.py`` writes its records around into
``scripts/data/pii_se_goteborg_serviceguiden.json``: the phone and e-mail fields of a register
no earlier part used (Göteborgs Stad's Serviceguiden, the city of Gothenburg's directory of its
service units; Sweden's earlier parts took Systembolaget's shops and Statistics Sweden's
register of government agencies), exactly as published.

One file, read from a git checkout at a named commit, values unchanged:

* ``assets/test/serviceguiden_trim.json``: the city's Serviceguiden as the repository's
  integration (diwise, a smart-city platform, for Göteborg) reads it, one object
  ``{"content": [...]}`` of 3,203 service units (preschools, schools, libraries, sports halls,
  meeting places for seniors, day activities, the city's companies, offices...), each with its
  ``serviceTypes``, ``contacts`` (a ``phone`` and a ``mobilePhone``, each ``{"e164", "display"}``,
  an ``email``, a ``name``, ``contactCenter``), ``visitingAddress``, ``position`` and areas.

A unit is kept where one of its contacts is the unit's own, not the city's contact centre
(``contactCenter`` false) and not a person: its ``name`` is empty or one of ``OFFICE_NAMES``,
the names of an office, desk or service that the file gives (``Expedition``,
``Rektorsexpeditionen``, ``Kundservice``, ``Växeln``...; a contact named after a person,
``Rektor Anna ...``, ``Peter Sagvall``, or a one-person role, ``Rektor``, ``Samordnare``, is
left out), and that contact's ``phone.display`` holds a number of six digits or more; units of
family day care (``Dagbarnvårdare``: care in a private home) are left out. The first such
contact of each unit is kept: 776 units; a seeded sample of ``CAP`` of them, in the file's
order.

Each row is kept as a mapping of strings: the unit's ``id``, ``name``, ``siteUrl``, its
service types' names (``serviceTypes``, joined by ``"; "``), its ``Organisationsform``
attribute (``Kommunal``, ``Fristående``...), ``businessId`` (an integer, as its JSON text),
``visitingAddress``, ``latitude``/``longitude`` (the stored reals as their shortest decimal
strings), ``cityArea``, ``subCityArea``, ``primaryArea``, ``accessibilityUrl``, and of the kept
contact its ``contact_id``, ``contact_name``, ``phone`` and ``phone_e164`` (``031-368 20 00``,
``+46313682000``), ``mobile`` and ``mobile_e164`` where it has a mobile number, and ``email``
where the address names no person (``office_email``); empty values left out. Left out: the
unit's HTML ``description`` (it may name staff), its images, event logs and other contacts.

    python scripts/se_goteborg_serviceguiden_data.py SE_GIT
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_se_goteborg_serviceguiden.json"
PATH = "assets/test/serviceguiden_trim.json"
CAP = 400
# the contact names of the file that name an office, a desk, a unit or a service, no person
OFFICE_NAMES = frozenset((
    "ACT Göteborg telefonrådgivning", "Administration", "Administrationen", "Aktiviteter",
    "Aktiviteter och producenter", "Anmälan till föräldarstödstäffar",
    "Barn- och ungdomsavdelning", "Bergsjöns bibliotek", "Bergsjöskolans expedition",
    "Beställningscentralen", "Biblioteken i Göteborg", "Boendestöd Sekelhuset", "Boka bord",
    "Boka lokal", "Bygg- och anläggnings-programmet", "Dalheimers hus reception",
    "Elev- och kundsupport", "Event", "Expedition", "Expeditionen", "Expeditionen 7-9",
    "Expeditionen F-6 och Anpassad grundskola", "Fältgruppen",
    "För frågor om vuxenutbildning", "Förvaltning",
    "Gratis telefonnummer för hjälp med sovplats",
    "Idrotts- och föreningsförvaltningens kundservice", "Information",
    "KAA informationsbrevlåda", "Kontaktuppgifter Stenhuset",
    "Kontaktuppgifter musikverksamheten", "Kontoret i Angered", "Kontoret i Kortedala",
    "Kretslopp och vattens kundservice", "Kundservice", "Kvibergsskolan 4-9",
    "Kvibergsskolan F-3", "Köket", "Lovjobb", "Lundbyskolans expedition", "Läsfesten",
    "Mötesplats Seniorhörnan Angered Centrum", "Områdeskansli",
    "Peer Support för Bostad med särskild service", "Receptionen i Carl Johans församling",
    "Receptionen på Kristinedals Träningscenter", "Rektorsexpedition",
    "Rektorsexpeditionen", "Ruddalens idrottscentrum", "Seniorläger", "Servicedisk",
    "Sjumilaskolan F-9", "Skatås motionscentrum", "Skoladministration", "Skolexpedition",
    "Skolexpedition/sjukanmälan", "Skolexpeditionen", "Slottsbergsskolan",
    "Slottsskogsvallens idrottscentrum", "Sommarunderhållningen",
    "Söker du en specifik tjänsteperson ringer du:", "Telefon och e-post",
    "Telefon stadsbyggnadsförvaltningens kundservice", "Telefonbokning",
    "Vi svarar i telefon under bemannad öppettid.", "Vår kundservice når du på:", "Växeln",
    "Äldre samt vård- och omsorgsförvaltningen", "Öppna förskolan Flygledarevägen",
    "Öppna förskolan i Kärra", "Öppna förskolan i Tuve",
))  # fmt: skip
# words of an office's mailbox (``info``, ``expedition``, ``bibliotek``...), folded to ASCII
OFFICE_WORDS = re.compile(
    r"info|exp|skola|skolan|skolor|forskola|bibliotek|kundservice|kontakt|reception|"
    r"registrator|diariet|admin|kansli|centrum|center|huset|hospice|motesplats|kultur|"
    r"kontor|service|bokning|support|gruppen|verksamhet|bemanning|konferens|lokaler|"
    r"myndighet|familje|fritid|senior|pedagog|lov|kartor|adresser|matning|"
    r"konsthall|museum|teater|stadsteatern|bostader|bolaget|foretagslotsen|rekrytering"
)
SOURCES = {
    "SE": {
        "repository": "diwise/integration-cip-gbg-ms",
        "commit": "98d154e31c50d40afe9d5066f564c07085cfb46f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Göteborgs Stad (the City of Gothenburg), its Serviceguiden, the "
        "directory of the city's service units behind goteborg.se's service pages (preschools, "
        "schools, libraries, sports and meeting places, care, the city's companies and "
        "offices), as the repository's integration for the diwise smart-city platform reads "
        "it; the file updated in 98d154e ('update serviceguiden', 15 August 2024)",
        "licence": "not confirmed: the repository is under the GNU Affero General Public "
        "License v3, which covers its code; Göteborgs Stad's terms for the Serviceguiden's "
        "data were not read here",
        "language": "sv",
        "roles": {
            "name": "name",
            "phone": ["phone", "phone_e164", "mobile", "mobile_e164"],
            "email": "email",
            "address": ["visitingAddress"],
            "register": "businessId",
        },
    },
}  # fmt: skip


def _fold(value: str) -> str:
    """``value`` lowercased, accents folded to ASCII letters."""
    return unicodedata.normalize("NFKD", value.lower()).encode("ascii", "ignore").decode()


def office_email(value: str, unit: str) -> str:
    """``value`` where it is an office's mailbox, "" where it may be a person's: its local part
    holds a word of ``OFFICE_WORDS``, or is one word sharing four letters in a row with the
    unit's name (``annedalsskolan``, ``lonnen`` of ``Lönnen``); a ``first.last`` address, or
    one word that is not the unit's (``susannel@...``), is left out."""
    if "@" not in value:
        return ""
    local = _fold(value.rsplit("@", 1)[0])
    if OFFICE_WORDS.search(local):
        return value
    name = re.sub(r"[^a-z0-9]", "", _fold(unit))
    if re.fullmatch(r"[a-z0-9]+", local) and any(
        local[i : i + 4] in name for i in range(len(local) - 3)
    ):
        return value
    return ""


def _number(value: Any) -> str:
    """A JSON number as its text (an integer as written, a real as its shortest string)."""
    return json.dumps(value)


def _kept_contact(entry: dict[str, Any]) -> dict[str, Any] | None:
    """The unit's first contact of its own (no contact centre, no person) with a phone."""
    for contact in entry.get("contacts") or []:
        name = (contact.get("name") or "").strip()
        if contact.get("contactCenter") or (name and name not in OFFICE_NAMES):
            continue
        if _has_phone({"phone": (contact.get("phone") or {}).get("display") or ""}, ["phone"]):
            return contact
    return None


def fields(entry: dict[str, Any], contact: dict[str, Any]) -> dict[str, str]:
    """The kept values of one unit and its kept contact, as published (empty ones left out)."""
    kinds = [s["name"] for s in entry.get("serviceTypes") or []]
    forms = [
        v["name"]
        for s in entry.get("serviceTypes") or []
        for a in s.get("attributes") or []
        if a["name"] == "Organisationsform"
        for v in a.get("values") or []
    ]
    position = entry.get("position") or {}
    phone, mobile = contact.get("phone") or {}, contact.get("mobilePhone") or {}
    values = {
        "id": entry["id"],
        "name": entry["name"],
        "siteUrl": entry.get("siteUrl") or "",
        "serviceTypes": "; ".join(kinds),
        "organisationsform": "; ".join(dict.fromkeys(forms)),
        "businessId": _number(entry["businessId"]) if entry.get("businessId") else "",
        "visitingAddress": entry.get("visitingAddress") or "",
        "latitude": _number(position["latitude"]) if position.get("latitude") else "",
        "longitude": _number(position["longitude"]) if position.get("longitude") else "",
        "cityArea": entry.get("cityArea") or "",
        "subCityArea": entry.get("subCityArea") or "",
        "primaryArea": entry.get("primaryArea") or "",
        "accessibilityUrl": entry.get("accessibilityUrl") or "",
        "contact_id": contact.get("id") or "",
        "contact_name": (contact.get("name") or "").strip(),
        "phone": phone.get("display") or "",
        "phone_e164": phone.get("e164") or "",
        "mobile": mobile.get("display") or "",
        "mobile_e164": mobile.get("e164") or "",
        "email": office_email(contact.get("email") or "", entry["name"]),
    }
    return {key: value for key, value in values.items() if value}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))["content"]
        found = []
        for i, entry in enumerate(entries):
            kinds = {s["name"] for s in entry.get("serviceTypes") or []}
            contact = _kept_contact(entry)
            if contact is None or "Dagbarnvårdare" in kinds:
                continue
            found.append(
                {"country": country, "path": f"{PATH}#{i}", "fields": fields(entry, contact)}
            )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
