"""Colours of the comparison view (no Qt): colour-blind-safe (Okabe-Ito blue / vermillion) and
checked for contrast (WCAG 2.x relative luminance).

Icon arrays are drawn on their own white card in every theme, so their colours are fixed. Text
colours (headings, the "get help" words, group rows) follow the app's theme (isoapp.palettes).
"""

from __future__ import annotations

from dataclasses import dataclass

from isoapp import palettes

WHITE = "#FFFFFF"
TEXT = "#1A1A1A"

# Icon-array figures (graphics: 3:1 against the background is the WCAG bar; both pass 3:1).
BENEFIT = "#0072B2"  # Okabe-Ito blue
SIDE_EFFECT = "#D55E00"  # Okabe-Ito vermillion
BENEFIT_TINT = "#B3D5EA"  # light tint behind the stripes of "maybe" figures
SIDE_EFFECT_TINT = "#FBE3D3"
EMPTY = "#EFEFEF"  # people who do not have it: pale fill ...
EMPTY_OUTLINE = "#767676"  # ... with a grey outline (hollow figures: not colour alone)
CARD = WHITE  # the icon array is drawn on its own white card, in light and dark themes

# Text colours (4.5:1 or more against white and against their own backgrounds).
BENEFIT_TEXT = "#005A8C"
SIDE_EFFECT_TEXT = "#A33F00"
URGENT_TEXT = "#A1001F"
GROUP_BG = "#E6E6E6"
GROUP_TEXT = TEXT

# (name, foreground, background, minimum ratio): every pair the view uses for text or figures.
PAIRS: tuple[tuple[str, str, str, float], ...] = (
    ("benefit heading on white", BENEFIT_TEXT, WHITE, 4.5),
    ("side-effect heading on white", SIDE_EFFECT_TEXT, WHITE, 4.5),
    ("get-help text on white", URGENT_TEXT, WHITE, 4.5),
    ("group row text", GROUP_TEXT, GROUP_BG, 4.5),
    ("body text on white", TEXT, WHITE, 4.5),
    ("legend text on white", TEXT, WHITE, 4.5),
    ("benefit figure on white (graphic)", BENEFIT, WHITE, 3.0),
    ("side-effect figure on white (graphic)", SIDE_EFFECT, WHITE, 3.0),
    ("benefit figure next to pale figure (graphic)", BENEFIT, EMPTY, 3.0),
    ("side-effect figure next to pale figure (graphic)", SIDE_EFFECT, EMPTY, 3.0),
    ("outline of pale figures on white (graphic)", EMPTY_OUTLINE, WHITE, 3.0),
    ("benefit stripe on its tint (graphic)", BENEFIT, BENEFIT_TINT, 3.0),
    ("side-effect stripe on its tint (graphic)", SIDE_EFFECT, SIDE_EFFECT_TINT, 3.0),
)


@dataclass(frozen=True)
class TextColours:
    benefit: str
    side_effect: str
    urgent: str
    group_bg: str
    group_text: str


LIGHT_TEXT = TextColours(BENEFIT_TEXT, SIDE_EFFECT_TEXT, URGENT_TEXT, GROUP_BG, GROUP_TEXT)
DARK_TEXT = TextColours("#8CC8F0", "#F5A97A", "#FF9B9B", "#30353D", "#E8EAED")
HIGH_CONTRAST_TEXT = TextColours("#9BE1FF", "#FFC29A", "#FFB3B3", "#1F1F1F", "#FFFFFF")


def for_theme(theme: palettes.Theme) -> TextColours:
    if theme.key == "high-contrast":
        return HIGH_CONTRAST_TEXT
    return DARK_TEXT if theme.dark else LIGHT_TEXT


def theme_pairs() -> list[tuple[str, str, str, float]]:
    """Text pairs of the view in every app theme, with that theme's bar (AA 4.5:1, AAA 7:1)."""
    pairs = []
    for theme in palettes.THEMES.values():
        t = for_theme(theme)
        for what, fg in (("benefit text", t.benefit), ("side-effect text", t.side_effect), ("get-help text", t.urgent)):
            for where, bg in (("base", theme.base), ("window", theme.window)):
                pairs.append((f"{theme.key}: {what} on {where}", fg, bg, theme.min_ratio))
        pairs.append((f"{theme.key}: group row text", t.group_text, t.group_bg, theme.min_ratio))
    return pairs


def _channel(c: float) -> float:
    c = c / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def contrast_problems() -> list[str]:
    """Pairs below their bar, as sentences (empty: all pass)."""
    return [
        f"{name}: {contrast_ratio(fg, bg):.2f}:1 < {need}:1"
        for name, fg, bg, need in (*PAIRS, *theme_pairs())
        if contrast_ratio(fg, bg) < need
    ]
