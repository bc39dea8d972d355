"""held_out_114 of the PII evaluation set: real phone fields of a register no earlier part used
(Austria's hospitals, rehabilitation centres and care homes as Eurostat's healthcare-services
dataset gives them; Austria's earlier part took the OeNB's bank directory) exactly as
published, in layouts no earlier part has, beside the register's own ids and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
AT (banks) and many others; here:

* the values are the ``tel`` fields of 261 Austrian hospitals and care homes
  (``scripts/data/pii_at_hospitals.json``, written by ``scripts/at_hospitals_data.py``; source
  and licence in that file): trunk ``0`` and area code, the subscriber number in groups and
  most often the switchboard's ``0`` as a last group (``03353 6000 0``, ``01 401 11 0``,
  ``05 7979 31000``), some without it (``0662 8088``), a double space (``01  358 28 70``), a
  slash (``0512/ 04 0``) and a mobile without its trunk ``0`` (``650 328 73 37``), each copy
  labelled;
* the text around them is the same row's real fields: the register's id (``K101``), the
  hospital's name, street, house number, postcode, city, coordinates, beds, specialties and
  web address, with invented file numbers (``GZ``), gazette numbers, document ids, dates,
  times and monthly bed counts, unlabelled and scored;
* in layouts no earlier part has, legal and public-sector document formats, text in German:
  an Akoma Ntoso 3.0 (OASIS LegalDocML) ``doc`` of a provincial government's notice on the
  hospital (FRBR identification, a ``TLCOrganization`` reference, ``§``-paragraphs, the number
  in the body and in the conclusions), a NIEM 5.0 XML exchange (an ``nc:Facility`` with its
  ``nc:FullTelephoneNumber`` and a contact description), an SDMX-ML 2.1 generic data message
  (the hospital as the header's ``Sender`` with a ``Contact``'s ``Telephone``, a series of
  monthly bed counts with the number as a series attribute) and an ISA² Core Public Service
  Vocabulary (CPSV-AP) description in RDF/XML (a ``cpsv:PublicService`` whose competent
  authority is the hospital, its ``locn:Address`` and a ``schema:ContactPoint``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_114.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_at_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_114.jsonl.gz"
SPLIT = "held_out_114"

LAYOUTS = ("akoma_ntoso", "niem_xml", "sdmx_ml", "cpsv_ap_rdf")
PHONE = "tel"

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _day(rng: random.Random) -> dt.date:
    """An invented day of 2020."""
    return dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(30, 330))


def _gz(rng: random.Random, year: int) -> str:
    """An invented Austrian file number (Geschäftszahl)."""
    return f"{year}-0.{rng.randint(100, 999)}.{rng.randint(100, 999)}"


def _street(row: dict[str, Any]) -> str:
    """Street and house number as the register gives them."""
    return " ".join(p for p in (_f(row, "street"), _f(row, "house_number")) if p)


def akoma_ntoso(row: dict[str, Any], rng: random.Random) -> str:
    """An Akoma Ntoso 3.0 (OASIS LegalDocML) ``doc`` named ``kundmachung``: a provincial
    government's notice that names the hospital as a contact point for bed reports, with its
    FRBR work, expression and manifestation, a ``TLCOrganization`` for the hospital (its
    register id in the ``href``), a preface with an invented file number, three
    ``paragraph``s (the hospital's address and beds, the number, the coordinates) and the
    number again in the ``conclusions``."""
    name, tel, rid = _f(row, "hospital_name"), phone(row), _f(row, "id")
    day = _day(rng)
    gz = _gz(rng, day.year)
    number = rng.randint(20, 140)
    work = f"/akn/at/doc/kundmachung/{day.isoformat()}/{number}"
    beds = _f(row, "cap_beds")
    specs = _f(row, "list_specs")
    body = [
        f'Die Krankenanstalt <organization refersTo="#ka">{escape(name)}</organization>, '
        f"{escape(_street(row))}, {escape(_f(row, 'postcode'))} {escape(_f(row, 'city'))}, "
        "meldet ihren Bettenstand täglich bis 10:00 Uhr an die Landessanitätsdirektion."
        + (f" Systemisierte Betten: {beds}." if beds else "")
        + (f" Fachrichtungen: {escape(specs)}." if specs else ""),
        f"Rückfragen zu den Meldungen sind an die Krankenanstalt unter der Telefonnummer "
        f"{tel} zu richten.",
        f"Die Lage der Krankenanstalt wird mit {_f(row, 'lat')} nördlicher Breite und "
        f"{_f(row, 'lon')} östlicher Länge (WGS 84) festgestellt.",
    ]
    paragraphs = "".join(
        f'      <paragraph eId="para_{i}">\n        <num>§ {i}</num>\n'
        f"        <content>\n          <p>{text}</p>\n        </content>\n      </paragraph>\n"
        for i, text in enumerate(body, 1)
    )
    frbr = "".join(
        f"        <FRBR{level}>\n"
        f'          <FRBRthis value="{uri}{this}"/>\n'
        f'          <FRBRuri value="{uri}"/>\n'
        f'          <FRBRdate date="{day.isoformat()}" name="{what}"/>\n'
        '          <FRBRauthor href="#amt"/>\n'
        + ('          <FRBRcountry value="at"/>\n' if level == "Work" else "")
        + ('          <FRBRlanguage language="deu"/>\n' if level == "Expression" else "")
        + f"        </FRBR{level}>\n"
        for level, uri, this, what in (
            ("Work", work, "/!main", "Kundmachung"),
            ("Expression", work + "/deu@", "/!main", "Kundmachung"),
            ("Manifestation", work + "/deu@.akn", "/main.xml", "XML"),
        )
    )
    return (
        XML_HEAD + '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'
        '  <doc name="kundmachung">\n'
        "    <meta>\n"
        '      <identification source="#amt">\n' + frbr + "      </identification>\n"
        '      <references source="#amt">\n'
        '        <TLCOrganization eId="amt" href="/ontology/organization/at/'
        'landessanitaetsdirektion" showAs="Landessanitätsdirektion"/>\n'
        f'        <TLCOrganization eId="ka" href="/ontology/organization/at/krankenanstalt.'
        f'{rid}" showAs={quoteattr(name)}/>\n'
        "      </references>\n"
        "    </meta>\n"
        "    <preface>\n"
        '      <p class="title"><docTitle>Kundmachung über die Meldestellen für den '
        "Bettenstand</docTitle></p>\n"
        f'      <p><docNumber>GZ {gz}</docNumber>, <docDate date="{day.isoformat()}">'
        f"{day.day}. {_MONTHS[day.month - 1]} {day.year}</docDate></p>\n"
        "    </preface>\n"
        "    <mainBody>\n" + paragraphs + "    </mainBody>\n"
        "    <conclusions>\n"
        f"      <p>Für die Landessanitätsdirektion: Tel. der Meldestelle {tel}, "
        f"Kennung {rid}</p>\n"
        "    </conclusions>\n"
        "  </doc>\n"
        "</akomaNtoso>\n"
    )


_MONTHS = (
    "Jänner", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def niem_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A NIEM 5.0 XML exchange document (an invented IEPD's ``FacilityReferralExchange``): its
    ``nc:DocumentIdentification`` and creation time, and one ``nc:Facility`` with the register's
    id, the hospital's name, address, coordinates (``nc:LatitudeDegreeValue``), contact
    information (``nc:FullTelephoneNumber``, the web address) and a description that repeats
    the number; invented document id, referral number and times."""
    name, tel, url = _f(row, "hospital_name"), phone(row), _f(row, "url")
    day = _day(rng)
    at = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59)))
    doc_id = f"ZUW-{day.year}-{rng.randint(100000, 999999)}"
    web = f"      <nc:ContactWebsiteURI>{escape(url)}</nc:ContactWebsiteURI>\n" if url else ""
    return (
        XML_HEAD + "<ex:FacilityReferralExchange\n"
        '    xmlns:ex="http://example.at/iepd/zuweisung/1.0/"\n'
        '    xmlns:nc="http://release.niem.gov/niem/niem-core/5.0/"\n'
        '    xmlns:structures="http://release.niem.gov/niem/structures/5.0/">\n'
        "  <nc:DocumentIdentification>\n"
        f"    <nc:IdentificationID>{doc_id}</nc:IdentificationID>\n"
        "  </nc:DocumentIdentification>\n"
        "  <nc:DocumentCreationDate>\n"
        f"    <nc:DateTime>{at.isoformat()}</nc:DateTime>\n"
        "  </nc:DocumentCreationDate>\n"
        f'  <nc:Facility structures:id="F{_f(row, "id")}">\n'
        f"    <nc:FacilityName>{escape(name)}</nc:FacilityName>\n"
        "    <nc:FacilityIdentification>\n"
        f"      <nc:IdentificationID>{_f(row, 'id')}</nc:IdentificationID>\n"
        "      <nc:IdentificationSourceText>Eurostat GISCO</nc:IdentificationSourceText>\n"
        "    </nc:FacilityIdentification>\n"
        "    <nc:FacilityLocation>\n"
        "      <nc:Address>\n"
        "        <nc:LocationStreet>\n"
        f"          <nc:StreetNumberText>{escape(_f(row, 'house_number'))}</nc:StreetNumberText>\n"
        f"          <nc:StreetName>{escape(_f(row, 'street'))}</nc:StreetName>\n"
        "        </nc:LocationStreet>\n"
        f"        <nc:LocationCityName>{escape(_f(row, 'city'))}</nc:LocationCityName>\n"
        f"        <nc:LocationPostalCode>{escape(_f(row, 'postcode'))}</nc:LocationPostalCode>\n"
        "        <nc:LocationCountryISO3166Alpha2Code>AT</nc:LocationCountryISO3166Alpha2Code>\n"
        "      </nc:Address>\n"
        "      <nc:Location2DGeospatialCoordinate>\n"
        "        <nc:GeographicCoordinateLatitude>\n"
        f"          <nc:LatitudeDegreeValue>{_f(row, 'lat')}</nc:LatitudeDegreeValue>\n"
        "        </nc:GeographicCoordinateLatitude>\n"
        "        <nc:GeographicCoordinateLongitude>\n"
        f"          <nc:LongitudeDegreeValue>{_f(row, 'lon')}</nc:LongitudeDegreeValue>\n"
        "        </nc:GeographicCoordinateLongitude>\n"
        "      </nc:Location2DGeospatialCoordinate>\n"
        "    </nc:FacilityLocation>\n"
        "    <nc:FacilityContactInformation>\n"
        "      <nc:ContactTelephoneNumber>\n"
        "        <nc:FullTelephoneNumber>\n"
        f"          <nc:TelephoneNumberFullID>{tel}</nc:TelephoneNumberFullID>\n"
        "        </nc:FullTelephoneNumber>\n"
        "      </nc:ContactTelephoneNumber>\n"
        + web
        + "      <nc:ContactInformationDescriptionText>Zentrale der Krankenanstalt "
        f"({tel}), Zuweisungen Mo-Fr {rng.randint(7, 8)}:00-{rng.randint(14, 16)}:00 Uhr"
        "</nc:ContactInformationDescriptionText>\n"
        "    </nc:FacilityContactInformation>\n"
        "  </nc:Facility>\n"
        f"  <ex:ReferralNumberText>{rng.randint(10**7, 10**8 - 1)}</ex:ReferralNumberText>\n"
        "</ex:FacilityReferralExchange>\n"
    )


