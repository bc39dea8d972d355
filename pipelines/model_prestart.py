"""The machine's model servers started by the launcher, while it imports Beam and builds the graph.

Why: a stage's shared model server (langid's heliport, ``filters.shared_model``) was started by
the first worker that set the stage up, after that worker had started, imported Beam and set up
the stages before it (PII, toxicity): the server's start (~0.4-0.9 s: an interpreter, heliport's
import and its model) was on the way to every worker's first document. Meanwhile the launcher's
second core idles for the ~1-2 s of imports and graph building, when the start-up check loads
nothing (it passed before, ``check_verdicts``). Started there, the server is up by the time the
workers ask for it, and they connect to it as to one another worker started.

How: the CLI builds the enabled stages' filters that can share a model (``SHARED_MODEL_STAGES``)
as the graph will (``make_filter`` with several workers, so ``shared_model: auto`` is on), before
importing Beam, and connects a client to each of their servers in a thread, which starts the
server (``SharedModel.connect``: the workers wait on its lock meanwhile). The launcher holds
the connection until the graph is handed to Beam (``hand_over``: disconnected without releasing,
the server waits for the workers up to its ``IDLE_EXIT_S``), or releases it when the run fails
before (``abandon``: the server exits at once). The server's key is the workers' one: a digest
of the pickled model, which the launcher pickles for them.

Only where the stages will use the servers: several local workers, the DirectRunner's
``multi_processing`` mode (what ``build.several_local_workers`` says, read without Beam). Not
while the start-up check loads the stages (a first run, a changed environment): its child would
load heliport beside the server, two copies at once on the same cores.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading

from filters.shared_model import SharedModel, SharedModelError
from pipelines.config import Config
from pipelines.filter_stages import SHARED_MODEL_STAGES, make_filter

_log = logging.getLogger(__name__)


def several_local_workers_in(beam_argv: list[str]) -> bool:
    """``build.several_local_workers`` read from Beam flags without importing Beam: the
    DirectRunner's ``multi_processing`` mode with more than one worker (0: one per core)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--runner")
    parser.add_argument("--direct_running_mode")
    parser.add_argument("--direct_num_workers", type=int, default=1)
    known, _ = parser.parse_known_args(beam_argv)
    runner = str(known.runner or "DirectRunner").rsplit(".", 1)[-1]
    if runner not in ("DirectRunner", "BundleBasedDirectRunner"):
        return False
    workers = known.direct_num_workers or os.cpu_count() or 1
    return known.direct_running_mode == "multi_processing" and workers > 1


def shared_models(config: Config) -> list[SharedModel]:
    """Clients of the model servers the enabled stages' workers will connect to."""
    clients: list[SharedModel] = []
    for name in SHARED_MODEL_STAGES:
        section = getattr(config.stages, name)
        if section.enabled:
            clients += make_filter(name, section, config.mode, several_workers=True).shared_models()
    return clients


class PrestartedServers:
    """Model servers being started in threads; ``hand_over`` or ``abandon`` ends the launcher's
    hold on them (see the module's docstring)."""

    def __init__(self, clients: list[SharedModel]) -> None:
        self._clients = clients
        self._done = threading.Event()
        self._release = False
        self._threads = [
            threading.Thread(target=self._hold, args=(client,), daemon=True, name="prestart")
            for client in clients
        ]
        for thread in self._threads:
            thread.start()

    def _hold(self, client: SharedModel) -> None:
        try:
            client.connect()
        except SharedModelError as exc:  # the workers will say it again, and load it themselves
            _log.debug("model server not prestarted: %s", exc)
            return
        self._done.wait()
        if self._release:
            client.release()
        else:
            client.close()

    def hand_over(self) -> None:
        """The graph goes to Beam: let the servers wait for the workers (without waiting here for
        a server still loading)."""
        self._done.set()

    def abandon(self) -> None:
        """The run ends before its workers: stop the servers that nobody else uses."""
        self._release = True
        self._done.set()
        for thread in self._threads:
            thread.join()

    def __len__(self) -> int:
        return len(self._clients)


def prestart_model_servers(config: Config, beam_argv: list[str]) -> PrestartedServers | None:
    """Start the model servers ``config``'s workers will use, if several local workers will
    (``beam_argv``: the run's Beam flags); None where there is nothing to start."""
    if not several_local_workers_in(beam_argv):
        return None
    try:
        clients = shared_models(config)
    except Exception:  # noqa: BLE001 - a stage that cannot be built: the start-up check says why
        return None
    return PrestartedServers(clients) if clients else None
