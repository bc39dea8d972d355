"""Rules written after ``held_out_99`` (Kyrgyz builders' phone and WhatsApp fields, phones
0.994 / 1.000) and ``held_out_100`` (Burkinabè pharmacies in GIS exports, 1.000 / 0.980) were
scored once and their misses and false finds read: a round number of ten digits or more that a
phone word right before it names is a vanity phone number written without its ``+``
("WhatsApp 996999000000"), not a quantity (round quantities with no phone word stay bait); a
pair of decimals with two or three decimals each is a rounded coordinate pair unless a phone cue
vouches for it (WKT's ``POINT (-1.5247 12.37)``, GML's ``<gml:pos>``). The pre-scan still gives
what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

QIF = "MАванс: Жилой комплекс ВОСХОД; тел. +996777000000, WhatsApp 996777000000\n"
STATEMENT = ":86:ОПЛАТА ПО ДОГОВОРУ\nWHATSAPP 996555000000\n"
# round quantities: no phone word names them
BUDGET = "Бюджет проекта: 25000000000 сом, население 7000000000 человек\n"

WKT = (
    "WKT,fid,id,nom,telephone,adresse\n"
    'POINT (-1.5247 12.37),348,oua_050,Pharmacie Rood-Wooko,+22625308891,"Marché Rood Wooko"\n'
)
GML = (
    "        <pharmabf:telephone>+22625361331</pharmabf:telephone>\n"
    "          <gml:pos>12.323 -1.5579</gml:pos>\n"
)

CASES = [
    (WKT, "fr", ["+22625308891"]),
    (GML, "fr", ["+22625361331"]),
    (QIF, "ru", ["+996777000000", "996777000000"]),
    (STATEMENT, "ru", ["996555000000"]),
    (BUDGET, "ru", []),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "996555000000" in found
