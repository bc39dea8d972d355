"""Rules written after round 13 (``held_out_114`` Austria, ``_115`` Chemnitz, ``_116`` New York
City) was scored once and its misses and false finds read:

* a tab-separated table held in a JSON string, its tabs and line breaks escaped (a Zeppelin
  note's result), is a grid whose first line names its columns (``grid_cells``), and an
  escaped tab or line break before a number is no letter glued to it (116's Zeppelin notes:
  recall 0.501);
* a pair's quoted key opens its line (an R tribble's ``"BBL", "2028660070"``): the acronym
  names another number (116's R Markdown: precision 0.835);
* a bare run of fifteen digits is an id unless a phone word right before names it (a job's
  run id after a sentence's phone, 116's Databricks notebooks: precision 0.800);
* a coordinate's hemisphere letter or degree sign keeps the pair a pair
  (``50.8044944874785 N, 12.895277898281501 O``, 115's KNX project files).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ZEPPELIN = (
    '{"type": "TABLE", "data": "dbn\\tschool_name\\tphone_number\\tfax_number\\tBBL\\n'
    '21K410\\tOcean Parkway High School\\t718-333-7411\\t718-946-5012\\t3072540002\\n"}\n'
)
TRIBBLE = (
    'school <- tribble(\n  ~field, ~value,\n  "dbn", "09X365",\n'
    '  "phone_number", "718-731-0220",\n  "BBL", "2028660071"\n)\n'
)
NOTEBOOK = "# MAGIC Main office 718-361-2247; run `295197260265767` of the outreach job.\n"
KNX = "Hort, 09120 Chemnitz; Leitung Tel. 0371 5551234; Lage 50.8123456789012 N, 12.9012345678901 O"
# a long run that a phone word right before names stays a phone
NAMED_RUN = "WhatsApp: 491701234567890"

CASES = [
    (ZEPPELIN, "en", ["718-333-7411", "718-946-5012"]),
    (TRIBBLE, "en", ["718-731-0220"]),
    (NOTEBOOK, "en", ["718-361-2247"]),
    (KNX, "de", ["0371 5551234"]),
    (NAMED_RUN, "en", ["491701234567890"]),
]

test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "718-946-5012" in found
