"""held_out_112 of the PII evaluation set: real phone fields of a register no earlier part used
(Toyama City's nurseries and kindergartens, as Code for Toyama City compiled them; Japan's
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TEL`` fields of the facilities
  (``scripts/data/pii_jp_toyama_nurseries.json``, written by
  ``scripts/jp_toyama_nurseries_data.py``; source and licence in that file): Japanese numbers
  with hyphens, most with the area code, some seven-digit local numbers, each copy labelled
  (the register has no fax or e-mail values);
* the text around them is the same row's real fields: the facility's id (``T-101``), type,
  capacity, address and coordinates, with invented message ids, stop codes, times and
  counters, unlabelled and scored;
* in layouts no earlier part has, transport and travel message formats, text in Japanese
  where natural: a NeTEx site frame (the facility as a ``PointOfInterest`` with
  ``ContactDetails``/``Phone`` and a note), a SIRI-SX situation delivery (a school-run bus
  stop moved, the description naming the number), an IATA Type B teletype message (a group
  booking's ``SSR CTCB`` and ``OSI`` lines) and a DATEX II situation publication (road works
  at the gate, the comment giving the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_112.py   # rewrites the committed file
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_toyama_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_112.jsonl.gz"
SPLIT = "held_out_112"

LAYOUTS = ("netex_xml", "siri_sx_xml", "iata_type_b", "datex2_xml")
PHONE = "phone"
EDGES = {"phone": r"\d"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "TEL")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled; each copy stands
    apart (no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _x(value: str) -> str:
    return escape(value)


def _place(row: dict[str, Any]) -> str:
    return f"{_f(row, 'Add1')}{_f(row, 'Add2')}"


def netex_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A NeTEx ``PublicationDelivery`` whose site frame has the facility as a
    ``PointOfInterest`` near a bus stop: its id, name, centroid, address, ``ContactDetails``
    with ``Phone`` and a Japanese note repeating the number."""
    hid, stop = _f(row, "HID"), rng.randint(1000, 9999)
    day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<PublicationDelivery xmlns="http://www.netex.org.uk/netex" version="1.1">',
            f"  <PublicationTimestamp>{day}T{rng.randint(5, 22):02d}:00:00</PublicationTimestamp>",
            "  <ParticipantRef>TOYAMA_CHITETSU</ParticipantRef>",
            "  <dataObjects>",
            f'    <SiteFrame id="JP:SiteFrame:{stop}" version="1">',
            "      <pointsOfInterest>",
            f'        <PointOfInterest id="JP:PointOfInterest:{_x(hid)}" version="1">',
            f"          <Name>{_x(_f(row, 'Name'))}</Name>",
            f"          <Description>{_x(_f(row, 'Type'))}"
            f"（定員{_x(_f(row, 'Full'))}名）</Description>",
            "          <Centroid><Location>",
            f"            <Longitude>{_x(_f(row, 'X'))}</Longitude>",
            f"            <Latitude>{_x(_f(row, 'Y'))}</Latitude>",
            "          </Location></Centroid>",
            f'          <PostalAddress id="JP:PostalAddress:{_x(hid)}" version="1">',
            f"            <AddressLine1>{_x(_place(row))}</AddressLine1>",
            "          </PostalAddress>",
            "          <ContactDetails>",
            f"            <Phone>{_x(phone(row))}</Phone>",
            f"            <Url>{_x(_f(row, 'url'))}</Url>",
            "          </ContactDetails>",
            f"          <Note>最寄りバス停 {stop} 番のりば。"
            f"送迎のお問い合わせは {_x(phone(row))} まで。</Note>",
            "        </PointOfInterest>",
            "      </pointsOfInterest>",
            "    </SiteFrame>",
            "  </dataObjects>",
            "</PublicationDelivery>",
            "",
        ]
    )


