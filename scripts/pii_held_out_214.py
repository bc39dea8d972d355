"""held_out_214 of the PII evaluation set: real phone fields of a register no earlier part used
(France: the ministère de la Culture's list of the « Musées de France », from Muséofile; France's
earlier parts took other publishers' registers) exactly as published, in layouts no earlier
part has, beside the list's own names, addresses, codes and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR (testing sites, farm shops, DILA's local offices,
the Annuaire de l'éducation, Montpellier's associations), KR, DE and many others; here:

* the values are the ``telephone`` fields of 440 museums (``scripts/data/
  pii_fr_musees_de_france.json``, written by ``scripts/fr_musees_de_france_data.py``; source
  and licence in that file), 20 of them overseas: French numbers as Muséofile holds them, most
  ten digits in pairs (``04 74 49 20 42``), some with dots, run together, with the trunk ``0``
  lost, with a calling code (``+33 (0)3 59 73 38 00``, ``33 02 47 59 05 45``, ``00 590 23 57
  57``), several in one field after ``ou``, ``/``, ``;``, ``,`` or ``-``, with a note
  (``(mairie)``) or alternative last digits (``05 56 01 51 00/02``); the whole field written
  twice in each record, each number of each copy labelled on its own (``numbers``);
* the text around them is the same row's real fields: the museum's official name, address,
  place, postcode, commune, department, region, Muséofile id (``M0966``), ``ref_deps`` code
  (``0119201``), web page, coordinates and appellation date, with invented inventory numbers,
  record ids, UUIDs, Apidae ids, dates and accessibility answers, unlabelled and scored;
* in layouts no earlier part has, formats of the museums' and French tourism's field, text in
  French: LIDO 1.1 object records of a piece of the museum's collection (the museum as
  ``repositorySet`` and ``recordSource``, the number in a ``descriptiveNoteValue`` and the
  ``creditLine``), DATAtourisme JSON-LD points of interest (the national tourism data
  platform's ontology: ``hasContact`` with ``schema:telephone``, a ``dc:description`` repeating
  the field), Apidae tourism-information objects (API v002 JSON of a ``PATRIMOINE_CULTUREL``:
  ``moyensCommunication`` of type 201 ``Téléphone``, a ``descriptifCourt`` repeating the field)
  and acceslibre ERP records (the accessibility register of the French State, API JSON:
  ``telephone`` and an accessibility ``commentaire`` repeating the field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_214.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_musees_de_france.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_214.jsonl.gz"
SPLIT = "held_out_214"

LAYOUTS = ("lido_record", "datatourisme_jsonld", "apidae_object", "acceslibre_erp")
PHONE = "telephone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a run of digits and separators; a calling code before ``(0)`` belongs to it
_RUN = re.compile(r"\+?\(?\d(?:[\d.\-()/]|[ \xa0]+(?=[\d(]))*\d")
_MIN_DIGITS = 6

# invented pieces of a collection (no real object is meant): (designation, domain, material)
OBJECTS = (
    ("vase à décor de rinceaux", "céramique", "faïence"),
    ("affiche d'exposition", "arts graphiques", "papier"),
    ("serpette de vigneron", "ethnologie", "fer forgé, bois"),
    ("plaque de verre photographique", "photographie", "verre, gélatino-bromure d'argent"),
    ("statuette votive", "archéologie", "bronze"),
    ("paysage au bord de l'eau", "peinture", "huile sur toile"),
    ("coiffe de cérémonie", "ethnologie", "coton, dentelle"),
    ("pendule de cheminée", "arts décoratifs", "bronze doré, marbre"),
    ("herbier", "sciences naturelles", "papier, spécimens séchés"),
    ("maquette de bateau", "techniques", "bois peint"),
)  # fmt: skip

# invented accessibility answers (acceslibre's questions, yes / no / unknown)
ACCESS = (
    "transport_station_presence", "stationnement_presence", "stationnement_pmr",
    "cheminement_ext_presence", "entree_plain_pied", "entree_porte_presence",
    "entree_pmr", "accueil_visibilite", "accueil_equipements_malentendants_presence",
    "sanitaires_presence", "sanitaires_adaptes",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code: ``+33``, ``00 590``, or ``33`` before
    a national number with its trunk (``33 02 47 59 05 45``, ``33 (0) 3 27 82 27 90``)."""
    return value.startswith(("+", "00")) or re.match(r"33 \(?0", value) is not None


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: a run of digits and separators (a calling
    code standing before ``(0)`` in it), split at its spaces when every piece has seven digits
    or more, or at a gap of two spaces or more before a piece of seven digits or more (as
    ``pii_held_out_11.numbers``), then at a ``/`` whose next piece has seven digits or more (a
    whole number, as ``pii_held_out_182.numbers``); a shorter piece after ``/`` is the
    alternative last digits of the number before it and stays with it (``05 56 01 51 00/02``,
    ``03 85 94 74 41/48 29 52``). A run of fewer than six digits is no number (``47 98`` after
    `` / ``, ``06 40`` after ``ou``: shortened alternatives, left as text)."""
    runs = []
    for m in _RUN.finditer(field):
        pieces = list(re.finditer(r"[^ \xa0]+", m.group()))
        digits = [sum(c.isdigit() for c in p.group()) for p in pieces]
        groups = [[pieces[0]]]
        for before, piece, n in zip(pieces, pieces[1:], digits[1:], strict=False):
            wide_gap = piece.start() - before.end() >= 2
            if n >= 7 and (wide_gap or min(digits) >= 7):
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            runs.append((m.start() + group[0].start(), m.start() + group[-1].end()))
    out = []
    for s, e in runs:
        pieces = [m for m in re.finditer(r"[^/]+", field[s:e]) if m.group().strip()]
        split: list[list[re.Match[str]]] = []
        for piece in pieces:
            if not split or sum(c.isdigit() for c in piece.group()) >= 7:
                split.append([piece])
            else:
                split[-1].append(piece)
        for group in split:
            first, last = group[0], group[-1]
            start = s + first.start() + len(first.group()) - len(first.group().lstrip())
            end = s + last.start() + len(last.group().rstrip())
            if sum(c.isdigit() for c in field[start:end]) >= _MIN_DIGITS:
                out.append((start, end))
    return out


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), its kind by ``international``."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Paris, summer time)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element or attribute text."""
    return escape(value, {'"': "&quot;"})


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _web(row: dict[str, Any]) -> str:
    """The web page as a URL (the list writes most without their scheme), "" if none."""
    url = _f(row, "url")
    if not url:
        return ""
    return url if url.startswith("http") else f"https://{url}"


