"""Rules written after ``held_out_369`` to ``held_out_376`` were scored once and their misses
and false finds read (Seoul's hospitals in Nominatim lookups and Amazon Location places,
Kaohsiung's temples in Typesense answers):

* a bounding box's key names coordinates (``"boundingbox": ["37.6346359", ...]``, 370's
  precision 0.978), and a search hit's score names a number of its own (``"text_match":
  578386833818328216``, 371's 39 Luhn-valid scores read as cards);
* a run shaped like a pair of years is a phone when the key of the object or array around it
  names one (``"Phones": [{"Value": "1555-1627"}]``, a Korean nationwide number, 370's miss).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

NOMINATIM = (
    '[{"osm_id": 642299010, "extratags": {"healthcare": "hospital", "phone": "1661-8267"}, '
    '"boundingbox": ["37.6346359", "37.6354359", "127.1270001", "127.1280001"]}]\n'
)
TYPESENSE = """{
  "hits": [
    {
      "text_match": 578386833818328216,
      "document": {"tel": "07-6965481"}
    }
  ]
}
"""
AMAZON_LOCATION = """{
  "Contacts": {
    "Phones": [
      {
        "Value": "1555-1627"
      }
    ]
  }
}
"""

CASES = [
    (NOMINATIM, "ko", [("PHONE_NUMBER", "1661-8267")]),
    (TYPESENSE, "zh", [("PHONE_NUMBER", "07-6965481")]),
    (AMAZON_LOCATION, "ko", [("PHONE_NUMBER", "1555-1627")]),
    # a pair of years under any other key stays two years
    ('{"reign": [\n  "1555-1627"\n]}\n', "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
