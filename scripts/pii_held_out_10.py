"""held_out_10 of the PII evaluation set: phone numbers and e-mail addresses as real shops and
farms wrote them into OpenStreetMap, on the pages where such entries end up (a place's page
with its opening hours, a map popup, a visitor's review, a price list).

A procedure different from the nine parts before it (``make_pii_eval.py``,
``pii_held_out_6.py`` to ``pii_held_out_9.py``), which all drew their values from a
generator's masks or a numbering plan's patterns:

* the values are real: the ``phone``, ``contact:phone``, ``mobile``, ``fax`` (...) and
  ``email`` tags of 1,848 farm shops, beekeepers, markets and vending machines in 17
  European countries, exactly as the mappers typed them (spaces, none, doubled, several
  numbers in one field joined by ``;``, ``+3851 ...`` for Zagreb), from the OpenStreetMap
  export of CodeforKarlsruhe/farmshops.eu (``scripts/data/pii_osm_pois.json``, written by
  ``scripts/osm_poi_data.py``; © OpenStreetMap contributors, ODbL 1.0). The country is the
  one the data gives (the number's calling code, else ``addr:country``);
* the text around them is the same object's real tags: its name, address (house number,
  postcode), OpenStreetMap ``opening_hours`` as written (``Mo-Fr 08:30-18:00; Sa
  08:00-13:00``), the mapper's ``description``, coordinates; plus prices, dates, distances and
  ratings: numbers that are no phone, unlabelled;
* in layouts no earlier part has: a place's page (``poi_page``), a map popup with the number on
  a line of its own and no label (``map_popup``), a visitor's review that mentions the number
  in a sentence (``review``), a price list with the order number at its end (``price_list``);
  labels in the country's language.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, each number of a field
on its own (a field ``+41 31 839 05 37;+41 78 812 50 80`` is two spans); a number it excludes
stays in the text as an unlabelled distractor. Each record is seeded by its own (split,
locale, layout, index). Committed with its data (``scripts/data/pii_held_out_10.jsonl.gz``)
before it was first scored.

    python scripts/pii_held_out_10.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POIS = ROOT / "scripts" / "data" / "pii_osm_pois.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_10.jsonl.gz"
SPLIT = "held_out_10"

LAYOUTS = ("poi_page", "map_popup", "review", "price_list")
# the page's language by country (Belgium by its postcode: Wallonia and Brussels in French)
LANGUAGE = {
    "AT": "de", "CH": "de", "DE": "de", "LU": "de", "FR": "fr", "NL": "nl", "BE": "nl",
    "HR": "hr", "HU": "hu", "DK": "da", "CZ": "cs", "PL": "pl", "SI": "sl", "IT": "it",
    "SK": "sk", "RO": "ro", "BG": "bg",
}  # fmt: skip
# (phone, mobile, fax, e-mail, opening hours) labels by language
LABELS = {
    "de": (("Tel.", "Telefon"), ("Handy", "Mobil"), ("Fax",), "E-Mail", "Öffnungszeiten"),
    "fr": (("Tél.", "Téléphone"), ("Portable", "Mobile"), ("Fax",), "E-mail", "Horaires"),
    "nl": (("Tel.", "Telefoon"), ("Mobiel", "GSM"), ("Fax",), "E-mail", "Openingstijden"),
    "hr": (("Tel.", "Telefon"), ("Mob.",), ("Faks", "Fax"), "E-pošta", "Radno vrijeme"),
    "hu": (("Tel.", "Telefon"), ("Mobil",), ("Fax",), "E-mail", "Nyitvatartás"),
    "da": (("Tlf.", "Telefon"), ("Mobil",), ("Fax",), "E-mail", "Åbningstider"),
    "cs": (("Tel.", "Telefon"), ("Mobil",), ("Fax",), "E-mail", "Otevírací doba"),
    "pl": (("Tel.", "Telefon"), ("Kom.", "Tel. kom."), ("Faks",), "E-mail", "Godziny otwarcia"),
    "sl": (("Tel.", "Telefon"), ("GSM",), ("Faks",), "E-pošta", "Delovni čas"),
    "it": (("Tel.", "Telefono"), ("Cell.",), ("Fax",), "E-mail", "Orari"),
    "sk": (("Tel.", "Telefón"), ("Mobil",), ("Fax",), "E-mail", "Otváracie hodiny"),
    "ro": (("Tel.", "Telefon"), ("Mobil",), ("Fax",), "E-mail", "Program"),
    "bg": (("Тел.", "Телефон"), ("Моб.",), ("Факс",), "Имейл", "Работно време"),
}
FAX_KEYS = ("fax", "contact:fax")
MOBILE_KEYS = ("mobile", "contact:mobile", "phone:mobile")
KIND = {"farm": "Hofladen / farm shop", "beekeeper": "Imkerei / beekeeper"}
# a visitor's sentence around the number (English: reviews on map sites are often written by
# visitors in English), {} the field as the place wrote it
REVIEW = (
    "Lovely little shop, the eggs were still warm. They sell out early on Saturdays, so call "
    "ahead on {} and they will put a box aside.",
    "We came by bike from the station. Tip: the number on the gate ({}) is the owner's, she "
    "answers even on Sundays.",
    "Good honey, fair prices. Opening times on the sign were wrong when we visited; ring {} "
    "before you drive out.",
    "Bought strawberries and asparagus. Card payment did not work, cash only. Orders by phone: {}.",
)
ITEMS = {
    "de": ("Eier (10 Stück)", "Kartoffeln 2,5 kg", "Honig 500 g", "Apfelsaft 1 l", "Spargel 1 kg"),
    "fr": (
        "Œufs (x6)",
        "Pommes de terre 2,5 kg",
        "Miel 500 g",
        "Jus de pomme 1 l",
        "Fromage 250 g",
    ),
    "nl": ("Eieren (10 st.)", "Aardappelen 2,5 kg", "Honing 500 g", "Appelsap 1 l", "Kaas 500 g"),
}
ITEMS_EN = ("Eggs (10)", "Potatoes 2.5 kg", "Honey 500 g", "Apple juice 1 l", "Cheese 250 g")
ORDER = {"de": "Bestellungen", "fr": "Commandes", "nl": "Bestellingen"}
_PART = re.compile(r"[^;]+")  # OpenStreetMap separates several values of one tag with ';'
_EMAIL = re.compile(r"[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+")


@functools.cache
def pois() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(POIS.read_text(encoding="utf-8"))["pois"])


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """The objects of each country, in the data file's order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for poi in pois():
        out.setdefault(f"osm:{poi['country']}", []).append(poi)
    return out


