"""held_out_252 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the FranceArchives directory of archive services, Service interministériel des
Archives de France) exactly as published, in layouts no earlier part has, beside the
directory's own names, addresses, hours and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; France's earlier
parts took COVID-19 testing sites, farm shops, DILA's local offices, schools, associations,
museums, France services and FINESS hospitals; here:

* the values are the ``Telephone`` and ``Courriel`` fields of 400 archive services of
  communes, intercommunalities, departments, regions, ministries, universities, hospitals,
  companies and associations (``scripts/data/pii_fr_francearchives_services.json``, written by
  ``scripts/fr_francearchives_services_data.py``; source and licence in that file): French
  numbers as the directory writes them, pairs joined by dots (``03.44.86.28.10``), overseas
  with a four-digit area code (``0262.49.96.00``), some with spaces, two numbers in a field
  after ``ou`` or ``/``, a second one shortened to its last digits (``ou 30``, ``/ 37.33``,
  left as text), a note after a number (``(standard)``, ``, poste 4373``), Pacific territories
  dialled from France (``00.687.23.26.50``) and a few calling codes (``33.(0).298.016.331``);
  the office e-mail addresses where the row has one;
* the text around them is the same row's real fields: the service's name, street and postal
  address, postcode, commune, department, hours, web site, INSEE code, coordinates, category,
  parent service, FranceArchives link and identifier, with invented record, map, event, item
  and user ids, UUIDs and dates, unlabelled and scored;
* in layouts no earlier part has, of the archives' field and of French free software, text in
  French: EAG 2012 (Encoded Archival Guide, the Archives Portal Europe's ISDIAH profile)
  descriptions of the institution (``telephone``, ``email`` with its ``mailto:`` link), uMap
  map exports (``.umap``, OpenStreetMap France's map maker: the service as a point feature of
  a department's map, the number as a ``telephone`` property and in the uMap-formatted
  ``description``), Mobilizon ``createEvent`` GraphQL requests (an invented open day or
  workshop of the service, the number as ``phoneAddress`` and in the HTML description) and
  Omeka S REST API item representations (JSON-LD, the service as a ``foaf:Organization`` with
  ``foaf:phone``, ``foaf:mbox``, ``foaf:homepage``, ``dcterms:description`` repeating the
  number, a Mapping module marker). A row with no coordinates given the uMap layout would be
  written as EAG instead (none of the 11 sampled rows without coordinates falls on it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``: each number of a field
on its own, a shortened second number (``30``, ``37.33``) text. Each record is seeded by its
own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_252.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_francearchives_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_252.jsonl.gz"
SPLIT = "held_out_252"

LAYOUTS = ("eag_2012", "umap_export", "mobilizon_event", "omeka_item")
PHONE = "Telephone"
EMAIL = "Courriel"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# EAG 2012 ``repositoryType`` of each category of the directory
REPOSITORY_TYPES = {
    "Communes": "Municipal archives",
    "Archives départementales": "County/local authority archives",
    "Conseils régionaux": "Regional archives",
    "Conseillers archives en DRAC": "Specialised government archives",
    "Présidence de la République et Ministères": "Specialised government archives",
    "Services à compétence nationale": "National archives",
    "Service interministériel": "National archives",
    "Assemblées parlementaires ou hautes juridictions": "Specialised government archives",
    "Rectorats, universités ou établissements d'enseignement supérieur":
        "University and research archives",
    "Établissements hospitaliers et de santé": "Specialised government archives",
    "Entreprises": "Business archives",
}  # fmt: skip
OTHER_TYPE = (
    "Specialised non-governmental archives and archives of other cultural (heritage) institutions"
)
# invented events of a service (no real event is meant)
EVENTS = (
    ("Journées européennes du patrimoine : visite des magasins", "LANGUAGE_CULTURE"),
    ("Atelier de paléographie pour débutants", "LEARNING"),
    ("Initiation à la généalogie : l'état civil et les registres paroissiaux", "LEARNING"),
    ("Exposition : l'école d'autrefois dans nos archives", "LANGUAGE_CULTURE"),
    ("Rencontre : confier ses archives privées, mode d'emploi", "COMMUNITY"),
    ("Visite commentée : cadastres et plans anciens", "LANGUAGE_CULTURE"),
)
COLOURS = ("DarkBlue", "DarkGreen", "DarkRed", "Chocolate", "DarkSlateGray", "Teal")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address ("" where the extract holds none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code: ``00`` or ``+``, or a bare ``33`` or
    bracketed one (``33.(0).298...``, ``(33)0596...``, ``(681) 72 ...``)."""
    return value.startswith(("00", "+", "(", "33."))


