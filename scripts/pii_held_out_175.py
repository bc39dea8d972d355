"""held_out_175 of the PII evaluation set: real phone fields of a register no earlier part used
(the City of Cambridge, Massachusetts, its GIS layers of facilities; the United States' earlier
parts took CMS's hospitals, New York City's high schools, Texas's AskTED schools and HIFLD's
colleges) exactly as published, in layouts no earlier part has, beside the layers' own names,
addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, the US and many others; here:

* the values are the ``PHONE`` fields (``Phone`` in the shelters' layer) of 183 sites in nine
  layers, 86 day care facilities, 32 private and 18 public schools, 15 emergency shelters, 12
  health clinics, 8 fire stations, 7 public libraries, 3 hospitals and 2 police stations
  (``scripts/data/pii_us_cambridge_facilities.json``, written by
  ``scripts/us_cambridge_facilities_data.py``; source and licence in that file): US numbers as
  the city's GIS writes them, no ``+1``, the area code, exchange and line joined by hyphens
  (``617-876-0102``), some with a space after the area code (``617 492-0090``,
  ``339-970 9596``), one with the trunk ``1-`` (``1-857-600-1840``), toll-free numbers among
  them; each copy labelled;
* the text around them is the same row's real fields: the site's name, street address, owner,
  public or private, the shelters' ZIP code, the feature's ``GlobalID`` and coordinates, with
  invented dates, times, agency and location numbers, floor areas, years of construction,
  Google location and map ids, bounding boxes and the county's and state's FIPS codes,
  unlabelled and scored;
* in layouts no earlier part has, US public-sector and mapping formats, text in English: FGDC
  CSDGM (FGDC-STD-001-1998) metadata records of a site-plan data set (the site as point of
  contact, ``cntvoice``, the number again in the abstract), NEMSIS v3.5 DEMDataSet documents of
  an invented EMS agency (the site as a ``dFacility.FacilityGroup``, the number as
  ``dFacility.15`` of ``PhoneNumberType`` Work), BuildingSync 2.5 audit documents of the US
  DOE's schema (the site as ``Building`` with its address and coordinates, the number in the
  premises notes and a ``Contact``'s ``TelephoneNumber``) and Google Business Profile API
  (v1) ``Location`` resources (``phoneNumbers.primaryPhone``, the number again in
  ``profile.description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_175.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_cambridge_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_175.jsonl.gz"
SPLIT = "held_out_175"

LAYOUTS = ("fgdc_csdgm", "nemsis_dem", "buildingsync", "gbp_location")

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# each layer's kind of site: (words, NEMSIS dFacility.01 code, BuildingSync occupancy,
# Google Business Profile category id and name)
KINDS = {
    "Health_Clinics": ("health clinic", "1701003", "Health care-Outpatient facility",
                       "gcid:medical_clinic", "Medical clinic"),
    "Hospitals": ("hospital", "1701005", "Health care-Inpatient hospital", "gcid:hospital",
                  "Hospital"),
    "Day_Care_Facilities": ("day care facility", "1701009", "Education-Preschool or daycare",
                            "gcid:child_care_agency", "Child care agency"),
    "Private_Schools": ("private school", "1701009", "Education", "gcid:private_school",
                        "Private school"),
    "Public_Libraries": ("public library", "1701009", "Library", "gcid:public_library",
                         "Public library"),
    "Public_Schools": ("public school", "1701009", "Education", "gcid:school", "School"),
    "Emergency_Shelters": ("emergency shelter", "1701009", "Other", "gcid:community_center",
                           "Community center"),
    "Fire_Stations": ("fire station", "1701029", "Public safety-Fire or police station",
                      "gcid:fire_station", "Fire station"),
    "Police_Stations": ("police station", "1701025", "Public safety-Fire or police station",
                        "gcid:police_station", "Police station"),
}  # fmt: skip


def _f(row: dict[str, Any], *keys: str) -> str:
    """The first of ``keys`` the row has, as published, stripped ("" where it has none)."""
    for key in keys:
        if key in row["fields"]:
            return row["fields"][key].strip()
    return ""


def phone_column(row: dict[str, Any]) -> str:
    """The row's phone column (``PHONE``; ``Phone`` in the shelters' layer)."""
    return "PHONE" if "PHONE" in row["fields"] else "Phone"


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, phone_column(row))


def name(row: dict[str, Any]) -> str:
    return _f(row, "SITE_NAME", "Name")


def address(row: dict[str, Any]) -> str:
    return _f(row, "ADDRESS", "Address")


def layer(row: dict[str, Any]) -> str:
    """The row's layer (``Day_Care_Facilities``...)."""
    return row["path"].split("/")[1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), phone_column(row), row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (US Eastern, daylight time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _kind(row: dict[str, Any]) -> tuple[str, str, str, str, str]:
    return KINDS[layer(row)]


def _owner(row: dict[str, Any]) -> str:
    """Who runs the site, in a few words (its owner, public or private), "" if unknown."""
    if _f(row, "OWNER"):
        return f"operated by {_f(row, 'OWNER')}"
    return {"Public": "a public site", "Private": "a private site"}.get(_f(row, "PUBLICPRIV"), "")


def _a(words: str) -> str:
    """``words`` after its indefinite article."""
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"


def _lonlat(row: dict[str, Any]) -> tuple[str, str]:
    return _f(row, "geometry_lon"), _f(row, "geometry_lat")


def fgdc_csdgm(row: dict[str, Any], rng: random.Random) -> str:
    """An FGDC CSDGM (FGDC-STD-001-1998) metadata record of an invented site-plan data set of
    the site: ``idinfo`` with the citation (the site as originator, an invented publication
    date), an abstract naming the number, the time period, status, a bounding box around the
    row's point, theme and place keywords, access and use constraints and the site as point of
    contact (``cntorg``, a physical ``cntaddr`` in Cambridge, MA, with the shelters' ZIP code,
    ``cntvoice``); a ``spdoinfo`` point count; ``metainfo`` with an invented date, the city's
    GIS as metadata contact (no number) and the standard's name and version."""
    site, tel = name(row), phone(row)
    when = _when(rng)
    lon, lat = (float(v) for v in _lonlat(row))
    pad = rng.choice((0.0005, 0.001, 0.0015))
    postal = [f"              <postal>{_f(row, 'ZipCode')}</postal>"] if _f(row, "ZipCode") else []
    kind = _kind(row)[0]
    owner = f", {_owner(row)}" if _owner(row) else ""
    abstract = (
        f"Building footprint, entrances and evacuation assembly points of {site} "
        f"({address(row)}, Cambridge, Massachusetts), {_a(kind)}{owner}. Questions about the site "
        f"may be directed to {site} at {tel}."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<metadata>",
        "  <idinfo>",
        "    <citation>",
        "      <citeinfo>",
        f"        <origin>{_x(site)}</origin>",
        f"        <pubdate>{when:%Y%m%d}</pubdate>",
        f"        <title>Site Plan, {_x(site)}</title>",
        "        <geoform>vector digital data</geoform>",
        "      </citeinfo>",
        "    </citation>",
        "    <descript>",
        f"      <abstract>{_x(abstract)}</abstract>",
        "      <purpose>Emergency planning and site access for first responders.</purpose>",
        "    </descript>",
        "    <timeperd>",
        "      <timeinfo><sngdate><caldate>"
        f"{when - dt.timedelta(days=rng.randint(20, 400)):%Y%m%d}</caldate></sngdate></timeinfo>",
        "      <current>ground condition</current>",
        "    </timeperd>",
        "    <status>",
        "      <progress>Complete</progress>",
        "      <update>As needed</update>",
        "    </status>",
        "    <spdom>",
        "      <bounding>",
        f"        <westbc>{lon - pad:.6f}</westbc>",
        f"        <eastbc>{lon + pad:.6f}</eastbc>",
        f"        <northbc>{lat + pad:.6f}</northbc>",
        f"        <southbc>{lat - pad:.6f}</southbc>",
        "      </bounding>",
        "    </spdom>",
        "    <keywords>",
        "      <theme>",
        "        <themekt>None</themekt>",
        f"        <themekey>{_x(kind)}</themekey>",
        "        <themekey>site plan</themekey>",
        "      </theme>",
        "      <place>",
        "        <placekt>None</placekt>",
        "        <placekey>Cambridge</placekey>",
        "        <placekey>Massachusetts</placekey>",
        "      </place>",
        "    </keywords>",
        "    <accconst>None</accconst>",
        "    <useconst>None. Not for navigation.</useconst>",
        "    <ptcontac>",
        "      <cntinfo>",
        "        <cntorgp>",
        f"          <cntorg>{_x(site)}</cntorg>",
        "        </cntorgp>",
        "        <cntaddr>",
        "          <addrtype>physical</addrtype>",
        f"          <address>{_x(address(row))}</address>",
        "          <city>Cambridge</city>",
        "          <state>MA</state>",
        *postal,
        "          <country>USA</country>",
        "        </cntaddr>",
        f"        <cntvoice>{tel}</cntvoice>",
        "      </cntinfo>",
        "    </ptcontac>",
        "  </idinfo>",
        "  <spdoinfo>",
        "    <direct>Vector</direct>",
        "    <ptvctinf>",
        "      <sdtsterm>",
        "        <sdtstype>Entity point</sdtstype>",
        f"        <ptvctcnt>{rng.randint(3, 40)}</ptvctcnt>",
        "      </sdtsterm>",
        "    </ptvctinf>",
        "  </spdoinfo>",
        "  <metainfo>",
        f"    <metd>{when:%Y%m%d}</metd>",
        "    <metc>",
        "      <cntinfo>",
        "        <cntorgp>",
        "          <cntorg>City of Cambridge GIS</cntorg>",
        "        </cntorgp>",
        "        <cntaddr>",
        "          <addrtype>mailing and physical</addrtype>",
        "          <address>831 Massachusetts Avenue</address>",
        "          <city>Cambridge</city>",
        "          <state>MA</state>",
        "          <country>USA</country>",
        "        </cntaddr>",
        "      </cntinfo>",
        "    </metc>",
        "    <metstdn>FGDC Content Standard for Digital Geospatial Metadata</metstdn>",
        "    <metstdv>FGDC-STD-001-1998</metstdv>",
        "  </metainfo>",
        "</metadata>",
        "",
    ]
    return "\n".join(lines)


def nemsis_dem(row: dict[str, Any], rng: random.Random) -> str:
    """A NEMSIS v3.5 DEMDataSet document of an invented EMS agency's demographic report: the
    report's time, ``dAgency`` (invented state id and number, the agency's name, Massachusetts
    ``25``, a service area of Middlesex County ``25017``) and one ``dFacilityGroup`` of the
    site's type with the site as ``dFacility.FacilityGroup``: its name, its ``GlobalID`` as
    location code, street, state, the shelters' ZIP code, county, country, GPS point and the
    number as ``dFacility.15`` of ``PhoneNumberType`` Work (``9913009``)."""
    when = _when(rng)
    lon, lat = _lonlat(row)
    number = rng.randint(100, 999)
    zipcode = (
        [f"          <dFacility.10>{_f(row, 'ZipCode')}</dFacility.10>"]
        if _f(row, "ZipCode")
        else []
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<DEMDataSet xmlns="http://www.nemsis.org" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.nemsis.org https://nemsis.org/media/nemsis_v3/'
        'release-3.5.0/XSDs/NEMSIS_XSDs/DEMDataSet_v3.xsd">',
        f'  <DemographicReport timeStamp="{when.isoformat()}">',
        "    <dAgency>",
        f"      <dAgency.01>MA-{number}</dAgency.01>",
        f"      <dAgency.02>{number}{rng.randint(10, 99)}</dAgency.02>",
        "      <dAgency.03>Charles River Regional Ambulance</dAgency.03>",
        "      <dAgency.04>25</dAgency.04>",
        "      <dAgency.AgencyServiceGroup>",
        "        <dAgency.05>25</dAgency.05>",
        "        <dAgency.06>25017</dAgency.06>",
        "      </dAgency.AgencyServiceGroup>",
        "    </dAgency>",
        "    <dFacility>",
        "      <dFacilityGroup>",
        f"        <dFacility.01>{_kind(row)[1]}</dFacility.01>",
        "        <dFacility.FacilityGroup>",
        f"          <dFacility.02>{_x(name(row))}</dFacility.02>",
        f"          <dFacility.03>{_f(row, 'GlobalID')}</dFacility.03>",
        f"          <dFacility.07>{_x(address(row))}</dFacility.07>",
        "          <dFacility.09>25</dFacility.09>",
        *zipcode,
        "          <dFacility.11>25017</dFacility.11>",
        "          <dFacility.12>US</dFacility.12>",
        f"          <dFacility.13>{lat},{lon}</dFacility.13>",
        f'          <dFacility.15 PhoneNumberType="9913009">{phone(row)}</dFacility.15>',
        "        </dFacility.FacilityGroup>",
        "      </dFacilityGroup>",
        "    </dFacility>",
        "  </DemographicReport>",
        "</DEMDataSet>",
        "",
    ]
    return "\n".join(lines)


def buildingsync(row: dict[str, Any], rng: random.Random) -> str:
    """A BuildingSync 2.5 document of an invented energy audit of the site's building: the
    ``Building`` with the site's name, premises notes naming the number, an invented building
    id, the address (Cambridge, MA, the shelters' ZIP code), the row's coordinates, an
    occupancy of the site's kind, an invented gross floor area and year of construction; a
    ``Report`` with an invented audit date; the site as ``Contact`` of role ``Premises``
    (``ContactCompany``, ``TelephoneNumber``)."""
    site, tel = name(row), phone(row)
    when = _when(rng)
    lon, lat = _lonlat(row)
    owner = f" ({_owner(row)})" if _owner(row) else ""
    notes = f"{site}{owner}. Site access for the audit team: call {tel} before arrival."
    postal = (
        [f"                <auc:PostalCode>{_f(row, 'ZipCode')}</auc:PostalCode>"]
        if _f(row, "ZipCode")
        else []
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<auc:BuildingSync xmlns:auc="http://buildingsync.net/schemas/bedes-auc/2019" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://buildingsync.net/schemas/bedes-auc/2019 '
        'https://raw.githubusercontent.com/BuildingSync/schema/v2.5.0/BuildingSync.xsd" '
        'version="2.5.0">',
        "  <auc:Facilities>",
        '    <auc:Facility ID="Facility-1">',
        "      <auc:Sites>",
        '        <auc:Site ID="Site-1">',
        "          <auc:Buildings>",
        '            <auc:Building ID="Building-1">',
        f"              <auc:PremisesName>{_x(site)}</auc:PremisesName>",
        f"              <auc:PremisesNotes>{_x(notes)}</auc:PremisesNotes>",
        "              <auc:PremisesIdentifiers>",
        "                <auc:PremisesIdentifier>",
        "                  <auc:IdentifierLabel>Custom</auc:IdentifierLabel>",
        "                  <auc:IdentifierCustomName>Audit building ID</auc:IdentifierCustomName>",
        f"                  <auc:IdentifierValue>CB-{rng.randint(10000, 99999)}"
        "</auc:IdentifierValue>",
        "                </auc:PremisesIdentifier>",
        "              </auc:PremisesIdentifiers>",
        "              <auc:Address>",
        "                <auc:StreetAddressDetail>",
        "                  <auc:Simplified>",
        f"                    <auc:StreetAddress>{_x(address(row))}</auc:StreetAddress>",
        "                  </auc:Simplified>",
        "                </auc:StreetAddressDetail>",
        "                <auc:City>Cambridge</auc:City>",
        "                <auc:State>MA</auc:State>",
        *postal,
        "              </auc:Address>",
        f"              <auc:Latitude>{lat}</auc:Latitude>",
        f"              <auc:Longitude>{lon}</auc:Longitude>",
        "              <auc:BuildingClassification>Commercial</auc:BuildingClassification>",
        f"              <auc:OccupancyClassification>{_x(_kind(row)[2])}"
        "</auc:OccupancyClassification>",
        "              <auc:FloorAreas>",
        "                <auc:FloorArea>",
        "                  <auc:FloorAreaType>Gross</auc:FloorAreaType>",
        f"                  <auc:FloorAreaValue>{rng.randint(18, 900) * 100}</auc:FloorAreaValue>",
        "                </auc:FloorArea>",
        "              </auc:FloorAreas>",
        f"              <auc:YearOfConstruction>{rng.randint(1880, 2019)}</auc:YearOfConstruction>",
        "            </auc:Building>",
        "          </auc:Buildings>",
        "        </auc:Site>",
        "      </auc:Sites>",
        "      <auc:Reports>",
        '        <auc:Report ID="Report-1">',
        "          <auc:ASHRAEAuditLevel>Level 1: Walk-through</auc:ASHRAEAuditLevel>",
        "          <auc:AuditDates>",
        "            <auc:AuditDate>",
        f"              <auc:Date>{when:%Y-%m-%d}</auc:Date>",
        "              <auc:DateType>Conducted</auc:DateType>",
        "            </auc:AuditDate>",
        "          </auc:AuditDates>",
        "        </auc:Report>",
        "      </auc:Reports>",
        "      <auc:Contacts>",
        '        <auc:Contact ID="Contact-1">',
        "          <auc:ContactRoles>",
        "            <auc:ContactRole>Premises</auc:ContactRole>",
        "          </auc:ContactRoles>",
        f"          <auc:ContactCompany>{_x(site)}</auc:ContactCompany>",
        "          <auc:ContactTelephoneNumbers>",
        "            <auc:ContactTelephoneNumber>",
        f"              <auc:TelephoneNumber>{tel}</auc:TelephoneNumber>",
        "            </auc:ContactTelephoneNumber>",
        "          </auc:ContactTelephoneNumbers>",
        "        </auc:Contact>",
        "      </auc:Contacts>",
        "    </auc:Facility>",
        "  </auc:Facilities>",
        "</auc:BuildingSync>",
        "",
    ]
    return "\n".join(lines)


def gbp_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Business Profile API (v1) ``Location`` resource of the site, as a ``GET`` of
    it returns it (indented JSON): an invented location id, the site's ``GlobalID`` as
    ``storeCode``, its name as ``title``, ``phoneNumbers.primaryPhone``, its category, a
    ``storefrontAddress`` in Cambridge, MA (the shelters' ZIP code), the row's point as
    ``latlng``, ``openInfo``, invented weekday hours, a ``metadata.mapsUri`` with an invented
    ``cid`` and a ``profile.description`` repeating the number."""
    site, tel = name(row), phone(row)
    lon, lat = _lonlat(row)
    _, _, _, gcid, category = _kind(row)
    opens = rng.choice((7, 8, 9))
    closes = rng.choice((17, 18, 20))
    owner = f", {_owner(row)}" if _owner(row) else ""
    address_ = {"regionCode": "US", "languageCode": "en"}
    if _f(row, "ZipCode"):
        address_["postalCode"] = _f(row, "ZipCode")
    address_ |= {
        "administrativeArea": "MA",
        "locality": "Cambridge",
        "addressLines": [address(row)],
    }
    doc = {
        "name": f"locations/{rng.randint(10**18, 10**19 - 1)}",
        "languageCode": "en",
        "storeCode": _f(row, "GlobalID").strip("{}"),
        "title": site,
        "phoneNumbers": {"primaryPhone": tel},
        "categories": {"primaryCategory": {"name": f"categories/{gcid}", "displayName": category}},
        "storefrontAddress": address_,
        "regularHours": {
            "periods": [
                {
                    "openDay": day,
                    "openTime": {"hours": opens},
                    "closeDay": day,
                    "closeTime": {"hours": closes},
                }
                for day in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
            ]
        },
        "latlng": {"latitude": float(lat), "longitude": float(lon)},
        "openInfo": {"status": "OPEN", "canReopen": True},
        "metadata": {
            "mapsUri": f"https://maps.google.com/maps?cid={rng.randint(10**18, 10**19 - 1)}",
            "hasVoiceOfMerchant": True,
        },
        "profile": {
            "description": f"{site} is {_a(_kind(row)[0])} at {address(row)} in Cambridge, "
            f"Massachusetts{owner}. Call us at {tel} for hours and visits."
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fgdc_csdgm": fgdc_csdgm,
    "nemsis_dem": nemsis_dem,
    "buildingsync": buildingsync,
    "gbp_location": gbp_location,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's do)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the layers in its layout: each copy of its phone field labelled."""
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
