"""The CLI's logging set-up, shared by the processes it starts itself (the start-up check's
child): progress lines on stderr, Beam's own INFO lines kept off the terminal.

No Beam import here: the set-up must be in place before Beam's import logs its notice.
"""

from __future__ import annotations

import logging


class _DropGcpClientNotice(logging.Filter):
    """Beam logs a warning about optional GCP client libraries on import; noise off GCP."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


def configure_logging(quiet: bool, verbose: bool) -> None:
    """Progress lines on stderr; set up before Beam is imported so its import notice is dropped.

    Beam's own INFO lines (bundle scheduling, worker start-up) drown the progress lines: they are
    shown only with ``--verbose``; otherwise ``run`` sends them to ``OUT/logs/beam.log``."""
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(name)s %(message)s",
        datefmt="%H:%M:%S",
        force=True,
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(_DropGcpClientNotice())
    logging.getLogger("apache_beam").setLevel(logging.INFO if verbose else logging.WARNING)
