"""The doctor's summary as a printable QTextDocument (and PDF bytes), from a VisitSummary.

Everything a person typed (notes, questions, own side-effect names) is escaped: it prints exactly as
typed and never as markup. Aimed at one page, two at most, readable in two minutes.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QBuffer, QCoreApplication, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QTextCursor, QTextDocument

from isoapp.checkin_trends import MOOD, TrendRow
from isoapp.course_summary import CourseSummary
from isoapp.ui.checkin import dates, labels
from isoapp.visit_summary import VisitSummary

# Qt's translate under the name the catalogue tool (pyside6-lupdate) looks for; call it with literals.
translate = QCoreApplication.translate

SCREEN_DPI = 96  # a QTextDocument lays out in pixels of this size (fonts in points are converted with it)
NOTE_EXCERPT = 220
QUESTION_EXCERPT = 160
CSS = """
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 2px; }
.meta { color: #444444; font-size: 9pt; }
td, th { padding: 2px 5px; }
th { background-color: #EEEEEE; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _fill(template: str, *values: object) -> str:
    """%1, %2 … replaced by ``values`` (the markers a translator keeps)."""
    for i, value in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _p(text: str, *, italic: bool = False, meta: bool = False) -> str:
    body = f"<i>{_e(text)}</i>" if italic else _e(text)
    return f"<p class='meta'>{body}</p>" if meta else f"<p>{body}</p>"


def _day(d: date) -> str:
    return dates.day(d)


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def course_html(course: CourseSummary | None) -> str:
    out = [_h2(translate("VisitSummary", "My course so far"))]
    if course is None:
        return out[0] + _p(translate("VisitSummary", "No course is set up in the app."), italic=True)
    f = course.figures
    started = translate("VisitSummary", "Started:")
    out.append(f"<p>{_e(started)} <b>{_day(course.start)}</b></p><ul>")
    for p in course.periods:
        end = _day(p.end) if p.end else translate("VisitSummary", "now")
        line = translate("VisitSummary", "%1 to %2: %3 mg a day (weight %4 kg)")
        out.append(f"<li>{_e(_fill(line, _day(p.start), end, f'{p.mg_per_day:g}', f'{p.weight_kg:g}'))}</li>")
    out.append("</ul>")
    taken = translate("VisitSummary", "Days taken: %n.", None, f.days_taken)
    missed = translate("VisitSummary", "Missed days: %n.", None, f.missed_days)
    total = translate("VisitSummary", "Total so far: %1 mg, that is %2 mg per kg of body weight.")
    out.append(_p(f"{taken} {missed} {_fill(total, f'{f.mg:,.0f}', f'{f.mg_per_kg:.1f}')}"))
    if course.target_mg_per_kg:
        target = translate("VisitSummary", "Total set by my prescriber: %1 mg per kg.")
        out.append(_p(_fill(target, f"{course.target_mg_per_kg:g}")))
    return "".join(out)


def _row_name(key: str) -> str:
    if key == MOOD:
        return translate("VisitSummary", "Mood (1–5; worst = lowest)")
    return _fill(translate("VisitSummary", "%1 (0–3)"), labels.symptom_name(key))


def _trend_heads(s: VisitSummary) -> list[str]:
    week = translate("VisitSummary", "Week to %1")
    return [
        translate("VisitSummary", "What"),
        translate("VisitSummary", "Before"),
        *[_fill(week, dates.short_day(d)) for d in s.week_ends],
        translate("VisitSummary", "Worst in the last 4 weeks"),
    ]


def trends_html(s: VisitSummary) -> str:
    out = [_h2(translate("VisitSummary", "Side effects and mood, from my daily check-ins"))]
    if not s.trends:
        return out[0] + _p(translate("VisitSummary", "No check-ins yet."), italic=True)
    since = _fill(
        translate("VisitSummary", "Days with a check-in: %n, since %1.", None, s.checkin_days), _day(s.first_checkin)
    )
    scale = translate("VisitSummary", "Averages of what I entered. Side effects: 0 none, 1 mild, 2 moderate, 3 severe.")
    mood = translate("VisitSummary", "Mood: 1 very low to 5 very good. – means nothing entered.")
    out.append(_p(f"{since} {scale} {mood}"))
    heads = _trend_heads(s)
    out.append('<table border="1" cellspacing="0" cellpadding="2" width="100%"><tr>')
    out.append(f"<th align='left' width='24%'>{_e(heads[0])}</th>")
    out.append("".join(f"<th>{_e(h)}</th>" for h in heads[1:]) + "</tr>")
    out.extend(_trend_row(row) for row in s.trends)
    out.append("</table>")
    out.append(_p(translate("VisitSummary", "Mood 1 or 2 on %n of the last 28 days.", None, s.low_mood_days_28)))
    return "".join(out)


def _trend_row(row: TrendRow) -> str:
    worst = "–" if row.recent_worst is None else str(row.recent_worst)
    cells = [_num(row.before), *(_num(v) for v in row.weeks), worst]
    return f"<tr><td>{_e(_row_name(row.key))}</td>" + "".join(f"<td align='center'>{c}</td>" for c in cells) + "</tr>"


def serious_html(s: VisitSummary) -> str:
    out = [_h2(translate("VisitSummary", "Days I ticked a serious sign"))]
    if not s.serious:
        return out[0] + _p(translate("VisitSummary", "None ticked."))
    heads = (translate("VisitSummary", "Date"), translate("VisitSummary", "Sign"), translate("VisitSummary", "My note"))
    out.append('<table border="1" cellspacing="0" cellpadding="2" width="100%"><tr>')
    out.append("".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>")
    for d in s.serious:
        signs = "; ".join(labels.red_flag_name(f) for f in d.flags)
        note = _excerpt(d.note, NOTE_EXCERPT)
        out.append(f"<tr><td>{_day(d.day)}</td><td>{_e(signs)}</td><td>{_e(note)}</td></tr>")
    return "".join(out) + "</table>"


def questions_html(s: VisitSummary) -> str:
    out = [_h2(translate("VisitSummary", "My questions"))]
    if not s.questions:
        return out[0] + _p(translate("VisitSummary", "No open questions in my notes."), italic=True)
    out.append("<ol>")
    for q in s.questions:
        body = _excerpt(q.body, QUESTION_EXCERPT) if q.body.strip() != q.display_title() else ""
        extra = f"<br/><span class='meta'>{_e(body)}</span>" if body else ""
        out.append(f"<li><b>{_e(q.display_title())}</b>{extra}</li>")
    out.append("</ol>")
    if s.more_questions:
        out.append(_p(translate("VisitSummary", "More questions in the app: %n.", None, s.more_questions)))
    return "".join(out)


def header_html(s: VisitSummary) -> str:
    title = translate("VisitSummary", "Summary for my doctor")
    made = translate("VisitSummary", "Isotretinoin Guide · made on %1 · from my own entries in the app")
    return f"<h1>{_e(title)}</h1>" + _p(_fill(made, _day(s.today)), meta=True)


def summary_document(s: VisitSummary) -> QTextDocument:
    from isoapp.ui.notes.printing import ensure_gui_application

    ensure_gui_application()
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    builders = {"course": lambda: course_html(s.course), "trends": lambda: trends_html(s)}
    builders |= {"serious": lambda: serious_html(s), "questions": lambda: questions_html(s)}
    body = [header_html(s)] + [builders[p]() for p in s.parts if p in builders]
    if "matters" in s.parts:
        body.append(matters_html(s.matters))
    note = translate(
        "VisitSummary",
        "This summary does not replace talking with your doctor. It lists what I entered; it is not a diagnosis.",
    )
    body.append(_p(note, italic=True, meta=True))
    QTextCursor(doc).insertHtml("".join(body))
    return doc


def matters_html(markdown: str | None) -> str:
    """ "What matters to me" (Markdown from the decision part, rendered by Qt: raw HTML in it is not
    passed through as markup by setMarkdown's CommonMark-without-HTML dialect)."""
    heading = _h2(translate("VisitSummary", "What matters to me"))
    if not markdown:
        return heading + _p(translate("VisitSummary", "Not filled in yet."), italic=True)
    tmp = QTextDocument()
    tmp.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    full = tmp.toHtml()
    start = full.find(">", full.find("<body")) + 1
    return heading + full[start : full.rfind("</body>")]


def fit_to_page(doc: QTextDocument, layout: QPageLayout) -> None:
    """Lay the document out for the page's printable area itself. Without a page size, Qt's print
    adds 2 cm margins of its own on top of the page margins (about a third of an A4 page lost)."""
    rect = layout.paintRect(QPageLayout.Unit.Inch)
    doc.setPageSize(QSizeF(rect.width() * SCREEN_DPI, rect.height() * SCREEN_DPI))


def summary_pdf_bytes(doc: QTextDocument) -> bytes:
    """The summary as PDF (A4), laid out for the page; the on-screen document is left as it was."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from isoapp.ui.notes.printing import _pdf_writer

    copy = doc.clone(doc)  # a child of the original (which must stay referenced): freed with it
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    writer.setTitle(translate("VisitSummary", "Summary for my doctor"))
    fit_to_page(copy, writer.pageLayout())
    copy.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def page_count(doc: QTextDocument) -> int:
    """How many A4 pages the PDF of ``doc`` has (as summary_pdf_bytes lays it out)."""
    from isoapp.ui.notes.printing import _pdf_writer

    copy = doc.clone(doc)
    writer = _pdf_writer(QBuffer())
    fit_to_page(copy, writer.pageLayout())
    return copy.pageCount()
