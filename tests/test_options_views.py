"""Beam's options views kept per (options object, class) (pipelines.options_views): the same
views as Beam's own, built once while nothing they depend on changes, errors raised every
time."""

from __future__ import annotations

import gc
import pickle
import sys
import weakref

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    SetupOptions,
    StandardOptions,
)

from pipelines.options_views import _once_per_class, view_options_once

BEAM_VIEW_AS = PipelineOptions.view_as


class Counted:
    """Beam's view_as, counting its calls (each one builds a parser and parses the flags)."""

    def __init__(self):
        self.calls = 0

    def __call__(self, options, cls):
        self.calls += 1
        return BEAM_VIEW_AS(options, cls)


class MyOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--my_flag", default="default")


class MyStandardOptions(StandardOptions):
    pass


class OwnInit(PipelineOptions):
    def __init__(self, flags=None, **kwargs):
        super().__init__(flags, **kwargs)


class Slotted:
    """Has what view_as reads, but no __weakref__ slot."""

    __slots__ = ("_flags", "_all_options")

    def __init__(self, flags):
        self._flags = flags
        self._all_options = {}


def setup():
    counted = Counted()
    return counted, _once_per_class(counted)


def options_of(*flags):
    return PipelineOptions(["--runner=DirectRunner", "--direct_num_workers=3", *flags])


def test_same_views_once_per_class():
    counted, once = setup()
    options = options_of("--my_flag=mine")
    classes = (StandardOptions, DirectOptions, SetupOptions, MyOptions, MyStandardOptions)
    for _ in range(4):
        for cls in classes:
            view, beams = once(options, cls), BEAM_VIEW_AS(options, cls)
            assert type(view) is cls
            assert view._visible_option_list() == beams._visible_option_list()
            assert {n: getattr(view, n) for n in view._visible_option_list()} == {
                n: getattr(beams, n) for n in beams._visible_option_list()
            }
            assert view._all_options is options._all_options
    assert counted.calls == len(classes)
    assert once(options, MyOptions).my_flag == "mine"
    assert once(options, DirectOptions).direct_num_workers == 3


def test_views_share_the_options():
    counted, once = setup()
    options = options_of()
    once(options, StandardOptions).runner = "SomeRunner"
    assert once(options, StandardOptions).runner == "SomeRunner"
    assert BEAM_VIEW_AS(options, StandardOptions).runner == "SomeRunner"
    assert options.get_all_options()["runner"] == "SomeRunner"
    BEAM_VIEW_AS(options, DirectOptions).direct_num_workers = 7  # through a fresh view
    assert once(options, DirectOptions).direct_num_workers == 7
    view = once(options, StandardOptions)
    assert once(view, DirectOptions).direct_num_workers == 7  # a view of a view
    assert counted.calls == 3


def test_changed_flags_build_a_new_view():
    counted, once = setup()
    options = options_of()
    first = once(options, MyOptions)
    options._flags.append("--my_flag=late")  # in place
    second = once(options, MyOptions)
    assert second is not first and counted.calls == 2
    assert second._visible_options.my_flag == "late"  # as Beam's fresh view parses it
    options._flags = ["--my_flag=other"]  # replaced
    assert once(options, MyOptions)._visible_options.my_flag == "other"
    assert counted.calls == 3
    assert once(options, MyOptions).my_flag == "default"  # the shared value, kept as Beam does


def test_flags_none_follow_sys_argv(monkeypatch):
    counted, once = setup()
    options = PipelineOptions(None)
    monkeypatch.setattr(sys, "argv", ["prog", "--my_flag=a"])
    assert once(options, MyOptions)._visible_options.my_flag == "a"
    monkeypatch.setattr(sys, "argv", ["prog", "--my_flag=b"])
    assert once(options, MyOptions)._visible_options.my_flag == "b"
    assert counted.calls == 2


