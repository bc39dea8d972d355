"""Layouts of ``held_out_28`` (Norway) and ``held_out_29`` (Peru), written after their one
held-out score, when their misses and false finds were read: a key whose words an underscore
joins (``"formatted_phone_number"``: ``phone`` is a word of it, so the key names a phone, not
another number), a troff request before a label line (``.B Organisasjonsnummer``), and a
header cell that labels the cell after it in its row, both wrapped in paragraphs (Confluence's
storage format). The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

PLACES = '{\n  "result": {\n    "formatted_phone_number": "054-251900",\n    "name": "X"\n  }\n}'
TROFF = (
    ".SH IDENTIFIKATORER\n.TP\n.B Organisasjonsnummer\n972149519\n.TP\n.B Telefon\n22 24 90 90\n"
)
CONFLUENCE = (
    "<table><tbody><tr><th><p><strong>Organisasjonsnummer</strong></p></th>"
    "<td><p>972149519</p></td></tr><tr><th><p><strong>Telefon</strong></p></th>"
    "<td><p>22 24 90 90</p></td></tr></tbody></table>"
)


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_a_phone_word_joined_into_a_key_names_a_phone(stage: PiiFilter) -> None:
    assert _phones(stage, PLACES, "es") == ["054-251900"]


def test_a_troff_request_before_a_label_line_is_markup(stage: PiiFilter) -> None:
    assert _phones(stage, TROFF, "nb") == ["22 24 90 90"]


def test_a_header_cell_labels_the_cell_after_it_through_paragraphs(stage: PiiFilter) -> None:
    assert _phones(stage, CONFLUENCE, "nb") == ["22 24 90 90"]


def test_prescan_identity_holds_for_norwegian_and_peruvian_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [PLACES, TROFF, CONFLUENCE])
    assert "972149519" not in found
