"""Rules written after ``held_out_157``, ``held_out_158`` and ``held_out_160`` were scored once
and their misses and false finds read (Czechia's pharmacies in Fakturoid and POHODA records;
Hong Kong's schools in JSContact cards and Debezium events; New Zealand's early childhood
services):

* Czech "kód" names a code ("kód pracoviště 63337000002"; 157's precision 0.896);
* a JSContact or JSON-LD ``"@type": "Phone"`` names its sibling ``"number"`` (158's JSContact
  recall 0.687);
* a database log's ``lsn``, ``scn``, ``txId`` name other numbers (158's Debezium events).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FAKTUROID = (
    '  "private_note": "Lékárna ze seznamu SÚKL, kód pracoviště 63337000002. Telefon lékárny: '
    '731 638 079.",\n'
)
JSCONTACT = (
    '  "phones": {\n    "p1": {\n      "@type": "Phone",\n      "number": "24747045",\n'
    '      "features": {"voice": true}\n    }\n  },\n'
)
DEBEZIUM = '    "txId": 74569,\n    "lsn": 792554387,\n    "xmin": null\n'

CASES = [
    (FAKTUROID, "cs", ["731 638 079"]),
    (JSCONTACT, "en", ["24747045"]),
    (DEBEZIUM, "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"731 638 079", "24747045"} <= set(found)
