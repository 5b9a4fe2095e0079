"""The app's colour themes, without Qt: every colour the app sets, and the pairs that must be readable.

``isoapp.ui.style.theme`` turns a :class:`Theme` into a QPalette (Fusion style) and colours the disclaimer
banner, the info bar, the focus ring and find highlights from it. ``text_pairs()`` lists every
foreground/background pair the app can show, so one test checks them all against WCAG
(AA 4.5:1 for the normal themes, AAA 7:1 for high contrast).
"""

from __future__ import annotations

from typing import NamedTuple

from isoapp.contrast import AA_NON_TEXT, AA_TEXT, AAA_TEXT
from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTitles

SYSTEM = "system"
CHOICES: tuple[str, ...] = (SYSTEM, "light", "dark", "high-contrast")
# Labels in the interface language (English until the app installs its translators).
CHOICE_LABELS = TranslatedTitles(
    "Palettes",
    {
        SYSTEM: QT_TRANSLATE_NOOP("Palettes", "Follow the system"),
        "light": QT_TRANSLATE_NOOP("Palettes", "Light"),
        "dark": QT_TRANSLATE_NOOP("Palettes", "Dark"),
        "high-contrast": QT_TRANSLATE_NOOP("Palettes", "High contrast"),
    },
)


class Theme(NamedTuple):
    key: str
    dark: bool
    min_ratio: float
    min_control_ratio: float
    # Qt palette roles
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    placeholder: str
    disabled_text: str
    highlight: str
    highlighted_text: str
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    # bevels and frames (not text colours)
    light: str
    midlight: str
    mid: str
    shade: str
    shadow: str
    # the app's own surfaces
    banner_bg: str
    banner_text: str
    banner_border: str
    info_bg: str
    info_text: str
    info_link: str
    focus_ring: str
    control_border: str
    find_bg: str
    find_text: str

    @property
    def label(self) -> str:
        return CHOICE_LABELS[self.key]

    def colours(self) -> dict[str, str]:
        """Every colour this theme sets, by field name."""
        return {
            name: getattr(self, name)
            for name in self._fields
            if name not in ("key", "dark", "min_ratio", "min_control_ratio")
        }

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text or focus colour the app draws on a background."""
        return [
            ("window text on window", self.window_text, self.window),
            ("text on base", self.text, self.base),
            ("text on alternate rows", self.text, self.alternate_base),
            ("button text on button", self.button_text, self.button),
            ("button text on window", self.button_text, self.window),
            ("placeholder on base", self.placeholder, self.base),
            ("disabled text on window", self.disabled_text, self.window),
            ("disabled text on base", self.disabled_text, self.base),
            ("disabled button text on button", self.disabled_text, self.button),
            ("highlighted text on highlight", self.highlighted_text, self.highlight),
            ("link on base", self.link, self.base),
            ("link on window", self.link, self.window),
            ("visited link on base", self.link_visited, self.base),
            ("tooltip text on tooltip", self.tooltip_text, self.tooltip_base),
            ("disclaimer text on banner", self.banner_text, self.banner_bg),
            ("info text on info bar", self.info_text, self.info_bg),
            ("link on info bar", self.info_link, self.info_bg),
            ("find match text on find highlight", self.find_text, self.find_bg),
            ("focus ring on window", self.focus_ring, self.window),
            ("focus ring on base", self.focus_ring, self.base),
            ("focus ring on banner", self.focus_ring, self.banner_bg),
            ("focus ring on info bar", self.focus_ring, self.info_bg),
        ]

    def control_pairs(self) -> list[tuple[str, str, str]]:
        """(what, border, background) for the outlines of fields, boxes and buttons: WCAG 1.4.11 asks
        3:1 for what identifies a control (text pairs above ask more)."""
        return [
            ("control border on window", self.control_border, self.window),
            ("control border on base", self.control_border, self.base),
            ("control border on button", self.control_border, self.button),
        ]


LIGHT = Theme(
    key="light",
    dark=False,
    min_ratio=AA_TEXT,
    min_control_ratio=AA_NON_TEXT,
    window="#f4f5f7",
    window_text="#1b1d21",
    base="#ffffff",
    alternate_base="#eef1f5",
    text="#1b1d21",
    button="#e6e9ee",
    button_text="#1b1d21",
    placeholder="#5a626e",
    disabled_text="#5f6672",
    highlight="#1d5bb8",
    highlighted_text="#ffffff",
    link="#0a52a8",
    link_visited="#5f2b96",
    tooltip_base="#1b1d21",
    tooltip_text="#ffffff",
    light="#ffffff",
    midlight="#eceef2",
    mid="#a9afb8",
    shade="#7d848f",
    shadow="#3c4048",
    banner_bg="#fff3cd",
    banner_text="#3b2a00",
    banner_border="#b38600",
    info_bg="#e7effa",
    info_text="#102440",
    info_link="#0a4796",
    focus_ring="#b3400f",
    control_border="#767b85",
    find_bg="#ffe066",
    find_text="#1b1d21",
)

DARK = Theme(
    key="dark",
    dark=True,
    min_ratio=AA_TEXT,
    min_control_ratio=AA_NON_TEXT,
    window="#1f2227",
    window_text="#e8eaed",
    base="#16181c",
    alternate_base="#22262c",
    text="#e8eaed",
    button="#2d323a",
    button_text="#e8eaed",
    placeholder="#a3aab4",
    disabled_text="#9ea5af",
    highlight="#8ab4f8",
    highlighted_text="#0d1117",
    link="#8ab4f8",
    link_visited="#c9a3f7",
    tooltip_base="#e8eaed",
    tooltip_text="#16181c",
    light="#3a3f48",
    midlight="#30353d",
    mid="#5b616b",
    shade="#121418",
    shadow="#000000",
    banner_bg="#3b3013",
    banner_text="#ffe9a8",
    banner_border="#8a6d1a",
    info_bg="#1c2a3b",
    info_text="#e2ebf6",
    info_link="#a6c8ff",
    focus_ring="#ffb454",
    control_border="#8b929c",
    find_bg="#ffd54f",
    find_text="#111111",
)

HIGH_CONTRAST = Theme(
    key="high-contrast",
    dark=True,
    min_ratio=AAA_TEXT,
    min_control_ratio=AAA_TEXT,
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#141414",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    placeholder="#d6d6d6",
    disabled_text="#c8c8c8",
    highlight="#1aebff",
    highlighted_text="#000000",
    link="#ffff00",
    link_visited="#ffa8ff",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    light="#ffffff",
    midlight="#c0c0c0",
    mid="#ffffff",
    shade="#ffffff",
    shadow="#ffffff",
    banner_bg="#000000",
    banner_text="#ffff00",
    banner_border="#ffff00",
    info_bg="#000000",
    info_text="#ffffff",
    info_link="#ffff00",
    focus_ring="#00ffff",
    control_border="#ffffff",
    find_bg="#ffff00",
    find_text="#000000",
)

THEMES: dict[str, Theme] = {t.key: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def normalise_choice(value: object) -> str:
    """A stored ``view/theme`` value -> one of CHOICES (anything unknown -> follow the system)."""
    text = str(value).strip().lower() if value is not None else ""
    return text if text in CHOICES else SYSTEM


def resolve(choice: str, *, system_dark: bool, system_high_contrast: bool = False) -> Theme:
    """The theme to show for a person's choice and what the system asks for."""
    choice = normalise_choice(choice)
    if choice == SYSTEM:
        if system_high_contrast:
            return HIGH_CONTRAST
        return DARK if system_dark else LIGHT
    return THEMES[choice]
