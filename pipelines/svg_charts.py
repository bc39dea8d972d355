"""The charts of ``report.html`` as hand-written SVG: bars, histograms and lines.

matplotlib cost every run ~1.5 CPU s at its end (its import and a handful of figures) for a
page of simple charts. These write the same information as plain SVG elements: text stays
text in the page's font, each bar and line carries a ``<title>`` with its exact value (shown
on hover, no script), and nothing outside the page is referenced.
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Sequence

# matplotlib's default colour cycle, which the page's line and grouped-bar charts used.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 16, 30, 72


def _esc(text: object) -> str:
    return html.escape(str(text))


def _num(value: float) -> str:
    """A coordinate, short."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _label(value: float) -> str:
    """A tick or value label: integers with thousands separators, others short."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:.3g}"


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values from ``lo`` to at least ``hi``: steps of 1, 2, 2.5 or 5 × 10^k."""
    if not hi > lo:
        hi = lo + 1
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    first, last = math.floor(lo / step + 1e-9), math.ceil(hi / step - 1e-9)
    return [round(k * step, 12) for k in range(first, last + 1)]


class _Axes:
    """A plot area of ``width`` × ``height`` pixels and the maps from data to pixels."""

    def __init__(self, width: int, height: int, x_range, y_range, log_x: bool = False):
        self.width, self.height, self.log_x = width, height, log_x
        self.x_lo, self.x_hi = x_range
        self.y_lo, self.y_hi = y_range
        self.parts: list[str] = []

    def x(self, value: float) -> float:
        lo, hi = self.x_lo, self.x_hi
        if self.log_x:
            lo, hi, value = math.log10(lo), math.log10(hi), math.log10(value)
        return _LEFT + (value - lo) / (hi - lo) * (self.width - _LEFT - _RIGHT)

    def y(self, value: float) -> float:
        share = (value - self.y_lo) / (self.y_hi - self.y_lo)
        return self.height - _BOTTOM - share * (self.height - _TOP - _BOTTOM)

    def frame(self, title: str, xlabel: str, ylabel: str, y_ticks: list[float]) -> None:
        w, h = self.width, self.height
        bottom = h - _BOTTOM
        for tick in y_ticks:
            y = _num(self.y(tick))
            self.parts.append(
                f'<line x1="{_LEFT}" x2="{w - _RIGHT}" y1="{y}" y2="{y}" stroke="#e5e5e5"/>'
                f'<text x="{_LEFT - 4}" y="{y}" text-anchor="end" dy="0.32em">{_label(tick)}</text>'
            )
        self.parts.append(
            f'<path d="M{_LEFT} {_TOP}V{bottom}H{w - _RIGHT}" fill="none" stroke="#333"/>'
        )
        if title:
            self.parts.append(
                f'<text x="{_num((_LEFT + w - _RIGHT) / 2)}" y="16" text-anchor="middle" '
                f'font-size="13">{_esc(title)}</text>'
            )
        if xlabel:
            self.parts.append(
                f'<text x="{_num((_LEFT + w - _RIGHT) / 2)}" y="{bottom + 32}" '
                f'text-anchor="middle">{_esc(xlabel)}</text>'
            )
        if ylabel:
            middle = _num((_TOP + bottom) / 2)
            self.parts.append(
                f'<text transform="translate(14,{middle}) rotate(-90)" '
                f'text-anchor="middle">{_esc(ylabel)}</text>'
            )

    def x_tick(self, x: float, text: str, rotate: bool = False) -> None:
        bottom = self.height - _BOTTOM
        self.parts.append(
            f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{bottom}" y2="{bottom + 4}" stroke="#333"/>'
        )
        if rotate:
            self.parts.append(
                f'<text transform="translate({_num(x + 3)},{bottom + 10}) rotate(-30)" '
                f'text-anchor="end" dy="0.32em">{_esc(text)}</text>'
            )
        else:
            self.parts.append(
                f'<text x="{_num(x)}" y="{bottom + 16}" text-anchor="middle">{_esc(text)}</text>'
            )

    def legend(self, labels: Sequence[str], colors: Sequence[str]) -> None:
        x = self.width - _RIGHT - 8 - 7 * max((len(label) for label in labels), default=0) - 18
        for row, (label, color) in enumerate(zip(labels, colors, strict=True)):
            y = _TOP + 6 + 15 * row
            self.parts.append(
                f'<rect x="{_num(x)}" y="{y}" width="12" height="9" fill="{color}"/>'
                f'<text x="{_num(x + 17)}" y="{y + 5}" dy="0.32em">{_esc(label)}</text>'
            )

    def svg(self, title: str) -> str:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" '
            f'height="{self.height}" viewBox="0 0 {self.width} {self.height}" role="img" '
            f'font-family="system-ui,sans-serif" font-size="11" fill="#222">'
            f"<title>{_esc(title)}</title>" + "".join(self.parts) + "</svg>"
        )


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str = "",
    ylabel: str = "",
    colors: Sequence[str] = PALETTE,
    annotate: bool = False,
    size: tuple[int, int] = (700, 320),
) -> str:
    """One bar per category and series (series side by side, a legend when more than one);
    ``annotate`` writes each bar's value above it."""
    top = max((v for _, values in series for v in values), default=0)
    y_ticks = nice_ticks(0, top * (1.08 if annotate else 1) or 1)
    axes = _Axes(*size, (0, max(len(categories), 1)), (0, y_ticks[-1]))
    axes.frame(title, "", ylabel, y_ticks)
    slot = (axes.x(1) - axes.x(0)) if categories else 0
    width = 0.8 * slot / max(len(series), 1)
    for index, category in enumerate(categories):
        left = axes.x(index) + 0.1 * slot
        for number, (label, values) in enumerate(series):
            value = values[index]
            x, y = left + number * width, axes.y(value)
            name = f"{category}, {label}" if len(series) > 1 else category
            axes.parts.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" '
                f'height="{_num(axes.y(0) - y)}" fill="{colors[number % len(colors)]}">'
                f"<title>{_esc(name)}: {_label(value)}</title></rect>"
            )
            if annotate:
                axes.parts.append(
                    f'<text x="{_num(x + width / 2)}" y="{_num(y - 3)}" text-anchor="middle" '
                    f'font-size="9">{_label(value)}</text>'
                )
        axes.x_tick(axes.x(index + 0.5), category, rotate=True)
    if len(series) > 1:
        axes.legend(
            [label for label, _ in series], [colors[i % len(colors)] for i in range(len(series))]
        )
    return axes.svg(title)


