"""Layouts of ``held_out_26`` (Austria) and ``held_out_27`` (the Philippines), written after
their one held-out score, when their misses and false finds were read: ``p`` in a class name
or a tag's name is no page (``<span class="p-tel">``, ``<text:p>``), a middle dot before a label
(``NHFR Code: ... · PSGC 0603029007``), an HL7 v2 ``XTN`` field's use and equipment codes
after its number, and HL7's component separator before an e-mail address. The pre-scan still
gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

HCARD = '<p>Telefon: <span class="p-tel">05273/6111</span></p>'
FODS = (
    '<table:table-cell office:value-type="string" calcext:value-type="string">'
    "<text:p>07712/2729</text:p></table:table-cell>"
)
ABOUT = "Rural Health Unit. NHFR Code: DOH000000000018658 · PSGC 0603029007\nIntro\n"
HL7 = (
    "LOC|18439^^^DOH000000000018439|AGDAYAO BARANGAY HEALTH STATION|"
    "^AGDAYAO^CITY OF PASSI^ILOILO^5037^PHL^B|+63 333115046^WPN^PH~"
    "^NET^Internet^rhu.passi@yahoo.com\r"
)


def _of(stage: PiiFilter, text: str, entity: str, language: str = "en") -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == entity]


def test_p_in_a_class_or_tag_name_is_no_page(stage: PiiFilter) -> None:
    assert _of(stage, HCARD, "PHONE_NUMBER", "de") == ["05273/6111"]
    assert _of(stage, FODS, "PHONE_NUMBER", "de") == ["07712/2729"]


def test_a_middle_dot_starts_a_label(stage: PiiFilter) -> None:
    assert _of(stage, ABOUT, "PHONE_NUMBER") == []


def test_an_hl7_xtn_field_names_its_phone_and_its_e_mail_starts_after_the_separator(
    stage: PiiFilter,
) -> None:
    assert _of(stage, HL7, "PHONE_NUMBER") == ["+63 333115046"]
    assert _of(stage, HL7, "EMAIL_ADDRESS") == ["rhu.passi@yahoo.com"]


def test_prescan_identity_holds_for_austrian_and_philippine_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [HCARD, FODS, ABOUT, HL7])
    assert {"+63 333115046", "rhu.passi@yahoo.com"} <= set(found)
    assert "0603029007" not in found
