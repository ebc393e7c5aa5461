"""Inline SVG bar charts of a section's figures. Pure functions, no I/O, no external resources.

`section_chart_svg` draws one small horizontal bar chart per unit: figures of
different units (名, 个, %, 元 …) never share an axis, and each unit's chart has
its own scale, starting at zero. Every bar is labelled with what it counts and
its value, carries a `<title>` tooltip, and is wrapped in `<a href="#fig-ID">`,
the anchor of the figure's sentence on the section page.

To assistive technology the chart is a group named by its `<title>` and described by
its `<desc>`: how many figures it shows and the largest of each unit, with label and
value. (Not `role="img"`: an image has no interactive content, and every bar is a link;
axe-core's nested-interactive rule holds that against it.) Each bar link is named by its
own `<title>`, label and value, and stays out of the tab order: the figures table beside
the chart holds the same links.

All text is escaped; the output is the same for the same input. The SVG scales
to the width of its container (`viewBox`, `width="100%"`); colours come from
Material's CSS variables with fixed fallbacks, text uses `currentColor`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal

from ..numbers.approx import Approx

WIDTH = 640  # viewBox width; everything below is in viewBox units
PAD = 8
FONT = 13  # labels and values
TITLE_FONT = 15
TITLE_HEIGHT = 28
UNIT_HEIGHT = 22  # a unit group's caption
LABEL_HEIGHT = 19  # a bar's label line
BAR_HEIGHT = 14
ROW_GAP = 9
GROUP_GAP = 14
VALUE_GAP = 5  # between a bar's end and its value

WORDS = {
    "zh-Hans": {
        "unit": "单位：",
        "none": "无单位",
        "sep": "：",
        "wan": "万",
        "yi": "亿",
        "count": "共{n}项数据。各单位最大值：",
        "join": "；",
        "end": "。",
    },
    "zh-Hant": {
        "unit": "單位：",
        "none": "無單位",
        "sep": "：",
        "wan": "萬",
        "yi": "億",
        "count": "共{n}項數據。各單位最大值：",
        "join": "；",
        "end": "。",
    },
    "en": {
        "unit": "Unit: ",
        "none": "no unit",
        "sep": ": ",
        "wan": "",
        "yi": "",
        "count": "{n} figures. Largest of each unit: ",
        "join": "; ",
        "end": ".",
    },
}


def _family(lang: str) -> str:
    """Which word set a language uses: en, zh-Hant (Traditional: zh-Hant, zh-TW, zh-HK, zh-MO) or zh-Hans."""
    low = lang.lower()
    if low == "en" or low.startswith("en-"):
        return "en"
    if low.startswith("zh-hant") or low in ("zh-tw", "zh-hk", "zh-mo") or low.startswith(("zh-tw-", "zh-hk-")):
        return "zh-Hant"
    return "zh-Hans"


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def _plain_number(value: float | int, places: int | None = None) -> str:
    """A number without exponent or trailing zeros: 3000, 91.75, 3.5."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if places is not None:
        number = round(number, places)
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(figure, lang: str) -> str:
    """Default value text of a bar: qualifier + number + unit, as the language writes it.

    Chinese: 3.5万, 1.2亿 for large numbers, no digit grouping; English: 35,000.
    The unit is shown as written in figures.yaml (for English only `%`), since
    the unit group's caption names it.
    """
    family = _family(lang)
    value = figure.value
    words = WORDS[family]
    if family == "en":
        whole, _, frac = _plain_number(value).partition(".")
        number = f"{int(whole):,}" + ("." + frac if frac else "")
        unit = figure.unit if figure.unit == "%" else ""
    else:
        size = abs(value)
        if size >= 10**8:
            number = _plain_number(value / 10**8, 4) + words["yi"]
        elif size >= 10**4:
            number = _plain_number(value / 10**4, 4) + words["wan"]
        else:
            number = _plain_number(value)
        unit = figure.unit
    return Approx(figure.approx).words(family) + number + unit