def has_point(row: dict[str, Any]) -> bool:
    return bool(_f(row, "Latitude") and _f(row, "Longitude"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a uMap row with no point is EAG)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    return "eag_2012" if layout == "umap_export" and not has_point(row) else layout


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart)."""
    return field_copies(
        text,
        [("phone", phone(row)), ("email", email(row))],
        {"phone": r"\d", "email": r"[\w+@-]"},
        {"phone": PHONE},
        row["path"],
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Paris summer time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    return escape(value)


def _postcode(row: dict[str, Any]) -> str:
    """The postcode as published (the directory lost a leading ``0``: ``3200``)."""
    return _f(row, "Code_postal")


def _fa_id(row: dict[str, Any]) -> str:
    """The service's id in its FranceArchives link ("" if none)."""
    m = re.search(r"/service/(\d+)$", _f(row, "Lien_FranceArchives"))
    return m.group(1) if m else ""


def _repository_code(row: dict[str, Any]) -> str:
    """The directory's identifier where it is a code (``FRAC89024``), else one made of the
    category and INSEE code (``FRAC60382``, ``FRAD060``, ``FR-75056``)."""
    ident = _f(row, "Identifiant_du_service")
    if ident.startswith("FR"):
        return ident
    insee = _f(row, "Code_insee_commune")
    if _f(row, "Categorie") == "Communes":
        return f"FRAC{insee}"
    if _f(row, "Categorie") == "Archives départementales":
        return f"FRAD0{insee[:2]}"
    return f"FR-{insee}"


def eag_2012(row: dict[str, Any], rng: random.Random) -> str:
    """An EAG 2012 description of the institution, as exported for the Archives Portal
    Europe: ``control`` (record id, the FranceArchives id as ``otherRecordId``, the SIAF as
    maintenance agency, an invented update), ``identity`` (``repositorid``, ``autform``,
    ``repositoryType``) and one ``repository`` with its visitors' and postal ``location``s,
    ``telephone``, ``email`` (a ``mailto:`` link and its text), ``webpage``, ``timetable``
    and ``access``."""
    name, tel, mail = _f(row, "Nom_du_service"), phone(row), email(row)
    code = _repository_code(row)
    when = _when(rng)
    city = f"{_postcode(row)} {_f(row, 'Ville')}".strip()
    point = (
        f" latitude={quoteattr(_f(row, 'Latitude'))} longitude={quoteattr(_f(row, 'Longitude'))}"
        if has_point(row)
        else ""
    )
    repo = [
        "          <geogarea>Europe</geogarea>",
        f'          <location localType="visitors address"{point}>',
        '            <country xml:lang="fre">France</country>',
        f'            <firstdem xml:lang="fre">{_x(_f(row, "Departement"))}</firstdem>',
        f'            <municipalityPostalcode xml:lang="fre">{_x(city)}</municipalityPostalcode>',
        f'            <street xml:lang="fre">{_x(_f(row, "Adresse_du_service"))}</street>',
        "          </location>",
    ]
    if _f(row, "Adresse_postale"):
        repo += [
            '          <location localType="postal address">',
            '            <country xml:lang="fre">France</country>',
            f'            <municipalityPostalcode xml:lang="fre">{_x(city)}'
            "</municipalityPostalcode>",
            f'            <street xml:lang="fre">{_x(_f(row, "Adresse_postale"))}</street>',
            "          </location>",
        ]
    repo.append(f"          <telephone>{_x(tel)}</telephone>")
    if mail:
        repo.append(f'          <email href="mailto:{mail}">{mail}</email>')
    if _f(row, "Site_internet"):
        site = _x(_f(row, "Site_internet"))
        repo.append(f'          <webpage href="{site}" xml:lang="fre">Site internet</webpage>')
    hours = _f(row, "Horaires_d_ouverture") or "Sur rendez-vous"
    repo += [
        "          <timetable>",
        f'            <opening xml:lang="fre">{_x(hours)}</opening>',
        "          </timetable>",
        '          <access question="yes">',
        '            <termsOfUse xml:lang="fre">Consultation libre des documents '
        "communicables (Code du patrimoine, art. L213-1).</termsOfUse>",
        "          </access>",
        '          <accessibility question="yes"/>',
    ]
    parent = _f(row, "Service_de_rattachement")
    parallel = [f'      <parform xml:lang="fre">{_x(parent)}</parform>'] if parent else []
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<eag xmlns="http://www.archivesportaleurope.net/Portal/profiles/eag_2012/" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.archivesportaleurope.net/Portal/profiles/eag_2012/ '
        'http://www.archivesportaleurope.net/Portal/profiles/eag_2012.xsd" audience="external">',
        "  <control>",
        f"    <recordId>{_x(code)}</recordId>",
    ]
    if _fa_id(row):
        lines.append(f'    <otherRecordId localType="francearchives">{_fa_id(row)}</otherRecordId>')
    lines += [
        "    <maintenanceAgency>",
        "      <agencyCode>FR-SIAF</agencyCode>",
        '      <agencyName xml:lang="fre">Service interministériel des Archives de '
        "France</agencyName>",
        "    </maintenanceAgency>",
        "    <maintenanceStatus>revised</maintenanceStatus>",
        "    <maintenanceHistory>",
        "      <maintenanceEvent>",
        "        <agent>FranceArchives</agent>",
        "        <agentType>machine</agentType>",
        f'        <eventDateTime standardDateTime="{when:%Y-%m-%dT%H:%M:%S}">'
        f"{when:%d/%m/%Y %H:%M}</eventDateTime>",
        "        <eventType>updated</eventType>",
        "      </maintenanceEvent>",
        "    </maintenanceHistory>",
        "    <languageDeclarations>",
        "      <languageDeclaration>",
        '        <language languageCode="fre">français</language>',
        '        <script scriptCode="Latn">latin</script>',
        "      </languageDeclaration>",
        "    </languageDeclarations>",
        "  </control>",
        "  <archguide>",
        "    <identity>",
        f'      <repositorid countrycode="FR" repositorycode={quoteattr(code)}/>',
        f'      <autform xml:lang="fre">{_x(name)}</autform>',
        *parallel,
        f"      <repositoryType>{REPOSITORY_TYPES.get(_f(row, 'Categorie'), OTHER_TYPE)}"
        "</repositoryType>",
        "    </identity>",
        "    <desc>",
        "      <repositories>",
        "        <repository>",
        *repo,
        "        </repository>",
        "      </repositories>",
        "    </desc>",
        "  </archguide>",
        "</eag>",
        "",
    ]
    return "\n".join(lines)


