"""One copy of a large model per machine, served to the pipeline's worker processes.

Why: heliport, the default language-ID model, builds ~0.87 GB of hash maps in every process that
loads it, and Beam starts its workers without ``fork``, so nothing is shared: N local workers hold
N copies (2 workers on a laptop: 1.7 GB; 16 on a workstation: 14 GB). Served from one process,
the model costs its memory once per machine whatever the number of workers.

How: the first worker that needs a model starts a server process for it (``python -m
filters.shared_model``, on a compact malloc where one is installed: :mod:`filters.compact_malloc`),
hands it the model object, unloaded, as a pickle on its stdin, and waits for the line ``ready``;
later workers connect to the server's Unix socket. A call is
``(method, args)`` → ``("ok", result)`` or ``("error", message)``, pickled in
:mod:`multiprocessing.connection`'s framing. Servers are keyed by a digest of the pickled model, so
two configurations never share one. The socket lives in a directory only the user can open
(:func:`runtime_dir`), which is the access control: whoever can connect already runs as the user.

Lifetime: clients connect, and a server starts, only while holding the key's lock file; a server
exits when no client has been connected for ``idle_exit_s`` and it can take that lock without
waiting, so a client is never left connected to a server that is going away. A client that is done
with the model (its pipeline stage is torn down) says so (:meth:`SharedModel.release`): when the
last client leaves so, the server exits at once instead of holding the model for ``idle_exit_s``
through the stages that do not use it; a later call starts it again. A server that dies
(killed, out of memory) is started again by the next call, which is retried once.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import pickle
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from filters.compact_malloc import server_environment

# Seconds a server stays up with no client connected: long enough to bridge the gap between two
# stages or two runs of a script, short enough not to hold the model's memory after a job.
IDLE_EXIT_S = 30.0
# Bytes a Unix socket's path may have (108 with the terminating NUL on Linux, less elsewhere).
_MAX_SOCKET_PATH = 100
# How often the server looks for new connections and checks whether it has been idle long enough.
_POLL_S = 0.5


class SharedModelError(RuntimeError):
    """The model server could not be started or reached."""


def runtime_dir() -> Path:
    """The directory for sockets, locks and server logs, private to the user.

    ``CORPUS_PREP_RUNTIME_DIR`` if set, else ``corpus-prep-<uid>`` in the system's temporary
    directory (short, since a Unix socket's path is limited to ~100 bytes).
    """
    path = Path(os.environ.get("CORPUS_PREP_RUNTIME_DIR") or f"/tmp/corpus-prep-{os.getuid()}")
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
    except OSError as exc:
        raise SharedModelError(f"cannot use {path} for the model servers' sockets: {exc}") from exc
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise SharedModelError(
            f"{path} must belong to this user and be closed to others (mode 700) to hold the "
            "model servers' sockets; remove it or set CORPUS_PREP_RUNTIME_DIR"
        )
    return path


def model_key(model: Any) -> str:
    """Which server serves ``model``: a digest of the pickled, unloaded object, the interpreter
    and the source of the model's module and of this one, so that a run of other code (another
    checkout, an upgrade) never talks to a server of the old one."""
    digest = hashlib.sha256(pickle.dumps(model, protocol=4))
    digest.update(sys.executable.encode())
    for module in (type(model).__module__, __name__):
        digest.update(_source_digest(module))
    return digest.hexdigest()[:16]


@functools.cache
def _source_digest(module: str) -> bytes:
    """A module's source digest, read once per process (as near as can be to its import)."""
    return hashlib.sha256(Path(sys.modules[module].__file__ or "").read_bytes()).digest()


