"""Rules written after round 15 (``held_out_120`` Ireland's hospitals, ``_121`` Korea's tourist
sites, ``_122`` Iizuka City's facilities) was scored once and its misses and false finds read:

* a run of year-like groups is a phone when a phone label or key stands right before it
  (``contact_phone: "1661-2000"``, ``연락처 1661-2000``: Korean representative numbers, 121's
  three misses), and a found copy vouches for its other copies; a phone word further back is
  a sentence's (``Tel Aviv 1948-1967`` stays a range of years);
* an ISSN names a serial's number (``<issn pub-type="epub">6455-3507</issn>`` in a JATS
  article, a valid Singapore number to phonenumbers);
* a full stop or comma of a script written without spaces ends the sentence before a field's
  label (``公共施設。郵便番号：820-0016``: a postcode, 122's DataCite descriptions 0.796).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

PILLAR = (
    "# 관광안내 키오스크 pillar\n"
    "# 변경 요청 CHG-20250304-0991, 관리기관 연락처 1661-2011\n"
    "kiosk:\n"
    "  site:\n"
    '    contact_phone: "1661-2011"\n'
    "  motd: |\n"
    "    장애 문의: 롯데 1661-2011\n"
)
JATS = (
    "<journal-meta>\n"
    '  <issn pub-type="epub">6455-3517</issn>\n'
    "  <publisher><publisher-name>筑豊地域保健研究会</publisher-name></publisher>\n"
    "</journal-meta>\n"
)
DATACITE = (
    '<description xml:lang="ja" descriptionType="Other">公共施設。郵便番号：820-0016。'
    "問い合わせ先電話番号：0948-22-0561</description>\n"
)
HISTORY = "He lived in Tel Aviv 1948-1967 and in Haifa after that.\n"

CASES = [
    (PILLAR, "ko", ["1661-2011"] * 3),
    (JATS, "en", []),
    (DATACITE, "en", ["0948-22-0561"]),
    (HISTORY, "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "1661-2011" in found