def test_iterator_flags_take_beams_path_every_time():
    counted, once = setup()
    options = PipelineOptions(iter(["--my_flag=x"]))
    for _ in range(2):
        assert once(options, MyOptions)._visible_options.my_flag == (
            BEAM_VIEW_AS(options, MyOptions)._visible_options.my_flag
        )
    assert counted.calls == 2


def test_a_removed_option_is_put_back_as_beam_does():
    counted, once = setup()
    options = options_of()
    once(options, StandardOptions)
    del options._all_options["runner"]
    assert once(options, StandardOptions).runner == "DirectRunner"
    assert options._all_options["runner"] == "DirectRunner"
    assert counted.calls == 2


def test_replaced_state_builds_a_new_view():
    counted, once = setup()
    options = options_of()
    view = once(options, StandardOptions)
    options._all_options = dict(options._all_options, runner="Other")
    assert once(options, StandardOptions).runner == "Other"
    view = once(options, StandardOptions)
    view._all_options = {}  # a caller reassigns its view's state: not handed out again
    assert once(options, StandardOptions)._all_options is options._all_options
    assert counted.calls == 3


def test_classes_with_their_own_init_and_unreferenceable_objects_are_not_kept():
    counted, once = setup()
    options = options_of()
    slotted = Slotted(["--runner=X"])
    for _ in range(2):
        assert type(once(options, OwnInit)) is OwnInit
        assert once(slotted, StandardOptions).runner == "X"
        assert slotted._all_options["runner"] == "X"
    assert counted.calls == 4


def test_errors_raised_every_time():
    counted, once = setup()
    options = PipelineOptions(["--direct_num_workers=many"])
    for _ in range(2):
        with pytest.raises(SystemExit):  # argparse's error, as Beam's own call raises it
            once(options, DirectOptions)
        with pytest.raises(TypeError):
            once(options, {})  # not a class
    assert counted.calls == 4


def test_views_go_with_their_options():
    _, once = setup()
    options = options_of()
    view = weakref.ref(once(options, StandardOptions))
    del options
    gc.collect()
    assert view() is None


def test_a_kept_view_pickles_as_before():
    _, once = setup()
    options = options_of()
    view = once(options, StandardOptions)
    once(options, StandardOptions)
    copy = pickle.loads(pickle.dumps(view))
    assert copy.get_all_options() == BEAM_VIEW_AS(options, StandardOptions).get_all_options()


def count_constructions(monkeypatch, maps: int) -> int:
    """Options objects constructed while Beam builds a graph of ``maps`` Map transforms."""
    constructed = []
    init = PipelineOptions.__init__

    def counted_init(self, *args, **kwargs):
        constructed.append(type(self))
        init(self, *args, **kwargs)

    pipeline = beam.Pipeline(options=options_of())
    monkeypatch.setattr(PipelineOptions, "__init__", counted_init)
    numbers = pipeline | beam.Create([1, 2, 3])
    for index in range(maps):
        numbers = numbers | f"Add{index}" >> beam.Map(lambda x: x + 1)
    monkeypatch.setattr(PipelineOptions, "__init__", init)
    return len(constructed)


def test_installed_the_graph_build_constructs_views_once(monkeypatch):
    monkeypatch.setattr(PipelineOptions, "view_as", BEAM_VIEW_AS)  # restored afterwards
    view_options_once()
    view_options_once()  # idempotent: wrapped once
    assert PipelineOptions.view_as.__wrapped__ is BEAM_VIEW_AS
    assert count_constructions(monkeypatch, 5) == count_constructions(monkeypatch, 40)


def test_built_graph_installs_it(monkeypatch, tmp_path):
    import pipelines.run as run

    monkeypatch.setattr(PipelineOptions, "view_as", BEAM_VIEW_AS)
    monkeypatch.setattr(run, "build_pipeline", lambda pipeline, config, checked: None)
    run.built_graph(options_of(), None)
    assert PipelineOptions.view_as is not BEAM_VIEW_AS
    assert PipelineOptions.view_as.__wrapped__ is BEAM_VIEW_AS
