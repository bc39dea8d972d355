"""held_out_85 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Myanmar) exactly as published, in layouts no earlier part has, beside the
row's own list number, address and e-mail addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of Myanmar's licensed inbound and outbound tour companies and
  of the hotels of Naypyitaw and Pyinmana in the Ministry of Hotels and Tourism's lists
  (``scripts/data/pii_mm_tourism.json``, written by ``scripts/mm_tourism_data.py``; source and
  licence in that file): numbers as each entry gave them (``09-5017373``, ``01-229245``,
  ``067-420724~26/414123`` with a range and a shortened alternative, ``0949266000`` run on,
  several in one field after commas or slashes), each number of each copy labelled; each
  e-mail address of the entry's e-mail field (one or two, ``komytour@gmail.com``) labelled at
  each copy, and a number some entries give in that field beside the address labelled too;
* the text around them is the same row's real fields: its number in the list (``no``), its
  address with the township, with invented timestamps, licence and route numbers, times,
  coordinates and test timeouts, unlabelled and scored;
* in layouts no earlier part has, labels in English and Burmese (Myanmar's official language)
  where a person writes them: a TiddlyWiki tiddler file (``.tid``) of a travel desk's wiki, a
  TTML (Timed Text) caption file of the company's promotional clip with Burmese captions, a
  Jest test file (``.test.tsx``) of the directory site's company card, and the head of a GTFS
  feed's ``agency.txt``, ``routes.txt`` and ``stops.txt`` for the company's tour buses.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_85.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mm_tourism.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_85.jsonl.gz"
SPLIT = "held_out_85"

LAYOUTS = ("tiddlywiki_tid", "ttml_captions", "jest_spec", "gtfs_feed")
PHONE = "phone"
MAIL_PHONE = "email"  # a number an entry gives in its e-mail field
# what may not stand next to a copy, so that a copy is never part of another value
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the directory's lists (the array of each row) and what each holds
LISTS = {
    "inboundCompanies": ("Inbound tour company", "IB", "Yangon"),
    "OutboundCompanies": ("Outbound tour company", "OB", "Yangon"),
    "HotelsNPW": ("Hotel", "NPW", "Naypyitaw"),
    "HotelsPMA": ("Hotel", "PMA", "Pyinmana"),
    "HotelsLW": ("Hotel", "LW", "Lewe"),
    "HotelsTK": ("Hotel", "TK", "Tatkon"),
}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped ("" where it has none or ``-``)."""
    value = _f(row, "email")
    return "" if value in ("", "-") else value


def addresses(row: dict[str, Any]) -> list[str]:
    """The e-mail addresses written in the row's e-mail field."""
    return ADDRESS.findall(email(row))


def mail_phones(row: dict[str, Any]) -> list[str]:
    """The numbers (six digits or more) an entry writes in its e-mail field beside the
    address (``sale@dreamparadisemyanmar.com, 09 420002090``)."""
    field = ADDRESS.sub(lambda m: " " * len(m.group()), email(row))
    found = [field[s:e] for s, e in numbers(field)]
    return [n for n in found if sum(c.isdigit() for c in n) >= 6]