def _float(value: str) -> float:
    return float(value)


def umap_export(row: dict[str, Any], rng: random.Random) -> str:
    """A uMap export (``.umap``) of an invented map of a department's archive services: the
    map's ``properties`` (name, description, licence, zoom, controls), its centre, and one
    layer named after the category holding the service as a point feature (``name``, a
    ``description`` in uMap's text formatting, ``telephone``, ``email`` where the row has one,
    ``_umap_options``)."""
    name, tel, mail = _f(row, "Nom_du_service"), phone(row), email(row)
    lon, lat = _float(_f(row, "Longitude")), _float(_f(row, "Latitude"))
    dept = _f(row, "Departement")
    map_id = rng.randint(900000, 1200000)
    slug = re.sub(r"[^a-z0-9]+", "-", dept.lower().encode("ascii", "ignore").decode()).strip("-")
    address = ", ".join(
        v for v in (_f(row, "Adresse_du_service"), f"{_postcode(row)} {_f(row, 'Ville')}") if v
    )
    desc = [f"**{name}**", address, f"Tél. : {tel}"]
    if mail:
        desc.append(f"Courriel : {mail}")
    if _f(row, "Horaires_d_ouverture"):
        desc.append(f"Horaires : {_f(row, 'Horaires_d_ouverture')}")
    if _f(row, "Site_internet"):
        desc.append(f"[[{_f(row, 'Site_internet')}|Site internet]]")
    desc.append(f"[[{_f(row, 'Lien_FranceArchives')}|Fiche FranceArchives]]")
    props: dict[str, Any] = {"name": name, "description": "\n".join(desc), "telephone": tel}
    if mail:
        props["email"] = mail
    props["_umap_options"] = {"color": rng.choice(COLOURS), "iconClass": "Drop"}
    doc = {
        "type": "umap",
        "uri": f"https://umap.openstreetmap.fr/fr/map/services-d-archives-{slug}_{map_id}",
        "properties": {
            "easing": False,
            "embedControl": True,
            "fullscreenControl": True,
            "searchControl": True,
            "datalayersControl": True,
            "zoomControl": True,
            "slideshow": {},
            "captionBar": False,
            "limitBounds": {},
            "tilelayer": {"name": "OSM-Fr", "maxZoom": 20, "minZoom": 0,
                          "attribution": "map data © OpenStreetMap contributors under ODbL",
                          "url_template": "https://tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png"},
            "licence": "Licence Ouverte/Open Licence (Etalab)",
            "description": f"Services d'archives partenaires de FranceArchives : {dept}. "
            "Carte mise à jour le " + f"{_when(rng):%d/%m/%Y}.",
            "name": f"Services d'archives – {dept}",
            "zoom": rng.choice((9, 10, 11)),
            "popupShape": "Panel",
        },
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "layers": [
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": props,
                        "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    }
                ],
                "_umap_options": {
                    "displayOnLoad": True,
                    "browsable": True,
                    "name": _f(row, "Categorie"),
                    "color": "DarkBlue",
                    "popupShape": "Panel",
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                },
            }
        ],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


