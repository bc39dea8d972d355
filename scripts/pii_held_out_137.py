"""held_out_137 of the PII evaluation set: real telephone and fax numbers of a register no
earlier part used (the Directorate General of Taxes' tax service offices, Indonesia; Indonesia's
earlier part took a list of COVID-19 referral hospitals) exactly as published, in layouts no
earlier part has, beside the list's own codes, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, ID (referral hospitals) and many others;
here:

* the values are the numbers in the ``alamat`` fields of 340 tax service offices (Kantor
  Pelayanan Pajak; ``scripts/data/pii_id_djp_tax_offices.json``, written by
  ``scripts/id_djp_tax_offices_data.py``; source and licence in that file): the list writes
  them inside the address under their labels, so each is cut from the current address (before
  ``*Sebelumnya``, the former one) at its label, characters unchanged: the telephone part after
  ``Telp.``, ``Telpon`` or ``TELP.`` (``021-8566928,8566929``, ``(021) 8575683 – 8575689``,
  ``021-6912512,6912121,,,Ext,110``, ``7816131-4 / 78842674``) and the fax part after ``Fax``
  (``021-8566927``; 2 offices have none), each copy labelled under its label (``Telp``,
  ``Fax``; where both parts give the same number, or one lies inside the other, a copy is the
  longer part's, the telephone part's if equal), each number in it by ``personal_phone`` (short
  tails and extensions are distractors);
* the text around them is the same row's real fields: the KPP code (``001``), the office's name
  (``KPP Pratama Jakarta Matraman``) and its street address as the list gives it (``Jalan
  Matraman Raya No. 43 Jakarta Timur 13140``), with invented episode numbers, timecodes, dates,
  durations, file sizes and ids, unlabelled and scored;
* in layouts no earlier part has, subtitle, media and broadcast metadata formats, text in
  Indonesian: Advanced SubStation Alpha (ASS, v4.00+) subtitle scripts of the office's profile
  video (``[Script Info]``, ``[V4+ Styles]``, ``[Events]`` with ``Dialogue`` lines, the numbers
  on an info card and again in the narration), podcast RSS 2.0 feeds with ``itunes`` tags (one
  episode about the office, the numbers in ``description`` and ``itunes:summary``), CMX3600
  edit decision lists (``TITLE``, ``FCM``, events with source and record timecodes, ``* FROM
  CLIP NAME`` and ``* COMMENT`` lines carrying the captions, the numbers twice) and XMLTV
  listings (a ``channel`` and two ``programme``s, the broadcast and its rerun, each ``desc``
  naming the numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_137.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_djp_tax_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_137.jsonl.gz"
SPLIT = "held_out_137"

LAYOUTS = ("ass_subtitles", "podcast_rss", "cmx3600_edl", "xmltv_listing")
# the labels the list writes before its numbers, and the columns their copies are labelled under
LABEL = re.compile(r"\b(?:Telp(?:on)?\.?|TELP\.|Fax|FAX)")
COLUMNS = {"phone": "Telp", "fax": "Fax"}
# Western Indonesia Time, the offset of the invented times
WIB = dt.timezone(dt.timedelta(hours=7))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented topics of the office's video, episode and programme (no real broadcast is meant)
TOPICS = (
    "pelaporan SPT Tahunan", "pendaftaran NPWP", "layanan e-Filing", "pembuatan kode billing",
    "konsultasi perpajakan UMKM", "permohonan sertifikat elektronik",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return row["fields"][key].strip()


def parts(row: dict[str, Any]) -> tuple[str, str, str]:
    """The current address of the row cut at its labels, characters unchanged: the street
    address (before the first label), the telephone part and the fax part ("" where the list
    gives none), each without the separators around it."""
    current = _f(row, "alamat").split("*Sebelumnya")[0].rstrip()
    found = list(LABEL.finditer(current))
    street = current[: found[0].start()].rstrip(" ,–-")
    cut = {"phone": "", "fax": ""}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(current)
        kind = "fax" if m.group().lower().startswith("fax") else "phone"
        cut[kind] = current[m.end() : end].strip(" ,;.–-")
    return street, cut["phone"], cut["fax"]


def phone(row: dict[str, Any]) -> str:
    """The row's telephone part, as published."""
    return parts(row)[1]


def fax(row: dict[str, Any]) -> str:
    """The row's fax part, as published ("" where it has none)."""
    return parts(row)[2]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax parts labelled
    (each copy stands apart: no digit next to it); where one part lies inside the other (a
    number given as both), the longer one's copy takes it (the telephone part's where the two
    are the same)."""
    values = sorted((("phone", phone(row)), ("fax", fax(row))), key=lambda kv: -len(kv[1]))
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, values, edges, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (WIB)."""
    start = dt.datetime(2024, 1, 8, 6, 0, tzinfo=WIB)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _contact(row: dict[str, Any]) -> str:
    """The numbers in a sentence: "telepon ..., faks ..." (no fax where the row has none)."""
    return f"telepon {phone(row)}" + (f", faks {fax(row)}" if fax(row) else "")


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def _ass_time(seconds: float) -> str:
    """A time as ASS writes it (``0:00:04.80``)."""
    cs = round(seconds * 100)
    return f"{cs // 360000}:{cs // 6000 % 60:02d}:{cs // 100 % 60:02d}.{cs % 100:02d}"