def listed(row: dict[str, Any]) -> str:
    """The directory list the row is in (``inboundCompanies``, ``HotelsNPW`` ...)."""
    return row["path"].rsplit("#", 1)[1].split("[", 1)[0]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The company's or hotel's name as lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z0-9]+", _f(row, "name").lower())
    return "-".join(words[:4]) or "company"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``), of each e-mail address and of each number in the e-mail field
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address); a number of the e-mail field that stands inside a copy of the phone field is
    labelled there."""
    values = [("phone", PHONE, phone(row))]
    values += [("email", "", a) for a in addresses(row)]
    values += [("phone", MAIL_PHONE, n) for n in mail_phones(row)]
    found: list[tuple[int, int, str, str]] = []
    for kind, column, value in values:
        for m in re.finditer(re.escape(value), text):
            if any(s < m.end() and m.start() < e for s, e, *_ in found):
                continue
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            assert not re.fullmatch(EDGES[kind], before), (row["path"], value)
            assert not re.fullmatch(EDGES[kind], after), (row["path"], value)
            found.append((m.start(), m.end(), kind, column))
    b = Record()
    at = 0
    for start, end, kind, column in sorted(found):
        b.add(text[at:start])
        if kind == "phone":
            b.phone(column, text[start:end])
        else:
            b.email(text[start:end])
        at = end
    b.add(text[at:])
    return b


def _stamp(rng: random.Random, year: int) -> datetime.datetime:
    """An invented moment of ``year``."""
    start = datetime.datetime(year, 1, 1)
    return start + datetime.timedelta(seconds=rng.randint(0, 364 * 86400), milliseconds=0)


def tiddlywiki_tid(row: dict[str, Any], rng: random.Random) -> str:
    """The company's tiddler in a travel desk's TiddlyWiki, as a ``.tid`` file: the header
    fields in TiddlyWiki's order (the row's address, invented ``created`` and ``modified``
    stamps of 17 digits, the e-mail field, list number and phone, tags naming the list and the
    town, the title, the type), a blank line and the wikitext body: a heading, a table of the
    address, phone and e-mail with Burmese labels, and an invented licence number and desk
    hours."""
    kind, code, town = LISTS[listed(row)]
    created = _stamp(rng, 2025)
    modified = created + datetime.timedelta(days=rng.randint(1, 200), minutes=rng.randint(1, 600))
    header = {
        "address": _f(row, "address"),
        "created": f"{created:%Y%m%d%H%M%S}{rng.randint(0, 999):03d}",
        "email": email(row),
        "list-no": _f(row, "no"),
        "modified": f"{modified:%Y%m%d%H%M%S}{rng.randint(0, 999):03d}",
        "phone": phone(row),
        "tags": f"[[{kind}]] {town} MOHT",
        "title": _f(row, "name"),
    }
    lines = [f"{key}: {value}" for key, value in header.items() if value]
    lines += [
        "type: text/vnd.tiddlywiki",
        "",
        f"! {_f(row, 'name')}",
        "",
        f"|!လိပ်စာ |{_f(row, 'address')} |",
        f"|!ဖုန်း |{phone(row)} |",
    ]
    if email(row):
        lines.append(f"|!အီးမေးလ် |{email(row)} |")
    lines += [
        "",
        f"လိုင်စင်အမှတ် {code}-{rng.randint(100, 9999):04d}/{rng.choice((2024, 2025))} · "
        f"desk hours {rng.choice((8, 9))}:00-{rng.choice((16, 17, 18))}:30",
        "",
        f"<<tag [[{kind}]]>>",
        "",
    ]
    return "\n".join(lines)


def _clock(ms: int) -> str:
    """A TTML clock time ``hh:mm:ss.fff``."""
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def ttml_captions(row: dict[str, Any], rng: random.Random) -> str:
    """The Burmese captions of the company's promotional clip as a TTML document: metadata
    with the clip's title and an invented id, one style, and timed paragraphs (invented times)
    giving the name, the address (where the list gives one), the phone, the e-mail and an
    invented licence number."""
    kind, code, _ = LISTS[listed(row)]
    captions = [_f(row, "name")]
    if _f(row, "address"):
        captions.append(f"လိပ်စာ - {_f(row, 'address')}")
    captions.append(f"ဖုန်း - {phone(row)}")
    if email(row):
        captions.append(f"အီးမေးလ် - {email(row)}")
    captions.append(f"လိုင်စင်အမှတ် {code}-{rng.randint(100, 9999):04d}")
    at = rng.randint(300, 1500)
    body = []
    for caption in captions:
        end = at + rng.randint(2500, 4800)
        body.append(f'      <p begin="{_clock(at)}" end="{_clock(end)}">{escape(caption)}</p>')
        at = end + rng.randint(0, 400)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"',
        '    xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="my">',
        "  <head>",
        "    <metadata>",
        f"      <ttm:title>{escape(_f(row, 'name'))} ({escape(kind)})</ttm:title>",
        f"      <ttm:desc>clip {rng.randint(10000, 99999)}, list no. "
        f"{escape(_f(row, 'no'))}</ttm:desc>",
        "    </metadata>",
        "    <styling>",
        '      <style xml:id="s1" tts:color="white" tts:fontSize="100%" tts:textAlign="center"/>',
        "    </styling>",
        "  </head>",
        '  <body style="s1">',
        "    <div>",
        *body,
        "    </div>",
        "  </body>",
        "</tt>",
        "",
    ]
    return "\n".join(lines)


def _js(value: str) -> str:
    """A JavaScript double-quoted string (JSON's escapes are JavaScript's)."""
    return json.dumps(value, ensure_ascii=False)


def jest_spec(row: dict[str, Any], rng: random.Random) -> str:
    """The directory site's test of its company card as a Jest file (``.test.tsx``): the
    imports, the entry as the list gives it (all its keys), and a ``describe`` block whose
    tests render the card and expect the name, the phone and each e-mail address, with an
    invented timeout."""
    entry = ",\n".join(f"  {k}: {_js(_f(row, k))}" for k in row["fields"])
    expects = [f"    expect(screen.getByText({_js(phone(row))})).toBeInTheDocument();"]
    expects += [
        f"    expect(screen.getByText({_js(a)}, {{ exact: false }})).toBeInTheDocument();"
        for a in addresses(row)
    ]
    lines = [
        f"// src/components/__tests__/{_slug(row)}.test.tsx",
        'import { render, screen } from "@testing-library/react";',
        'import CompanyCard from "@/components/CompanyCard";',
        "",
        "const company = {",
        entry + ",",
        "};",
        "",
        f'describe("CompanyCard: {listed(row)} #{_f(row, "no")}", () => {{',
        '  it("shows the name and contacts", () => {',
        "    render(<CompanyCard company={company} />);",
        f'    expect(screen.getByRole("heading")).toHaveTextContent({_js(_f(row, "name"))});',
        *expects,
        "  });",
        "",
        '  it("links the phone", () => {',
        "    render(<CompanyCard company={company} />);",
        '    expect(screen.getByRole("link", { name: /phone/i })).toBeVisible();',
        f"  }}, {rng.choice((5000, 8000, 10000, 15000))});",
        "});",
        "",
    ]
    return "\n".join(lines)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def gtfs_feed(row: dict[str, Any], rng: random.Random) -> str:
    """The company's tour-bus feed as ``head`` prints its GTFS files: ``agency.txt`` (an
    invented id from the list and the row's number, the name, an invented URL, the time zone,
    the language, the phone and the e-mail field), ``routes.txt`` (two invented routes) and
    ``stops.txt`` (the office at the row's address, invented coordinates, and one invented
    stop)."""
    _, code, town = LISTS[listed(row)]
    agency = f"{code}{int(_f(row, 'no')):03d}" if _f(row, "no").isdigit() else code
    routes = rng.sample(
        [("Yangon", "Bagan"), ("Yangon", "Inle"), ("Mandalay", "Bagan"), ("Yangon", "Kyaiktiyo"),
         ("Naypyitaw", "Mandalay"), ("Yangon", "Ngapali"), ("Mandalay", "Hsipaw")], 2
    )  # fmt: skip
    numbers_ = rng.sample(range(10, 990), 2)
    lat, lon = 16.8 + rng.random() * 3.2, 95.9 + rng.random() * 0.4
    parts = [
        "==> agency.txt <==\n",
        _csv(
            [
                [
                    "agency_id",
                    "agency_name",
                    "agency_url",
                    "agency_timezone",
                    "agency_lang",
                    "agency_phone",
                    "agency_email",
                ],
                [
                    agency,
                    _f(row, "name"),
                    f"https://www.{_slug(row)}.com.mm/",
                    "Asia/Yangon",
                    "en",
                    phone(row),
                    email(row),
                ],
            ]
        ),  # fmt: skip
        "\n==> routes.txt <==\n",
        _csv(
            [["route_id", "agency_id", "route_short_name", "route_long_name", "route_type"]]
            + [
                [f"{agency}-{n}", agency, str(n), f"{a} - {b}", "3"]
                for n, (a, b) in zip(numbers_, routes, strict=True)
            ]
        ),
        "\n==> stops.txt <==\n",
        _csv(
            [
                ["stop_id", "stop_name", "stop_desc", "stop_lat", "stop_lon"],
                [
                    f"{agency}-OFF",
                    f"{_f(row, 'name')} office",
                    _f(row, "address"),
                    f"{lat:.6f}",
                    f"{lon:.6f}",
                ],
                [
                    f"{agency}-{rng.randint(100, 999)}",
                    f"{town} pick-up point",
                    "",
                    f"{lat + 0.01:.6f}",
                    f"{lon - 0.01:.6f}",
                ],
            ]
        ),  # fmt: skip
    ]
    return "".join(parts)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tiddlywiki_tid": tiddlywiki_tid,
    "ttml_captions": ttml_captions,
    "jest_spec": jest_spec,
    "gtfs_feed": gtfs_feed,
}


def international(value: str) -> bool:
    """A number written with the country code (``+95``); the lists give none."""
    return value.startswith(("+", "00"))


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field, of its
    e-mail addresses and of a number in its e-mail field labelled."""
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
