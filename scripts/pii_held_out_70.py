"""held_out_70 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Senegal) exactly as published, in layouts no earlier part has,
beside the row's own name, address and web site.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Téléphone`` and ``Télécopie`` fields and e-mail addresses of the public
  services in the directory of Senegal's administrative-procedures portal servicepublic.gouv.sn
  (``scripts/data/pii_sn_services.json``, written by ``scripts/sn_services_data.py``; source and
  licence in that file): Senegalese numbers as each page gave them (``33 869 21 39``, several
  after ``/`` as in ``33 869 70 70 /71`` and ``33 869 42 97 / 94 / 93``, ``889 47 00`` without
  the ``33``, ``+221 33 832 23 09``, short ``18 (urgence)``, toll-free ``N° vert 800 00 81
  81``), each number of each copy labelled, and each e-mail address of the
  ``Adresse électronique`` field, labelled;
* the text around them is the same row's real fields: its name, its address with post-office
  boxes (``BP 45333``, ``CP 18524``) and its web site, with invented session ids, NTP times,
  ports, cue times, codes and dates, unlabelled and scored;
* in layouts no earlier part has, labels in French (Senegal's official language): an SDP
  session description (RFC 8866) of the service's audio line with the field in ``p=`` and the
  address in ``e=``, a Popolo organization in JSON whose ``contact_details`` give the ``voice``,
  ``fax`` and ``email`` values, a WebVTT caption file of the service's information spot that
  reads the numbers out (``Appelez le ...``), and an HXL-tagged CSV of a humanitarian contact
  list (``#contact+phone``, ``#contact+fax``, ``#contact+email``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_70.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sn_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_70.jsonl.gz"
SPLIT = "held_out_70"

LAYOUTS = ("sdp_session", "popolo_json", "webvtt_captions", "hxl_csv")
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Téléphone`` field as published."""
    return _f(row, "Téléphone")


def fax(row: dict[str, Any]) -> str:
    """The row's ``Télécopie`` field as published ("" where it has none)."""
    return _f(row, "Télécopie")


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the row's ``Adresse électronique`` field, in its order."""
    return ADDRESS.findall(_f(row, "Adresse électronique"))


def international(value: str) -> bool:
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def slug(row: dict[str, Any]) -> str:
    """The service's page name in the directory (``agence-judiciaire-de-letat-aje``)."""
    return row["path"].rsplit("/", 1)[1].split(".md#", 1)[0]