def _street(row: dict[str, Any]) -> str:
    """The address and the place (``lieu``) as one line."""
    return ", ".join(v for v in (_f(row, "adresse"), _f(row, "lieu")) if v)


def _dept(row: dict[str, Any]) -> str:
    """The department's code as the commune's code begins (``ref_deps``; the postcode's first
    two digits where the row has none)."""
    return (_f(row, "ref_deps") or _f(row, "code_postal"))[:2]


def _insee(row: dict[str, Any]) -> str | None:
    """The commune's INSEE code: ``ref_deps`` less its two-digit suffix (None where empty)."""
    return _f(row, "ref_deps")[:5] or None


def _inventory(rng: random.Random) -> str:
    """An invented inventory number (``1987.3.12``)."""
    return f"{rng.randint(1890, 2022)}.{rng.randint(1, 40)}.{rng.randint(1, 300)}"


def lido_record(row: dict[str, Any], rng: random.Random) -> str:
    """A LIDO 1.1 record (``lido:lidoWrap``) of an invented piece of the museum's collection:
    ``lidoRecID`` and ``workID`` of an invented inventory number, the designation, domain and
    material, a ``descriptiveNoteValue`` naming the museum and the phone field, the museum as
    ``repositorySet`` (its Muséofile id as ``legalBodyID``, name, web page, commune and a GML
    point of its coordinates), a ``creditLine`` repeating the field, and the museum as
    ``recordSource`` with an invented record date."""
    name, tel, museofile = (
        _f(row, "nom_officiel_du_musee"),
        phone(row),
        _f(row, "identifiant_museofile"),
    )
    designation, domain, material = rng.choice(OBJECTS)
    inv = _inventory(rng)
    when = _when(rng)
    commune = _f(row, "commune")
    web = _web(row)
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<lido:lidoWrap xmlns:lido="http://www.lido-schema.org" '
        'xmlns:gml="http://www.opengis.net/gml" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.lido-schema.org '
        'http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd">',
        '  <lido:lido lido:relatedWorksFlag="0">',
        f'    <lido:lidoRecID lido:type="local" lido:source="{museofile}">'
        f"{museofile}-{inv}</lido:lidoRecID>",
        '    <lido:descriptiveMetadata xml:lang="fr">',
        "      <lido:objectClassificationWrap>",
        "        <lido:objectWorkTypeWrap>",
        "          <lido:objectWorkType>",
        f"            <lido:term>{_x(designation)}</lido:term>",
        "          </lido:objectWorkType>",
        "        </lido:objectWorkTypeWrap>",
        "        <lido:classificationWrap>",
        '          <lido:classification lido:type="domaine">',
        f"            <lido:term>{_x(domain)}</lido:term>",
        "          </lido:classification>",
        "        </lido:classificationWrap>",
        "      </lido:objectClassificationWrap>",
        "      <lido:objectIdentificationWrap>",
        "        <lido:titleWrap>",
        "          <lido:titleSet>",
        f'            <lido:appellationValue lido:pref="preferred">{_x(designation.capitalize())}'
        "</lido:appellationValue>",
        "          </lido:titleSet>",
        "        </lido:titleWrap>",
        "        <lido:repositoryWrap>",
        '          <lido:repositorySet lido:type="current">',
        "            <lido:repositoryName>",
        f'              <lido:legalBodyID lido:type="local" lido:source="Muséofile">{museofile}'
        "</lido:legalBodyID>",
        "              <lido:legalBodyName>",
        f"                <lido:appellationValue>{_x(name)}</lido:appellationValue>",
        "              </lido:legalBodyName>",
    ]
    if web:
        body.append(f"              <lido:legalBodyWeblink>{_x(web)}</lido:legalBodyWeblink>")
    body += [
        "            </lido:repositoryName>",
        f'            <lido:workID lido:type="numéro d\'inventaire">{inv}</lido:workID>',
        "            <lido:repositoryLocation>",
        "              <lido:namePlaceSet>",
        f"                <lido:appellationValue>{_x(commune)}</lido:appellationValue>",
        "              </lido:namePlaceSet>",
    ]
    if lat and lon:
        body += [
            "              <lido:gml>",
            f"                <gml:Point><gml:pos>{lat} {lon}</gml:pos></gml:Point>",
            "              </lido:gml>",
        ]
    body += [
        "            </lido:repositoryLocation>",
        "          </lido:repositorySet>",
        "        </lido:repositoryWrap>",
        "        <lido:objectDescriptionWrap>",
        "          <lido:objectDescriptionSet>",
        f"            <lido:descriptiveNoteValue>{_x(designation.capitalize())} ({_x(material)}), "
        f"{_x(name)} ({_x(commune)}). Consultation sur rendez-vous auprès du "
        f"service des collections : {_x(tel)}.</lido:descriptiveNoteValue>",
        "          </lido:objectDescriptionSet>",
        "        </lido:objectDescriptionWrap>",
        "      </lido:objectIdentificationWrap>",
        "    </lido:descriptiveMetadata>",
        '    <lido:administrativeMetadata xml:lang="fr">',
        "      <lido:rightsWorkWrap>",
        "        <lido:rightsWorkSet>",
        f"          <lido:creditLine>© {_x(name)}, {_x(commune)} – renseignements : {_x(tel)}"
        "</lido:creditLine>",
        "        </lido:rightsWorkSet>",
        "      </lido:rightsWorkWrap>",
        "      <lido:recordWrap>",
        f'        <lido:recordID lido:type="local">{museofile}-{inv}</lido:recordID>',
        "        <lido:recordType>",
        '          <lido:conceptID lido:type="URI">http://terminology.lido-schema.org/lido00141'
        "</lido:conceptID>",
        "          <lido:term>item</lido:term>",
        "        </lido:recordType>",
        "        <lido:recordSource>",
        "          <lido:legalBodyName>",
        f"            <lido:appellationValue>{_x(name)}</lido:appellationValue>",
        "          </lido:legalBodyName>",
        "        </lido:recordSource>",
        "        <lido:recordInfoSet>",
        f'          <lido:recordMetadataDate lido:type="modification">{when:%Y-%m-%d}'
        "</lido:recordMetadataDate>",
        "        </lido:recordInfoSet>",
        "      </lido:recordWrap>",
        "    </lido:administrativeMetadata>",
        "  </lido:lido>",
        "</lido:lidoWrap>",
        "",
    ]
    return "\n".join(body)


