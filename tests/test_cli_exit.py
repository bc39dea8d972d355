"""The ``corpus-prep`` command ends its process without the interpreter's last clean-up
(pipelines.cli.end_process): exit handlers still run, streams are flushed, the status is kept."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# A module-level object is freed only by that last clean-up, which ``end_process`` skips; a
# thread still running and an exit handler are waited for and run, as in a normal exit.
_PROCESS = """
import atexit, sys, threading, time
from pipelines.cli import end_process

class Freed:
    def __del__(self):
        print("freed", flush=True)

kept = Freed()
atexit.register(lambda: print("handler", flush=True))
threading.Thread(target=lambda: (time.sleep(0.2), print("thread", flush=True))).start()
sys.stdout.write("buffered ")
end_process(int(sys.argv[1]))
"""


def test_end_process_keeps_the_status_handlers_threads_and_output_but_frees_nothing():
    for status in (0, 2):
        done = subprocess.run(
            [sys.executable, "-c", _PROCESS, str(status)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == status, done.stderr
        assert done.stdout.split() == ["buffered", "thread", "handler"]


def test_the_command_exits_with_mains_status():
    def command(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pipelines.cli", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )

    assert command("report", "/nonexistent-output").returncode == 2
    ok = command("validate", "configs/local.yaml")
    assert ok.returncode == 0, ok.stderr
    assert "configs/local.yaml: OK" in ok.stdout
