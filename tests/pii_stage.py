"""The PII stage as the PII tests build it (tests/test_pii*.py): every entity its patterns
find (PERSON and LOCATION need the NER model, which these tests do not load)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from filters.pii import SUPPORTED_ENTITIES, PiiFilter

ALL_ENTITIES = [e for e in SUPPORTED_ENTITIES if e not in ("PERSON", "LOCATION")]


def built_stage(*, prescan: bool = True) -> PiiFilter:
    """The stage over ``ALL_ENTITIES``, set up; ``prescan=False``: Presidio sees every window."""
    doc_filter = PiiFilter(entities=ALL_ENTITIES, prescan=prescan)
    doc_filter.setup()
    return doc_filter


def finds_test(cases: list[tuple], *, phones_only: bool) -> Callable[..., None]:
    """The test that a register file runs over its ``cases`` (text, language, expected): the
    stage finds exactly ``expected`` in each text, its phone strings (``phones_only``) or its
    (entity, string) pairs. A module binds it to a ``test_`` name for pytest to collect."""
    from tests.test_pii import _found

    @pytest.mark.parametrize(("text", "language", "expected"), cases)
    def test(stage: PiiFilter, text: str, language: str, expected: list) -> None:
        found = _found(stage, text, language)
        if phones_only:
            found = [value for entity, value in found if entity == "PHONE_NUMBER"]
        assert sorted(found) == sorted(expected)

    return test