def datatourisme_jsonld(row: dict[str, Any], rng: random.Random) -> str:
    """A DATAtourisme point of interest as its JSON-LD export writes one: an invented ``@id``
    under the department's code, the Muséofile id as ``dc:identifier``, the ontology's types
    of a museum, the name as ``rdfs:label``, a ``hasDescription`` whose ``dc:description``
    repeats the phone field, ``hasContact`` (``schema:telephone`` the field, ``foaf:homepage``),
    ``isLocatedAt`` with the address, postcode, commune and coordinates, and invented creation
    and update dates."""
    name, tel = _f(row, "nom_officiel_du_musee"), phone(row)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 2000))
    dept = _dept(row)
    base = f"https://data.datatourisme.fr/{dept}/{_uuid(rng)}"
    contact: dict[str, Any] = {"@id": f"{base}#contact", "schema:telephone": [tel]}
    if _web(row):
        contact["foaf:homepage"] = [_web(row)]
    contact["@type"] = ["foaf:Agent"]
    address: dict[str, Any] = {
        "@id": f"{base}#adresse",
        "schema:addressLocality": _f(row, "commune"),
        "schema:postalCode": _f(row, "code_postal"),
    }
    if _street(row):
        address["schema:streetAddress"] = [_street(row)]
    address["@type"] = ["schema:PostalAddress"]
    place: dict[str, Any] = {"@id": f"{base}#lieu", "schema:address": [address]}
    if _f(row, "latitude") and _f(row, "longitude"):
        place["schema:geo"] = {
            "schema:latitude": _f(row, "latitude"),
            "schema:longitude": _f(row, "longitude"),
            "@type": ["schema:GeoCoordinates"],
        }
    place["@type"] = ["schema:Place"]
    description = (
        f"{name} ({_f(row, 'commune')}, {_f(row, 'departement')}), musée labellisé « Musée de "
        f"France » depuis le {_f(row, 'date_arrete_attribution_appellation')}. "
        f"Renseignements et réservations : {tel}."
    )
    doc = {
        "@context": "https://www.datatourisme.fr/ontology/core/context.jsonld",
        "@id": base,
        "dc:identifier": _f(row, "identifiant_museofile"),
        "@type": ["schema:Museum", "Museum", "CulturalSite", "PlaceOfInterest",
                  "PointOfInterest", "urn:resource"],
        "rdfs:label": {"fr": [name]},
        "hasDescription": [
            {"@id": f"{base}#description", "dc:description": {"fr": [description]},
             "@type": ["Description"]}
        ],
        "hasContact": [contact],
        "isLocatedAt": [place],
        "creationDate": f"{created:%Y-%m-%d}",
        "lastUpdate": f"{when:%Y-%m-%d}",
        "lastUpdateDatatourisme": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000Z",
    }  # fmt: skip
    return _json(doc)


