"""held_out_134 of the PII evaluation set: real phone and fax fields of a register no earlier part
used (HM Courts & Tribunals Service's court and tribunal finder, England and Wales; the United
Kingdom's earlier part took NHS England's pharmacies) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses, court numbers and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS pharmacies), IE, FR, DE, NL, BE and many others;
here:

* the values are the ``contacts`` numbers of 548 courts and tribunals
  (``scripts/data/pii_gb_hmcts_courts.json``, written by ``scripts/gb_hmcts_courts_data.py``;
  source and licence in that file): British numbers as the service typed them, the trunk
  ``0``, area code and line in groups, often two blanks after the area code
  (``01254  687500``, ``020  7947 6000``, ``0300 123 5577``), some with a second number or a
  short extension after ``/`` or ``or`` (a short one a distractor), each contact under its role
  (``Switchboard``, ``General Fax``, ``Fines Enquiries``...), every copy labelled;
* the text around them is the same entry's real fields: the name, slug, court number, admin
  id, court types, areas of law, addresses and postcodes (``BB5 2BH``) and coordinates,
  unlabelled and scored, with invented post, topic, status and message ids, dates and counts;
* in layouts no earlier part has, chat, forum and mail-archive exports, text in British
  English: Discourse posts as ``GET /posts/{id}.json`` returns them (the Markdown ``raw`` with
  a table of the lines and its ``cooked`` HTML, so each number stands twice), Mailman 2
  Pipermail archive pages of a court users' list (the message's ``PRE`` body listing the lines
  and repeating them on one line, the list address written ``at``), WeeChat IRC logs of a
  channel (tab-separated time, nick and message: a bot's join, a question, one line per
  contact and a one-line summary) and ActivityPub outbox pages of a court-notices account
  (an ``OrderedCollectionPage`` whose ``Create`` activity's ``Note`` gives the lines in its
  ``content`` and again in ``contentMap``, with a ``Place`` of the coordinates).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_134.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_hmcts_courts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_134.jsonl.gz"
SPLIT = "held_out_134"

LAYOUTS = ("discourse_post", "pipermail_message", "weechat_log", "activitypub_outbox")

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented nicknames of the chat and forum (handles, no person's name)
NICKS = ("paralegal_k", "clerk_on_call", "duty_solr", "listings_q", "advocate99")
QUESTIONS = (
    "anyone got the numbers for {name}?",
    "does anyone have the current lines for {name}? the website is down",
    "need to ring {name} about a hearing tomorrow, which number?",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A kept scalar field as published, stripped."""
    return str(row["fields"].get(key) or "").strip()