SDMX = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1"


def sdmx_ml(row: dict[str, Any], rng: random.Random) -> str:
    """An SDMX-ML 2.1 ``GenericData`` message: a header whose ``Sender`` is the hospital (its
    register id, name and a ``Contact`` with ``Department``, ``Role`` and ``Telephone``) and a
    data set of one series (``REF_AREA``, the register id, ``INDICATOR``) with the number again
    as the ``CONTACT_TEL`` attribute, the register's beds as ``BEDS_SYSTEM``, postcode as
    ``POSTCODE`` and coordinates as ``GEO_LAT`` and ``GEO_LON``, and twelve invented
    monthly counts of occupied beds."""
    name, tel, rid = _f(row, "hospital_name"), phone(row), _f(row, "id")
    prepared = dt.datetime(2021, 1, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 80))
    beds = _f(row, "cap_beds")
    top = int(beds) if beds.isdigit() else rng.randint(60, 400)
    attrs = [
        ("CONTACT_TEL", tel),
        ("POSTCODE", _f(row, "postcode")),
        ("GEO_LAT", _f(row, "lat")),
        ("GEO_LON", _f(row, "lon")),
    ]
    if beds:
        attrs.insert(1, ("BEDS_SYSTEM", beds))
    attributes = "".join(
        f'        <generic:Value id="{k}" value={quoteattr(v)}/>\n' for k, v in attrs
    )
    obs = "".join(
        "      <generic:Obs>\n"
        f'        <generic:ObsDimension value="2020-{m:02d}"/>\n'
        f'        <generic:ObsValue value="{rng.randint(top // 2, top)}"/>\n'
        "      </generic:Obs>\n"
        for m in range(1, 13)
    )
    return (
        XML_HEAD + f'<message:GenericData xmlns:message="{SDMX}/message"\n'
        f'    xmlns:common="{SDMX}/common" xmlns:generic="{SDMX}/data/generic">\n'
        "  <message:Header>\n"
        f"    <message:ID>BETTEN_{rid}_{rng.randint(1000, 9999)}</message:ID>\n"
        "    <message:Test>false</message:Test>\n"
        f"    <message:Prepared>{prepared.isoformat()}</message:Prepared>\n"
        f'    <message:Sender id="AT_{rid}">\n'
        f'      <common:Name xml:lang="de">{escape(name)}</common:Name>\n'
        "      <message:Contact>\n"
        '        <common:Name xml:lang="de">Zentrale</common:Name>\n'
        "        <message:Department>Verwaltung, Meldewesen</message:Department>\n"
        "        <message:Role>Datenmeldung Bettenstand</message:Role>\n"
        f"        <message:Telephone>{tel}</message:Telephone>\n"
        "      </message:Contact>\n"
        "    </message:Sender>\n"
        '    <message:Receiver id="ESTAT"/>\n'
        '    <message:Structure structureID="HOSP_BEDS" dimensionAtObservation="TIME_PERIOD">\n'
        "      <common:Structure>\n"
        "        <URN>urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure="
        "ESTAT:HOSP_BEDS(1.0)</URN>\n"
        "      </common:Structure>\n"
        "    </message:Structure>\n"
        "  </message:Header>\n"
        '  <message:DataSet structureRef="HOSP_BEDS">\n'
        "    <generic:Series>\n"
        "      <generic:SeriesKey>\n"
        '        <generic:Value id="FREQ" value="M"/>\n'
        '        <generic:Value id="REF_AREA" value="AT"/>\n'
        f'        <generic:Value id="UNIT_ID" value="{rid}"/>\n'
        '        <generic:Value id="INDICATOR" value="BEDS_OCC"/>\n'
        "      </generic:SeriesKey>\n"
        "      <generic:Attributes>\n"
        + attributes
        + "      </generic:Attributes>\n"
        + obs
        + "    </generic:Series>\n"
        "  </message:DataSet>\n"
        "</message:GenericData>\n"
    )