def ass_subtitles(row: dict[str, Any], rng: random.Random) -> str:
    """An Advanced SubStation Alpha (v4.00+) script of the office's invented profile video, as
    Aegisub saves it: ``[Script Info]`` with the title and play resolution, ``[V4+ Styles]``
    with a ``Default`` and an ``Info`` style, ``[Events]`` with ``Dialogue`` lines: a
    greeting, the code and street address on an info card (``\\pos`` override), the numbers
    on the card (``\\N`` line break) and again in the closing narration."""
    name, (street, tel, fx) = _f(row, "nama_kantor"), parts(row)
    topic = rng.choice(TOPICS)
    t, lines = rng.uniform(0.5, 2.0), []

    def say(style: str, text: str) -> None:
        nonlocal t
        length = rng.uniform(2.5, 6.0)
        lines.append(f"Dialogue: 0,{_ass_time(t)},{_ass_time(t + length)},{style},,0,0,0,,{text}")
        t += length + rng.uniform(0.1, 0.6)

    say("Default", f"Selamat datang di {name}.")
    say("Default", f"Kali ini kami membahas {topic}.")
    say("Info", f"{{\\pos(96,880)}}Kode KPP {_f(row, 'kode')}\\N{street}")
    card = f"{{\\pos(96,960)}}Telepon: {tel}"
    say("Info", card + (f"\\NFaks: {fx}" if fx else ""))
    say("Default", f"Untuk informasi lebih lanjut, hubungi {_contact(row)}.")
    say("Default", "Terima kasih telah menyaksikan.")
    head = [
        "[Script Info]",
        "; Script generated by Aegisub 3.2.2",
        "; http://www.aegisub.org/",
        f"Title: Profil {name}",
        "ScriptType: v4.00+",
        "WrapStyle: 0",
        "PlayResX: 1920",
        "PlayResY: 1080",
        "ScaledBorderAndShadow: yes",
        "YCbCr Matrix: TV.709",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        "Style: Default,Arial,56,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,"
        "0,0,1,2.5,1,2,60,60,48,1",
        "Style: Info,Arial,44,&H00FFFFFF,&H000000FF,&H00402000,&H96000000,-1,0,0,0,100,100,0,0,"
        "3,2,0,7,60,60,40,1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    return "\n".join([*head, *lines, ""])


def podcast_rss(row: dict[str, Any], rng: random.Random) -> str:
    """A podcast's RSS 2.0 feed with ``itunes`` tags, one episode about the office: the
    channel (an invented series of tax information, Indonesian, ``itunes:category``
    Government), the item's title, an invented ``guid``, ``pubDate``, ``enclosure`` (MP3, its
    length in bytes), ``itunes:duration``, ``itunes:episode`` and ``itunes:season``, the
    numbers in ``description`` and again in ``itunes:summary``."""
    name, (street, tel, fx) = _f(row, "nama_kantor"), parts(row)
    when = _when(rng)
    season, episode = rng.randint(1, 4), rng.randint(1, 60)
    seconds = rng.randint(900, 3600)
    guid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}"
    topic = rng.choice(TOPICS)
    description = (
        f"Obrolan tentang {topic} bersama petugas {name} ({street}). "
        f"Hubungi kantor: {_contact(row)}."
    )
    summary = f"{name}, kode KPP {_f(row, 'kode')}. Telepon {tel}" + (
        f"; faks {fx}." if fx else "."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:atom="http://www.w3.org/2005/Atom">',
        "  <channel>",
        "    <title>Siniar Pajak Kita</title>",
        "    <link>https://siniar-pajak.example.id/</link>",
        '    <atom:link href="https://siniar-pajak.example.id/feed.xml" rel="self" '
        'type="application/rss+xml"/>',
        "    <language>id</language>",
        "    <description>Siniar tentang layanan perpajakan di kantor-kantor pajak "
        "Indonesia.</description>",
        "    <itunes:author>Tim Siniar Pajak Kita</itunes:author>",
        '    <itunes:category text="Government"/>',
        "    <itunes:explicit>false</itunes:explicit>",
        "    <itunes:type>episodic</itunes:type>",
        "    <item>",
        f"      <title>Eps. {episode}: {_x(name)} dan {_x(topic)}</title>",
        f'      <guid isPermaLink="false">{guid}</guid>',
        f"      <pubDate>{when:%a, %d %b %Y %H:%M:%S %z}</pubDate>",
        f'      <enclosure url="https://siniar-pajak.example.id/audio/s{season}e{episode:02d}'
        f'.mp3" length="{seconds * 16000 + rng.randint(0, 9999)}" type="audio/mpeg"/>',
        f"      <description>{_x(description)}</description>",
        f"      <itunes:summary>{_x(summary)}</itunes:summary>",
        f"      <itunes:duration>{seconds // 3600:02d}:{seconds // 60 % 60:02d}:"
        f"{seconds % 60:02d}</itunes:duration>",
        f"      <itunes:season>{season}</itunes:season>",
        f"      <itunes:episode>{episode}</itunes:episode>",
        "      <itunes:episodeType>full</itunes:episodeType>",
        "    </item>",
        "  </channel>",
        "</rss>",
        "",
    ]
    return "\n".join(lines)


