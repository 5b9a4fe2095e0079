"""The notes list: a model of note rows and a delegate that draws titles and search snippets with the
matched words highlighted. Text is drawn as text (QTextCursor runs), never parsed as HTML."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from isoapp.notes.model import stamp_to_local
from isoapp.notes.store import NoteSummary, SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_PARTS_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_PARTS_ROLE = Qt.ItemDataRole.UserRole + 3


def _when(stamp: str) -> str:
    return stamp_to_local(stamp).strftime("%d %b %Y")


def _status(s: NoteSummary) -> str:
    bits = [_when(s.updated)]
    if s.is_question:
        bits.append("Question: answered" if s.answered else "Question for my doctor")
    if s.deleted_at:
        bits.append("in the bin")
    return " · ".join(bits)


def _preview(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class NotesListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[NoteSummary, list, list]] = []

    def set_summaries(self, summaries: list[NoteSummary]) -> None:
        self.beginResetModel()
        self._rows = [
            (
                s,
                [(s.display_title(), False)],
                [(_status(s) + (" — " + _preview(s.preview) if s.preview else ""), False)],
            )
            for s in summaries
        ]
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = []
        for h in hits:
            title = h.title_parts if "".join(t for t, _ in h.title_parts).strip() else [(h.note.display_title(), False)]
            detail = [(_status(h.note) + " — ", False), *[(" ".join(t.split("\n")), m) for t, m in h.snippet_parts]]
            self._rows.append((h.note, title, detail))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary, title, detail = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return "".join(t for t, _ in title) + ". " + "".join(t for t, _ in detail)
        if role == ID_ROLE:
            return summary.id
        if role == TITLE_PARTS_ROLE:
            return title
        if role == DETAIL_PARTS_ROLE:
            return detail
        return None

    def row_of(self, note_id: int) -> int:
        for i, (s, _, _) in enumerate(self._rows):
            if s.id == note_id:
                return i
        return -1

    def summary(self, row: int) -> NoteSummary:
        return self._rows[row][0]


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
            for text, match in index.data(role) or []:
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
                cursor.insertText(text.replace("\n", " "), fmt)
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        width = option.rect.width() if option.rect.width() > 50 else 300
        doc = self._document(option, index, width)
        return QSize(int(width), int(doc.size().height()) + 2)