def cpsv_ap_rdf(row: dict[str, Any], rng: random.Random) -> str:
    """An ISA² Core Public Service Vocabulary (CPSV-AP) description in RDF/XML: a
    ``cpsv:PublicService`` (inpatient admission, its invented identifier and description that
    gives the number) whose ``cv:hasCompetentAuthority`` is the hospital as a
    ``cv:PublicOrganisation`` with its register id, name, ``locn:Address`` and point
    (``locn:geometry`` as WKT), and a ``cv:contactPoint`` (``schema:ContactPoint``) with
    ``schema:telephone``, opening hours and the web address."""
    name, tel, rid, url = _f(row, "hospital_name"), phone(row), _f(row, "id"), _f(row, "url")
    sid = uuid.UUID(int=rng.getrandbits(128), version=4)
    base = "https://example.gv.at/cpsv"
    page = (
        f"        <schema:url rdf:resource={quoteattr(url)}/>\n" if url.startswith("http") else ""
    )
    return (
        XML_HEAD + "<rdf:RDF\n"
        '    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
        '    xmlns:cpsv="http://purl.org/vocab/cpsv#"\n'
        '    xmlns:cv="http://data.europa.eu/m8g/"\n'
        '    xmlns:dct="http://purl.org/dc/terms/"\n'
        '    xmlns:skos="http://www.w3.org/2004/02/skos/core#"\n'
        '    xmlns:locn="http://www.w3.org/ns/locn#"\n'
        '    xmlns:adms="http://www.w3.org/ns/adms#"\n'
        '    xmlns:schema="http://schema.org/">\n'
        f'  <cpsv:PublicService rdf:about="{base}/service/{sid}">\n'
        f"    <dct:identifier>{sid}</dct:identifier>\n"
        '    <dct:title xml:lang="de">Stationäre Aufnahme</dct:title>\n'
        f'    <dct:description xml:lang="de">Aufnahme zur stationären Behandlung in der '
        f"Krankenanstalt {escape(name)}; Terminvereinbarung unter {tel}.</dct:description>\n"
        "    <cv:hasCompetentAuthority>\n"
        f'      <cv:PublicOrganisation rdf:about="{base}/organisation/{rid}">\n'
        f'        <skos:prefLabel xml:lang="de">{escape(name)}</skos:prefLabel>\n'
        "        <adms:identifier>\n"
        "          <adms:Identifier>\n"
        f"            <skos:notation>{rid}</skos:notation>\n"
        "            <dct:creator>Eurostat GISCO</dct:creator>\n"
        "          </adms:Identifier>\n"
        "        </adms:identifier>\n"
        "        <locn:address>\n"
        "          <locn:Address>\n"
        f"            <locn:thoroughfare>{escape(_f(row, 'street'))}</locn:thoroughfare>\n"
        "            <locn:locatorDesignator>"
        f"{escape(_f(row, 'house_number'))}</locn:locatorDesignator>\n"
        f"            <locn:postCode>{escape(_f(row, 'postcode'))}</locn:postCode>\n"
        f"            <locn:postName>{escape(_f(row, 'city'))}</locn:postName>\n"
        "            <locn:adminUnitL1>AT</locn:adminUnitL1>\n"
        "          </locn:Address>\n"
        "        </locn:address>\n"
        '        <locn:geometry rdf:datatype="http://www.opengis.net/ont/geosparql#wktLiteral">'
        f"POINT({_f(row, 'lon')} {_f(row, 'lat')})</locn:geometry>\n"
        "      </cv:PublicOrganisation>\n"
        "    </cv:hasCompetentAuthority>\n"
        "    <cv:contactPoint>\n"
        "      <schema:ContactPoint>\n"
        f"        <schema:telephone>{tel}</schema:telephone>\n"
        f"        <schema:hoursAvailable>Mo-Fr 0{rng.randint(7, 8)}:00-"
        f"{rng.randint(12, 15)}:00</schema:hoursAvailable>\n"
        + page
        + "      </schema:ContactPoint>\n"
        "    </cv:contactPoint>\n"
        f"    <dct:modified>{_day(rng).isoformat()}</dct:modified>\n"
        "  </cpsv:PublicService>\n"
        "</rdf:RDF>\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "akoma_ntoso": akoma_ntoso,
    "niem_xml": niem_xml,
    "sdmx_ml": sdmx_ml,
    "cpsv_ap_rdf": cpsv_ap_rdf,
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
