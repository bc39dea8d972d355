"""A long line cut into windows: a number right after the cut keeps the phone word before it,
and a number with spaces that the cut splits is found whole (``windows.reach``)."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.windows import iter_windows
from tests.test_pii import _found

WORDS = "Deliver to the branch during banking hours from Sunday to Thursday; "


def _one_line(before: str, value: str, value_at: int) -> str:
    """One line: filler words, then ``before`` and ``value`` at ``value_at``, then more words."""
    width = value_at - len(before)
    filler = (WORDS * (width // len(WORDS) + 1))[: width - 1] + " "
    return filler + before + value + "; send the delivery note to the branch office. " * 3


@pytest.mark.parametrize("prescan", [True, False])
def test_number_right_after_the_cut_keeps_its_phone_word(
    stage: PiiFilter, plain_stage: PiiFilter, prescan: bool
) -> None:
    """'fax: ' ends one window and its number opens the next (a curl's one-line JSON body)."""
    value = "88-04224-56566"
    value_at = stage.window_chars - 6
    text = _one_line("fax: ", value, value_at)
    starts = [start for start, _ in iter_windows(text, stage.window_chars)]
    assert value_at in starts  # the cut falls between the word and its number
    found = _found(stage if prescan else plain_stage, text)
    assert ("PHONE_NUMBER", value) in found
    # as the window holding both would find it
    assert found == _found(stage, text[value_at - 200 :])


@pytest.mark.parametrize("prescan", [True, False])
def test_number_split_by_the_cut_is_found_whole(
    stage: PiiFilter, plain_stage: PiiFilter, prescan: bool
) -> None:
    """The cut falls on a space inside '0161 496 0735' (a UK number in groups)."""
    value = "0161 496 0735"
    value_at = stage.window_chars - 10
    text = _one_line("please call the office on ", value, value_at)
    windows = list(iter_windows(text, stage.window_chars))
    assert any(start < value_at < end < value_at + len(value) for start, end in windows)
    found = _found(stage if prescan else plain_stage, text)
    assert ("PHONE_NUMBER", value) in found
    assert not [v for e, v in found if e == "PHONE_NUMBER" and v != value]