def contacts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's (role, number) pairs that a document gives: every contact with a number of
    six digits or more, numbers as published, in the file's order."""
    return [
        (c["name"], c["number"])
        for c in row["fields"]["contacts"]
        if sum(ch.isdigit() for ch in c["number"]) >= 6
    ]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's contact numbers labelled under
    its role (the first role that gives a number keeps it; a number that lies inside a longer
    one of the court is that one's)."""
    first: dict[str, str] = {}
    for role, number in contacts(row):
        first.setdefault(number, role)
    ordered = sorted(first, key=lambda v: (-len(v), list(first).index(v)))
    kinds = [(f"c{i}", value) for i, value in enumerate(ordered)]
    return field_copies(
        text,
        kinds,
        {kind: r"\d" for kind, _ in kinds},
        {kind: first[value] for kind, value in kinds},
        row["path"],
        nested=True,
    )


def address(row: dict[str, Any]) -> dict[str, str]:
    """The visiting address (else the first one the entry gives; empty fields if none)."""
    found = row["fields"]["addresses"]
    visiting = [a for a in found if a["type"] == "Visiting"]
    return (visiting or found or [{"address": "", "town": "", "county": "", "postcode": ""}])[0]


def address_line(row: dict[str, Any]) -> str:
    """The address on one line: its lines, town and postcode joined by commas."""
    a = address(row)
    parts = [line.strip() for line in a["address"].splitlines()] + [a["town"], a["postcode"]]
    return ", ".join(p.strip() for p in parts if p.strip())


def kinds(row: dict[str, Any]) -> str:
    """The court types and areas of law in a few words ("" where the entry gives none)."""
    found = [*row["fields"]["court_types"], *row["fields"]["areas_of_law"]]
    return ", ".join(found)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2017 (UTC)."""
    start = dt.datetime(2017, 1, 23, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _x(value: str) -> str:
    """``value`` as HTML text (quotes kept as written)."""
    return escape(value)


def _facts(row: dict[str, Any]) -> list[str]:
    """The entry's other real fields as short lines: address, types, court number."""
    lines = [f"Address: {address_line(row)}"] if address_line(row) else []
    if kinds(row):
        lines.append(f"Handles: {kinds(row)}")
    lines.append(f"Court number: {_f(row, 'court_number')} (admin id {_f(row, 'admin_id')})")
    return lines


def discourse_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Discourse post as ``GET /posts/{id}.json`` returns it (JSON, two-space indent): an
    invented id, topic id and slug, post number, times, reads and score, a bot's username, the
    Markdown ``raw`` (the court as a heading, its address, a table of role and number, its
    court number) and the ``cooked`` HTML of the same, so each number stands
    twice."""
    name = _f(row, "name")
    when = _when(rng)
    topic = rng.randint(1200, 48000)
    number = rng.randint(2, 40)
    lines = contacts(row)
    raw = [f"## {name}", "", *_facts(row), "", "| Line | Number |", "| --- | --- |"]
    raw += [f"| {role} | {tel} |" for role, tel in lines]
    raw += [
        "",
        f"Source: court and tribunal finder (`{_f(row, 'slug')}`), checked {when:%d %B %Y}.",
    ]
    facts = "".join(f"<p>{_x(line)}</p>\n" for line in _facts(row))
    rows_html = "".join(
        f"<tr>\n<td>{_x(role)}</td>\n<td>{_x(tel)}</td>\n</tr>\n" for role, tel in lines
    )
    cooked = (
        f'<h2><a name="p-{rng.randint(10000, 99999)}-h" class="anchor"></a>{_x(name)}</h2>\n'
        f'{facts}<div class="md-table">\n<table>\n<thead>\n<tr>\n<th>Line</th>\n'
        f"<th>Number</th>\n</tr>\n</thead>\n<tbody>\n{rows_html}</tbody>\n</table>\n</div>\n"
        f"<p>Source: court and tribunal finder (<code>{_x(_f(row, 'slug'))}</code>), checked "
        f"{when:%d %B %Y}.</p>"
    )
    post = {
        "id": rng.randint(100000, 999999),
        "username": "court_numbers_bot",
        "avatar_template": "/user_avatar/forum.example.org/court_numbers_bot/{size}/17_2.png",
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "cooked": cooked,
        "post_number": number,
        "post_type": 1,
        "updated_at": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "reply_count": rng.randint(0, 4),
        "reply_to_post_number": rng.choice((None, number - 1)),
        "quote_count": 0,
        "incoming_link_count": rng.randint(0, 30),
        "reads": rng.randint(5, 400),
        "score": round(rng.uniform(0.2, 80.0), 1),
        "yours": False,
        "topic_id": topic,
        "topic_slug": f"court-phone-numbers-{_f(row, 'slug')}",
        "display_username": "Court numbers bot",
        "version": rng.randint(1, 3),
        "can_edit": False,
        "wiki": False,
        "raw": "\n".join(raw),
    }
    return json.dumps(post, ensure_ascii=False, indent=2) + "\n"


def pipermail_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Mailman 2 Pipermail archive page of a court users' list: the subject as ``TITLE`` and
    ``H1``, the sender's name and the list address written ``at`` (a ``mailto:`` link with
    ``%40``), the date, previous and next message links by invented numbers, and the body in
    ``PRE`` between the article comments: a quoted question, the court's lines one a line,
    its other fields, and the numbers again on one line for the archive."""
    name = _f(row, "name")
    when = _when(rng)
    msg = rng.randint(1000, 19999)
    subject = f"[court-users] Contact numbers: {name}"
    lines = contacts(row)
    width = max(len(role) for role, _ in lines) + 2
    body = [
        f"&gt; Could someone post the current numbers for {_x(name)}?",
        "",
        "Here they are, from the court and tribunal finder:",
        "",
        *[f"  {_x(role + ':'):<{width}}{_x(tel)}" for role, tel in lines],
        "",
        *[_x(line) for line in _facts(row)],
        "",
        "For the archive, on one line: "
        + "; ".join(f"{_x(role)} {_x(tel)}" for role, tel in lines),
        "",
        "-- ",
        "court-users list digest robot",
    ]
    out = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<HTML>",
        " <HEAD>",
        f"   <TITLE> {_x(subject)}",
        "   </TITLE>",
        '   <LINK REL="Index" HREF="index.html" >',
        '   <LINK REL="made" HREF="mailto:court-users%40lists.example.org?Subject='
        f'{_x(subject).replace(" ", "%20")}&In-Reply-To=">',
        '   <META NAME="robots" CONTENT="index,nofollow">',
        '   <META http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f'   <LINK REL="Previous"  HREF="{msg - 1:06d}.html">',
        f'   <LINK REL="Next"  HREF="{msg + 1:06d}.html">',
        " </HEAD>",
        ' <BODY BGCOLOR="#ffffff">',
        f"   <H1>{_x(subject)}</H1>",
        "    <B>court-users list digest robot</B> ",
        '    <A HREF="mailto:court-users%40lists.example.org" '
        f'TITLE="{_x(subject)}">court-users at lists.example.org',
        "       </A><BR>",
        f"    <I>{when:%a %b} {when.day:2d} {when:%H:%M:%S} UTC {when.year}</I>",
        "    <P><UL>",
        f'        <LI>Previous message: <A HREF="{msg - 1:06d}.html">[court-users] '
        "Listing office hours</A></li>",
        f'        <LI>Next message: <A HREF="{msg + 1:06d}.html">[court-users] '
        "Re: Contact numbers</A></li>",
        "    </UL>",
        "    <HR>",
        "<!--beginarticle-->",
        "<PRE>" + "\n".join(body),
        "</PRE>",
        "<!--endarticle-->",
        "    <HR>",
        "</body></html>",
        "",
    ]
    return "\n".join(out)


