"""An icon array: 100 or 1,000 small figures, some coloured, drawn with QPainter.

Solid coloured figures = people who have it; striped figures = the uncertain part (a range where
studies differ, or an "up to" figure); pale hollow figures = people who do not have it. Figures are
filled row by row from the top left. A legend under the grid names the three kinds with their counts.
The text equivalent (isoapp.effects.icon_text) is the widget's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from isoapp.effects import Frequency, icon_text
from isoapp.i18n import fill, format_number
from isoapp.ui.comparison import colors

SURE, MAYBE, EMPTY = "sure", "maybe", "empty"
GRID = {100: (10, 10), 1000: (40, 25)}
SMALL_CELL = 10  # below this many pixels a figure is drawn as a square


_FIGURES: dict[tuple, QPixmap] = {}


def probe_offset(size: int) -> tuple[int, int]:
    """Pixel offset, inside a figure of ``size`` pixels, of the point that tells its state: the middle
    of the body (or of the square). Stripes of "maybe" figures never cross it."""
    return ((size - 1) // 2, int(size * 0.7))


def grid_shape(denominator: int) -> tuple[int, int]:
    """(columns, rows) of the grid for an array of ``denominator`` figures."""
    return GRID[denominator]


class IconArray(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("iconArray")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._freq: Frequency | None = None
        self._denominator = 100
        self._benefit = False
        self._title = ""
        self._pixmaps = _FIGURES  # shared by every array: figures are drawn once per size and colour
        self.setAccessibleName(self.tr("Picture of 100 people"))
        self.setAccessibleDescription(self.tr("Choose a row to see it as a picture."))

    # ------------------------------------------------------------------ data
    def set_frequency(self, freq: Frequency | None, denominator: int, *, benefit: bool, title: str) -> None:
        if denominator not in GRID:
            raise ValueError(f"icon arrays show 100 or 1,000 figures, not {denominator}")
        self._freq = freq
        self._denominator = denominator
        self._benefit = benefit
        self._title = title
        who = freq.who if freq is not None else "people"
        if title and who == "people":
            self.setAccessibleName(fill(self.tr("Picture of %1 people: %2"), format_number(denominator), title))
        elif title:
            self.setAccessibleName(fill(self.tr("Picture of %1 %2: %3"), format_number(denominator), who, title))
        else:
            self.setAccessibleName(self.tr("Picture"))
        self.setAccessibleDescription(self.text_equivalent())
        self.update()

    def clear(self) -> None:
        self._freq = None
        self._title = ""
        self.setAccessibleName(self.tr("Picture of 100 people"))
        self.setAccessibleDescription(self.tr("Choose a row to see it as a picture."))
        self.update()

    @property
    def denominator(self) -> int:
        return self._denominator

    @property
    def frequency(self) -> Frequency | None:
        return self._freq

    def coloured_cells(self) -> tuple[int, int]:
        """(solid, striped) coloured figures in the grid."""
        if self._freq is None:
            return (0, 0)
        return self._freq.icon_counts(self._denominator)

    def text_equivalent(self) -> str:
        if self._freq is None:
            return self.tr("Choose a row to see it as a picture.")
        return icon_text(self._freq, self._denominator)

    def probe_point(self, index: int) -> QPoint:
        """A pixel inside figure ``index`` whose colour tells its state (see colour_of)."""
        r = self.cell_rect(index)
        dx, dy = probe_offset(r.width())
        return QPoint(r.left() + dx, r.top() + dy)

    def cell_state(self, index: int) -> str:
        sure, maybe = self.coloured_cells()
        if index < sure:
            return SURE
        if index < sure + maybe:
            return MAYBE
        return EMPTY

    # ------------------------------------------------------------------ geometry
    def _legend_items(self) -> list[tuple[str, str, int, int, int]]:
        """(state, text, x, y offset from the legend top, width) for each legend entry, wrapped to the width."""
        fm = self.fontMetrics()
        sw = max(12, fm.height())
        sure, maybe = self.coloured_cells()
        x, y, out = 4, 0, []
        for state, text in self._legend_entries(sure, maybe):
            w = sw + 4 + fm.horizontalAdvance(text) + 10
            if x + w > self.width() and x > 4:
                x, y = 4, y + fm.height() + 2
            out.append((state, text, x, y, w))
            x += w
        return out

    def _legend_height(self, lines: int | None = None) -> int:
        fm = self.fontMetrics()
        if lines is None:
            items = self._legend_items()
            lines = 1 + (items[-1][3] // (fm.height() + 2) if items else 0)
        return (fm.height() + 2) * lines + 8

    def _cell_size(self) -> int:
        cols, rows = grid_shape(self._denominator)
        avail_h = self.height() - self._legend_height() - 8
        return max(3, min((self.width() - 8) // cols, avail_h // rows))

    def grid_rect(self) -> QRect:
        cols, rows = grid_shape(self._denominator)
        s = self._cell_size()
        w, h = cols * s, rows * s
        return QRect((self.width() - w) // 2, 4, w, h)

    def cell_rect(self, index: int) -> QRect:
        """Where figure ``index`` (0-based, row by row) is drawn, in widget pixels."""
        cols, _rows = grid_shape(self._denominator)
        s = self._cell_size()
        g = self.grid_rect()
        return QRect(g.left() + (index % cols) * s, g.top() + (index // cols) * s, s, s)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # small enough that the comparison fits under the section text at 100 % in a 1000x700 window
        return QSize(150, max(80, self.fontMetrics().height() * 4) + self._legend_height(1))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, 150 + self._legend_height(1))

    def colour_of(self, state: str) -> QColor:
        """The fill colour that marks a figure in this state at its probe pixel."""
        main = colors.BENEFIT if self._benefit else colors.SIDE_EFFECT
        tint = colors.BENEFIT_TINT if self._benefit else colors.SIDE_EFFECT_TINT
        return QColor({SURE: main, MAYBE: tint, EMPTY: colors.EMPTY}[state])

    # ------------------------------------------------------------------ drawing
    def _figure(self, state: str, size: int) -> QPixmap:
        dpr = self.devicePixelRatioF()
        key = (state, size, self._benefit, dpr)
        pm = self._pixmaps.get(key)
        if pm is not None:
            return pm
        pm = QPixmap(int(size * dpr), int(size * dpr))
        pm.setDevicePixelRatio(dpr)
        pm.fill(QColor(colors.CARD))
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        main = QColor(colors.BENEFIT if self._benefit else colors.SIDE_EFFECT)
        fill = self.colour_of(state)
        s = float(size)
        if size < SMALL_CELL:
            shape = QPainterPath()
            shape.addRect(QRectF(0.5, 0.5, s - 1.5, s - 1.5))
        else:
            shape = QPainterPath()
            shape.addEllipse(QPointF(s * 0.5, s * 0.24), s * 0.17, s * 0.17)
            body = QPainterPath()
            body.addRoundedRect(QRectF(s * 0.2, s * 0.45, s * 0.6, s * 0.5), s * 0.16, s * 0.16)
            shape = shape.united(body)
        p.fillPath(shape, fill)
        if state == EMPTY:
            p.strokePath(shape, QPen(QColor(colors.EMPTY_OUTLINE), 1.0 if size >= SMALL_CELL else 0.6))
        elif state == MAYBE:
            if size >= SMALL_CELL:
                # diagonal stripes (not antialiased) that miss the centre pixel, which keeps the
                # tint colour: count_painted() tells "maybe" figures from "sure" ones by that pixel
                p.save()
                p.setClipPath(shape)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                width = 2 if size >= 18 else 1
                p.setPen(QPen(main, width))
                step = 6 if size >= 18 else 4
                px, py = probe_offset(size)
                base = px + py + 1 + step / 2  # lines x + y = base + k*step miss the probe pixel
                for k in range(-size // step - 2, size // step + 2):
                    c = base + k * step
                    p.drawLine(QPointF(c, 0), QPointF(0, c))
                p.restore()
            p.strokePath(shape, QPen(main, 1.0))
        p.end()
        self._pixmaps[key] = pm
        return pm

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(colors.CARD))
        cols, _rows = grid_shape(self._denominator)
        s = self._cell_size()
        g = self.grid_rect()
        sure, maybe = self.coloured_cells()
        n = self._denominator
        figures = {state: self._figure(state, s) for state in (SURE, MAYBE, EMPTY)}
        left, top = g.left(), g.top()
        for i in range(n):
            state = SURE if i < sure else MAYBE if i < sure + maybe else EMPTY
            p.drawPixmap(left + (i % cols) * s, top + (i // cols) * s, figures[state])
        if 0 < sure + maybe <= 10 and s < SMALL_CELL * 2:
            self._ring_few(p, sure + maybe)
        if self._freq is not None and not self._freq.known:
            self._draw_not_known(p, g)
        self._draw_legend(p, g, sure, maybe)
        p.end()

    def _ring_few(self, p: QPainter, n: int) -> None:
        """A ring around a handful of coloured figures in a big grid, so they are easy to find."""
        box = self.cell_rect(0).united(self.cell_rect(n - 1))
        pad = max(4, box.height())
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(colors.TEXT), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(box.adjusted(-pad, -pad, pad, pad)))
        p.restore()

    def _draw_not_known(self, p: QPainter, g: QRect) -> None:
        text = self.tr("Not known\nhow often")
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = p.fontMetrics()
        w = max(fm.horizontalAdvance(line) for line in text.split("\n")) + 20
        h = fm.height() * 2 + 14
        box = QRect(g.center().x() - w // 2, g.center().y() - h // 2, w, h)
        p.setPen(QPen(QColor(colors.EMPTY_OUTLINE), 1))
        p.setBrush(QColor(colors.CARD))
        p.drawRoundedRect(box, 6, 6)
        p.setPen(QColor(colors.TEXT))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

    def _legend_entries(self, sure: int, maybe: int) -> list[tuple[str, str]]:
        if self._freq is None or not self._freq.known:
            return [(EMPTY, self.tr("Each figure is one person"))]
        entries = []
        if self._freq.how == "up to":
            entries.append((MAYBE, fill(self.tr("Maybe: up to %1"), format_number(maybe))))
        elif self._freq.how == "at least":
            entries.append((SURE, fill(self.tr("Yes: %1 or more"), format_number(sure))))
        else:
            entries.append((SURE, fill(self.tr("Yes: %1"), format_number(sure))))
        if maybe and self._freq.how != "up to":
            entries.append((MAYBE, fill(self.tr("Maybe: %1"), format_number(maybe))))
        rest = self._denominator - sure - maybe
        entries.append((EMPTY, fill(self.tr("No: %1"), format_number(rest))))

        return entries

    def _draw_legend(self, p: QPainter, g: QRect, sure: int, maybe: int) -> None:
        fm = self.fontMetrics()
        sw = max(12, fm.height())
        top = g.bottom() + 8
        p.setPen(QColor(colors.TEXT))
        for state, text, x, dy, w in self._legend_items():
            y = top + dy
            p.drawPixmap(x, y + (fm.height() - sw) // 2, self._figure(state, sw))
            p.drawText(QRect(x + sw + 4, y, w, fm.height()), Qt.AlignmentFlag.AlignVCenter, text)
