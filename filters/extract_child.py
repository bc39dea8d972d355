"""The HTML extractor's budgeted child process: a page loop over a pipe, importing nothing else.

``filters.extract`` starts it with ``python -c`` (see ``command``) rather than multiprocessing's
``spawn``: a spawned child imports the parent's ``__main__`` module again, which in a Beam worker
is Beam's ``sdk_worker_main`` (apache_beam and its dependencies, ~180 MB per child). Here the
child imports only this module, then what unpickling its function needs (the extractor's
libraries and model).

The command line carries the descriptor of a ``multiprocessing`` connection and the parent's
``sys.path`` (so that the child finds the same modules, tests' functions included). Over the
connection the parent sends ``(function, options)``; the child warms up and answers ``("ready",
"")`` or ``("failed", reason)``, then for each ``(page, url)`` one ``("ok", result)`` or
``("error", reason)``.
"""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection
from typing import Any

WARM_UP_PAGE = "<html><body><p>Start-up is not part of any page's time budget.</p></body></html>"

# Runs in a bare interpreter: sets the parent's sys.path before anything of the project is
# imported, so this module itself comes from the parent's checkout.
_BOOTSTRAP = (
    "import sys; sys.path[:] = sys.argv[2:]; "
    "from filters.extract_child import main; main(int(sys.argv[1]))"
)


def command(fd: int) -> list[str]:
    """The child's command line, serving the connection on descriptor ``fd``."""
    return [sys.executable, "-c", _BOOTSTRAP, str(fd), *sys.path]


def serve(conn: Connection, function: Any, options: dict[str, Any]) -> None:
    """Warm up (imports), say ready, then (page, url) in, (status, result) out until EOF.

    A warm-up that fails (a library that cannot be imported) is reported, not left for the parent
    to find as an ``EOFError`` on a closed pipe.
    """
    try:
        function(WARM_UP_PAGE, None, options)
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it with context
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            page, url = conn.recv()
        except EOFError:
            return
        try:
            reply = ("ok", function(page, url, options))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which rejects the page
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except OSError:  # the parent gave up on this page and closed the pipe
            return


def main(fd: int) -> None:
    conn = Connection(fd)
    try:
        function, options = conn.recv()
    except EOFError:
        return
    except Exception as exc:  # noqa: BLE001 - e.g. the function's module cannot be imported
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    serve(conn, function, options)
