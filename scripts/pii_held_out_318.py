"""held_out_318 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Atout France's classified campsites, France; France's earlier parts took other
publishers and other kinds of place) exactly as published, in layouts no earlier part has,
beside the campsites' own names, addresses, ratings and pitch counts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (the ministère des Solidarités et de la Santé's COVID-19
testing sites, DILA's local offices, the FINESS hospitals, the Onisep's higher-education
establishments of the Pays de la Loire, the Crous' restaurants and others) and many other
countries; here:

* the values are the ``TÉLÉPHONE`` and ``COURRIEL`` fields of 360 campsites of Atout France's
  June 2013 list of classified tourist accommodation
  (``scripts/data/pii_fr_atout_france_campings.json``, written by
  ``scripts/fr_atout_france_campings_data.py``; source and licence in that file): French numbers
  as the register's spreadsheet left them, mostly nine digits whose trunk ``0`` was lost
  (``322232838``), some ten digits in pairs split by dots or blanks or in one run
  (``02.99.72.69.64``), each copy labelled, and the campsites' mailboxes
  (``camping.rio@free.fr``), each copy labelled;
* the text around them is the same row's real fields: the trade name, address, postcode (some
  four digits, their ``0`` lost: ``8000``), commune, rating, category, classification date,
  web site and number of pitches, with invented ids, keys, time stamps, dates and counts,
  unlabelled and scored;
* in layouts no earlier part has, of services and software made in France, text in French:
  OVHcloud API SMS job requests (``POST /1.0/sms/{serviceName}/jobs`` with the API's signed
  ``X-Ovh-*`` headers: a booking confirmation the campsite sends, naming its number and
  mailbox), Mailjet Send API v3.1 requests (a sandboxed test send of the campsite's season
  newsletter from and to its own mailbox, the number in ``TextPart`` and ``HTMLPart``),
  Dotclear 2 flat backups of the campsite's blog (``///DOTCLEAR|...|single``, ``[category ...]``,
  ``[post ...]`` and ``[meta ...]`` sections, the post in Dotclear wiki syntax and XHTML with
  its ``post_words`` search index) and lemlist API requests adding the campsite as a lead to a
  prospecting campaign (``POST /api/campaigns/{id}/leads/{email}``, ``companyName``, ``phone``,
  an ``icebreaker`` and custom variables).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, e-mail addresses as
such. Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_318.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_atout_france_campings.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_318.jsonl.gz"
SPLIT = "held_out_318"

LAYOUTS = ("ovh_sms_job", "mailjet_send", "dotclear_flat", "lemlist_lead")
PHONE = "TÉLÉPHONE"
EDGES = {"phone": r"\d", "email": r"[\w@+-]"}
HEX = "0123456789abcdef"
PARIS = dt.timezone(dt.timedelta(hours=2))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the register writes ``-`` or nothing)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "-" else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped."""
    return _f(row, "COURRIEL")


def name(row: dict[str, Any]) -> str:
    return _f(row, "NOM COMMERCIAL")


