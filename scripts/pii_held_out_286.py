"""held_out_286 of the PII evaluation set: real phone fields of a register no earlier part used
(the Onisep's Idéo directory of the establishments offering higher education in the Pays de la
Loire region, France; France's earlier parts took other publishers' registers) exactly as
published, in layouts no earlier part has, beside the directory's own names, addresses, codes,
coordinates and open days.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (COVID-19 testing sites, farm shops, DILA's local offices,
the Annuaire de l'éducation, Montpellier's associations, the Musées de France, France services,
FINESS hospitals, FranceArchives' services, Issy-les-Moulineaux's points of interest) and many
other countries; here:

* the values are the ``telephone`` fields of 441 establishments (universities' UFRs and IUTs,
  schools of engineering, art, health and business, lycées with post-bac classes, apprentices'
  training centres...; ``scripts/data/pii_fr_onisep_sup_pdl.json``, written by
  ``scripts/fr_onisep_sup_pdl_data.py``; source and licence in that file): French numbers as
  the directory writes them, ten digits with the trunk ``0`` in pairs (``02 43 59 49 01``; four
  mobiles left out by the extractor), each copy labelled;
* the text around them is the same row's real fields: the name, sigle, kind, status, UAI code
  (``0530951W``), SIRET (``19720916600176``), street address, post-office box, postcode, cedex,
  commune, department, academy, coordinates, open days (``le 26/02/2022 de 09h00 à 16h30``) and
  Onisep links, with invented video, account and item ids, UUIDs, durations, view counts,
  dates and times, unlabelled and scored;
* in layouts no earlier part has, desktop-publishing, video-platform, course-description and GPS
  formats, text in French: Scribus 1.5 documents (``.sla``: an A5 open-day flyer, the name as a
  title frame's ``ITEXT``, a body frame with the address and ``Tél.`` line, a footer frame
  repeating the number), PeerTube REST API video objects (``GET /api/v1/videos/{id}`` of a
  presentation video on an ``apps.education.fr`` instance: the number in the Markdown
  ``description`` and in ``support``), CDM-fr course-description documents (an ``orgUnit`` with
  its UAI, name, kind, Onisep ``webLink``, an ``infoBlock`` naming the number and a
  ``contactData`` with ``adr`` and ``telephone``) and GPX 1.1 waypoint files with Garmin's
  ``gpxx`` extensions (an open-day route's waypoint: the number in ``desc`` and in
  ``gpxx:PhoneNumber``, the address in ``gpxx:Address``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_286.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_onisep_sup_pdl.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_286.jsonl.gz"
SPLIT = "held_out_286"

LAYOUTS = ("scribus_sla", "peertube_video", "cdmfr_orgunit", "gpx_waypoint")
PHONE = "telephone"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented titles of the establishments' presentation videos (no real video is meant)
VIDEOS = (
    "Présentation de l'établissement", "Découvrir nos formations", "Visite virtuelle du campus",
    "Journée portes ouvertes : ce qu'il faut savoir", "Témoignages d'étudiants",
)  # fmt: skip
# PeerTube instances of the Ministry's apps.education.fr (hosts as they are named)
TUBES = (
    "tube-institutionnel.apps.education.fr", "tube-enseignement-professionnel.apps.education.fr",
    "tube-sciences-technologies.apps.education.fr",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A text field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def coordinates(row: dict[str, Any]) -> tuple[float, float] | None:
    """The row's latitude and longitude as the export gives them (``latitude_y``,
    ``longitude_x``), None where it has none."""
    lat, lon = row["fields"].get("latitude_y"), row["fields"].get("longitude_x")
    return (lat, lon) if isinstance(lat, float) and isinstance(lon, float) else None


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's are)."""
    return value.lstrip("(").startswith(("+", "33", "00"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024-2025 school year (Paris time, CET)."""
    start = dt.datetime(2024, 9, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 200 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _a(value: str) -> str:
    """``value`` as a quoted XML attribute."""
    return quoteattr(value)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _kind(row: dict[str, Any]) -> str:
    """The kind and status as the directory gives them (``Ecole d'art, public``)."""
    return ", ".join(p for p in (_f(row, "type_detablissement"), _f(row, "statut")) if p)


def _locality(row: dict[str, Any]) -> str:
    """The postcode, commune and cedex line (``53020 Laval Cedex 09``)."""
    return " ".join(p for p in (_f(row, "cp"), _f(row, "commune"), _f(row, "cedex")) if p)


def _address_lines(row: dict[str, Any]) -> list[str]:
    """The street address, post-office box and locality lines, those the row has."""
    lines = [_f(row, "adresse"), _f(row, "boite_postale"), _locality(row)]
    return [line for line in lines if line]


def _onisep(row: dict[str, Any]) -> str:
    """The row's Onisep link, with its scheme (the export writes it without)."""
    link = _f(row, "url_et_id_onisep")
    return f"https://{link}" if link else ""


def _jpo(row: dict[str, Any]) -> str:
    """The open days as the export writes them (``le 26/02/2022 | le ...``), "" if none."""
    return _f(row, "journees_portes_ouvertes")


def scribus_sla(row: dict[str, Any], rng: random.Random) -> str:
    """A Scribus 1.5 document (``SCRIBUSUTF8NEW``), an A5 open-day flyer of the establishment:
    the ``DOCUMENT`` with an invented author and the title, one ``PAGE``, and three text frames
    (``PTYPE="4"``, invented ``ItemID``s and positions): the name (and sigle) as title, a body
    of the kind, address lines, the ``Tél.`` line and the open days, and a footer repeating the
    number beside the UAI code, each paragraph an ``ITEXT`` ended by ``para``."""
    name, tel = _f(row, "nom"), phone(row)
    title = f"{name} ({_f(row, 'sigle')})" if _f(row, "sigle") else name
    body = [_kind(row), *_address_lines(row), f"Tél. {tel}"]
    if _jpo(row):
        body.append(f"Journées portes ouvertes : {_jpo(row)}")
    footer = [f"Renseignements et inscriptions : {tel}"]
    if _f(row, "code_uai"):
        footer.append(f"UAI {_f(row, 'code_uai')} · Source : Onisep")

    def frame(name_: str, y: float, height: float, style: str, paras: list[str]) -> list[str]:
        item = rng.randint(10**8, 10**9 - 1)
        path = f"M0 0 L340 0 L340 {height:g} L0 {height:g} L0 0 Z"
        out = [
            f'  <PAGEOBJECT XPOS="128.35" YPOS="{y:g}" OwnPage="0" ItemID="{item}" PTYPE="4" '
            f'WIDTH="340" HEIGHT="{height:g}" FRTYPE="0" CLIPEDIT="0" PWIDTH="1" PLINEART="1" '
            f'ANNAME="{name_}" LOCALSCX="1" LOCALSCY="1" LOCALX="0" LOCALY="0" LOCALROT="0" '
            f'PICART="1" SCALETYPE="1" RATIO="1" COLUMNS="1" COLGAP="0" AUTOTEXT="0" '
            f'EXTRA="0" TEXTRA="0" BEXTRA="0" REXTRA="0" VAlign="0" FLOP="0" PLTSHOW="0" '
            f'BASEOF="0" textPathType="0" textPathFlipped="0" path="{path}" '
            f'copath="{path}" LAYER="0" NEXTITEM="-1" BACKITEM="-1">',
            "   <StoryText>",
            f'    <DefaultStyle PARENT="{style}"/>',
        ]
        for i, para in enumerate(paras):
            out.append(f"    <ITEXT CH={_a(para)}/>")
            out.append(f'    <para PARENT="{style}"/>' if i < len(paras) - 1 else "    <trail/>")
        return [*out, "   </StoryText>", "  </PAGEOBJECT>"]

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<SCRIBUSUTF8NEW Version="1.5.8">',
        ' <DOCUMENT ANZPAGES="1" PAGEWIDTH="419.527559055118" PAGEHEIGHT="595.275590551181" '
        'BORDERLEFT="28.3464566929134" BORDERRIGHT="28.3464566929134" '
        'BORDERTOP="28.3464566929134" BORDERBOTTOM="28.3464566929134" ORIENTATION="0" '
        f'PAGESIZE="A5" FIRSTNUM="1" BOOK="0" AUTHOR="Service communication" '
        f'COMMENTS="" KEYWORDS="JPO" TITLE={_a("Flyer JPO – " + name)} SUBJECT="" '
        'LANGUAGE="fr" UNITS="1" DFONT="Liberation Sans Regular" DSIZE="10">',
        '  <PAGE PAGEXPOS="100.00001" PAGEYPOS="20.00001" PAGEWIDTH="419.527559055118" '
        'PAGEHEIGHT="595.275590551181" BORDERLEFT="28.3464566929134" '
        'BORDERRIGHT="28.3464566929134" BORDERTOP="28.3464566929134" '
        'BORDERBOTTOM="28.3464566929134" NUM="0" NAM="" MNAM="Normal" Size="A5" '
        'Orientation="0" LEFT="0" PRESET="0" VerticalGuides="" HorizontalGuides=""/>',
        *frame("Titre", 60.00001, 70, "Titre", [title]),
        *frame("Corps", 150.00001, 260, "Corps", body),
        *frame("Pied", 520.00001, 60, "Pied", footer),
        " </DOCUMENT>",
        "</SCRIBUSUTF8NEW>",
        "",
    ]
    return "\n".join(lines)


def peertube_video(row: dict[str, Any], rng: random.Random) -> str:
    """A PeerTube REST API video object (``GET /api/v1/videos/{id}``) of an invented
    presentation video on one of the ``apps.education.fr`` instances: invented id, UUID, short
    UUID, duration, views, likes and times, category ``Education``, licence, language ``fr``,
    the establishment's ``account`` and ``channel``, a Markdown ``description`` with the kind,
    address, number, open days and Onisep link, and ``support`` repeating the number."""
    name, tel = _f(row, "nom"), phone(row)
    when = _when(rng)
    host = rng.choice(TUBES)
    video_uuid = _uuid(rng)
    short = "".join(rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                    for _ in range(22))  # fmt: skip
    handle = f"etab_{(_f(row, 'code_uai') or str(rng.randint(10**6, 10**7))).lower()}"
    description = [
        f"**{name}** — {_kind(row)}",
        "",
        f"📍 {', '.join(_address_lines(row))}",
        f"📞 {tel}",
    ]
    if _jpo(row):
        description.append(f"📅 Journées portes ouvertes : {_jpo(row)}")
    if _onisep(row):
        description += ["", f"Fiche Onisep : {_onisep(row)}"]
    account = {
        "id": rng.randint(100, 9000),
        "name": handle,
        "displayName": name,
        "url": f"https://{host}/accounts/{handle}",
        "host": host,
        "avatars": [],
    }
    channel = {
        "id": rng.randint(100, 9000),
        "name": f"{handle}_channel",
        "displayName": f"Chaîne de {name}",
        "url": f"https://{host}/video-channels/{handle}_channel",
        "host": host,
        "avatars": [],
    }
    duration = rng.randint(60, 900)
    published = when + dt.timedelta(minutes=rng.randint(5, 600))
    video = {
        "id": rng.randint(1000, 99999),
        "uuid": video_uuid,
        "shortUUID": short,
        "url": f"https://{host}/videos/watch/{video_uuid}",
        "name": f"{rng.choice(VIDEOS)} – {name}"[:120],
        "category": {"id": 13, "label": "Education"},
        "licence": {"id": 2, "label": "Attribution - Share Alike"},
        "language": {"id": "fr", "label": "French"},
        "privacy": {"id": 1, "label": "Public"},
        "nsfw": False,
        "description": "\n".join(description),
        "support": f"Pour tout renseignement, contactez l'accueil au {tel}.",
        "isLocal": True,
        "duration": duration,
        "views": rng.randint(0, 4000),
        "likes": rng.randint(0, 40),
        "dislikes": 0,
        "isLive": False,
        "createdAt": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "updatedAt": published.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "publishedAt": published.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "originallyPublishedAt": None,
        "tags": ["orientation", "enseignement supérieur", _f(row, "commune")][:5],
        "commentsEnabled": False,
        "downloadEnabled": True,
        "waitTranscoding": True,
        "state": {"id": 1, "label": "Published"},
        "account": account,
        "channel": channel,
    }
    return json.dumps(video, ensure_ascii=False, indent=2) + "\n"


def cdmfr_orgunit(row: dict[str, Any], rng: random.Random) -> str:
    """A CDM-fr document (``CDM`` in the ``http://cdm-fr.fr/2011/CDM`` namespace, French
    profile of the Course Description Metadata) describing the establishment as one
    ``orgUnit``: ``properties`` with an invented data source date, the UAI as ``orgUnitID`` and
    ``orgUnitCode``, the name and sigle, the kind as ``orgUnitKind``, the Onisep link as
    ``webLink``, an ``orgUnitDescription`` whose ``infoBlock`` names the number, and
    ``contacts/contactData`` with its ``adr`` (street, post-office box, postcode, commune and
    cedex, country) and ``telephone``."""
    name, tel = _f(row, "nom"), phone(row)
    when = _when(rng)
    uai = _f(row, "code_uai")
    ident = f"FR_RNE_{uai}_OR" if uai else f"FR_ONISEP_{rng.randint(10**5, 10**6)}_OR"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CDM xmlns="http://cdm-fr.fr/2011/CDM" xmlns:cdmfr="http://cdm-fr.fr/2011/CDM-frSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" language="fr-FR" '
        'profile="CDM-fr">',
        "  <properties>",
        "    <datasource>Référentiel de l'offre de formation (ROF) — Pays de la Loire</datasource>",
        f'    <datetime date="{when:%Y-%m-%d}"/>',
        "  </properties>",
        f'  <orgUnit id="{ident}" ident="{uai or ident}">',
        f"    <orgUnitID>{ident}</orgUnitID>",
        f'    <orgUnitName><text language="fr-FR">{_x(name)}</text></orgUnitName>',
    ]
    if _f(row, "sigle"):
        lines.append(f"    <orgUnitAcronym>{_x(_f(row, 'sigle'))}</orgUnitAcronym>")
    if uai:
        lines.append(f'    <orgUnitCode codeSet="codeUAI">{uai}</orgUnitCode>')
    lines.append(f'    <orgUnitKind orgUnitKindCode="{_x(_f(row, "type_detablissement"))}"/>')
    if _onisep(row):
        lines += [
            "    <webLink>",
            f"      <href>{_x(_onisep(row))}</href>",
            "      <linkName>Fiche Onisep</linkName>",
            "    </webLink>",
        ]
    para = f"{_x(name)} ({_x(_kind(row))}), académie de {_x(_f(row, 'academie'))}. "
    para += f"Accueil et renseignements au {tel}."
    if _jpo(row):
        para += f" Journées portes ouvertes : {_x(_jpo(row))}."
    adr = ["        <adr>"]
    if _f(row, "boite_postale"):
        adr.append(f"          <pobox>{_x(_f(row, 'boite_postale'))}</pobox>")
    if _f(row, "adresse"):
        adr.append(f"          <street>{_x(_f(row, 'adresse'))}</street>")
    locality = " ".join(p for p in (_f(row, "commune"), _f(row, "cedex")) if p)
    adr += [
        f"          <locality>{_x(locality)}</locality>",
        f"          <pcode>{_x(_f(row, 'cp'))}</pcode>",
        "          <country>FR</country>",
        "        </adr>",
    ]
    lines += [
        "    <orgUnitDescription>",
        f"      <infoBlock><para>{para}</para></infoBlock>",
        "    </orgUnitDescription>",
        "    <contacts>",
        "      <contactData>",
        '        <contactName><text language="fr-FR">Accueil</text></contactName>',
        *adr,
        f"        <telephone>{tel}</telephone>",
        "      </contactData>",
        "    </contacts>",
        "  </orgUnit>",
        "</CDM>",
        "",
    ]
    return "\n".join(lines)


def gpx_waypoint(row: dict[str, Any], rng: random.Random) -> str:
    """A GPX 1.1 file of one waypoint, a stop of an invented open-day route of the department,
    with Garmin's ``gpxx`` waypoint extension (v3): ``metadata`` with the route's name and an
    invented time, the ``wpt`` at the row's coordinates with an invented time, the name, the
    sigle as ``cmt``, a ``desc`` naming the kind, the number and the open days, the Onisep
    ``link``, ``sym`` and ``type``, and the extension's ``Categories``, ``Address`` (street,
    commune, region, country, postcode) and ``PhoneNumber``."""
    name, tel = _f(row, "nom"), phone(row)
    when = _when(rng)
    lat, lon = coordinates(row) or (0.0, 0.0)
    dept = _f(row, "departement")
    desc = f"{_kind(row)}. Tél. {tel}."
    if _jpo(row):
        desc += f" Portes ouvertes : {_jpo(row)}."
    wpt = [
        f'  <wpt lat="{lat}" lon="{lon}">',
        f"    <time>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</time>",
        f"    <name>{_x(name)}</name>",
    ]
    if _f(row, "sigle"):
        wpt.append(f"    <cmt>{_x(_f(row, 'sigle'))}</cmt>")
    wpt.append(f"    <desc>{_x(desc)}</desc>")
    if _onisep(row):
        wpt.append(f"    <link href={_a(_onisep(row))}><text>Fiche Onisep</text></link>")
    street = ", ".join(p for p in (_f(row, "adresse"), _f(row, "boite_postale")) if p)
    city = " ".join(p for p in (_f(row, "commune"), _f(row, "cedex")) if p)
    wpt += [
        "    <sym>School</sym>",
        "    <type>Enseignement supérieur</type>",
        "    <extensions>",
        "      <gpxx:WaypointExtension>",
        "        <gpxx:DisplayMode>SymbolAndName</gpxx:DisplayMode>",
        "        <gpxx:Categories>",
        f"          <gpxx:Category>{_x(_f(row, 'type_detablissement'))}</gpxx:Category>",
        "        </gpxx:Categories>",
        "        <gpxx:Address>",
        f"          <gpxx:StreetAddress>{_x(street)}</gpxx:StreetAddress>",
        f"          <gpxx:City>{_x(city)}</gpxx:City>",
        f"          <gpxx:State>{_x(_f(row, 'region'))}</gpxx:State>",
        "          <gpxx:Country>France</gpxx:Country>",
        f"          <gpxx:PostalCode>{_x(_f(row, 'cp'))}</gpxx:PostalCode>",
        "        </gpxx:Address>",
        f'        <gpxx:PhoneNumber Category="Phone">{tel}</gpxx:PhoneNumber>',
        "      </gpxx:WaypointExtension>",
        "    </extensions>",
        "  </wpt>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1" '
        'creator="Garmin BaseCamp" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 '
        "http://www.topografix.com/GPX/1/1/gpx.xsd "
        "http://www.garmin.com/xmlschemas/GpxExtensions/v3 "
        'http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd">',
        "  <metadata>",
        f"    <name>{_x('Parcours portes ouvertes – ' + dept)}</name>",
        f"    <time>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</time>",
        "  </metadata>",
        *wpt,
        "</gpx>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "scribus_sla": scribus_sla,
    "peertube_video": peertube_video,
    "cdmfr_orgunit": cdmfr_orgunit,
    "gpx_waypoint": gpx_waypoint,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field labelled."""
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
