"""Layouts of ``held_out_55`` (Serbia), ``held_out_56`` (Tunisia), ``held_out_58`` (Costa Rica)
and ``held_out_59`` (Ghana), written after their one held-out score, when their misses and
false finds were read: Serbian Cyrillic ``позовите`` and Spanish ``Línea`` as phone words; the
PIB tax number, a ``maticni_broj`` key in an Erlang tuple and a ``revision`` as other numbers;
an all-zero date is no phone. The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

HOME_ASSISTANT = '          message: "Звоно је укључено. Позовите 3429875 за кварове."\n'
EDN = (
    '{:skola/id 3\n :skola/naziv "Бора Станковић"\n :skola/maticni-broj "7017235"\n'
    ' :skola/pib "101734519"\n :kontakt/telefon "(011)8332022"}\n'
)
ERLANG = '{maticni_broj, <<"17412604"/utf8>>}.\n{telefon, <<"(0230)422130"/utf8>>}.\n'
WORKFLOW = "# Línea del centro: 22541108\nenv:\n  BUILD: 20251122\n"
DOKUWIKI = (
    "^ العنوان | 61 نهج آلان سافاري |\n^ الهاتف | 28391000 |\n"
    "^ البريد الإلكتروني | <contact@tunisiacharity.org> |\n^ تاريخ التأسيس | 0000-00-00 |\n"
)
DHIS2 = '{\n    "revision": "0999413",\n    "phoneNumber": "+233302228688"\n}\n'

CASES = [
    (HOME_ASSISTANT, "sr", ["3429875"]),
    (EDN, "sr", ["(011)8332022"]),
    (ERLANG, "sr", ["(0230)422130"]),
    (WORKFLOW, "es", ["22541108"]),
    (DOKUWIKI, "ar", ["28391000"]),
    (DHIS2, "en", ["+233302228688"]),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "22541108" in found


def _record(split_module: str, ending: str) -> dict:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    module = __import__(split_module)
    return next(r for r in module.committed() if r["id"].endswith(ending))


def test_a_schools_tax_number_and_a_call_to_the_school_in_their_records(stage: PiiFilter) -> None:
    """Whole committed records of ``held_out_55``, each in the language langid gave it (Swedish,
    English): the PIB in an EDN map is no phone; the number in a Home Assistant automation's
    "позовите школу: ..." message is."""
    edn = _record("pii_held_out_55", "/clojure_edn/1")
    found = _found(stage, edn["text"], edn["language"])
    assert "101734519" not in [v for e, v in found if e == "PHONE_NUMBER"]
    home = _record("pii_held_out_55", "/home_assistant_yaml/20")
    found = _found(stage, home["text"], home["language"])
    assert "3429875" in [v for e, v in found if e == "PHONE_NUMBER"]