MOBILIZON_QUERY = (
    "mutation createEvent($organizerActorId: ID!, $attributedToId: ID, $title: String!, "
    "$description: String!, $beginsOn: DateTime!, $endsOn: DateTime, $status: EventStatus, "
    "$visibility: EventVisibility, $joinOptions: EventJoinOptions, $draft: Boolean, "
    "$tags: [String], $onlineAddress: String, $phoneAddress: String, $category: "
    "EventCategory, $physicalAddress: AddressInput, $options: EventOptionsInput) { "
    "createEvent(organizerActorId: $organizerActorId, attributedToId: $attributedToId, "
    "title: $title, description: $description, beginsOn: $beginsOn, endsOn: $endsOn, "
    "status: $status, visibility: $visibility, joinOptions: $joinOptions, draft: $draft, "
    "tags: $tags, onlineAddress: $onlineAddress, phoneAddress: $phoneAddress, category: "
    "$category, physicalAddress: $physicalAddress, options: $options) { id uuid url title "
    "beginsOn phoneAddress } }"
)


def mobilizon_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Mobilizon ``createEvent`` GraphQL request as a client posts it (``operationName``,
    ``variables``, ``query``): an invented event of the service in its group (invented actor
    ids, dates and capacity), the HTML description naming the number (and the address where
    the row has one), the number as ``phoneAddress``, the web site as ``onlineAddress``, the
    service's address as ``physicalAddress`` (with ``geom`` ``lon;lat`` where it has a
    point)."""
    name, tel, mail = _f(row, "Nom_du_service"), phone(row), email(row)
    title, category = rng.choice(EVENTS)
    start = _when(rng).replace(minute=0, second=0)
    start = start.replace(hour=rng.choice((9, 10, 14, 15)))
    end = start + dt.timedelta(hours=rng.choice((1, 2, 3)))
    capacity = rng.choice((12, 15, 20, 25, 30))
    where = ", ".join(
        v for v in (_f(row, "Adresse_du_service"), f"{_postcode(row)} {_f(row, 'Ville')}") if v
    )
    contact = f"par téléphone au {tel}" + (f" ou par courriel à {mail}" if mail else "")
    description = (
        f"<p>{escape(name)} vous accueille ({escape(where)}).</p>"
        f"<p>Nombre de places limité à {capacity} personnes. Inscription obligatoire "
        f"{escape(contact)}.</p>"
    )
    address: dict[str, Any] = {
        "description": name,
        "street": _f(row, "Adresse_du_service"),
        "postalCode": _postcode(row),
        "locality": _f(row, "Ville"),
        "region": _f(row, "Departement"),
        "country": "France",
    }
    if has_point(row):
        address["geom"] = f"{_f(row, 'Longitude')};{_f(row, 'Latitude')}"
    variables: dict[str, Any] = {
        "organizerActorId": str(rng.randint(2, 4000)),
        "attributedToId": str(rng.randint(4001, 9000)),
        "title": f"{title} – {name}",
        "description": description,
        "beginsOn": start.isoformat(),
        "endsOn": end.isoformat(),
        "status": "CONFIRMED",
        "visibility": "PUBLIC",
        "joinOptions": "FREE",
        "draft": False,
        "tags": ["archives", "patrimoine", _f(row, "Ville").lower()],
        "onlineAddress": _f(row, "Site_internet") or _f(row, "Lien_FranceArchives"),
        "phoneAddress": tel,
        "category": category,
        "physicalAddress": address,
        "options": {
            "maximumAttendeeCapacity": capacity,
            "showRemainingAttendeeCapacity": True,
            "commentModeration": "ALLOW_ALL",
            "timezone": "Europe/Paris",
            "isOnline": False,
        },
    }
    doc = {"operationName": "createEvent", "variables": variables, "query": MOBILIZON_QUERY}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _literal(prop: int, label: str, value: str, lang: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "literal", "property_id": prop, "property_label": label,
                           "is_public": True, "@value": value}  # fmt: skip
    if lang:
        out["@language"] = lang
    return out


def _uri(prop: int, label: str, value: str) -> dict[str, Any]:
    return {"type": "uri", "property_id": prop, "property_label": label, "is_public": True,
            "@id": value, "o:label": None}  # fmt: skip


def omeka_item(row: dict[str, Any], rng: random.Random) -> str:
    """An Omeka S REST API item representation (``GET /api/items/{id}``, JSON-LD) of a
    regional network's directory of archive services: invented item, owner, class, template,
    item set and site ids and times, the service as ``foaf:Organization`` with
    ``dcterms:title``, ``dcterms:description`` repeating the number, ``dcterms:identifier``,
    ``dcterms:spatial``, ``foaf:phone``, ``foaf:mbox`` (a ``mailto:`` URI) where the row has
    one, ``foaf:homepage``, and a Mapping module marker where it has a point."""
    name, tel, mail = _f(row, "Nom_du_service"), phone(row), email(row)
    host = "https://annuaire.reseau-archives.fr"
    item = rng.randint(120, 9800)
    created = _when(rng)
    modified = created + dt.timedelta(seconds=rng.randint(3600, 60 * 86400))

    def ref(kind: str, n: int) -> dict[str, Any]:
        return {"@id": f"{host}/api/{kind}/{n}", "o:id": n}

    def stamp(moment: dt.datetime) -> dict[str, str]:
        utc = moment.astimezone(dt.UTC)
        return {"@value": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "@type": "http://www.w3.org/2001/XMLSchema#dateTime"}  # fmt: skip

    address = ", ".join(
        v for v in (_f(row, "Adresse_du_service"), f"{_postcode(row)} {_f(row, 'Ville')}") if v
    )
    about = f"{_f(row, 'Categorie')}. {address}. Tél. {tel}."
    if _f(row, "Horaires_d_ouverture"):
        about += f" Horaires : {_f(row, 'Horaires_d_ouverture')}."
    doc: dict[str, Any] = {
        "@context": f"{host}/api-context",
        "@id": f"{host}/api/items/{item}",
        "@type": ["o:Item", "foaf:Organization"],
        "o:id": item,
        "o:is_public": True,
        "o:owner": ref("users", rng.randint(2, 9)),
        "o:resource_class": ref("resource_classes", 94),
        "o:resource_template": ref("resource_templates", rng.randint(2, 5)),
        "o:thumbnail": None,
        "o:title": name,
        "thumbnail_display_urls": {"large": None, "medium": None, "square": None},
        "o:created": stamp(created),
        "o:modified": stamp(modified),
        "o:primary_media": None,
        "o:media": [],
        "o:item_set": [ref("item_sets", rng.randint(10, 40))],
        "o:site": [ref("sites", 1)],
        "dcterms:title": [_literal(1, "Title", name, "fr")],
        "dcterms:description": [_literal(4, "Description", about, "fr")],
        "dcterms:identifier": [_literal(10, "Identifier", _repository_code(row))],
        "dcterms:spatial": [_literal(40, "Spatial Coverage", _f(row, "Departement"))],
        "foaf:phone": [_literal(173, "phone", tel)],
    }
    if mail:
        doc["foaf:mbox"] = [_uri(168, "personal mailbox", f"mailto:{mail}")]
    if _f(row, "Site_internet"):
        doc["foaf:homepage"] = [_uri(160, "homepage", _f(row, "Site_internet"))]
    if has_point(row):
        doc["o-module-mapping:marker"] = [
            {
                "@id": f"{host}/api/mapping_markers/{item + 7}",
                "o:id": item + 7,
                "o:item": ref("items", item),
                "o:media": None,
                "o-module-mapping:lat": _float(_f(row, "Latitude")),
                "o-module-mapping:lng": _float(_f(row, "Longitude")),
                "o-module-mapping:label": name,
            }
        ]
    return json.dumps(doc, ensure_ascii=False, indent=4) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eag_2012": eag_2012,
    "umap_export": umap_export,
    "mobilizon_event": mobilizon_event,
    "omeka_item": omeka_item,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field and
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
