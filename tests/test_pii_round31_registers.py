"""Rules written after ``held_out_201`` to ``held_out_210`` were scored once and their misses
and false finds read (Jesús María's offices in Grandstream and Polycom phonebooks; Montpellier's
associations in DSN payroll declarations; Tokyo's nurseries in SKK dictionaries; the Dutch
childcare register in StUF-BG notices and AFAS bodies; Florianópolis's units in Diário Oficial
notices; Croatia's homes in PagerDuty events):

* "phonenumber" run together is a phone word ("<phonenumber>449 965-00-88</phonenumber>"), and
  so are AFAS Profit's "TeNr", "MbNr", "FaNr", Japanese "でんわ" and Croatian "nazvati";
* a Polycom directory entry's ``<ct>`` is its contact number;
* a DSN rubric names its value: only the contacts' telephone and fax rubrics hold phones
  (203's precision 0.673);
* an SKK dictionary's slash opens a candidate, no longer number;
* the Dutch ``naam`` attribute names an element's value as ``name`` does
  (``<StUF:extraElement naam="lrkNummer">``; 209's precision 0.818);
* a number and its year after a slash ("nº SME 63629/2024") is a process's number.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

GRANDSTREAM = "<Contact>\n  <Phone>\n    <phonenumber>449 965-00-88</phonenumber>\n"
POLYCOM = (
    "<directory>\n  <item_list>\n    <item>\n      <ln>Presidencia Municipal</ln>\n"
    "      <ct>449 361-80-04</ct>\n      <sd>26</sd>\n    </item>\n"
)
DSN = (
    "S10.G00.01.001,'720860634'\r\nS10.G00.02.005,'0467521657'\r\n"
    "S20.G00.05.005,'01092025'\r\nS21.G00.06.001,'720860634'\r\n"
)
SKK = (
    ";; -*- mode: fundamental; coding: utf-8 -*-\n;; okuri-ari entries.\n;; okuri-nasi entries.\n"
    "しせつばんごう /1001007;いずみこども園/\nほいくえんでんわ /03-3866-9938;いずみこども園/\n"
)
STUF = (
    '<StUF:extraElement naam="lrkNummer">258488669</StUF:extraElement>\n'
    "<BG:sub.telefoonnummer>020 4471451</BG:sub.telefoonnummer>\n"
)
AFAS = '        "TeNr": "074-2557000",\n        "MbNr": "0612345678",\n'
DOU = "<p>Processo Administrativo nº SME 63629/2024. Objeto: reforma da cobertura.</p>\n"
PAGERDUTY = '"summary": "Dom Peščenica: aktiviran javljač dima. Nazvati ustanovu na 2302-166."\n'

CASES = [
    (GRANDSTREAM, "es", ["449 965-00-88"]),
    (POLYCOM, "es", ["449 361-80-04"]),
    (DSN, "fr", ["0467521657"]),
    (SKK, "ja", ["03-3866-9938"]),
    (STUF, "nl", ["020 4471451"]),
    (AFAS, "nl", ["074-2557000", "0612345678"]),
    (DOU, "pt", []),
    (PAGERDUTY, "hr", ["2302-166"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"449 965-00-88", "020 4471451", "074-2557000", "2302-166"} <= set(found)
