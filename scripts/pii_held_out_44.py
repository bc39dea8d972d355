"""held_out_44 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Israel) exactly as published, in layouts no earlier part has, beside the
register's other real fields.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_42`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU, KE, BE, CO, MY and RO; here (Ukraine was looked for first and no usable register
of it was found):

* the values are the phone fields of Israel's Tipat Halav (mother-and-child health) stations
  as the Ministry of Health listed them (``scripts/data/pii_il_tipat_halav.json``, written by
  ``scripts/il_tipat_halav_data.py``; source and licence in that file): numbers as each
  station gave them (``04-9968532``, ``077-7911155``, ``050-6622403``, two in one field,
  ``04-6786829,04-6780616``, ``09-8315500 ,09/8315500``, an extension after some,
  ``08-9707512/266``, the area code after the number, ``5800106 - 02``), each number of each
  copy labelled; the register has no e-mail column;
* the text around them is the same row's real fields: the station's name, city, district and
  address in Hebrew, its coordinates, its hours on each day of the week and its operator, with
  invented message ids, user ids, time stamps and issue numbers, unlabelled and scored;
* in layouts no earlier part has, labels in Hebrew: a DiscordChatExporter JSON export of a
  channel with one message, a Mattermost post as its REST API returns it (Go's JSON encoder:
  ``<``, ``>`` and ``&`` as ``\\u003c``...), a Zulip data export's ``zerver_message`` row (the
  Markdown ``content`` and its ``rendered_content`` in HTML, so the number stands twice) and a
  GitHub issue comment as the REST API returns it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_44.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_il_tipat_halav.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_44.jsonl.gz"
SPLIT = "held_out_44"

LAYOUTS = ("discord_export", "mattermost_post", "zulip_export", "github_issue_comment")
PHONE = "phone"
# the file's day columns (its header spells Wednesday "Wednesady") and their Hebrew names
DAYS = (
    ("Sunday", "ראשון"), ("Monday", "שני"), ("Tuesday", "שלישי"), ("Wednesady", "רביעי"),
    ("Thursday", "חמישי"), ("Friday", "שישי"), ("Saturday", "שבת"),
)  # fmt: skip
EPOCH = datetime.datetime(2023, 1, 8, tzinfo=datetime.UTC)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented moment of 2023, to the millisecond."""
    return EPOCH + datetime.timedelta(milliseconds=rng.randint(0, 330 * 86_400_000))


