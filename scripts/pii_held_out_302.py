"""held_out_302 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Crous' university restaurants and cafeterias, France; France's earlier parts
took other publishers and other kinds of place) exactly as published, in layouts no earlier
part has, beside the restaurants' own names, addresses, areas and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (the ministère des Solidarités et de la Santé's COVID-19
testing sites, DILA's local offices, the FINESS hospitals, the Onisep's higher-education
establishments of the Pays de la Loire and others) and many other countries; here:

* the values are the ``contact.tel`` and ``contact.email`` fields of 503 restaurants,
  cafeterias and food trucks of 23 regional Crous (``scripts/data/pii_fr_crous_restaurants.json``,
  written by ``scripts/fr_crous_restaurants_data.py``; source and licence in that file): French
  numbers as each Crous typed them, ten digits with the trunk ``0`` in pairs split by blanks or
  dots or in one run (``04 42 38 03 68``, ``03.22.71.91.50``, ``0345348601``, ``0590 89 46 48``;
  one ``04 91 62 83 71 o``, the letter kept beside the number and outside its label), each copy
  labelled, and the restaurants' mailboxes where the feed has one (``ru.vannes@crous-rennes.fr``;
  one field of two addresses joined by `` / ``, each labelled), each copy labelled;
* the text around them is the same row's real fields: the name, type, area, address with its
  postcode (``13621``), opening hours, access notes, payment means, the feed's opening pattern
  (``110,010,010,010,010,000,000``), restaurant ``id`` and coordinates, with invented ids,
  times, token counts and dates, unlabelled and scored;
* in layouts no earlier part has, of tools made in France, text in French: Meilisearch search
  responses of a campus app's restaurant index (``hits`` with ``_geo`` and ``_formatted``, the
  query words in ``<em>``), Mistral AI chat completion responses of a student assistant (the
  answer in Markdown naming the number twice), XWiki 2.1 syntax pages of a university's
  student-life wiki (a heading, an ``{{info}}`` macro, a ``|=`` table, ``[[...>>mailto:...]]``
  links, a sentence repeating the number) and Algolia batch write requests
  (``POST /1/indexes/.../batch``, an ``updateObject`` body with ``_geoloc``, ``_tags`` and a short
  description repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, e-mail addresses as
such. Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_302.py   # rewrites the committed file
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_crous_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_302.jsonl.gz"
SPLIT = "held_out_302"

LAYOUTS = ("meilisearch_search", "mistral_chat", "xwiki_page", "algolia_batch")
PHONE = "contact.tel"
EDGES = {"phone": r"\d", "email": r"[\w@+-]"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the regional Crous by the feed's name
CROUS = {
    "aix.marseille": "Aix-Marseille Avignon", "amiens": "Amiens-Picardie",
    "antilles.guyane": "Antilles-Guyane", "bfc": "Bourgogne-Franche-Comté",
    "bordeaux": "Bordeaux-Aquitaine", "clermont.ferrand": "Clermont Auvergne", "corte": "Corse",
    "creteil": "Créteil", "grenoble": "Grenoble Alpes", "lille": "Lille Nord-Pas-de-Calais",
    "limoges": "Limoges", "lyon": "Lyon", "montpellier": "Montpellier-Occitanie",
    "nancy.metz": "Lorraine", "nantes": "Nantes Pays de la Loire", "nice": "Nice-Toulon",
    "normandie": "Normandie", "orleans.tours": "Orléans-Tours", "paris": "Paris",
    "poitiers": "Poitiers", "reims": "Reims", "rennes": "Bretagne", "reunion": "La Réunion",
    "strasbourg": "Strasbourg", "toulouse": "Toulouse-Occitanie", "versailles": "Versailles",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published, a string stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return (row["fields"]["contact"].get("tel") or "").strip()


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped, where it holds an address ("" if not)."""
    value = (row["fields"]["contact"].get("email") or "").strip()
    return value if "@" in value else ""


def addresses(row: dict[str, Any]) -> list[str]:
    """Each e-mail address of the row's e-mail field."""
    return EMAIL.findall(email(row))


def crous(row: dict[str, Any]) -> str:
    """The feed's name of the row's Crous (``aix.marseille``)."""
    return row["path"].split("/")[1]


