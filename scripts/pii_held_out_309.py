"""held_out_309 of the PII evaluation set: real phone fields of a register no earlier part used
(Ontario's long-term care homes as the Ministry's public reporting site lists them; Canada's
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, postal codes, provider ids and home details.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
North American numbers from Canadian registers of Ontario's COVID-19 testing locations, WorkBC
Centres, Toronto's and British Columbia's child care facilities, the RHRA's retirement homes,
provincial pharmacy rosters and Ontario's, Alberta's and British Columbia's schools; here:

* the values are the ``Telephone`` fields of 480 Ontario long-term care homes
  (``scripts/data/pii_ca_on_ltc_homes.json``, written by ``scripts/ca_on_ltc_homes_data.py``;
  source and licence in that file): North American numbers with no ``+1`` as the site writes
  them, the area code in parentheses, a space, the exchange and the line joined by a hyphen
  (``(519) 336-2362``; one number shared by three sampled homes of one municipal licensee,
  four by two), each copy labelled;
* the text around them is the same row's real fields: the home's name, the Ministry's provider
  id (``2872``, ``M536``, ``C596``), its Local Health Integration Network, address lines,
  community and postal code (``N7S6L6``, in prose ``N7S 6L6``), the kind of home, licensed
  beds, area type, short-stay beds, councils, accreditation and French Language Services
  designation, with invented MIME boundaries and content ids, user agent versions, page
  positions, dates and times, unlabelled and scored;
* in layouts no earlier part has: MHTML snapshots of the home's profile page on the public
  reporting site as Chromium saves them (RFC 2557 ``multipart/related``, the HTML part
  quoted-printable, the number in the profile table and the page's meta description), i18next
  translation resources of a home's bilingual web site (JSON, ``en`` and ``fr`` namespaces
  ``common`` and ``contact``, the number in both languages), ntfy publish requests of a watcher
  that follows the public reporting site (JSON with ``topic``, ``title``, ``message``, ``tags``,
  ``priority``, ``click`` and a ``view`` action) and MDX pages of a Docusaurus guide to the
  region's homes (front matter, an ``import``, a JSX ``HomeCard`` with a ``phone`` prop, a
  Markdown table and a ``:::tip`` admonition repeating the number); text in English, the
  i18next resources in English and French.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_309.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_on_ltc_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_309.jsonl.gz"
SPLIT = "held_out_309"

LAYOUTS = ("mhtml_profile", "i18next_resources", "ntfy_publish", "mdx_page")
PHONE = "Telephone"
SITE = "http://publicreporting.ltchomes.net"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the kinds of home of the register's ``SERV_DET`` column, in English and French
KINDS = {
    "NH for-profit": ("for-profit nursing home", "foyer de soins infirmiers à but lucratif"),
    "NH non-profit": ("non-profit nursing home", "foyer de soins infirmiers sans but lucratif"),
    "MHFA": ("municipal home for the aged", "foyer municipal pour personnes âgées"),
    "CHFA": ("charitable home for the aged", "foyer de bienfaisance pour personnes âgées"),
}

# invented changes a watcher of the public reporting site reports (no real change is meant)
CHANGES = (
    "Home profile updated",
    "Inspection reports page updated",
    "Home details refreshed",
    "Council and accreditation details updated",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the kept rows' does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 in Ontario (Eastern time, daylight saving time from 10 March
    to 3 November)."""
    start = dt.datetime(2024, 1, 8, 8, 0)
    local = start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))
    dst = dt.datetime(2024, 3, 10, 2) <= local < dt.datetime(2024, 11, 3, 2)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4 if dst else -5)))


def postal(row: dict[str, Any]) -> str:
    """The postal code as prose writes it (``N7S 6L6``); the published one where it is not
    six characters."""
    code = _f(row, "POSTALCODE")
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def address_lines(row: dict[str, Any]) -> list[str]:
    """The address as published: the street, the second line where there is one, and the
    community with the province and postal code."""
    lines = [_f(row, "ADDRESS_1"), _f(row, "ADDRESS_2")]
    return [line for line in lines if line] + [f"{_f(row, 'COMMUNITY')}, ON {postal(row)}"]