def weechat_log(row: dict[str, Any], rng: random.Random) -> str:
    """A WeeChat log of an IRC channel (``YYYY-MM-DD HH:MM:SS``, a tab, the prefix, a tab, the
    message): the bot's join (``-->``), a user's question, the bot's answer naming the court,
    its address, one line per contact, then a ``!numbers`` request answered on one
    line, and a part (``<--``)."""
    name = _f(row, "name")
    when = _when(rng).replace(tzinfo=None)
    nick = rng.choice(NICKS)
    out: list[tuple[str, str]] = []

    def say(prefix: str, text: str) -> None:
        out.append((prefix, text))

    say("-->", "courtbot (~courtbot@user/courtbot) has joined #uk-courts")
    say(nick, rng.choice(QUESTIONS).format(name=name))
    say("courtbot", f"{nick}: {name} ({_f(row, 'slug')}, court no. {_f(row, 'court_number')})")
    if address_line(row):
        say("courtbot", address_line(row))
    for role, tel in contacts(row):
        say("courtbot", f"{role}: {tel}")
    say(nick, f"!numbers {_f(row, 'slug')}")
    say("courtbot", " | ".join(f"{role} {tel}" for role, tel in contacts(row)))
    say(nick, "cheers")
    say("<--", f"{nick} (~{nick}@user/{nick}) has quit (Quit: Leaving)")
    lines = []
    for prefix, text in out:
        when += dt.timedelta(seconds=rng.randint(1, 40))
        lines.append(f"{when:%Y-%m-%d %H:%M:%S}\t{prefix}\t{text}")
    return "\n".join(lines) + "\n"


def activitypub_outbox(row: dict[str, Any], rng: random.Random) -> str:
    """An ActivityPub outbox page of an invented court-notices account (JSON-LD, two-space
    indent): an ``OrderedCollectionPage`` whose one ``Create`` activity carries a public
    ``Note``: invented status ids and times, the lines as HTML in ``content`` and again in
    ``contentMap`` (``en``), hashtags of the town, and a ``Place`` with the row's coordinates
    (where it has them)."""
    name = _f(row, "name")
    when = _when(rng)
    base = "https://social.example.org/users/courtnotices"
    status = f"{rng.randint(97, 99)}{rng.randint(10**15, 10**16 - 1)}"
    town = address(row)["town"].strip() or "England"
    tag = "".join(w for w in town.title().split() if w.isalnum()) or "Courts"
    lines = "<br />".join(f"{_x(role)}: {_x(tel)}" for role, tel in contacts(row))
    content = (
        f"<p>{_x(name)}, {_x(address_line(row))}</p><p>{lines}</p>"
        + f'<p><a href="https://social.example.org/tags/{tag}" class="mention hashtag" '
        f'rel="tag">#<span>{tag}</span></a></p>'
    )
    note: dict[str, Any] = {
        "id": f"{base}/statuses/{status}",
        "type": "Note",
        "summary": None,
        "inReplyTo": None,
        "published": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "url": f"https://social.example.org/@courtnotices/{status}",
        "attributedTo": base,
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "cc": [f"{base}/followers"],
        "sensitive": False,
        "content": content,
        "contentMap": {"en": content},
        "attachment": [],
        "tag": [{"type": "Hashtag", "href": f"https://social.example.org/tags/{tag}",
                 "name": f"#{tag}"}],
        "replies": {"id": f"{base}/statuses/{status}/replies", "type": "Collection"},
    }  # fmt: skip
    if _f(row, "lat") and _f(row, "lon"):
        note["location"] = {
            "type": "Place",
            "name": name,
            "latitude": float(_f(row, "lat")),
            "longitude": float(_f(row, "lon")),
        }
    page = {
        "@context": ["https://www.w3.org/ns/activitystreams", {"Hashtag": "as:Hashtag"}],
        "id": f"{base}/outbox?max_id={int(status) + 1}&page=true",
        "type": "OrderedCollectionPage",
        "next": f"{base}/outbox?max_id={status}&page=true",
        "prev": f"{base}/outbox?min_id={status}&page=true",
        "partOf": f"{base}/outbox",
        "orderedItems": [
            {
                "id": f"{base}/statuses/{status}/activity",
                "type": "Create",
                "actor": base,
                "published": f"{when:%Y-%m-%dT%H:%M:%SZ}",
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [f"{base}/followers"],
                "object": note,
            }
        ],
    }
    return json.dumps(page, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "discourse_post": discourse_post,
    "pipermail_message": pipermail_message,
    "weechat_log": weechat_log,
    "activitypub_outbox": activitypub_outbox,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its contact numbers labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
