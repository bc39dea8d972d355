"""Beam's own logs go to ``OUT/logs/beam.log``; the terminal keeps corpus-prep's progress lines.

Why: with ``--direct_running_mode=multi_processing`` every worker subprocess prints its pipeline
options and channel set-up on the stderr it inherited, dozens of lines each, and the runner relays
each worker's log lines once more; the progress lines and the summary get lost in them. Three
routes are closed while the pipeline runs:

- Beam's Python loggers in this process (``apache_beam.*``, which include the relayed worker
  lines) write to the file only;
- file descriptor 2 points at the file, so worker subprocesses (which inherit it) and C libraries
  (gRPC) write there too; the terminal's log handlers are moved to a duplicate of the old
  descriptor 2 for that time, so corpus-prep's own lines still reach the terminal;
- relayed worker lines logged by corpus-prep's own code (``pipelines/``, ``filters/``: per-file
  read counts, stage warnings) are logged again on ``corpus_prep.worker``, so a multi-process run
  shows the same progress as an in-process one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from apache_beam.io.filesystems import FileSystems
from apache_beam.portability.api import beam_fn_api_pb2
from google.protobuf import text_format

_log = logging.getLogger("corpus_prep")

LOGS_DIR = "logs"
BEAM_LOG = "beam.log"
# The runner relays each worker log entry on this logger as ``"Worker: %s" % entry``.
_RELAY_LOGGER = "apache_beam.runners.portability.local_job_service"
# Where this project's code lives, as workers report it in each entry's ``log_location``.
_PROJECT_DIRS = tuple(
    str(root / package) + os.sep
    for root in {Path(__file__).absolute().parent.parent, Path(__file__).resolve().parent.parent}
    for package in ("pipelines", "filters")
)


class _ProjectLinesFromWorkers(logging.Handler):
    """Logs again, on ``corpus_prep.worker``, the relayed worker lines of this project's code."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg != "Worker: %s" or not record.args:
            return
        entry = beam_fn_api_pb2.LogEntry()
        try:
            text_format.Parse(str(record.args[0]), entry)
        except text_format.ParseError:
            return  # not an entry this handler knows: it stays in the file only
        if entry.log_location.startswith(_PROJECT_DIRS):
            logging.getLogger("corpus_prep.worker").log(record.levelno, "%s", entry.message)


def _fileno(stream: object) -> int | None:
    try:
        return stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None


@contextlib.contextmanager
def _stderr_into(log: TextIO) -> Iterator[None]:
    """Point descriptor 2 at ``log``; terminal handlers write to a duplicate of the old one."""
    saved = os.dup(2)
    terminal = open(saved, "w", buffering=1, encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
    moved = [
        (handler, handler.setStream(terminal))
        for handler in logging.getLogger().handlers
        if type(handler) is logging.StreamHandler and _fileno(handler.stream) == 2
    ]
    sys.stderr.flush()
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        for handler, stream in moved:
            handler.setStream(stream)
        terminal.close()


@contextlib.contextmanager
def beam_logs_to_file(output: str) -> Iterator[None]:
    """While the block runs, Beam's logs go to ``output/logs/beam.log``."""
    destination = FileSystems.join(output, LOGS_DIR, BEAM_LOG)
    remote = "://" in output
    if remote:  # descriptors need a local file: written here, copied to the output at the end
        handle, local = tempfile.mkstemp(prefix="corpus-prep-beam-", suffix=".log")
        os.close(handle)
    else:
        local = destination
        os.makedirs(os.path.dirname(local), exist_ok=True)
    beam = logging.getLogger("apache_beam")
    relay = logging.getLogger(_RELAY_LOGGER)
    saved_level, saved_propagate = beam.level, beam.propagate
    workers = _ProjectLinesFromWorkers()
    with open(local, "a", encoding="utf-8") as log:
        to_file = logging.StreamHandler(log)
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        beam.addHandler(to_file)
        relay.addHandler(workers)
        beam.setLevel(logging.INFO)
        beam.propagate = False
        _log.info("Beam's log: %s", destination)
        try:
            with _stderr_into(log):
                yield
        except BaseException:
            _log.error("the run failed; Beam's log: %s", destination)
            raise
        finally:
            beam.removeHandler(to_file)
            relay.removeHandler(workers)
            beam.setLevel(saved_level)
            beam.propagate = saved_propagate
    if remote:
        with open(local, "rb") as source, FileSystems.create(destination) as target:
            shutil.copyfileobj(source, target)
        os.remove(local)
