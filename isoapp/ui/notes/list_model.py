"""The notes list: a model of note rows and a delegate that draws titles and search snippets with the
matched words highlighted. Text is drawn as text (QTextCursor runs), never parsed as HTML."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from isoapp.notes.model import local_text, stamp_to_local
from isoapp.notes.store import NoteSummary, SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_PARTS_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_PARTS_ROLE = Qt.ItemDataRole.UserRole + 3
BATCH = 200  # notes fetched per page while the list is scrolled


def _when(stamp: str) -> str:
    """The day a note was written or changed, the way the interface language writes dates (month names
    in the language); a stored value that is not a date is shown as it is."""
    try:
        return QLocale().toString(stamp_to_local(str(stamp)).date(), "d MMM yyyy")
    except (OverflowError, ValueError, OSError, TypeError):
        return local_text(stamp, "%d %b %Y")


def _status(s: NoteSummary) -> str:
    bits = [_when(s.updated)]
    if s.is_question:
        bits.append(
            QCoreApplication.translate("NotesList", "Question: answered")
            if s.answered
            else QCoreApplication.translate("NotesList", "Question for my doctor")
        )
    if s.deleted_at:
        bits.append(QCoreApplication.translate("NotesList", "in the bin"))
    return " · ".join(bits)


def _preview(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class NotesListModel(QAbstractListModel):
    """Rows of notes. The text of a row is made only when the view asks for it (visible rows), so a list
    of 10,000 notes costs little more than the query."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._summaries: list[NoteSummary] = []
        self._parts: dict[int, tuple[list, list]] = {}  # row -> (title parts, detail parts)
        self._fetch = None
        self._total = 0
        self._batch = BATCH

    def set_summaries(self, summaries: list[NoteSummary]) -> None:
        self.beginResetModel()
        self._summaries = summaries
        self._parts = {}
        self._fetch = None
        self.endResetModel()

    def set_source(self, fetch, total: int, batch: int = BATCH) -> None:
        """Page through ``fetch(limit, offset)``: the first page now, the rest as the list is scrolled."""
        self.beginResetModel()
        self._fetch = fetch
        self._total = total
        self._batch = batch
        self._summaries = fetch(batch, 0)
        self._parts = {}
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._fetch is not None and len(self._summaries) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if not self.canFetchMore(parent):
            return
        more = self._fetch(self._batch, len(self._summaries))
        if not more:
            self._total = len(self._summaries)
            return
        first = len(self._summaries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._summaries.extend(more)
        self.endInsertRows()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._summaries = [h.note for h in hits]
        self._fetch = None
        self._parts = {}
        for row, h in enumerate(hits):
            has_title = "".join(t for t, _ in h.title_parts).strip()
            title = h.title_parts if has_title else [(h.note.display_title(), False)]
            detail = [(_status(h.note) + " — ", False), *[(" ".join(t.split("\n")), m) for t, m in h.snippet_parts]]
            self._parts[row] = (title, detail)
        self.endResetModel()

    def _row_parts(self, row: int) -> tuple[list, list]:
        parts = self._parts.get(row)
        if parts is None:
            s = self._summaries[row]
            detail = _status(s) + (" — " + _preview(s.preview) if s.preview else "")
            parts = self._parts[row] = ([(s.display_title(), False)], [(detail, False)])
        return parts

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._summaries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Never raises: an exception escaping into Qt's painting ends the process (seen: a crash at every
        start from one note with an impossible date). A row that cannot be made shows its raw title."""
        try:
            return self._data(index, role)
        except Exception:  # noqa: BLE001 - see above; the row still shows, as plain text
            return self._fallback(index, role)

    def _data(self, index: QModelIndex, role: int):
        if not index.isValid() or not 0 <= index.row() < len(self._summaries):
            return None
        if role == ID_ROLE:
            return self._summaries[index.row()].id
        title, detail = self._row_parts(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return "".join(t for t, _ in title) + ". " + "".join(t for t, _ in detail)
        if role == TITLE_PARTS_ROLE:
            return title
        if role == DETAIL_PARTS_ROLE:
            return detail
        return None

    def _fallback(self, index: QModelIndex, role: int):
        try:
            s = self._summaries[index.row()]
            raw = (str(s.title)[:200], str(s.updated))
        except Exception:  # noqa: BLE001 - nothing at all can be read for this row
            return None
        if role == ID_ROLE:
            return getattr(s, "id", None)
        if role == TITLE_PARTS_ROLE:
            return [(raw[0], False)]
        if role == DETAIL_PARTS_ROLE:
            return [(raw[1], False)]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{raw[0]}. {raw[1]}"
        return None

    def row_of(self, note_id: int) -> int:
        for i, s in enumerate(self._summaries):
            if s.id == note_id:
                return i
        return -1

    def summary(self, row: int) -> NoteSummary:
        return self._summaries[row]


class HighlightDelegate(QStyledItemDelegate):
    """Two lines per note: the title (bold) and a detail line; matched words drawn highlighted."""

    MARGIN = 6

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(self.MARGIN)
        doc.setDefaultFont(option.font)
        doc.setTextWidth(width)
        doc.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        option_nowrap = doc.defaultTextOption()
        option_nowrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option_nowrap)
        cursor = QTextCursor(doc)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        for line_no, role in enumerate((TITLE_PARTS_ROLE, DETAIL_PARTS_ROLE)):
            if line_no:
                cursor.insertBlock()
            parts = index.data(role) or []
            for text, match in parts:
                fmt = QTextCharFormat()
                fmt.setForeground(palette.color(text_role))
                if line_no == 0:
                    fmt.setFontWeight(QFont.Weight.Bold)
                else:
                    fmt.setFontPointSize(max(option.font.pointSizeF() * 0.9, 7))
                if match:
                    fmt.setFontWeight(QFont.Weight.Bold)
                    fmt.setFontUnderline(True)
                    if not selected:
                        fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
                        fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
                text = text.replace("\n", " ")
                if len(parts) == 1:  # plain line: end it with "…" rather than cutting a word in half
                    font = QFont(option.font)
                    font.setBold(line_no == 0 or match)
                    if line_no:
                        font.setPointSizeF(fmt.fontPointSize())
                    room = int(width - 2 * self.MARGIN - 4)
                    text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(room, 20))
                cursor.insertText(text, fmt)
        return doc

    @staticmethod
    def _fonts(option) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        if option.font.pointSizeF() > 0:
            detail.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7))
        elif option.font.pixelSize() > 0:
            detail.setPixelSize(max(int(option.font.pixelSize() * 0.9), 9))
        return title, detail

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        width = option.rect.width()  # (sizeHint asks for little width, so a row is as wide as the list)
        title_parts = index.data(TITLE_PARTS_ROLE) or []
        detail_parts = index.data(DETAIL_PARTS_ROLE) or []
        if not any(match for _, match in (*title_parts, *detail_parts)):
            self._paint_plain(painter, option, width, title_parts, detail_parts)
            return
        doc = self._document(option, index, width)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.drawContents(painter)
        painter.restore()

    def _paint_plain(self, painter, option, width: int, title_parts, detail_parts) -> None:
        """Rows without highlights (the usual list): two elided lines drawn directly (cheap)."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, detail_font = self._fonts(option)
        room = max(int(width) - 2 * self.MARGIN - 4, 20)
        x = option.rect.left() + self.MARGIN + 2
        y = option.rect.top() + self.MARGIN
        painter.save()
        painter.setPen(option.palette.color(role))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for font, parts in ((title_font, title_parts), (detail_font, detail_parts)):
            metrics = QFontMetrics(font)
            text = " ".join("".join(t for t, _ in parts).split("\n"))
            painter.setFont(font)
            painter.drawText(
                QRect(x, y, room, metrics.height()), align, metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            )
            y += metrics.height()
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        title_font, detail_font = self._fonts(option)
        height = QFontMetrics(title_font).height() + QFontMetrics(detail_font).height() + 2 * self.MARGIN + 2
        return QSize(100, height)  # height only; the row takes the list's width
