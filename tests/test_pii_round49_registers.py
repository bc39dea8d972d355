"""Rules written after ``held_out_353`` to ``held_out_367`` were scored once and their misses
and false finds read (Madrid's medical care centres in GNU Health and iDempiere records,
Vilnius's kindergartens in Asana tasks and SCIM users, the Weisse Liste's hospitals in openTRANS
orders, Japan's universities in JPCOAR records and OpenLogi shipments, Vietnam's shopping
establishments in Overture and HERE places, Piedmont's museums in Ticketmaster venues):

* a typed contact's value may open with a label of its own ("Cita previa: 915 616 195 / ..."),
  and "centralita", "citaciones" and "cita previa" are Spanish phone words (366's recall 0.971);
* a pair of whole-metre coordinates after a coordinates label ("Koordinatės (LKS-94): 580943,
  6061242") is a position (358's precision 0.792), and a cost centre's key names its code;
* GS1's GLN, GTIN and EAN name numbers of their own: no card (367's five GLNs);
* a postcode after Japan's postal mark is no phone ("〒998-8580"), and between two ASCII digits
  Japanese full-width hyphens and prolonged sound marks read as "-", so "〒060－0808" is one too
  and a number grouped by "ｰ" is found (361's 0.989 / 0.998);
* a value's numbers set apart by a spaced hyphen are a list ("0239 38 56 787 - 38 59 708",
  360's recall 0.981);
* a six-digit line after a slash follows an Italian number written with its country code
  ("+39.0143.633627/634166", 357's recall 0.980).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

GNU_HEALTH = """{
  "result": [
    {
      "id": 24769,
      "type": "phone",
      "value": "Cita previa: 915 616 195 / 914 111 140",
      "name": "Centralita",
      "party": 1994
    }
  ]
}
"""
IDEMPIERE = (
    '{"Name": "Centro de Salud", '
    '"Phone": "Información: 914 771 643 / 917 798 801 Citaciones: 914 789 899"}\n'
)
ASANA = (
    '{"notes": "Įmonės kodas: 190019275\\nKoordinatės (LKS-94): 580943, 6061242\\n'
    'Tel. (savivaldybės sąraše): 233 5728, 233 5462,\\nEl. paštas: x"}\n'
)
OPENTRANS = (
    '<BUYER_PARTY><bmecat:SUPPLIER_IDREF type="gln">4004452365768</bmecat:SUPPLIER_IDREF>'
    "</BUYER_PARTY>\n"
)
JPCOAR = (
    '<jpcoar:publisherDescription xml:lang="ja">〒060－0808 北海道札幌市北区北8条西5丁目 '
    "代表電話 011－716－2111</jpcoar:publisherDescription>\n"
)
OVERTURE = '{"phones": [\n  "0239 38 56 787 - 38 59 708"\n]}\n'

CASES = [
    (GNU_HEALTH, "es", [("PHONE_NUMBER", "915 616 195"), ("PHONE_NUMBER", "914 111 140")]),
    (
        IDEMPIERE,
        "es",
        [
            ("PHONE_NUMBER", "914 771 643"),
            ("PHONE_NUMBER", "917 798 801"),
            ("PHONE_NUMBER", "914 789 899"),
        ],
    ),
    ("Centralita: 915 868 000\n", "es", [("PHONE_NUMBER", "915 868 000")]),
    # a summons' own number stays no phone
    ("Citación nº 914 789 899\n", "es", []),
    (ASANA, "lt", [("PHONE_NUMBER", "233 5728"), ("PHONE_NUMBER", "233 5462")]),
    ('{"costCenter": "290018740"}\n', "lt", []),
    (OPENTRANS, "de", []),
    ("Card: 4004452365768\n", "en", [("CREDIT_CARD", "4004452365768")]),
    (JPCOAR, "ja", [("PHONE_NUMBER", "011－716－2111")]),
    ('{"phone": "0263ｰ58ｰ4417"}\n', "ja", [("PHONE_NUMBER", "0263ｰ58ｰ4417")]),
    (
        "〒998-8580 山形県酒田市飯森山3-5-1 代表電話 0234-41-1111\n",
        "ja",
        [("PHONE_NUMBER", "0234-41-1111")],
    ),
    # an address's block numbers in full-width digits keep their hyphens, and stay no phone
    (
        "神奈川県相模原市南区相模大野３－２－１－１０３\nTEL 0427422807\n",
        "ja",
        [("PHONE_NUMBER", "0427422807")],
    ),
    (OVERTURE, "vi", [("PHONE_NUMBER", "0239 38 56 787"), ("PHONE_NUMBER", "38 59 708")]),
    (
        "Tel. +39.0143.633627/634166 (Biblioteca)\n",
        "it",
        [("PHONE_NUMBER", "+39.0143.633627"), ("PHONE_NUMBER", "634166")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
