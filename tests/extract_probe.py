"""The HTML extractor's child, seen from a parent whose ``__main__`` imports Beam as a Beam
worker's does (tests/test_extract.py runs ``python -m tests.extract_probe``): prints the names
of the modules loaded in the child."""

from __future__ import annotations

import sys


def loaded_modules(page: str, url: str | None, options: dict) -> str:
    """Runs in the child in place of an extractor."""
    return "\n".join(sorted(sys.modules))


def main() -> None:
    import apache_beam  # noqa: F401 - Beam's worker module, __main__ in a worker, imports it

    from filters.extract import HtmlExtractor
    from tests.extract_probe import loaded_modules as probe  # by module name, not __main__

    extractor = HtmlExtractor("trafilatura", timeout_s=60)
    extractor._slow = probe
    print(extractor.extract(b"<html><body><p>A page.</p></body></html>"))
    extractor.close()


if __name__ == "__main__":
    main()