def apidae_object(row: dict[str, Any], rng: random.Random) -> str:
    """An Apidae object as its API v002 (``objet-touristique/get-by-id``) returns one: an
    invented id, type ``PATRIMOINE_CULTUREL``, the name as ``nom.libelleFr``, ``informations``
    with ``moyensCommunication`` (type 201 ``Téléphone`` whose ``coordonnees.fr`` is the phone
    field, type 205 ``Site web (URL)``), a ``presentation.descriptifCourt`` repeating the field,
    ``localisation`` with the address, postcode, commune and its INSEE code (``ref_deps`` less
    its two-digit suffix), a GeoJSON point, ``informationsPatrimoineCulturel`` of type
    ``Musée``, and invented management dates."""
    name, tel = _f(row, "nom_officiel_du_musee"), phone(row)
    when = _when(rng)
    means: list[dict[str, Any]] = [
        {
            "identifiant": rng.randint(100000, 999999),
            "type": {"elementReferenceType": "MoyenCommunicationType", "id": 201,
                     "libelleFr": "Téléphone", "ordre": 1},
            "coordonnees": {"fr": tel},
        }
    ]  # fmt: skip
    if _web(row):
        means.append(
            {
                "identifiant": rng.randint(100000, 999999),
                "type": {"elementReferenceType": "MoyenCommunicationType", "id": 205,
                         "libelleFr": "Site web (URL)", "ordre": 4},
                "coordonnees": {"fr": _web(row)},
            }
        )  # fmt: skip
    address: dict[str, Any] = {}
    if _f(row, "adresse"):
        address["adresse1"] = _f(row, "adresse")
    if _f(row, "lieu"):
        address["adresse2"] = _f(row, "lieu")
    address["codePostal"] = _f(row, "code_postal")
    address["commune"] = {
        "id": rng.randint(1000, 39999),
        "code": _insee(row),
        "nom": _f(row, "commune"),
    }
    location: dict[str, Any] = {"adresse": address}
    if _f(row, "latitude") and _f(row, "longitude"):
        location["geolocalisation"] = {
            "valide": True,
            "geoJson": {
                "type": "Point",
                "coordinates": [float(_f(row, "longitude")), float(_f(row, "latitude"))],
            },
        }
    created = when - dt.timedelta(days=rng.randint(300, 3000))
    doc = {
        "type": "PATRIMOINE_CULTUREL",
        "id": rng.randint(4000000, 7999999),
        "nom": {"libelleFr": name},
        "identifier": f"{_f(row, 'identifiant_museofile')}",
        "informations": {"moyensCommunication": means},
        "presentation": {
            "descriptifCourt": {
                "libelleFr": f"Musée de France ({_f(row, 'departement')}). Visites de groupes "
                f"sur réservation au {tel}."
            }
        },
        "localisation": location,
        "informationsPatrimoineCulturel": {
            "patrimoineCulturelType": {"elementReferenceType": "PatrimoineCulturelType",
                                       "id": 3973, "libelleFr": "Musée"},
        },
        "gestion": {
            "dateCreation": f"{created:%Y-%m-%dT%H:%M:%S.000%z}",
            "dateModification": f"{when:%Y-%m-%dT%H:%M:%S.000%z}",
        },
    }  # fmt: skip
    return _json(doc)


