"""Training curves as a self-contained SVG: no plotting dependency, embeddable in report.html."""

from __future__ import annotations

from html import escape

_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def curve_svg(
    series: dict[str, list[tuple[float, float]]],
    x_label: str = "step",
    y_label: str = "held-out bits per byte",
    width: int = 560,
    height: int = 320,
) -> str:
    """One polyline per named series on shared axes, with min/max tick labels and a legend."""
    points = [p for values in series.values() for p in values]
    if not points:
        return ""
    x_lo, x_hi = min(p[0] for p in points), max(p[0] for p in points)
    y_lo, y_hi = min(p[1] for p in points), max(p[1] for p in points)
    x_hi, y_hi = max(x_hi, x_lo + 1e-9), max(y_hi, y_lo + 1e-9)
    left, right, top, bottom = 60, 20, 20, 40
    plot_w, plot_h = width - left - right, height - top - bottom

    def at(x: float, y: float) -> str:
        px = left + (x - x_lo) / (x_hi - x_lo) * plot_w
        py = top + (1 - (y - y_lo) / (y_hi - y_lo)) * plot_h
        return f"{px:.1f},{py:.1f}"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="11">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" '
        'fill="none" stroke="#999"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{y_hi:.3g}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">{y_lo:.3g}</text>',
        f'<text x="{left}" y="{height - 22}">{x_lo:g}</text>',
        f'<text x="{left + plot_w}" y="{height - 22}" text-anchor="end">{x_hi:g}</text>',
        f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle">'
        f"{escape(x_label)}</text>",
        f'<text x="12" y="{top + plot_h / 2}" transform="rotate(-90 12 {top + plot_h / 2})" '
        f'text-anchor="middle">{escape(y_label)}</text>',
    ]
    for index, (name, values) in enumerate(series.items()):
        colour = _COLOURS[index % len(_COLOURS)]
        line = " ".join(at(x, y) for x, y in values)
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{line}"/>')
        parts.append(
            f'<text x="{left + plot_w - 4}" y="{top + 14 + 14 * index}" text-anchor="end" '
            f'fill="{colour}">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