def histogram_edges(values: Sequence[float], bins: int = 30, log: bool = False) -> list[float]:
    """``bins`` + 1 edges over the values' range: equal widths, or equal ratios when ``log``."""
    lo, hi = min(values), max(values)
    if not hi > lo:
        lo, hi = (lo / 2, hi * 2) if log else (lo - 0.5, hi + 0.5)
    if log:
        return [lo * (hi / lo) ** (i / bins) for i in range(bins + 1)]
    return [lo + (hi - lo) * i / bins for i in range(bins + 1)]


def histogram_counts(values: Sequence[float], edges: Sequence[float]) -> list[int]:
    """How many values fall in each bin; the last bin includes its upper edge."""
    counts = [0] * (len(edges) - 1)
    for value in values:
        index = bisect.bisect_right(edges, value) - 1
        if index == len(counts) and value == edges[-1]:
            index -= 1
        if 0 <= index < len(counts):
            counts[index] += 1
    return counts


def histogram(
    values: Sequence[float],
    *,
    title: str,
    xlabel: str,
    log: bool = False,
    color: str = "#55a868",
    size: tuple[int, int] = (500, 300),
) -> str:
    """Documents per bin of ``values`` (30 bins; equal ratios on a log axis when ``log``)."""
    if log:
        values = [v for v in values if v > 0]
    if not values:
        axes = _Axes(*size, (1, 10) if log else (0, 1), (0, 1), log_x=log)
        axes.frame(title, xlabel, "documents", [0, 1])
        return axes.svg(title)
    edges = histogram_edges(values, log=log)
    counts = histogram_counts(values, edges)
    y_ticks = nice_ticks(0, max(counts))
    axes = _Axes(*size, (edges[0], edges[-1]), (0, y_ticks[-1]), log_x=log)
    axes.frame(title, xlabel, "documents", y_ticks)
    for left, right, count in zip(edges, edges[1:], counts, strict=False):
        if count:
            x, y = axes.x(left), axes.y(count)
            axes.parts.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(axes.x(right) - x)}" '
                f'height="{_num(axes.y(0) - y)}" fill="{color}">'
                f"<title>{_label(left)} to {_label(right)}: {count:,}</title></rect>"
            )
    if log:
        low, high = math.ceil(math.log10(edges[0])), math.floor(math.log10(edges[-1]))
        ticks = [10.0**k for k in range(low, high + 1)] or [edges[0], edges[-1]]
    else:
        ticks = [t for t in nice_ticks(edges[0], edges[-1]) if edges[0] <= t <= edges[-1]]
    for tick in ticks:
        axes.x_tick(axes.x(tick), _label(tick))
    return axes.svg(title)


def line_chart(
    series: Sequence[tuple[str, Sequence[float], Sequence[float]]],
    *,
    title: str = "",
    xlabel: str = "",
    ylabel: str = "",
    marks: Sequence[tuple[int, float]] = (),
    size: tuple[int, int] = (700, 320),
) -> str:
    """One line per ``(label, xs, ys)`` with a legend; ``marks``: ``(series index, x)`` drawn as
    a dotted vertical line in that series' colour (a cut)."""
    xs = [x for _, line_xs, _ in series for x in line_xs] + [x for _, x in marks]
    ys = [y for _, _, line_ys in series for y in line_ys]
    x_lo, x_hi = (min(xs), max(xs)) if xs else (0, 1)
    if not x_hi > x_lo:
        x_lo, x_hi = x_lo - 0.5, x_hi + 0.5
    y_ticks = nice_ticks(min(0.0, *ys) if ys else 0.0, max(ys) if ys else 1.0)
    axes = _Axes(*size, (x_lo, x_hi), (y_ticks[0], y_ticks[-1]))
    axes.frame(title, xlabel, ylabel, y_ticks)
    for number, (label, line_xs, line_ys) in enumerate(series):
        color = PALETTE[number % len(PALETTE)]
        points = " ".join(
            f"{_num(axes.x(x))},{_num(axes.y(y))}" for x, y in zip(line_xs, line_ys, strict=True)
        )
        axes.parts.append(
            f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="1.5">'
            f"<title>{_esc(label)}</title></polyline>"
        )
    for number, x in marks:
        color, left = PALETTE[number % len(PALETTE)], _num(axes.x(x))
        axes.parts.append(
            f'<line x1="{left}" x2="{left}" y1="{_TOP}" y2="{axes.height - _BOTTOM}" '
            f'stroke="{color}" stroke-dasharray="2 3"><title>{_label(x)}</title></line>'
        )
    for tick in (t for t in nice_ticks(x_lo, x_hi) if x_lo <= t <= x_hi):
        axes.x_tick(axes.x(tick), _label(tick))
    if series:
        axes.legend(
            [label for label, _, _ in series],
            [PALETTE[i % len(PALETTE)] for i in range(len(series))],
        )
    return axes.svg(title)
