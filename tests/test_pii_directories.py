"""Directory layouts (written after ``held_out_14``'s misses were read): a one-letter label
with no colon at the start of a printed directory's column or line (``T 62575684``, ``F
67635191``); and the look-alikes that must gain nothing. The
pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

TWO_COLUMNS = (
    "JUYING PRIMARY SCHOOL             T 67932039\n"
    "31 JURONG WEST STREET 91          F 67932040\n"
    "Singapore 649037                  JUYING_PS@MOE.EDU.SG"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (TWO_COLUMNS, "67932039"),  # the letter starts the right column, after the padding
        (TWO_COLUMNS, "67932040"),
        ("T 2126 4795\nM 8122 1996", "2126 4795"),  # the letter starts its line
        ("T 2126 4795\nM 8122 1996", "8122 1996"),
        ("Dana Whitfield\tM 81221996", "81221996"),  # after a tab
    ],
)
def test_a_letter_label_without_a_colon_starts_a_field(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Model T 1908500 was sold in 1908",  # a letter inside a sentence
        "Section F 2126479 of the code",
        "Grade A,  T 2",  # a short number
    ],
)
def test_a_letter_inside_prose_labels_nothing(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


def test_prescan_identity_holds_for_directory_layouts(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [TWO_COLUMNS])
    assert {"67932039", "67932040"} <= set(found)
