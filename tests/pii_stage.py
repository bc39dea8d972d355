"""The PII stage as the PII tests build it (tests/test_pii*.py): every entity its patterns
find (PERSON and LOCATION need the NER model, which these tests do not load)."""

from __future__ import annotations

from filters.pii import SUPPORTED_ENTITIES, PiiFilter

ALL_ENTITIES = [e for e in SUPPORTED_ENTITIES if e not in ("PERSON", "LOCATION")]


def built_stage(*, prescan: bool = True) -> PiiFilter:
    """The stage over ``ALL_ENTITIES``, set up; ``prescan=False``: Presidio sees every window."""
    doc_filter = PiiFilter(entities=ALL_ENTITIES, prescan=prescan)
    doc_filter.setup()
    return doc_filter