def language(poi: dict[str, Any]) -> str:
    postcode = poi["tags"].get("addr:postcode", "")
    if (
        poi["country"] == "BE"
        and postcode[:1].isdigit()
        and (postcode[:2] in ("10", "11", "12", "13", "14") or postcode[0] in "4567")
    ):
        return "fr"
    return LANGUAGE[poi["country"]]


def parts(field: str) -> list[tuple[int, int]]:
    """(start, end) of each value of an OpenStreetMap tag in ``field``, spaces trimmed."""
    out = []
    for m in _PART.finditer(field):
        s, e = m.span()
        while s < e and field[s].isspace():
            s += 1
        while e > s and field[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


class Block:
    """Text built line by line, with the offsets of the values written into it."""

    def __init__(self) -> None:
        self.text = ""
        self.values: list[tuple[int, str, str]] = []  # (start in block, key, field)

    def add(self, text: str) -> None:
        self.text += text

    def value(self, key: str, field: str) -> None:
        self.values.append((len(self.text), key, field))
        self.text += field


def _label(key: str, lang: str, rng: random.Random) -> str:
    phone, mobile, fax, *_ = LABELS[lang]
    return rng.choice(fax if key in FAX_KEYS else mobile if key in MOBILE_KEYS else phone)


def _address(tags: dict[str, str]) -> str:
    street = " ".join(filter(None, (tags.get("addr:street"), tags.get("addr:housenumber"))))
    town = " ".join(filter(None, (tags.get("addr:postcode"), tags.get("addr:city"))))
    return ", ".join(filter(None, (street, town)))


def _kind(tags: dict[str, str]) -> str:
    kind = tags.get("shop") or tags.get("craft") or tags.get("amenity") or "farm"
    return KIND.get(kind, kind.replace("_", " "))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2025)}"


def poi_page(poi: dict[str, Any], emails: list[str], lang: str, rng: random.Random) -> Block:
    tags, (*_, email_label, hours_label) = poi["tags"], LABELS[lang]
    b = Block()
    b.add(f"{tags.get('name', _kind(tags))}\n{_kind(tags)}\n")
    if _address(tags):
        b.add(_address(tags) + "\n")
    if tags.get("opening_hours"):
        b.add(f"{hours_label}: {tags['opening_hours']}\n")
    for key, field in poi["phones"]:
        b.add(f"{_label(key, lang, rng)}: ")
        b.value(key, field)
        b.add("\n")
    for email in emails:
        b.add(f"{email_label}: ")
        b.value("email", email)
        b.add("\n")
    if tags.get("description"):
        b.add(tags["description"] + "\n")
    lon, lat = poi["point"]
    b.add(f"{lat:.5f}, {lon:.5f} · {_date(rng)}")
    return b