def crous_name(row: dict[str, Any]) -> str:
    return f"Crous {CROUS[crous(row)]}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the feeds' are)."""
    return value.lstrip("(").startswith(("+", "33", "00"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of each of its e-mail
    addresses labelled (each copy stands apart)."""
    values = [("phone", phone(row)), *(("email", a) for a in addresses(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _lines(value: str) -> list[str]:
    """A published text field as lines: its ``<br/>`` breaks as line ends, other tags dropped,
    entities read, blank lines left out."""
    text = re.sub(r"(?i)<br\s*/?>", "\n", value)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _hours(row: dict[str, Any]) -> str:
    return " ; ".join(_lines(_f(row, "operationalhours")))


def _payments(row: dict[str, Any]) -> list[str]:
    return [p["name"] for p in row["fields"].get("payment") or [] if p.get("name")]


def _epoch(rng: random.Random) -> int:
    """An invented moment of the 2024-2025 academic year (Unix seconds)."""
    return 1725260400 + rng.randint(0, 280 * 86400)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _query(row: dict[str, Any]) -> str:
    """The search of a student looking for the place: the area's first word (the name's if the
    row has no area)."""
    words = re.findall(r"[^\W\d_]{3,}", _f(row, "area")) or re.findall(
        r"[^\W\d_]{3,}", _f(row, "title")
    )
    return words[0] if words else "restaurant"


def _em(value: str, query: str) -> str:
    """``value`` with each word that begins with ``query`` (any case) in ``<em>`` tags, as
    Meilisearch highlights a match."""
    return re.sub(rf"(?i)\b({re.escape(query)})", r"<em>\1</em>", value)


def meilisearch_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Meilisearch response to ``POST /indexes/restaurants/search`` of a campus app: one
    ``hits`` document (the restaurant's id, name, type, Crous, area, address, number, mailbox,
    hours, payment means, accessibility and ``_geo``) and its ``_formatted`` copy (every value a
    string, the query word highlighted in the name and area), the query, the time taken, the
    limit, the offset and the estimated total."""
    query = _query(row)
    hit: dict[str, Any] = {
        "id": _f(row, "id"),
        "nom": _f(row, "title"),
        "type": _f(row, "type"),
        "crous": crous_name(row),
        "zone": _f(row, "area"),
        "adresse": _f(row, "adresse"),
        "telephone": phone(row),
    }
    if email(row):
        hit["courriel"] = email(row)
    hit |= {
        "horaires": _f(row, "operationalhours"),
        "paiements": _payments(row),
        "accessible_pmr": bool(_f(row, "accessibility")),
        "wifi": bool(_f(row, "wifi")),
        "_geo": {"lat": _f(row, "lat"), "lng": _f(row, "lon")},
    }
    formatted = {
        key: (
            {k: str(v) for k, v in value.items()}
            if isinstance(value, dict)
            else value
            if isinstance(value, list)
            else str(value).lower()
            if isinstance(value, bool)
            else str(value)
        )
        for key, value in hit.items()
    }
    formatted["nom"] = _em(formatted["nom"], query)
    formatted["zone"] = _em(formatted["zone"], query)
    doc = {
        "hits": [{**hit, "_formatted": formatted}],
        "query": query,
        "processingTimeMs": rng.randint(0, 9),
        "limit": 20,
        "offset": 0,
        "estimatedTotalHits": rng.randint(1, 12),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def mistral_chat(row: dict[str, Any], rng: random.Random) -> str:
    """A Mistral AI chat completion response (``POST /v1/chat/completions``) of a student
    assistant: an invented id, creation time and token counts, the model, and one choice whose
    assistant message answers in Markdown with the restaurant's name, Crous, address, hours,
    number and mailbox, and a closing line repeating the number."""
    name, tel = _f(row, "title"), phone(row)
    lines = [
        f"Le **{name}** ({_f(row, 'type').lower() or 'restaurant'} du {crous_name(row)}) se "
        f"trouve à l'adresse suivante : {_f(row, 'adresse')}.",
        "",
    ]
    if _hours(row):
        lines.append(f"- **Horaires** : {_hours(row)}")
    lines.append(f"- **Téléphone** : {tel}")
    if email(row):
        lines.append(f"- **Courriel** : {email(row)}")
    if _payments(row):
        lines.append(f"- **Paiement** : {', '.join(_payments(row))}")
    lines += [
        "",
        f"Les horaires peuvent changer pendant les vacances universitaires : en cas de doute, "
        f"appelez le {tel} avant de vous déplacer.",
    ]
    content = "\n".join(lines)
    prompt = rng.randint(180, 420)
    completion = rng.randint(90, 220)
    doc = {
        "id": _hex(rng, 32),
        "object": "chat.completion",
        "created": _epoch(rng),
        "model": rng.choice(("mistral-small-latest", "mistral-large-latest")),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "tool_calls": None, "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "total_tokens": prompt + completion,
            "completion_tokens": completion,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def xwiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """A page of a university's student-life XWiki in XWiki 2.1 syntax: the name as level-1
    heading, an ``{{info}}`` macro naming the Crous and an invented update date, a table with
    ``|=`` header cells (type, address, area, number, mailbox as ``mailto:`` links, payment
    means), a section of the hours and access notes, a contact sentence repeating the number in
    bold, and a map link at the row's coordinates."""
    name, tel = _f(row, "title"), phone(row)
    day, month = rng.randint(1, 28), rng.choice((9, 10, 11, 12, 1, 2, 3))
    year = 2024 if month >= 9 else 2025
    rows = [
        f"|=Type|{_f(row, 'type')}",
        f"|=Adresse|{_f(row, 'adresse')}",
    ]
    if _f(row, "area"):
        rows.append(f"|=Zone|{_f(row, 'area')}")
    rows.append(f"|=Téléphone|{tel}")
    if addresses(row):
        links = " / ".join(f"[[{a}>>mailto:{a}]]" for a in addresses(row))
        rows.append(f"|=Courriel|{links}")
    if _payments(row):
        rows.append(f"|=Paiement|{', '.join(_payments(row))}")
    lines = [
        f"= {name} =",
        "",
        "{{info}}",
        f"Fiche mise à jour le {day:02d}/{month:02d}/{year} d'après le flux du {crous_name(row)}.",
        "{{/info}}",
        "",
        '(% class="table-bordered" %)',
        *rows,
        "",
    ]
    hours = _lines(_f(row, "operationalhours"))
    access = _lines(_f(row, "access"))
    if hours or access:
        lines += ["== Horaires et accès ==", ""]
        lines += [*hours, ""] if hours else []
        lines += [*(f"* {a}" for a in access), ""] if access else []
    lines += [
        "== Contact ==",
        "",
        f"Pour joindre l'équipe du restaurant : **{tel}**.",
        "",
        f"[[Voir sur la carte>>https://www.openstreetmap.org/?mlat={_f(row, 'lat')}"
        f"&mlon={_f(row, 'lon')}#map=18/{_f(row, 'lat')}/{_f(row, 'lon')}]]",
        "",
    ]
    return "\n".join(lines)


def algolia_batch(row: dict[str, Any], rng: random.Random) -> str:
    """An Algolia batch write request (``POST /1/indexes/crous_restaurants/batch``): one
    ``updateObject`` whose body is the restaurant (``objectID`` of the Crous and the feed's id,
    name, type, Crous, area, address, number, mailbox, payment means, accessibility, wifi, the
    feed's opening pattern, ``_geoloc``, ``_tags``, a short description repeating the number and
    an invented update time)."""
    name, tel = _f(row, "title"), phone(row)
    body: dict[str, Any] = {
        "objectID": f"{crous(row)}-{_f(row, 'id')}",
        "nom": name,
        "type": _f(row, "type"),
        "crous": crous_name(row),
        "zone": _f(row, "area"),
        "adresse": _f(row, "adresse"),
        "telephone": tel,
    }
    if email(row):
        body["courriel"] = email(row)
    body |= {
        "paiements": _payments(row),
        "accessible_pmr": bool(_f(row, "accessibility")),
        "wifi": bool(_f(row, "wifi")),
        "ouverture": _f(row, "opening"),
        "_geoloc": {"lat": _f(row, "lat"), "lng": _f(row, "lon")},
        "_tags": [t for t in (_f(row, "type").lower(), crous(row)) if t],
        "description_courte": f"{name}, {_f(row, 'adresse')}. Tél. {tel}",
        "mis_a_jour": _epoch(rng),
    }
    doc = {"requests": [{"action": "updateObject", "body": body}]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "meilisearch_search": meilisearch_search,
    "mistral_chat": mistral_chat,
    "xwiki_page": xwiki_page,
    "algolia_batch": algolia_batch,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and of its
    e-mail addresses labelled."""
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