def siri_sx_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A SIRI 2.0 situation exchange delivery: a school-run stop by the facility moved for a
    day, the summary and description in Japanese, the description naming the facility's
    number, the affected stop point's coordinates the facility's."""
    hid, sit = _f(row, "HID"), rng.randint(100000, 999999)
    hour = rng.randint(6, 9)
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<Siri xmlns="http://www.siri.org.uk/siri" version="2.0">',
            "  <ServiceDelivery>",
            f"    <ResponseTimestamp>2021-11-{rng.randint(1, 29):02d}T0{hour}:15:00+09:00"
            "</ResponseTimestamp>",
            "    <ProducerRef>TOYAMA</ProducerRef>",
            "    <SituationExchangeDelivery>",
            "      <Situations>",
            "        <PtSituationElement>",
            f"          <SituationNumber>SX-{sit}</SituationNumber>",
            f"          <Version>{rng.randint(1, 4)}</Version>",
            "          <Progress>open</Progress>",
            f'          <Summary xml:lang="ja">{_x(_f(row, "Name"))}前 臨時停留所</Summary>',
            f'          <Description xml:lang="ja">{_x(_f(row, "Label"))}（{_x(hid)}）前の停留所を'
            f"{hour}時から移設します。お問い合わせ：{_x(phone(row))}</Description>",
            "          <Affects><StopPoints><AffectedStopPoint>",
            f"            <StopPointRef>JP:{_x(hid)}:{rng.randint(1, 9)}</StopPointRef>",
            f"            <Location><Longitude>{_x(_f(row, 'X'))}</Longitude>"
            f"<Latitude>{_x(_f(row, 'Y'))}</Latitude></Location>",
            "          </AffectedStopPoint></StopPoints></Affects>",
            "          <InfoLinks><InfoLink>",
            f"            <Uri>{_x(_f(row, 'url'))}</Uri>",
            f"            <Label>電話 {_x(phone(row))}</Label>",
            "          </InfoLink></InfoLinks>",
            "        </PtSituationElement>",
            "      </Situations>",
            "    </SituationExchangeDelivery>",
            "  </ServiceDelivery>",
            "</Siri>",
            "",
        ]
    )


def iata_type_b(row: dict[str, Any], rng: random.Random) -> str:
    """An IATA Type B teletype message: addresses, originator and date-time group, a group
    booking record for a staff outing from Toyama (``TOY``), its ``SSR CTCB`` contact line and
    an ``OSI`` line repeating the number, and the facility's id in a remark."""
    flight = rng.randint(100, 999)
    day = rng.randint(1, 28)
    pax = rng.randint(4, 20)
    loc = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return "\n".join(
        [
            "QD TOYRMNH TYOKKNH",
            f".TOYRRNH {day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
            f"{loc}/TOY",
            f"{pax}GROUP HOIKU",
            f"NH{flight} Y {day:02d}DEC TOYHND HK{pax} "
            f"{rng.randint(7, 20):02d}{rng.choice((0, 15, 30, 45)):02d}",
            f"SSR CTCB NH HK1/{phone(row)}",
            f"OSI NH CTCT TOY {phone(row)} {_f(row, 'Name')}",
            f"RMK {_f(row, 'HID')} {_f(row, 'Type')} {_place(row)}",
            f"RMK PICKUP {_f(row, 'Y')}N {_f(row, 'X')}E",
            "",
        ]
    )


def datex2_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A DATEX II 2.3 situation publication: road works at the facility's gate, its point by
    the facility's coordinates, the general public comment in Japanese giving the number."""
    hid, sid = _f(row, "HID"), rng.randint(10000, 99999)
    start = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    start += f"T{rng.randint(8, 10):02d}:00:00+09:00"
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<d2LogicalModel xmlns="http://datex2.eu/schema/2/2_0" modelBaseVersion="2">',
            "  <exchange><supplierIdentification><country>other</country>"
            "<nationalIdentifier>JP-TOYAMA</nationalIdentifier></supplierIdentification></exchange>",
            '  <payloadPublication xsi:type="SituationPublication" lang="ja" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
            f"    <publicationTime>{start}</publicationTime>",
            f'    <situation id="TOY{sid}" version="{rng.randint(1, 5)}">',
            f'      <situationRecord xsi:type="MaintenanceWorks" id="TOY{sid}_1" version="1">',
            f"        <situationRecordCreationTime>{start}</situationRecordCreationTime>",
            "        <generalPublicComment><comment><values>",
            f'          <value lang="ja">{_x(_f(row, "Name"))}（{_x(hid)}）前 '
            "工事のため片側交互通行。"
            f"送迎車両は {_x(phone(row))} へご連絡ください。</value>",
            f'          <value lang="en">Drop-off vehicles: call {_x(phone(row))}.</value>',
            "        </values></comment></generalPublicComment>",
            '        <groupOfLocations xsi:type="Point"><pointByCoordinates><pointCoordinates>',
            f"          <latitude>{_x(_f(row, 'Y'))}</latitude>"
            f"<longitude>{_x(_f(row, 'X'))}</longitude>",
            "        </pointCoordinates></pointByCoordinates></groupOfLocations>",
            "        <roadMaintenanceType>roadworks</roadMaintenanceType>",
            "      </situationRecord>",
            "    </situation>",
            "  </payloadPublication>",
            "</d2LogicalModel>",
            "",
        ]
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "netex_xml": netex_xml,
    "siri_sx_xml": siri_sx_xml,
    "iata_type_b": iata_type_b,
    "datex2_xml": datex2_xml,
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