@contextlib.contextmanager
def _locked(path: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the lock file ``path``; yields False without waiting when ``wait`` is off and it is
    held elsewhere."""
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class SharedModel:
    """A client of the machine's server for ``model`` (started on first use).

    ``model`` must pickle without its loaded weights and have a ``load()`` method, as the
    language-ID backends do. Pickles to a fresh, unconnected client (Beam ships it to workers).
    """

    def __init__(self, model: Any, idle_exit_s: float = IDLE_EXIT_S) -> None:
        self.model = model
        self.idle_exit_s = idle_exit_s
        self._conn: Connection | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_conn": None}

    @property
    def _paths(self) -> tuple[Path, Path, Path]:
        base = runtime_dir() / model_key(self.model)
        sock = base.with_suffix(".sock")
        if len(os.fsencode(sock)) > _MAX_SOCKET_PATH:
            raise SharedModelError(
                f"{sock} is too long for a Unix socket; set CORPUS_PREP_RUNTIME_DIR to a shorter "
                "directory"
            )
        return sock, base.with_suffix(".lock"), base.with_suffix(".log")

    def connect(self) -> None:
        """Connect to the server, starting it first when there is none."""
        if self._conn is not None:
            return
        sock, lock, log = self._paths
        with _locked(lock):
            conn = _try_connect(sock)
            if conn is None:
                _start_server(self.model, sock, log, self.idle_exit_s)
                conn = _try_connect(sock)
            if conn is None:
                raise SharedModelError(f"the model server at {sock} started but refuses calls")
        self._conn = conn

    def call(self, method: str, *args: Any) -> Any:
        """``model.method(*args)`` in the server; one retry on a server that has gone away."""
        for attempt in (1, 2):
            self.connect()
            assert self._conn is not None
            try:
                self._conn.send((method, args))
                status, value = self._conn.recv()
                break
            except (EOFError, OSError) as exc:
                self.close()
                if attempt == 2:
                    raise SharedModelError(
                        f"the model server at {self._paths[0]} failed twice ({exc!r}); "
                        f"its log: {self._paths[2]}"
                    ) from exc
        if status == "error":
            raise SharedModelError(f"{method} in the model server: {value}")
        return value

    def server_pid(self) -> int:
        """The process id of the server this client talks to (connecting first)."""
        return self.call("ping")

    def release(self) -> None:
        """Disconnect, telling the server this client is done with the model: if no other client
        is connected, it exits now rather than after ``idle_exit_s``. A later call reconnects."""
        if self._conn is not None:
            with contextlib.suppress(EOFError, OSError):  # a server gone already is released
                self._conn.send(("release", ()))
                self._conn.recv()
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _try_connect(sock: Path) -> Connection | None:
    """A connection that has answered a ping, or None when no server listens at ``sock``."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.connect(str(sock))
    except (FileNotFoundError, ConnectionRefusedError):
        client.close()
        return None
    conn = Connection(client.detach())
    try:
        conn.send(("ping", ()))
        if conn.recv()[0] == "ok":
            return conn
    except (EOFError, OSError):
        pass
    conn.close()
    return None


def _start_server(model: Any, sock: Path, log: Path, idle_exit_s: float) -> None:
    """Start the server for ``model`` and wait until it listens (the caller holds the lock, so
    no other server of this key is alive, and its log starts afresh)."""
    with open(log, "wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "filters.shared_model", str(sock), repr(idle_exit_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log_file,
            env=server_environment(),
        )
    assert process.stdin is not None and process.stdout is not None
    try:
        pickle.dump(model, process.stdin, protocol=4)
        process.stdin.close()
    except BrokenPipeError:
        pass  # it died at start-up: its log says why
    line = process.stdout.readline().decode("utf-8", "replace").strip()
    process.stdout.close()
    if line != "ready":
        process.wait()
        tail = log.read_text("utf-8", "replace").strip().splitlines()[-5:]
        raise SharedModelError(
            f"the model server for {type(model).__name__} did not start (exit code "
            f"{process.returncode}): {' | '.join(tail) or line or 'no output'}"
        )


class _Server:
    """Serves one loaded model on a Unix socket until idle (see the module's docstring)."""

    def __init__(self, model: Any, sock: Path, idle_exit_s: float, ready: Any) -> None:
        self.model = model
        self.ready = ready
        self.sock = sock
        self.lock = sock.with_suffix(".lock")
        self.idle_exit_s = idle_exit_s
        self._model_lock = threading.Lock()  # one call at a time: the model need not be reentrant
        self._state = threading.Lock()
        self._clients = 0
        self._idle_since = time.monotonic()
        self._released = False  # the last client to leave was done with the model

    def run(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.sock.unlink()  # a dead server's socket: the starting client holds the lock
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.sock))
        listener.listen(64)
        listener.settimeout(_POLL_S)
        self.ready.write("ready\n")
        self.ready.close()
        while True:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                if self._idle() and self._exit_if_still_idle(listener):
                    return
                continue
            self._serve_in_thread(client)

    def _idle(self) -> bool:
        with self._state:
            idle_for = time.monotonic() - self._idle_since
            return self._clients == 0 and (self._released or idle_for >= self.idle_exit_s)

    def _exit_if_still_idle(self, listener: socket.socket) -> bool:
        """Under the lock (never waiting for it: a client holding it may wait on this loop),
        take any connection that arrived meanwhile, else remove the socket and say to exit."""
        with _locked(self.lock, wait=False) as held:
            if not held:
                return False
            listener.setblocking(False)
            try:
                client, _ = listener.accept()
            except BlockingIOError:
                self.sock.unlink()
                listener.close()
                return True
            finally:
                if listener.fileno() != -1:
                    listener.settimeout(_POLL_S)
            self._serve_in_thread(client)
            return False

    def _serve_in_thread(self, client: socket.socket) -> None:
        client.setblocking(True)
        with self._state:
            self._clients += 1
            self._released = False
        threading.Thread(
            target=self._serve, args=(Connection(client.detach()),), daemon=True
        ).start()

    def _serve(self, conn: Connection) -> None:
        released = False
        try:
            while True:
                try:
                    method, args = conn.recv()
                    released = method == "release"
                    conn.send(("ok", None) if released else self._answer(method, args))
                except (EOFError, OSError):  # the client has gone
                    return
        finally:
            conn.close()
            with self._state:
                self._clients -= 1
                self._idle_since = time.monotonic()
                self._released = released and self._clients == 0

    def _answer(self, method: str, args: tuple[Any, ...]) -> tuple[str, Any]:
        if method == "ping":
            return "ok", os.getpid()
        if method.startswith("_"):
            return "error", f"{method!r} is not a public method"
        try:
            with self._model_lock:
                return "ok", getattr(self.model, method)(*args)
        except Exception as exc:  # noqa: BLE001 - reported to the client, which raises it
            return "error", f"{type(exc).__name__}: {exc}"


def main(argv: list[str]) -> None:
    """``python -m filters.shared_model SOCKET IDLE_EXIT_S``, the pickled model on stdin."""
    sock, idle_exit_s = Path(argv[0]), float(argv[1])
    # stdout is the pipe the starting client reads "ready" from: anything the model prints while
    # it loads goes to the log (stderr) instead.
    ready = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    model = pickle.load(sys.stdin.buffer)
    model.load()
    _Server(model, sock, idle_exit_s, ready).run()


if __name__ == "__main__":
    main(sys.argv[1:])