def kind(row: dict[str, Any], lang: str = "en") -> str:
    """The kind of home in words (``for-profit nursing home``)."""
    en, fr = KINDS[_f(row, "SERV_DET")]
    return fr if lang == "fr" else en


def beds(row: dict[str, Any]) -> str:
    """The licensed beds as a number (``128``), "" where the row gives none."""
    found = re.search(r"\d+", _f(row, "Licensed Beds"))
    return found.group() if found else ""


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


# -- MHTML ----------------------------------------------------------------------------------------


def _qp(text: str) -> str:
    """``text`` quoted-printable as Chromium writes an MHTML part: ``=`` and every byte
    outside printable ASCII escaped (UTF-8), lines kept with CRLF, longer lines broken with a
    soft line break (``=``) before 76 characters, never inside an escape."""
    out = []
    for line in text.split("\n"):
        units = []
        for byte in line.encode("utf-8"):
            char = chr(byte)
            units.append(char if 32 <= byte < 127 and char != "=" else f"={byte:02X}")
        if units and units[-1] in (" ", "\t"):
            units[-1] = f"={ord(units[-1]):02X}"
        current = ""
        for unit in units:
            if len(current) + len(unit) > 75:
                out.append(current + "=")
                current = ""
            current += unit
        out.append(current)
    return "\r\n".join(out)