def acceslibre_erp(row: dict[str, Any], rng: random.Random) -> str:
    """An acceslibre ERP (établissement recevant du public) as its API (``/api/erps/<slug>/``)
    returns one: invented slug and UUID, activity ``Musée``, the name, address, commune, INSEE
    code and postcode, a GeoJSON point, ``telephone`` the phone field, the web page, an
    ``accessibilite`` block of invented answers whose ``commentaire`` repeats the field, and
    invented creation and update times."""
    name, tel = _f(row, "nom_officiel_du_musee"), phone(row)
    when = _when(rng)
    plain = unicodedata.normalize("NFKD", f"{name} {_f(row, 'commune')}".lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    slug = f"{slug[:60].strip('-')}-{rng.randint(1, 999)}"
    answers = {key: rng.choice((True, True, False, None)) for key in ACCESS}
    answers["commentaire"] = (
        f"Aide à la visite sur demande : appeler l'accueil du musée au {tel} avant votre venue."
    )
    address = ", ".join(
        v for v in (_street(row), f"{_f(row, 'code_postal')} {_f(row, 'commune')}") if v.strip()
    )
    doc: dict[str, Any] = {
        "url": f"https://acceslibre.beta.gouv.fr/api/erps/{slug}/",
        "web_url": f"https://acceslibre.beta.gouv.fr/app/{_dept(row)}-"
        f"{slug.rsplit('-', 1)[0]}/a/musee/erp/{slug}/",
        "uuid": _uuid(rng),
        "activite": {"nom": "Musée", "slug": "musee"},
        "nom": name,
        "slug": slug,
        "adresse": address,
        "commune": _f(row, "commune"),
        "code_insee": _insee(row),
        "code_postal": _f(row, "code_postal"),
        "geom": None,
        "siret": None,
        "telephone": tel,
        "site_internet": _web(row) or None,
        "contact_email": None,
        "contact_url": None,
        "user_type": "public",
        "accessibilite": {"datas": answers},
        "distance": None,
        "source": "acceslibre",
        "source_id": _f(row, "identifiant_museofile"),
        "created_at": (when - dt.timedelta(days=rng.randint(100, 1200))).isoformat(),
        "updated_at": when.isoformat(),
    }
    if _f(row, "latitude") and _f(row, "longitude"):
        doc["geom"] = {
            "type": "Point",
            "coordinates": [float(_f(row, "longitude")), float(_f(row, "latitude"))],
        }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lido_record": lido_record,
    "datatourisme_jsonld": datatourisme_jsonld,
    "apidae_object": apidae_object,
    "acceslibre_erp": acceslibre_erp,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each number of each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
