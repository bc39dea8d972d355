"""Rules written after ``held_out_455`` to ``_470`` were scored once and their misses and false
finds read (Santa Fe's police stations, Bangladesh's bank branches, Hesse's test stations,
France's higher-education establishments):

* a list's shortened alternative endings after a number and its slash ("457-2823 / 7040
  /2816") are no number of their own;
* Argentine "interno" (an extension) names another number;
* an area code with its trunk 0, a spaced en dash and a local number in groups ("02772 – 23
  22") is no range;
* German "Rückfragen" (queries) and English "other lines" / "direct line" lead to a phone;
* fourteen digits are a card only in Diners Club's ranges (30, 36, 38, 39): a SIRET in 31
  ("31134913800017"), Luhn-valid by construction, is none.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

MEDNUM_CSV = (
    "id,nom,commune,code_postal,telephone,site_web,pivot\n"
    "b8ac1537-f310-4715-a507-22f56e03f99d,Espace numérique - ESIEA,Paris 5e,75005,0155432323,"
    "https://www.esiea.fr/,31134913800017\n"
    "9c6df161-74e6-405c-9f37-6df58c9628f0,Espace numérique - IPT,Paris 14e,75014,0143316164,"
    "http://www.iptheologie.fr/,31238101500014\n"
)

CASES = [
    ("Teléfono: 457-2823 / 7040 /2816\n", "es", [("PHONE_NUMBER", "457-2823")]),
    # two whole numbers after one another stay two numbers
    (
        "Teléfono: 33 865 16 48 / 33 865 16 64\n",
        "es",
        [("PHONE_NUMBER", "33 865 16 48"), ("PHONE_NUMBER", "33 865 16 64")],
    ),
    (
        "Avisar a la guardia: característica 342, teléfono 154-401298; interno Centrex 4848443.\n",
        "es",
        [("PHONE_NUMBER", "154-401298")],
    ),
    ('{\n  "telephone": "02772 – 23 22"\n}\n', "de", [("PHONE_NUMBER", "02772 – 23 22")]),
    ("Geöffnet 1990 – 20 00 Uhr\n", "de", []),
    ("Teststelle Hessen Nr. 442; Rückfragen 06695-359\n", "de", [("PHONE_NUMBER", "06695-359")]),
    (
        "Deliver to the branch during banking hours; other lines: 2854514; send the note\n",
        "en",
        [("PHONE_NUMBER", "2854514")],
    ),
    ("The main line 1234567 of the railway\n", "en", []),
    (MEDNUM_CSV, "fr", [("PHONE_NUMBER", "0155432323"), ("PHONE_NUMBER", "0143316164")]),
    # a Diners Club number stays a card, with a card word whatever its start
    ("Carte Diners 38338687700039\n", "fr", [("CREDIT_CARD", "38338687700039")]),
    ("ref,36700102000000\n", "en", [("CREDIT_CARD", "36700102000000")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