def _tc(frames: int, fps: int = 25) -> str:
    """A non-drop-frame timecode (``01:00:05:12``) of a frame count at ``fps``."""
    s, f = divmod(frames, fps)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}:{f:02d}"


def cmx3600_edl(row: dict[str, Any], rng: random.Random) -> str:
    """A CMX3600 edit decision list of the office's profile video: ``TITLE`` (the KPP code),
    ``FCM: NON-DROP FRAME``, numbered video events (reel ``AX``, cut ``C``) with their source
    in and out and record in and out timecodes at 25 frames, each with ``* FROM CLIP NAME:``
    and a ``* COMMENT:`` carrying the caption: the name, the street address, the numbers, and
    the closing card repeating them."""
    name, (street, tel, fx) = _f(row, "nama_kantor"), parts(row)
    code = _f(row, "kode")
    captions = [
        (f"kpp_{code}_eksterior.mov", name.upper()),
        (f"kpp_{code}_lobi.mov", f"ALAMAT: {street}"),
        ("kartu_kontak.mov", f"TELP {tel}" + (f" / FAKS {fx}" if fx else "")),
        ("penutup.mov", f"HUBUNGI TELEPON {tel}" + (f", FAKS {fx}" if fx else "")),
    ]
    record = 3600 * 25 + rng.randint(0, 50)
    lines = [f"TITLE: PROFIL_KPP_{code}", "FCM: NON-DROP FRAME", ""]
    for i, (clip, caption) in enumerate(captions, 1):
        source = rng.randint(0, 20 * 60 * 25)
        length = rng.randint(3 * 25, 9 * 25)
        lines += [
            f"{i:03d}  AX       V     C        {_tc(source)} {_tc(source + length)} "
            f"{_tc(record)} {_tc(record + length)}",
            f"* FROM CLIP NAME: {clip}",
            f"* COMMENT: {caption}",
            "",
        ]
        record += length
    return "\n".join(lines)


def xmltv_listing(row: dict[str, Any], rng: random.Random) -> str:
    """An XMLTV listing (``xmltv.dtd``) of an invented regional channel: the ``channel`` with
    its ``display-name``, and two ``programme``s, the broadcast and its rerun (``start`` and
    ``stop`` with ``+0700``), each with the title, a ``sub-title`` naming the office, a
    ``desc`` with the street address and the numbers, the ``category``, an ``episode-num`` in
    ``xmltv_ns`` and ``onscreen`` form, and ``previously-shown`` on the rerun."""
    name, street = _f(row, "nama_kantor"), parts(row)[0]
    when = _when(rng).replace(minute=rng.choice((0, 30)), second=0)
    length = dt.timedelta(minutes=rng.choice((15, 30)))
    rerun = when + dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(-3, 3))
    season, episode = rng.randint(1, 5), rng.randint(1, 40)
    topic = rng.choice(TOPICS)
    channel = "pajak.kanalinfo.example.id"

    def programme(start: dt.datetime, desc: str, again: bool) -> list[str]:
        return [
            f'  <programme start="{start:%Y%m%d%H%M%S %z}" '
            f'stop="{start + length:%Y%m%d%H%M%S %z}" channel="{channel}">',
            '    <title lang="id">Info Pajak</title>',
            f'    <sub-title lang="id">{_x(name)}: {_x(topic)}</sub-title>',
            f'    <desc lang="id">{_x(desc)}</desc>',
            '    <category lang="id">Informasi Publik</category>',
            f'    <episode-num system="xmltv_ns">{season - 1}.{episode - 1}.0/1</episode-num>',
            f'    <episode-num system="onscreen">S{season}E{episode}</episode-num>',
            *([f'    <previously-shown start="{when:%Y%m%d%H%M%S %z}"/>'] if again else []),
            "  </programme>",
        ]

    first = (
        f"Liputan layanan {topic} di {name}, {street} (kode KPP {_f(row, 'kode')}). "
        f"Informasi: {_contact(row)}."
    )
    second = f"Siaran ulang. Pertanyaan seputar {topic} dapat disampaikan ke {_contact(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tv SYSTEM "xmltv.dtd">',
        '<tv source-info-name="Kanal Info Pajak" generator-info-name="epg-export/2.3" '
        f'date="{when - dt.timedelta(days=rng.randint(3, 10)):%Y%m%d}">',
        f'  <channel id="{channel}">',
        '    <display-name lang="id">Kanal Info Pajak</display-name>',
        "  </channel>",
        *programme(when, first, False),
        *programme(rerun, second, True),
        "</tv>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ass_subtitles": ass_subtitles,
    "podcast_rss": podcast_rss,
    "cmx3600_edl": cmx3600_edl,
    "xmltv_listing": xmltv_listing,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its telephone and fax parts
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
