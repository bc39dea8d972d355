"""A Beam worker's output buffers (pipelines.output_buffers): sent to the runner once they hold
``FLUSH_BYTES``, between whole elements, the same bytes in the same order; every worker imports
the module as a Beam plugin."""

from __future__ import annotations

import subprocess
import sys

from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions
from apache_beam.runners.worker import data_plane

from pipelines.output_buffers import FLUSH_BYTES, PLUGIN, with_plugin


def test_a_buffer_is_sent_at_flush_bytes_between_whole_elements():
    sent: list[bytes] = []
    # What a worker's outputs write to: Beam's own stream, as its data channel makes it.
    stream = data_plane.ClosableOutputStream.create(sent.append, sent.append, 0)
    element = bytes(range(256)) * 4
    count = 3 * FLUSH_BYTES // len(element)  # 1.5 MB, below Beam's own 10 MB
    for _ in range(count):
        stream.write(element)
        stream.maybe_flush()
    stream.close()
    assert len(sent) >= 3
    assert max(map(len, sent)) <= FLUSH_BYTES + len(element)
    assert all(len(chunk) % len(element) == 0 for chunk in sent)
    assert b"".join(sent) == element * count


def test_with_plugin_names_the_module_once_and_keeps_other_plugins():
    options = PipelineOptions(["--beam_plugin=some.Plugin"])
    with_plugin(options)
    with_plugin(options)
    assert options.view_as(SetupOptions).beam_plugins == ["some.Plugin", PLUGIN]


def test_a_worker_importing_its_plugins_bounds_its_buffers():
    """A fresh interpreter, as a Beam worker imports ``--beam_plugin`` modules at start."""
    code = (
        "from apache_beam.runners.worker import data_plane, sdk_worker_main\n"
        f"sdk_worker_main._import_beam_plugins([{PLUGIN!r}])\n"
        "print(data_plane.SizeBasedBufferingClosableOutputStream.maybe_flush.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == PLUGIN