def _hours(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(Hebrew day name, the station's hours that day as published) for the week."""
    return [(name, _f(row, column)) for column, name in DAYS]


def _where(row: dict[str, Any]) -> str:
    """The address and city, the city once where the address is only the city's name."""
    address, city = _f(row, "address"), _f(row, "city")
    return address if address == city or not address else f"{address}, {city}"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it
    by ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never
    part of another number."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def _snowflake(moment: datetime.datetime, rng: random.Random) -> str:
    """A Discord id: milliseconds since Discord's epoch (2015) shifted left 22 bits, random
    worker, process and increment bits."""
    ms = int(moment.timestamp() * 1000) - 1_420_070_400_000
    return str((ms << 22) | rng.getrandbits(22))


def discord_export(row: dict[str, Any], rng: random.Random) -> str:
    """The station as a message of a Discord channel exported by DiscordChatExporter in JSON
    (two-space indents, Unicode unescaped): the guild and channel, the export's time, and one
    message of a bot posting the station with its address, phone (``טלפון``), coordinates,
    operator and hours, in Hebrew; snowflake ids, time stamps and a message count."""
    sent = _moment(rng)
    guild, channel, author = (
        _snowflake(sent - datetime.timedelta(days=d), rng) for d in (400, 390, 380)
    )
    hours = "\n".join(f"{day}: {h}" for day, h in _hours(row))
    content = (
        f"**טיפת חלב {_f(row, 'name')}**\n"
        f"כתובת: {_where(row)} (מחוז {_f(row, 'district')})\n"
        f"טלפון: {phone(row)}\n"
        f"מיקום: {_f(row, 'lat')},{_f(row, 'lon')}\n"
        f"מפעיל: {_f(row, 'owner')}\n"
        f"שעות פעילות:\n{hours}"
    )
    if _f(row, "notes"):
        content += f"\nהערות: {_f(row, 'notes')}"
    offset = "+02:00" if sent.month in (1, 2, 3, 11, 12) else "+03:00"
    local = sent + datetime.timedelta(hours=int(offset[1:3]))
    stamp = local.strftime("%Y-%m-%dT%H:%M:%S.") + f"{local.microsecond // 1000:03d}" + offset
    doc = {
        "guild": {
            "id": guild,
            "name": "הורים בשכונה",
            "iconUrl": f"https://cdn.discordapp.com/icons/{guild}/{rng.getrandbits(128):032x}.png?size=512",
        },
        "channel": {
            "id": channel,
            "type": "GuildTextChat",
            "categoryId": _snowflake(sent - datetime.timedelta(days=395), rng),
            "category": "מידע",
            "name": "טיפות-חלב",
            "topic": "תחנות טיפת חלב לפי משרד הבריאות",
        },
        "dateRange": {"after": None, "before": None},
        "exportedAt": (local + datetime.timedelta(days=rng.randint(1, 30))).strftime(
            "%Y-%m-%dT%H:%M:%S.%f"
        )[:-3]
        + offset,
        "messages": [
            {
                "id": _snowflake(sent, rng),
                "type": "Default",
                "timestamp": stamp,
                "timestampEdited": None,
                "callEndedTimestamp": None,
                "isPinned": rng.random() < 0.3,
                "content": content,
                "author": {
                    "id": author,
                    "name": "tipot-bot",
                    "discriminator": "0000",
                    "nickname": "בוט טיפות חלב",
                    "color": None,
                    "isBot": True,
                    "roles": [],
                    "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
                },
                "attachments": [],
                "embeds": [],
                "stickers": [],
                "reactions": [],
                "mentions": [],
                "inlineEmojis": [],
            }
        ],
        "messageCount": 1,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _mm_id(rng: random.Random) -> str:
    """A Mattermost id: 26 characters of lowercase base32."""
    return "".join(rng.choice("abcdefghijkmnopqrstuwxyz13456789") for _ in range(26))


def _go_json(value: Any) -> str:
    """JSON as Go's encoding/json writes it: compact, Unicode unescaped, ``<``, ``>`` and
    ``&`` escaped for HTML."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def mattermost_post(row: dict[str, Any], rng: random.Random) -> str:
    """The station as a Mattermost post as ``GET /api/v4/posts/{id}`` returns it: ids, the
    creation time in milliseconds, a Markdown ``message`` in Hebrew (a heading line, the address
    linked to a map at its coordinates, the phone, a table of the week's hours, the operator)
    and empty metadata."""
    created = int(_moment(rng).timestamp() * 1000)
    rows = "\n".join(f"| {day} | {h} |" for day, h in _hours(row))
    message = (
        f"#### טיפת חלב {_f(row, 'name')} ({_f(row, 'city')})\n"
        f"📍 [{_where(row)}](https://www.openstreetmap.org/?mlat={_f(row, 'lat')}"
        f"&mlon={_f(row, 'lon')}#map=17/{_f(row, 'lat')}/{_f(row, 'lon')})\n"
        f"☎️ טלפון: {phone(row)}\n\n"
        f"| יום | שעות |\n| --- | --- |\n{rows}\n\n"
        f"מפעיל: {_f(row, 'owner')}, מחוז {_f(row, 'district')}"
    )
    post = {
        "id": _mm_id(rng),
        "create_at": created,
        "update_at": created,
        "edit_at": 0,
        "delete_at": 0,
        "is_pinned": False,
        "user_id": _mm_id(rng),
        "channel_id": _mm_id(rng),
        "root_id": "",
        "original_id": "",
        "message": message,
        "type": "",
        "props": {"disable_group_highlight": True},
        "hashtag": "",
        "pending_post_id": "",
        "reply_count": 0,
        "last_reply_at": 0,
        "participants": None,
        "metadata": {},
    }
    return _go_json(post)


def zulip_export(row: dict[str, Any], rng: random.Random) -> str:
    """The station as a row of ``zerver_message`` in a Zulip organisation's data export
    (``messages-000001.json``, two-space indents): ids, the topic (``subject``) in Hebrew, the
    Markdown ``content`` (address, phone, coordinates, hours as a list) and the
    ``rendered_content`` HTML of the same text, so the phone stands in both, and the time sent
    as a float."""
    hours = [f"{day}: {h}" for day, h in _hours(row)]
    lines = [
        f"**{_f(row, 'name')}** — {_where(row)}",
        f"טלפון: {phone(row)}",
        f"מיקום: {_f(row, 'lat')}, {_f(row, 'lon')}",
        f"מפעיל: {_f(row, 'owner')}",
        "שעות:",
        *(f"* {h}" for h in hours),
    ]
    html = (
        f"<p><strong>{escape(_f(row, 'name'))}</strong> — {escape(_where(row))}<br>\n"
        f"טלפון: {escape(phone(row))}<br>\n"
        f"מיקום: {_f(row, 'lat')}, {_f(row, 'lon')}<br>\n"
        f"מפעיל: {escape(_f(row, 'owner'))}<br>\n"
        "שעות:</p>\n<ul>\n" + "".join(f"<li>{escape(h)}</li>\n" for h in hours) + "</ul>"
    )
    sent = _moment(rng).timestamp()
    message = {
        "content": "\n".join(lines),
        "date_sent": round(sent + rng.random(), 6),
        "edit_history": None,
        "has_attachment": False,
        "has_image": False,
        "has_link": False,
        "id": rng.randint(100_000, 9_999_999),
        "last_edit_time": None,
        "realm": rng.randint(2, 40),
        "recipient": rng.randint(10, 900),
        "rendered_content": html,
        "rendered_content_version": 1,
        "sender": rng.randint(8, 400),
        "sending_client": rng.randint(1, 6),
        "subject": f"טיפת חלב {_f(row, 'city')}",
    }
    return json.dumps({"zerver_message": [message]}, ensure_ascii=False, indent=2) + "\n"


def _base62(rng: random.Random, n: int) -> str:
    """``n`` invented letters and digits (the tail of a GraphQL node id)."""
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def github_issue_comment(row: dict[str, Any], rng: random.Random) -> str:
    """The station as a comment on a GitHub issue of a map project, as the REST API returns
    ``GET /repos/{owner}/{repo}/issues/comments/{id}`` (compact JSON): the comment's urls and
    ids, its author, times, ``author_association`` and a Markdown ``body`` in Hebrew giving the
    station's address, phone, coordinates and operator as a correction to the map's data."""
    owner, repo = "mapat-yeladim", "tipot-halav"
    number, comment = rng.randint(12, 480), rng.randint(1_200_000_000, 2_400_000_000)
    user_id = rng.randint(1_000_000, 150_000_000)
    login = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))
    api = f"https://api.github.com/repos/{owner}/{repo}"
    created = _moment(rng)
    updated = created + datetime.timedelta(seconds=rng.choice((0, 0, rng.randint(60, 90_000))))
    body = (
        f"בדקתי מול הרשימה של משרד הבריאות: **{_f(row, 'name')}** ב{_f(row, 'city')}.\r\n\r\n"
        f"- כתובת: {_f(row, 'address')}\r\n"
        f"- טלפון: {phone(row)}\r\n"
        f"- מיקום: `{_f(row, 'lat')}, {_f(row, 'lon')}`\r\n"
        f"- מפעיל: {_f(row, 'owner')}\r\n\r\n"
        f"ביום {DAYS[0][1]} פתוח {_f(row, 'Sunday')}, בשישי {_f(row, 'Friday')}."
    )
    doc = {
        "url": f"{api}/issues/comments/{comment}",
        "html_url": f"https://github.com/{owner}/{repo}/issues/{number}#issuecomment-{comment}",
        "issue_url": f"{api}/issues/{number}",
        "id": comment,
        "node_id": "IC_kwDO" + _base62(rng, 17),
        "user": {
            "login": login,
            "id": user_id,
            "node_id": "MDQ6VXNlcj" + _base62(rng, 10),
            "avatar_url": f"https://avatars.githubusercontent.com/u/{user_id}?v=4",
            "gravatar_id": "",
            "url": f"https://api.github.com/users/{login}",
            "html_url": f"https://github.com/{login}",
            "type": "User",
            "user_view_type": "public",
            "site_admin": False,
        },
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_at": updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author_association": rng.choice(("CONTRIBUTOR", "MEMBER", "NONE")),
        "body": body,
        "reactions": {
            "url": f"{api}/issues/comments/{comment}/reactions",
            "total_count": 0, "+1": 0, "-1": 0, "laugh": 0, "hooray": 0,
            "confused": 0, "heart": 0, "rocket": 0, "eyes": 0,
        },
        "performed_via_github_app": None,
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "discord_export": discord_export,
    "mattermost_post": mattermost_post,
    "zulip_export": zulip_export,
    "github_issue_comment": github_issue_comment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
    labelled."""
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