def called(row: dict[str, Any]) -> str:
    """The name as a sentence names the place: as published where it starts with ``CAMP``
    (``CAMPING LE RIO``), else after the word ``camping`` (``camping LES SALADELLES``)."""
    return name(row) if name(row).startswith("CAMP") else f"camping {name(row)}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the sample's are: a nine-digit
    ``33...`` is a Nord number whose trunk 0 was lost)."""
    return value.lstrip("(").startswith(("+", "00"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _where(row: dict[str, Any]) -> str:
    """The address as one line (``23 rue Maréchal foch, 80860 NOYELLES-SUR-MER``)."""
    town = f"{_f(row, 'CODE POSTAL')} {_f(row, 'COMMUNE')}".strip()
    return ", ".join(part for part in (_f(row, "ADRESSE"), town) if part)


def _rating(row: dict[str, Any]) -> str:
    """The rating and category (``2 étoiles, Tourisme``)."""
    return ", ".join(part for part in (_f(row, "CLASSEMENT"), _f(row, "CATÉGORIE")) if part)


def _site(row: dict[str, Any]) -> str:
    return _f(row, "SITE INTERNET")


def _pitches(row: dict[str, Any]) -> str:
    return _f(row, "NOMBRE D'EMPLACEMENTS")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of spring 2024 (Paris summer time)."""
    start = dt.datetime(2024, 3, 4, 8, 0, tzinfo=PARIS)
    return start + dt.timedelta(seconds=rng.randint(0, 120 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _stay(rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    """An invented stay of a summer week (``12/07``, ``19/07``)."""
    first = dt.date(2024, 6, 29) + dt.timedelta(days=rng.randint(0, 60))
    last = first + dt.timedelta(days=rng.choice((3, 5, 7, 7, 14)))
    return f"{first:%d/%m}", f"{last:%d/%m}"


def _sender(row: dict[str, Any]) -> str:
    """An SMS sender id made of the name (11 letters or digits at most, OVHcloud's limit)."""
    plain = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[A-Za-z0-9]+", plain.upper()) if w != "CAMPING"]
    return ("CAMP" + "".join(words))[:11] if words else "CAMPING"


def ovh_sms_job(row: dict[str, Any], rng: random.Random) -> str:
    """An OVHcloud API request creating an SMS job: ``POST /1.0/sms/{serviceName}/jobs`` on
    ``eu.api.ovh.com`` with the signed headers (an invented application key, consumer key,
    ``X-Ovh-Timestamp`` and ``$1$`` SHA-1 signature), and the JSON body: ``charset``,
    ``class``, ``coding``, the message (a booking confirmation naming the campsite, its commune,
    an invented stay, the number and the mailbox), ``noStopClause``, ``priority``, the receivers'
    uploaded document's slot id, the ``sender`` made of the name, a ``tag`` and
    ``validityPeriod``."""
    when = _when(rng)
    service = f"sms-{_token(rng, 2, string.ascii_lowercase)}{rng.randint(10000, 99999)}-1"
    first, last = _stay(rng, when)
    message = (
        f"{name(row)} ({_f(row, 'COMMUNE')}) : votre emplacement est réservé du {first} au "
        f"{last}. Accueil : {phone(row)} / {email(row)}. À bientôt !"
    )
    body = {
        "charset": "UTF-8",
        "class": "phoneDisplay",
        "coding": "8bit",
        "message": message,
        "noStopClause": True,
        "priority": rng.choice(("high", "medium")),
        "receiversSlotId": f"{_token(rng, 8, HEX)}-{_token(rng, 4, HEX)}-4{_token(rng, 3, HEX)}"
        f"-a{_token(rng, 3, HEX)}-{_token(rng, 12, HEX)}",
        "sender": _sender(row),
        "senderForResponse": False,
        "tag": f"resa-{when:%Y%m}",
        "validityPeriod": 2880,
    }
    lines = [
        f"POST /1.0/sms/{service}/jobs HTTP/1.1",
        "Host: eu.api.ovh.com",
        "Content-Type: application/json",
        f"X-Ovh-Application: {_token(rng, 16)}",
        f"X-Ovh-Consumer: {_token(rng, 32)}",
        f"X-Ovh-Timestamp: {int(when.timestamp())}",
        f"X-Ovh-Signature: $1${_token(rng, 40, HEX)}",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


def mailjet_send(row: dict[str, Any], rng: random.Random) -> str:
    """A Mailjet Send API v3.1 request (``POST /v3.1/send``): ``SandboxMode`` on, one message
    from and to the campsite's own mailbox (a test send of its season newsletter), the subject,
    ``TextPart`` and ``HTMLPart`` naming the rating, address, pitches, web site and number, an
    invented ``CustomID`` and ``CustomCampaign``."""
    when = _when(rng)
    opening = dt.date(2024, 4, 1) + dt.timedelta(days=rng.randint(0, 60))
    tel, mail, site = phone(row), email(row), _site(row)
    pitches = f" Nos {_pitches(row)} emplacements vous attendent." if _pitches(row) else ""
    text = [
        f"Bonjour,\n\nLe {called(row)} ({_rating(row)}) ouvre ses portes le {opening:%d/%m/%Y}."
        f"{pitches}\n\nAdresse : {_where(row)}\nRéservations : {tel}"
    ]
    if site:
        text.append(f"\nSite : {site}")
    text.append(f"\n\nÀ très bientôt,\nL'équipe du {called(row)}")
    html_lines = [
        f"<h3>Ouverture le {opening:%d/%m/%Y}</h3>",
        f"<p>Le <strong>{html.escape(called(row))}</strong> ({html.escape(_rating(row))}) "
        f"ouvre ses portes.{html.escape(pitches)}</p>",
        f"<p>{html.escape(_where(row))}<br />Réservations : {tel}</p>",
    ]
    if site:
        url = site if site.startswith("http") else f"http://{site}"
        html_lines.append(f'<p><a href="{html.escape(url)}">{html.escape(site)}</a></p>')
    body = {
        "SandboxMode": True,
        "Messages": [
            {
                "From": {"Email": mail, "Name": name(row)},
                "To": [{"Email": mail, "Name": name(row)}],
                "Subject": f"[TEST] Ouverture de la saison {when:%Y} au {called(row)}",
                "TextPart": "".join(text),
                "HTMLPart": "".join(html_lines),
                "CustomID": f"newsletter-{when:%Y%m%d}-{rng.randint(100, 999)}",
                "CustomCampaign": f"ouverture_saison_{when:%Y}",
            }
        ],
    }
    lines = [
        "POST /v3.1/send HTTP/1.1",
        "Host: api.mailjet.com",
        "Content-Type: application/json",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


def _dc(value: str) -> str:
    """A value as Dotclear's flat export writes it: double-quoted, with backslashes, quotes and
    line breaks escaped."""
    value = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + value.replace("\r", "\\r").replace("\n", "\\n") + '"'


def _words(*texts: str) -> str:
    """Dotclear's ``post_words``: the words of three letters or more, lower case, without
    diacritics, each once, in order."""
    plain = unicodedata.normalize("NFKD", " ".join(texts)).encode("ascii", "ignore").decode()
    seen: list[str] = []
    for word in re.split(r"[^A-Za-z0-9]+", plain.lower()):
        if len(word) >= 3 and word not in seen:
            seen.append(word)
    return " ".join(seen)


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[A-Za-z0-9]+", plain))


def dotclear_flat(row: dict[str, Any], rng: random.Random) -> str:
    """A Dotclear 2 flat backup of one blog (``///DOTCLEAR|2.25.3|single``): a ``[category
    ...]`` section, a ``[post ...]`` section of one post announcing the season (its title,
    ``post_url``, the content in Dotclear wiki syntax and as XHTML, naming the rating,
    address, pitches, number and mailbox, and its ``post_words`` index) and a ``[meta ...]``
    section of its tags; invented ids and dates."""
    when = _when(rng)
    blog = f"camping{rng.randint(100, 999)}"
    post_id, cat_id = rng.randint(2, 240), rng.randint(1, 6)
    tel, mail = phone(row), email(row)
    title = f"Ouverture de la saison {when:%Y}"
    pitches = f" et ses {_pitches(row)} emplacements" if _pitches(row) else ""
    verb = "vous accueillent" if pitches else "vous accueille"
    wiki = (
        f"!!!{title}\n\nLe __{called(row)}__ ({_rating(row)}){pitches} {verb} à "
        f"nouveau.\n\n* Adresse : {_where(row)}\n* Téléphone : {tel}\n"
        f"* Courriel : [Écrire au camping|mailto:{mail}]\n"
    )
    xhtml = (
        f"<h3>{html.escape(title)}</h3>\n<p>Le <strong>{html.escape(called(row))}</strong> "
        f"({html.escape(_rating(row))}){html.escape(pitches)} {verb} à nouveau.</p>\n"
        f"<ul>\n<li>Adresse : {html.escape(_where(row))}</li>\n<li>Téléphone : {tel}</li>\n"
        f'<li>Courriel : <a href="mailto:{mail}">Écrire au camping</a></li>\n</ul>'
    )
    created = when - dt.timedelta(minutes=rng.randint(5, 90))
    stamp = f"{when:%Y-%m-%d %H:%M:%S}"
    post = {
        "post_id": str(post_id), "blog_id": blog, "user_id": "admin", "cat_id": str(cat_id),
        "post_dt": stamp, "post_tz": "Europe/Paris",
        "post_creadt": f"{created:%Y-%m-%d %H:%M:%S}", "post_upddt": stamp,
        "post_password": "", "post_type": "post", "post_format": "wiki",
        "post_url": f"{when:%Y/%m/%d}/{_slug(title)}", "post_lang": "fr",
        "post_title": title, "post_excerpt": "", "post_excerpt_xhtml": "",
        "post_content": wiki, "post_content_xhtml": xhtml, "post_notes": "",
        "post_meta": "", "post_words": _words(title, wiki), "post_status": "1",
        "post_firstpub": "1", "post_selected": "0", "post_position": "0",
        "post_open_comment": "1", "post_open_tb": "0", "nb_comment": "0", "nb_trackback": "0",
    }  # fmt: skip
    category = {
        "cat_id": str(cat_id), "blog_id": blog, "cat_title": "Actualités",
        "cat_url": "Actualites", "cat_desc": "", "cat_position": "0",
        "cat_lft": str(2 * cat_id - 1), "cat_rgt": str(2 * cat_id),
    }  # fmt: skip
    tags = ["camping", _slug(_f(row, "COMMUNE")).lower(), f"saison-{when:%Y}"]
    lines = ["///DOTCLEAR|2.25.3|single", "", f"[category {','.join(category)}]"]
    lines.append(",".join(_dc(v) for v in category.values()))
    lines += ["", f"[post {','.join(post)}]", ",".join(_dc(v) for v in post.values())]
    lines += ["", "[meta meta_id,meta_type,post_id]"]
    lines += [",".join(_dc(v) for v in (tag, "tag", str(post_id))) for tag in tags if tag]
    return "\n".join(lines) + "\n"


def _domain(site: str) -> str:
    """The host of a published web site, without ``www.`` (``camping-lerio.fr``)."""
    host = re.sub(r"^[a-z]+://", "", site.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def lemlist_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A lemlist API request adding the campsite as a lead to a prospecting campaign of an
    invented booking-software seller: ``POST /api/campaigns/{campaignId}/leads/{email}`` with
    ``deduplicate=true``, the JSON body's ``companyName``, ``companyDomain`` (where the register
    gives a site), ``phone``, an ``icebreaker`` naming the rating and commune, and custom
    variables (commune, postcode, rating, classification date, pitches)."""
    campaign = f"cam_{_token(rng, 17)}"
    body: dict[str, str] = {"companyName": name(row)}
    if _site(row):
        body["companyDomain"] = _domain(_site(row))
    body["phone"] = phone(row)
    body["icebreaker"] = (
        f"J'ai vu que le {called(row)} à {_f(row, 'COMMUNE')} est classé {_f(row, 'CLASSEMENT')} "
        f"depuis le {_f(row, '#DATE DE CLASSEMENT')} : bravo !"
    )
    body["commune"] = _f(row, "COMMUNE")
    body["codePostal"] = _f(row, "CODE POSTAL")
    body["classement"] = _f(row, "CLASSEMENT")
    if _pitches(row):
        body["emplacements"] = _pitches(row)
    body["source"] = "liste Atout France"
    lines = [
        f"POST /api/campaigns/{campaign}/leads/{email(row)}?deduplicate=true HTTP/1.1",
        "Host: api.lemlist.com",
        "Content-Type: application/json",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ovh_sms_job": ovh_sms_job,
    "mailjet_send": mailjet_send,
    "dotclear_flat": dotclear_flat,
    "lemlist_lead": lemlist_lead,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and of its
    e-mail address labelled."""
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