def _one_line(value: str) -> str:
    """A multi-line field (an address) on one line, its lines joined by ``, ``."""
    return ", ".join(value.splitlines())


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field and of the fax field (each number
    in it by ``labelled_record``) and of each e-mail address labelled. Each copy stands apart
    (no digit next to a number, no address character next to an address); a fax field that
    stands inside a copy of the phone field (the same number in both) is labelled with it."""
    values = [("phone", phone(row)), ("fax", fax(row))] + [("email", a) for a in emails(row)]
    return field_copies(
        text, values, EDGES, {"phone": "phone", "fax": "fax"}, row["path"], nested=True
    )


def sdp_session(row: dict[str, Any], rng: random.Random) -> str:
    """The service's audio line as an SDP session description (RFC 8866): an origin with an
    invented session id and address, the service's name as ``s=``, its address as ``i=``, its
    web site as ``u=``, each e-mail address as ``e=``, the phone field as ``p=`` and the fax
    field in a ``p=`` with its French name, an invented multicast address, NTP times and port,
    and the PCMU codec."""
    session = rng.randint(10**9, 4 * 10**9)
    start = rng.randint(3_900_000_000, 3_950_000_000)
    lines = [
        "v=0",
        f"o=- {session} {session + rng.randint(1, 9)} IN IP4 10.{rng.randint(0, 255)}."
        f"{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        f"s={_f(row, 'Nom')}",
    ]
    if _f(row, "Adresse"):
        lines.append(f"i={_one_line(_f(row, 'Adresse'))}")
    if _f(row, "Site web"):
        lines.append(f"u={_f(row, 'Site web')}")
    lines += [f"e={address} (Accueil)" for address in emails(row)]
    lines.append(f"p={phone(row)}")
    if fax(row):
        lines.append(f"p={fax(row)} (Télécopie)")
    lines += [
        f"c=IN IP4 239.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}/127",
        f"t={start} {start + rng.choice((3600, 7200, 10800))}",
        f"m=audio {rng.randrange(16384, 32768, 2)} RTP/AVP 0",
        "a=rtpmap:0 PCMU/8000",
        "a=recvonly",
        "",
    ]
    return "\n".join(lines)


def popolo_json(row: dict[str, Any], rng: random.Random) -> str:
    """The service as a Popolo ``Organization`` in JSON: an id under the directory's page
    name, its name, its page as an identifier, ``contact_details`` with the address, the phone
    field (``voice``), the fax field (``fax``) and each e-mail address, its web site as a link,
    and invented creation and update times."""
    year = rng.randint(2015, 2020)
    details = [{"type": "address", "label": "Adresse", "value": _f(row, "Adresse")}]
    details = details if _f(row, "Adresse") else []
    details.append({"type": "voice", "label": "Téléphone", "value": phone(row)})
    if fax(row):
        details.append({"type": "fax", "label": "Télécopie", "value": fax(row)})
    details += [
        {"type": "email", "label": "Adresse électronique", "value": address}
        for address in emails(row)
    ]
    organization = {
        "id": f"sn-servicepublic/{slug(row)}",
        "name": _f(row, "Nom"),
        "classification": "service public",
        "identifiers": [{"scheme": "servicepublic.gouv.sn", "identifier": slug(row)}],
        "contact_details": details,
        "links": [{"url": _f(row, "Site web"), "note": "Site web"}] if _f(row, "Site web") else [],
        "created_at": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00Z",
        "updated_at": f"{year + rng.randint(1, 4)}-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d}T{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00Z",
    }
    return json.dumps(organization, ensure_ascii=False, indent=2) + "\n"


def _cue_time(ms: int) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def webvtt_captions(row: dict[str, Any], rng: random.Random) -> str:
    """The captions of the service's information spot as a WebVTT file: a ``NOTE`` naming the
    spot's invented file and length, then numbered cues at invented times giving the name, the
    address, the phone field (``Appelez le ...``), the fax field and each e-mail address."""
    texts = [_f(row, "Nom"), f"Adresse :\n{_f(row, 'Adresse')}" if _f(row, "Adresse") else ""]
    texts.append(f"Pour tout renseignement, appelez le\n{phone(row)}")
    if fax(row):
        texts.append(f"Télécopie : {fax(row)}")
    texts += [f"Écrivez-nous : {address}" for address in emails(row)]
    if _f(row, "Site web"):
        texts.append(f"Site web : {_f(row, 'Site web')}")
    texts.append(f"Rappel : {phone(row)}")
    at = rng.randint(200, 1500)
    cues = []
    for text in (t for t in texts if t):
        end = at + rng.randint(2500, 5000)
        cues.append(f"{len(cues) + 1}\n{_cue_time(at)} --> {_cue_time(end)}\n{text}")
        at = end + rng.randint(100, 600)
    spot = f"spot-{slug(row)[:40]}-{rng.randint(100, 999)}.mp4"
    return "\n\n".join(["WEBVTT", f"NOTE {spot} ({at // 1000} s)", *cues]) + "\n"


def hxl_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The service as a row of a humanitarian contact list in HXL-tagged CSV: the French
    header, the HXL hashtag row, then the service's name, an invented partner code, the phone
    and fax fields, its e-mail addresses (after ``;``), web site, address, the region
    ``Dakar`` and an invented update date."""
    header = ["Organisation", "Code", "Téléphone", "Télécopie", "Courriel", "Site web",
              "Adresse", "Région", "Mise à jour"]  # fmt: skip
    tags = ["#org+name", "#org+code", "#contact+phone", "#contact+fax", "#contact+email",
            "#contact+url", "#loc+address", "#adm1+name", "#date+updated"]  # fmt: skip
    values = [
        _f(row, "Nom"),
        f"SN-ORG-{rng.randint(1, 9999):04d}",
        phone(row),
        fax(row),
        "; ".join(emails(row)),
        _f(row, "Site web"),
        _f(row, "Adresse"),
        "Saint-Louis" if "saint-louis" in slug(row) else "Dakar",
        f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([header, tags, values])
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sdp_session": sdp_session,
    "popolo_json": popolo_json,
    "webvtt_captions": webvtt_captions,
    "hxl_csv": hxl_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone and fax fields
    and of its e-mail addresses labelled."""
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