def _encoded_word(text: str) -> str:
    """``text`` as an RFC 2047 encoded word (UTF-8, Q encoding), as Chromium writes a
    non-ASCII title into the snapshot's ``Subject``."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isalnum() and byte < 127:
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "=?utf-8?Q?" + "".join(out) + "?="


def mhtml_profile(row: dict[str, Any], rng: random.Random) -> str:
    """An MHTML snapshot (RFC 2557) of the home's profile page on the Ministry's public
    reporting site as Chromium saves it: the ``From: <Saved by Blink>`` header block with the
    page's address, title and an invented date, a ``multipart/related`` body with an invented
    boundary, the HTML part (an invented content id) quoted-printable: a meta description
    naming the home and its number, and the profile table (name, address lines, telephone,
    LHIN, kind of home, licensed beds, area type, short-stay beds, councils, accreditation,
    French Language Services designation)."""
    name, tel, pid = _f(row, "EN_NAME"), phone(row), _f(row, "MOH_PRO_ID")
    when = _when(rng)
    url = f"{SITE}/en-ca/homeprofile.aspx?Home={pid}&tab=0"
    boundary = (
        "----MultipartBoundary--"
        + "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(42)
        )
        + "----"
    )
    cid = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    css = f"css-{cid[:8].lower()}@mhtml.blink"
    title = f"Long-Term Care Homes Public Reporting - {name}"
    subject = title if title.isascii() else _encoded_word(title)
    rows = [
        ("Home Name", name),
        ("Address", "<br>".join(html_escape(line) for line in address_lines(row))),
        ("Telephone", tel),
        ("LHIN", html_escape(_f(row, "Local Health Integration Network (LHIN)"))),
        ("Home Type", html_escape(_f(row, "SERV_DET"))),
        ("Licensed Beds", html_escape(_f(row, "Licensed Beds"))),
        ("Area Type", html_escape(_f(row, "Area Type"))),
        ("Short Stay Beds", html_escape(_f(row, "Approved Short Stay Beds"))),
        ("Residents\u2019 Council", html_escape(_f(row, "Residents\u2019 Council"))),
        ("Family Council", html_escape(_f(row, "Family Council"))),
        ("Accreditation", html_escape(_f(row, "Accreditation"))),
        (
            "French Language Services",
            html_escape(_f(row, "Home Designated Under French Language Services Act")),
        ),
    ]
    rows = [(label, value if label != "Home Name" else html_escape(value)) for label, value in rows]
    table = []
    for label, value in rows:
        if not value:
            continue
        table += [
            "<tr>",
            f'<th scope="row">{html_escape(label)}</th>',
            f'<td id="{_slug(label)}">',
            value,
            "</td>",
            "</tr>",
        ]
    html = [
        '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8">',
        f"<title>{html_escape(title)}</title>",
        f'<meta name="description" content="{html_escape(name)}, {html_escape(kind(row))} '
        f"in {html_escape(_f(row, 'COMMUNITY'))}. Telephone",
        f'{tel}">',
        f'<link rel="stylesheet" type="text/css" href="cid:{css}">',
        "</head><body>",
        '<div id="header"><a href="' + SITE + '/en-ca/default.aspx">Long-Term Care Homes '
        "Public Reporting</a></div>",
        '<div id="content">',
        f"<h1>{html_escape(name)}</h1>",
        f'<p class="provider">Provider ID: {html_escape(pid)}</p>',
        '<table class="profile">',
        *table,
        "</table>",
        "</div></body></html>",
    ]
    headers = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        f"Subject: {subject}",
        f"Date: {when:%a, %d %b %Y %H:%M:%S %z}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        f"Content-ID: <frame-{cid}@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        _qp("\n".join(html)),
        "",
        f"--{boundary}",
        "Content-Type: text/css",
        f"Content-ID: <{css}>",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp('@charset "utf-8";\n.profile th { text-align: left; }'),
        "",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(headers)


# -- i18next --------------------------------------------------------------------------------------


def i18next_resources(row: dict[str, Any], rng: random.Random) -> str:
    """The i18next translation resources of the home's bilingual web site, as the JSON the
    site loads into ``i18next.init({ resources })``: ``en`` and ``fr``, each with a ``common``
    namespace (the home's name, its address lines, the kind of home, the beds as ``_one`` and
    ``_other`` plural keys with ``{{count}}``, the provider id) and a ``contact`` namespace (a
    heading, the reception line with the number, a tour line and the hours, invented)."""
    name, tel, pid = _f(row, "EN_NAME"), phone(row), _f(row, "MOH_PRO_ID")
    hours = rng.choice(("9:00", "10:00")), rng.choice(("16:00", "16:30", "17:00"))
    french = _f(row, "Home Designated Under French Language Services Act") == "Yes"
    lines = address_lines(row)

    def lang(code: str) -> dict[str, Any]:
        fr = code == "fr"
        common = {
            "homeName": name,
            "address": {f"line{i + 1}": line for i, line in enumerate(lines)},
            "kind": kind(row, code).capitalize(),
            "beds_one": "{{count}} lit autorisé" if fr else "{{count}} licensed bed",
            "beds_other": "{{count}} lits autorisés" if fr else "{{count}} licensed beds",
            "providerId": (f"Identifiant du fournisseur (ministère) : {pid}" if fr
                           else f"Ministry provider ID: {pid}"),
        }  # fmt: skip
        if french:
            common["flsa"] = (
                "Foyer désigné en vertu de la Loi sur les services en français"
                if fr
                else "Designated under the French Language Services Act"
            )
        contact = {
            "heading": "Nous joindre" if fr else "Contact us",
            "reception": f"Réception : {tel}" if fr else f"Reception: {tel}",
            "tour": (
                "Pour visiter le foyer, appelez la réception du lundi au vendredi."
                if fr
                else "To book a tour of the home, call reception Monday to Friday."
            ),
            "hours": (f"De {hours[0].replace(':', ' h ')} à {hours[1].replace(':', ' h ')}"
                      if fr else f"{hours[0]} to {hours[1]}"),
        }  # fmt: skip
        return {"common": common, "contact": contact}

    resources = {"en": lang("en"), "fr": lang("fr")}
    return json.dumps(resources, ensure_ascii=False, indent=2) + "\n"


# -- ntfy -----------------------------------------------------------------------------------------


def ntfy_publish(row: dict[str, Any], rng: random.Random) -> str:
    """An ntfy publish request as JSON (``POST /`` of an invented self-hosted server, the body
    a JSON message): the LHIN's ``topic``, a ``title`` naming an invented change of the home's
    page, a ``message`` naming the home, its community, beds and number, ``tags``, a
    ``priority``, the profile page as ``click`` and a ``view`` action, after the request
    line and headers (``Host``, ``Content-Type``, an invented ``User-Agent`` version)."""
    name, tel, pid = _f(row, "EN_NAME"), phone(row), _f(row, "MOH_PRO_ID")
    lhin = _f(row, "Local Health Integration Network (LHIN)") or "Ontario"
    topic = "ltc-" + _slug(re.sub(r"\(.*?\)", "", lhin))
    url = f"{SITE}/en-ca/homeprofile.aspx?Home={pid}&tab=0"
    count = beds(row)
    message = f"{name} ({kind(row)}, {_f(row, 'COMMUNITY')})"
    if count:
        message += f", {count} licensed beds"
    message += f". Provider ID {pid}. Phone the home at {tel}."
    body = {
        "topic": topic,
        "title": f"{rng.choice(CHANGES)}: {name}",
        "message": message,
        "tags": ["house", _slug(_f(row, "COMMUNITY"))],
        "priority": rng.choice((2, 3, 3, 4)),
        "click": url,
        "actions": [{"action": "view", "label": "Open profile", "url": url, "clear": True}],
    }
    head = [
        "POST / HTTP/1.1",
        "Host: ntfy.ltc-watch.example.ca",
        f"User-Agent: ltc-watch/1.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
        "Content-Type: application/json",
        "",
    ]
    return "\r\n".join(head) + "\r\n" + json.dumps(body, ensure_ascii=False, indent=2) + "\n"


# -- MDX ------------------------------------------------------------------------------------------


def _jsx(value: str) -> str:
    """``value`` as a JSX string attribute (double quotes; a double quote as an entity)."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