def _text_width(text: str, size: float = FONT) -> float:
    """Estimated advance width: full-width (CJK) characters 1 em, others 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else 0.6 * size for ch in text)


def _fit(text: str, width: float, size: float = FONT) -> str:
    """`text`, cut with an ellipsis so that it fits `width`."""
    if _text_width(text, size) <= width:
        return text
    while text and _text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _n(x: float) -> str:
    """A coordinate as written in the SVG: at most one decimal."""
    return _plain_number(round(x, 1), 1)


def _groups(figures: Iterable) -> list[tuple[str, list]]:
    """Figures grouped by unit, groups in order of first appearance, figures in the given order."""
    groups: dict[str, list] = {}
    for figure in figures:
        groups.setdefault(figure.unit, []).append(figure)
    return list(groups.items())


def section_chart_svg(
    figures,
    labels: Mapping[str, str],
    title: str,
    lang: str,
    *,
    values: Mapping[str, str] | None = None,
    units: Mapping[str, str] | None = None,
    hrefs: Mapping[str, str] | None = None,
) -> str:
    """An inline SVG with one horizontal bar chart per unit of `figures` ('' when there are none).

    `labels` maps a figure id to the label shown (already converted for the
    language); a figure missing from it falls back to its `label_zh`/`label_en`.
    Optional, all plain text (escaped here), for what the caller knows better:
    `values` (figure id → value text, e.g. the converted quote; default
    `format_value`), `units` (unit → caption text, e.g. 場次 or "sessions";
    default the unit as written) and `hrefs` (figure id → link; default
    `#fig-ID`, the figure's sentence on the same page).
    """
    figures = list(figures)
    if not figures:
        return ""
    family = _family(lang)
    words = WORDS[family]
    values = values or {}
    units = units or {}
    hrefs = hrefs or {}
    inner = WIDTH - 2 * PAD

    def label_of(figure) -> str:
        text = labels.get(figure.id)
        if text is None:
            text = figure.label_en if family == "en" else figure.label_zh
        return str(text)

    def value_of(figure) -> str:
        return str(values[figure.id]) if figure.id in values else format_value(figure, lang)

    # The text alternative: how many figures, and the largest of each unit with its label and value.
    largest = [max(group, key=lambda f: f.value) for _, group in _groups(figures)]
    description = (
        words["count"].format(n=len(figures))
        + words["join"].join(label_of(f) + words["sep"] + value_of(f) for f in largest)
        + words["end"]
    )
    ident = "zp-chart-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(figures[0].id))

    # Room for the bars: the same in every unit's chart, so that each chart's largest bar ends at one line.
    reserve = max(_text_width(value_of(f)) for f in figures) + VALUE_GAP + 2
    bar_room = max(inner - reserve, inner / 3)
    out: list[str] = []
    y = PAD
    out.append(
        f'<text class="zp-chart-title" x="{PAD}" y="{_n(y + TITLE_FONT)}" font-size="{TITLE_FONT}" '
        f'font-weight="bold">{_esc(_fit(title, inner, TITLE_FONT))}</text>'
    )
    y += TITLE_HEIGHT
    for unit, group in _groups(figures):
        caption = units.get(unit, unit) if unit else units.get(unit, words["none"])
        shown_values = [value_of(f) for f in group]
        low = min(0, min(f.value for f in group))
        high = max(0, max(f.value for f in group))
        span = (high - low) or 1

        def x_of(value, low=low, span=span) -> float:
            return PAD + (value - low) / span * bar_room

        zero = x_of(0)
        out.append(f'<g class="zp-chart-unit" data-unit="{_esc(unit)}">')
        out.append(
            f'<text class="zp-chart-caption" x="{PAD}" y="{_n(y + FONT + 2)}" font-size="{FONT}" '
            f'fill-opacity="0.7">{_esc(_fit(words["unit"] + caption, inner))}</text>'
        )
        y += UNIT_HEIGHT
        first_bar = y + LABEL_HEIGHT
        for figure, shown in zip(group, shown_values):
            label = label_of(figure)
            end = x_of(figure.value)
            left, right = min(zero, end), max(zero, end)
            bar_y = y + LABEL_HEIGHT
            href = hrefs.get(figure.id, f"#fig-{figure.id}")
            out.append(  # out of the tab order: the figures table holds the same links
                f'<a class="zp-chart-bar" href="{_esc(href)}" data-figure="{_esc(figure.id)}" tabindex="-1">'
                f"<title>{_esc(label + words['sep'] + shown)}</title>"
                f'<text x="{PAD}" y="{_n(y + FONT)}" font-size="{FONT}">{_esc(_fit(label, inner))}</text>'
                f'<rect x="{_n(left)}" y="{_n(bar_y)}" width="{_n(right - left)}" height="{BAR_HEIGHT}" rx="2" '
                f'style="fill:var(--md-primary-fg-color,#4051b5)"/>'
                f'<text x="{_n(right + VALUE_GAP)}" y="{_n(bar_y + BAR_HEIGHT - 3)}" font-size="{FONT}" '
                f'font-weight="bold">{_esc(shown)}</text></a>'
            )
            y = bar_y + BAR_HEIGHT + ROW_GAP
        out.append(
            f'<line x1="{_n(zero)}" y1="{_n(first_bar - 2)}" x2="{_n(zero)}" y2="{_n(y - ROW_GAP + 2)}" '
            f'stroke="currentColor" stroke-opacity="0.4"/>'
        )
        out.append("</g>")
        y += GROUP_GAP
    height = y - GROUP_GAP + PAD
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="zp-chart" viewBox="0 0 {WIDTH} {_n(height)}" '
        f'width="100%" lang="{_esc(lang)}" fill="currentColor" role="group" aria-labelledby="{ident}-title" '
        f'aria-describedby="{ident}-desc" style="max-width:{WIDTH}px;height:auto">'
        f'<title id="{ident}-title">{_esc(title)}</title><desc id="{ident}-desc">{_esc(description)}</desc>'
        + "".join(out)
        + "</svg>"
    )
