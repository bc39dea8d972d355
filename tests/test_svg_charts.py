"""report.html's charts are plain SVG written without matplotlib, with the same information:
every bar's category and value, histogram counts as numpy counts them, round axis ticks."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from pipelines.svg_charts import (
    bar_chart,
    histogram,
    histogram_counts,
    histogram_edges,
    line_chart,
    nice_ticks,
)
from tests.test_startup_imports import imported_after

SVG = "{http://www.w3.org/2000/svg}"


def _titles(svg: str, tag: str) -> list[str]:
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    return [
        el.find(f"{SVG}title").text
        for el in root.iter(f"{SVG}{tag}")
        if el.find(f"{SVG}title") is not None
    ]


def test_each_bar_names_its_category_series_and_value():
    svg = bar_chart(
        ["de", "en & <x>"],
        [("before", [695, 224]), ("after", [530, 0])],
        title="languages",
        ylabel="documents",
    )
    assert _titles(svg, "rect") == [
        "de, before: 695",
        "de, after: 530",
        "en & <x>, before: 224",
        "en & <x>, after: 0",
    ]
    assert ">before<" in svg and ">after<" in svg  # the legend


def test_annotated_bars_print_their_values():
    svg = bar_chart(["input", "read"], [("documents", [1086, 1070])], annotate=True)
    texts = re.findall(r'font-size="9">([^<]+)<', svg)
    assert texts == ["1,086", "1,070"]


@pytest.mark.parametrize("log", [False, True])
def test_histogram_counts_match_numpy(log):
    rng = random.Random(7)
    values = [rng.lognormvariate(8, 1.2) for _ in range(2000)] + [5.0, 5.0]
    edges = histogram_edges(values, log=log)
    assert len(edges) == 31 and edges[0] == min(values) and edges[-1] == pytest.approx(max(values))
    expected, _ = np.histogram(values, bins=np.array(edges))
    assert histogram_counts(values, edges) == expected.tolist()


def test_histogram_of_one_value_and_of_none():
    assert sum(histogram_counts([3.0] * 4, histogram_edges([3.0] * 4))) == 4
    (bar,) = _titles(histogram([3.0] * 4, title="t", xlabel="x"), "rect")
    assert bar.endswith(": 4")
    svg = histogram([], title="empty", xlabel="score", log=True)
    ET.fromstring(svg)
    assert "<rect" not in svg


def test_ticks_are_round_and_cover_the_range():
    assert nice_ticks(0, 1086) == [0, 250, 500, 750, 1000, 1250]
    assert nice_ticks(0, 0.37) == [0, 0.1, 0.2, 0.3, 0.4]
    assert nice_ticks(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_lines_and_cut_marks():
    svg = line_chart(
        [("en", [0.25, 0.75], [0.4, 0.6]), ("de", [0.25, 0.75], [0.5, 0.5])],
        xlabel="score",
        ylabel="share",
        marks=[(1, 0.6)],
    )
    assert _titles(svg, "polyline") == ["en", "de"]
    assert _titles(svg, "line") == ["0.6"]
    assert 'stroke="#ff7f0e" stroke-dasharray' in svg  # the cut in its group's colour


def test_writing_the_page_imports_no_matplotlib():
    found = imported_after(
        """
        import pipelines.report_html
        """
    )
    assert not found["matplotlib"]
