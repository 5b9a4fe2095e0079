"""WCAG 2.x contrast maths, without Qt (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).

AA asks 4.5:1 for normal text (3:1 for large text and for focus indicators); AAA asks 7:1.
"""

from __future__ import annotations

AA_TEXT = 4.5
AAA_TEXT = 7.0
AA_NON_TEXT = 3.0  # WCAG 1.4.11: outlines and parts that identify a control


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``"#1a2b3c"`` or ``"#abc"`` -> (r, g, b) in 0..255. Raises ValueError on anything else."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) .. 1 (white)."""
    r, g, b = parse_hex(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: str, b: str) -> float:
    """(L_lighter + 0.05) / (L_darker + 0.05): 1.0 (same) .. 21.0 (black on white). Order does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
