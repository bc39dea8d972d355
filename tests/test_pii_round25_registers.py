"""Rules written after ``held_out_161`` and ``held_out_162`` were scored once and their misses
and false finds read (the Netherlands' municipalities in Pkl modules and RAML specs; Hsinchu's
medical institutions in Excalidraw scenes):

* Dutch "u" (you) before a number is no Hungarian street's "u." ("bij spoed belt u (0543) 49
  33 33"; 161's Pkl recall 0.556), and "belt u" is a dialling verb;
* a Dutch municipality's "14" number ("14 0172") is a service number (34 of 161's 128 were
  redacted);
* an Excalidraw element's ``"seed"`` names a random seed (93 false finds in 162).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

PKL = (
    '  bevestiging = "Bedankt voor uw melding bij Gemeente Aalten. We reageren binnen 3 '
    'werkdagen; bij spoed belt u (0543) 49 33 33."\n'
)
PROSE = "Heeft u een vraag? Dan belt u 0543 49 33 33 op werkdagen.\n"
MUNICIPAL = '  telefoon = "14 0172"\n  Spoed of vragen? Bel 14 0180 of 14 05 14.\n'
EXCALIDRAW = '      "seed": 647689138,\n      "version": 12,\n'
HUNGARIAN_STREET = "Cím: 7400 Kaposvár, Vasmű u 39. 2./208.\n"

CASES = [
    (PKL, "nl", ["(0543) 49 33 33"]),
    (PROSE, "nl", ["0543 49 33 33"]),
    (MUNICIPAL, "nl", []),
    (EXCALIDRAW, "en", []),
    (HUNGARIAN_STREET, "hu", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"(0543) 49 33 33", "0543 49 33 33"} <= set(found)