def _md(value: str) -> str:
    """``value`` as Markdown table text (a pipe escaped)."""
    return value.replace("|", "\\|")


def mdx_page(row: dict[str, Any], rng: random.Random) -> str:
    """An MDX page of an invented Docusaurus guide to the region's long-term care homes: YAML
    front matter (title, an invented ``sidebar_position``, tags, the update date), an
    ``import`` of the site's ``HomeCard`` component, the heading, a ``<HomeCard>`` with the
    provider id, ``phone``, postal code and beds as props, a paragraph, a Markdown table of
    the home's details and a ``:::tip`` admonition repeating the number."""
    name, tel, pid = _f(row, "EN_NAME"), phone(row), _f(row, "MOH_PRO_ID")
    when = _when(rng)
    lhin = _f(row, "Local Health Integration Network (LHIN)")
    count = beds(row)
    props = [f'  providerId="{_jsx(pid)}"', f'  name="{_jsx(name)}"', f'  phone="{tel}"',
             f'  postalCode="{_jsx(_f(row, "POSTALCODE"))}"']  # fmt: skip
    if count:
        props.append(f"  beds={{{count}}}")
    details = [
        ("Address", ", ".join(address_lines(row))),
        ("Telephone", tel),
        ("Kind of home", kind(row)),
        ("Licensed beds", _f(row, "Licensed Beds")),
        ("LHIN", lhin),
        ("Area", _f(row, "Area Type")),
        ("Short-stay beds", _f(row, "Approved Short Stay Beds")),
        ("Residents\u2019 council", _f(row, "Residents\u2019 Council")),
        ("Family council", _f(row, "Family Council")),
        ("Accreditation", _f(row, "Accreditation")),
    ]
    table = ["| | |", "|---|---|"] + [f"| {k} | {_md(v)} |" for k, v in details if v]
    tags = [t for t in (_slug(re.sub(r"\(.*?\)", "", lhin)), _slug(_f(row, "COMMUNITY"))) if t]
    lines = [
        "---",
        f"title: {json.dumps(name, ensure_ascii=False)}",
        f"sidebar_position: {rng.randint(1, 90)}",
        f"tags: [{', '.join(tags)}]",
        f"last_update:\n  date: {when:%Y-%m-%d}",
        "---",
        "",
        "import HomeCard from '@site/src/components/HomeCard';",
        "",
        f"# {name}",
        "",
        "<HomeCard",
        *props,
        "/>",
        "",
        f"{name} is a {kind(row)} in {_f(row, 'COMMUNITY')}"
        + (f" with {count} licensed beds." if count else "."),
        "",
        *table,
        "",
        ":::tip Visiting",
        f"Call the home at {tel} before your first visit.",
        ":::",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mhtml_profile": mhtml_profile,
    "i18next_resources": i18next_resources,
    "ntfy_publish": ntfy_publish,
    "mdx_page": mdx_page,
}


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
