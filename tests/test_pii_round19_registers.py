"""Rules written after ``held_out_132`` to ``held_out_135`` and ``held_out_137`` were scored
once and their misses and false finds read (South Africa's municipalities in Quarto, Pluto,
marimo and Livebook notebooks and the UK's courts in Discourse, Pipermail, WeeChat and
ActivityPub exports met both targets; Argentina's popular libraries in MySQL, psql, DuckDB and
SPARQL results; Israel's bank branches in devicetree, Arduino, KiCad and PlatformIO files;
Indonesia's tax offices in ASS subtitles, podcast RSS, CMX3600 EDLs and XMLTV):

* an ASS subtitle's hard line break ``\\N`` ends a number as an escaped line break does
  (``Telepon: 021-87799512\\NFaks:``; 137's ASS recall 0.857);
* a KiCad position ``(at 123.19 97.79 0)`` is no phone, whatever its line holds (135's KiCad
  precision 0.307);
* Spanish "llamando" (calling) is a phone word (``llamando al 42059555``).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ASS = (
    "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    "Dialogue: 0,0:00:15.02,0:00:18.06,Info,,0,0,0,,{\\pos(96,960)}Telepon: 021-87799512"
    "\\NFaks: 021-8400486\n"
)
KICAD = (
    '\t(symbol (lib_id "Device:R") (at 123.19 97.79 0) (unit 1)\n'
    '\t\t(property "Telephone" "03-5191794" (at 123.19 97.79 0)'
    " (effects (font (size 1.27 1.27))))\n"
)
LIBRARY = (
    "│ Bib.Pub.Mun.Pop. de Avellaneda (Avellaneda, Buenos Aires). Confirmar el horario de "
    "atención llamando al 42059555 (característica 11). │\n"
)

CASES = [
    (ASS, "id", [("PHONE_NUMBER", "021-87799512"), ("PHONE_NUMBER", "021-8400486")]),
    (KICAD, "en", [("PHONE_NUMBER", "03-5191794")]),
    (LIBRARY, "en", [("PHONE_NUMBER", "42059555")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "021-87799512" in found
