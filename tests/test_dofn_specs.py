"""Beam's DoFn introspection kept per DoFn object (pipelines.dofn_specs): the same answers as
Beam's own, computed once per object, errors raised every time."""

from __future__ import annotations

import subprocess
import sys

import apache_beam as beam
import pytest
from apache_beam.coders import VarIntCoder
from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions
from apache_beam.transforms import userstate
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer

from filters.url_filter import UrlFilter
from pipelines.dofn_specs import _MARK, PLUGIN, _once_per_dofn, with_plugin
from pipelines.stages import FilterStage


class Counted:
    """Beam's inspection, counting its calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self, dofn):
        self.calls += 1
        return userstate.get_dofn_specs(dofn)


BUFFER = BagStateSpec("buffer", VarIntCoder())
FLUSH = TimerSpec("flush", beam.TimeDomain.WATERMARK)
BUFFER_PARAM = beam.DoFn.StateParam(BUFFER)
FLUSH_PARAM = beam.DoFn.TimerParam(FLUSH)
WINDOW = beam.DoFn.WindowParam


class Stateful(beam.DoFn):
    def process(self, element, buffer=BUFFER_PARAM, flush=FLUSH_PARAM):
        buffer.add(element[1])

    @on_timer(FLUSH)
    def flush(self, buffer=BUFFER_PARAM):
        yield list(buffer.read())


class Duplicated(beam.DoFn):
    def process(self, element, a=WINDOW, b=WINDOW):
        yield element


def test_same_answers_once_per_object():
    counted = Counted()
    once = _once_per_dofn(counted)
    dofns = [Stateful(), beam.core.CallableWrapperDoFn(len), FilterStage(UrlFilter(), "filter")]
    for _ in range(5):
        for dofn in dofns:
            assert once(dofn) == userstate.get_dofn_specs(dofn)
    assert counted.calls == len(dofns)
    states, timers = once(dofns[0])
    assert {s.name for s in states} == {"buffer"} and {t.name for t in timers} == {
        "ts-flush"
    }  # Beam prefixes timer names
    states.clear()  # a caller's copy: the next caller still gets the whole answer
    assert {s.name for s in once(dofns[0])[0]} == {"buffer"}


def test_a_bad_dofn_fails_every_time():
    once = _once_per_dofn(Counted())
    dofn = Duplicated()
    for _ in range(2):
        with pytest.raises(ValueError, match="duplicate"):
            once(dofn)


def test_a_worker_importing_its_plugins_inspects_each_dofn_once():
    """A fresh interpreter, as a Beam worker imports its ``--beam_plugin`` modules at start-up."""
    code = f"""
from apache_beam.runners.worker import sdk_worker_main
from apache_beam.transforms import userstate
before = getattr(userstate.get_dofn_specs, {_MARK!r}, False)
sdk_worker_main._import_beam_plugins([{PLUGIN!r}])
print(before, getattr(userstate.get_dofn_specs, {_MARK!r}, False))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["False", "True"]


def test_the_plugin_is_named_once():
    options = PipelineOptions(["--runner=DataflowRunner"])
    for _ in range(2):
        with_plugin(options)
    assert options.view_as(SetupOptions).beam_plugins == [PLUGIN]
