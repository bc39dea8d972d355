"""Rules written after ``held_out_129`` to ``held_out_131`` were scored once and their misses
and false finds read (Dubai's private schools in camt.053, Beancount, GnuCash and SAF-T files;
Texas schools in Zig, Nim, F# and Common Lisp records; Taiwan's elementary schools in
TopoJSON, GeoPackage SQL, dbfdump and ISO 19139):

* an ISO 20022 contact's phone channel (``<ChanlTp>PHON</ChanlTp>`` then ``<Id>04 2633405</Id>``)
  and its ``<PhneNb>``/``<MobNb>``/``<FaxNb>`` elements name phones (129's camt.053 recall 0.639);
* an exact fraction in hundredths (GnuCash's ``<split:value>12142925/100``) is no phone (129's
  GnuCash precision 0.757);
* a register's number that its element names (``<RegistrationNumber>100845877001070``, a UAE
  tax number of a UATP card's shape) is no card unless a card word is on its line;
* a bar between a coordinate pair's halves (``121.482285 | 25.036850``, dbfdump) as a comma
  (131's dbfdump precision 0.500);
* a letter of a script written without spaces is a boundary before a number
  (``聯絡電話(037)861410``, 131's misses);
* an uncued bare run that no plan of the document's vouched-for phones takes (``number:
  "001906102"`` beside a labelled ``(903) 584-3401``; 130's precision 0.803).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.document_plan import off_plan_runs
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

CAMT = (
    "<Dbtr>\n  <Pty>\n    <Nm>Adab Iranian Private School - Boys</Nm>\n    <CtctDtls>\n"
    "      <Othr>\n        <ChanlTp>PHON</ChanlTp>\n        <Id>04 2633405</Id>\n      </Othr>\n"
    "      <Othr>\n        <ChanlTp>FAXX</ChanlTp>\n        <Id>04-2630743</Id>\n      </Othr>\n"
    "      <Othr>\n        <ChanlTp>REF</ChanlTp>\n        <Id>04 2633405</Id>\n      </Othr>\n"
    "    </CtctDtls>\n  </Pty>\n</Dbtr>\n"
)
GNUCASH = (
    "    <trn:split>\n      <split:value>12142925/100</split:value>\n"
    "      <split:quantity>12142925/100</split:quantity>\n    </trn:split>\n"
)
SAFT = (
    "    <Customer>\n      <RegistrationNumber>100845877001070</RegistrationNumber>\n"
    "      <Telephone>04-3983535</Telephone>\n    </Customer>\n"
)
DBFDUMP = (
    "014610 | 市立文聖國小 | 公立 | 新北市 | 220 | 新北市板橋區文聖街86號 | (02)22530782 | "
    "112學年度名錄 聯絡電話 (02)22530782 | 121.482285 | 25.036850\n"
)
GLUED = "縣立文苑國小位於苗栗縣苑裡鎮房裡里二鄰14號，聯絡電話(037)861410。\n"
ZIG = (
    "//! Office (903) 584-3401, fax (903) 584-3278.\n"
    "pub const campus = Campus{\n"
    '    .district_number = "001906",\n    .number = "001906102",\n'
    '    .phone = "(903) 584-3401",\n    .fax = "(903) 584-3278",\n};\n'
)

CASES = [
    (CAMT, "en", [("PHONE_NUMBER", "04 2633405"), ("PHONE_NUMBER", "04-2630743")]),
    (GNUCASH, "en", []),
    (SAFT, "en", [("PHONE_NUMBER", "04-3983535")]),
    (DBFDUMP, "zh", [("PHONE_NUMBER", "(02)22530782"), ("PHONE_NUMBER", "(02)22530782")]),
    (GLUED, "zh", [("PHONE_NUMBER", "(037)861410")]),
    (
        ZIG,
        "en",
        [
            ("PHONE_NUMBER", "(903) 584-3401"),
            ("PHONE_NUMBER", "(903) 584-3278"),
            ("PHONE_NUMBER", "(903) 584-3401"),
            ("PHONE_NUMBER", "(903) 584-3278"),
        ],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_a_bare_run_off_the_vouched_phones_plan_is_dropped() -> None:
    text = "Tel (903) 584-3401, fax (903) 584-3278\ncampus 001906102; code 2025550143"
    start = text.index("001906102")
    run = (start, start + 9, "PHONE_NUMBER", 0.4)
    us = text.index("2025550143")
    us_run = (us, us + 10, "PHONE_NUMBER", 0.4)
    vouched = [
        (text.index("(903) 584-3401"), text.index("(903) 584-3401") + 14, "PHONE_NUMBER", 0.75),
        (text.index("(903) 584-3278"), text.index("(903) 584-3278") + 14, "PHONE_NUMBER", 0.75),
    ]
    assert off_plan_runs(text, [*vouched, run, us_run]) == {run}
    assert off_plan_runs(text, [vouched[0], run]) == {run}
    # no vouched phone: no plan
    assert off_plan_runs(text, [run, us_run]) == set()
    # a phone word on the run's own line vouches for it
    cued = text.replace("campus 001906102", "tel. 001906102")
    assert off_plan_runs(cued, [*vouched, run]) == set()
    # "052/460170" is Bulgarian as well as German and Italian: so is the mobile after it
    listed = "тел. 052/460170, 052/460171, 0879487878"
    bg = [(5, 15, "PHONE_NUMBER", 0.75), (17, 27, "PHONE_NUMBER", 0.75)]
    mobile = (29, 39, "PHONE_NUMBER", 0.4)
    assert listed[29:39] == "0879487878"
    assert off_plan_runs(listed, [*bg, mobile]) == set()


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "04 2633405" in found