def map_popup(poi: dict[str, Any], emails: list[str], lang: str, rng: random.Random) -> Block:
    tags = poi["tags"]
    b = Block()
    b.add(f"{tags.get('name', _kind(tags))} · {_kind(tags)}\n")
    if _address(tags):
        b.add(_address(tags).replace(", ", " · ") + "\n")
    for key, field in poi["phones"]:
        b.value(key, field)  # the number alone on its line, a phone icon in the page
        b.add("\n")
    for email in emails:
        b.value("email", email)
        b.add("\n")
    if tags.get("opening_hours"):
        b.add(tags["opening_hours"] + "\n")
    b.add(f"{rng.randint(1, 40)},{rng.randint(0, 9)} km · {rng.randint(3, 90)} min")
    return b


def review(poi: dict[str, Any], emails: list[str], lang: str, rng: random.Random) -> Block:
    tags = poi["tags"]
    b = Block()
    b.add(f"{tags.get('name', _kind(tags))}\n★ {rng.randint(3, 5)}/5 · {_date(rng)}\n")
    (key, field), *others = poi["phones"]
    before, after = rng.choice(REVIEW).split("{}")
    b.add(before)
    b.value(key, field)
    b.add(after)
    for key, field in others:
        b.add(f" {_label(key, lang, rng)} ")
        b.value(key, field)
        b.add(".")
    for email in emails:
        b.add(" They also answer e-mails: ")
        b.value("email", email)
    b.add(f"\n{rng.randint(2, 60)} people found this helpful")
    return b


def price_list(poi: dict[str, Any], emails: list[str], lang: str, rng: random.Random) -> Block:
    tags = poi["tags"]
    b = Block()
    b.add(f"{tags.get('name', _kind(tags))} {rng.randint(2023, 2025)}\n")
    for item in rng.sample(ITEMS.get(lang, ITEMS_EN), 3):
        price = f"{rng.randint(1, 14)},{rng.choice(('00', '20', '50', '90'))} €"
        b.add(f"{item} {'.' * rng.randint(3, 12)} {price}\n")
    if tags.get("opening_hours"):
        b.add(tags["opening_hours"] + "\n")
    b.add(f"{ORDER.get(lang, 'Orders')}: ")
    for i, (key, field) in enumerate(poi["phones"]):
        b.add("" if i == 0 else f" · {_label(key, lang, rng)} ")
        b.value(key, field)
    for email in emails:
        b.add(" · ")
        b.value("email", email)
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], list[str], str, random.Random], Block]] = {
    "poi_page": poi_page,
    "map_popup": map_popup,
    "review": review,
    "price_list": price_list,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th object of a country in ``layout``: its phone fields and e-mail addresses as
    the mappers wrote them, each value of a field labelled on its own."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    rng = coordinates_rng(SPLIT, locale, layout, n)
    poi = by_locale()[locale][n]
    emails = [e for field in poi["emails"] for e in _EMAIL.findall(field)]
    lang = language(poi)
    block = BLOCKS[layout](poi, emails, lang, rng)
    spans, distractors = [], []
    for at, key, field in block.values:
        if key == "email":
            spans.append([at, at + len(field), "EMAIL_ADDRESS", "osm_email"])
            continue
        for s, e in parts(field):
            value = field[s:e]
            span = [at + s, at + e, "PHONE_NUMBER", f"osm_{key}"]
            if personal_phone(value, poi["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    text = block.text
    fields = record_fields(
        (SPLIT, locale, layout, n), text, sorted(spans), distractors, (0, len(text))
    )
    return {**fields, "source": poi["path"], "language": page_languages([text])[0]}


def generate() -> Iterator[dict[str, Any]]:
    """Every object of the data once, in the layout its index gives."""
    for locale, found in sorted(by_locale().items()):
        for n in range(len(found)):
            yield record(locale, LAYOUTS[n % len(LAYOUTS)], n)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp and no file name: the
    same bytes on every run, wherever written."""
    from make_pii_eval import write_part

    write_part(path, generate())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    write(DATA)
    print(DATA)


if __name__ == "__main__":
    main()
