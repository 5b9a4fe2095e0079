"""Colours of the comparison view (no Qt): colour-blind-safe (Okabe-Ito blue / vermillion) and
checked for contrast (WCAG 2.x relative luminance)."""

from __future__ import annotations

WHITE = "#FFFFFF"
TEXT = "#1A1A1A"

# Icon-array figures (graphics: 3:1 against the background is the WCAG bar; both pass 3:1).
BENEFIT = "#0072B2"          # Okabe-Ito blue
SIDE_EFFECT = "#D55E00"      # Okabe-Ito vermillion
BENEFIT_TINT = "#B3D5EA"     # light tint behind the stripes of "maybe" figures
SIDE_EFFECT_TINT = "#FBE3D3"
EMPTY = "#EFEFEF"            # people who do not have it: pale fill ...
EMPTY_OUTLINE = "#767676"    # ... with a grey outline (hollow figures: not colour alone)
CARD = WHITE                 # the icon array is drawn on its own white card, in light and dark themes

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
        for name, fg, bg, need in PAIRS
        if contrast_ratio(fg, bg) < need
    ]
