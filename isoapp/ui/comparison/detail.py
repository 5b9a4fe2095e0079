"""The detail text of the chosen comparison row (HTML for the detail pane)."""

from __future__ import annotations

from html import escape

from isoapp.effects import GROUP_TITLES, Effect, serious_text
from isoapp.i18n import fill, translate
from isoapp.ui.comparison import colors


def source_refs(effect: Effect, numbers: dict[str, int]) -> list[tuple[str, int | None]]:
    return [(sid, numbers.get(sid)) for sid in effect.sources]


def detail_html(e: Effect, colours: colors.TextColours, numbers: dict[str, int]) -> str:
    """The chosen row in words: how many, when, whether it lasts, how serious, what to do, sources."""
    f = e.frequency
    number = escape(f.text()[0].upper() + f.text()[1:])
    if f.known and (f.show_per or f.display_per != f.per):
        number += escape(fill(translate("ComparisonDetail", " (in the studies: %1)"), f.source_text()))
    if e.label_word:
        number += escape(
            fill(
                translate("ComparisonDetail", ". The medicine's official information calls this “%1”"),
                e.label_word,
            )
        )
    group = f" {escape(GROUP_TITLES[e.group])}." if f.known else ""
    rows = [(translate("ComparisonDetail", "When it starts:"), escape(e.starts))]
    if e.is_benefit:
        if e.lasts:
            rows.append((translate("ComparisonDetail", "Does it last?"), escape(e.lasts)))
    else:
        rows.append((translate("ComparisonDetail", "Goes away after stopping?"), escape(e.goes_away_text())))
        rows.append((translate("ComparisonDetail", "How serious:"), escape(serious_text(e.serious))))
    todo = escape(e.what_to_do)
    if e.action == "get help at once":
        todo = f'<b style="color:{colours.urgent}">{todo}</b>'
    rows.append((translate("ComparisonDetail", "What to do:"), todo))
    refs = []
    for sid, n in source_refs(e, numbers):
        refs.append(f'<a href="cite:{n}">[{n}]</a>' if n is not None else escape(f"[{sid}]"))
    if e.is_benefit:
        kind = translate("ComparisonDetail", "Benefit")
    else:
        kind = translate("ComparisonDetail", "Side effect")

    colour = colours.benefit if e.is_benefit else colours.side_effect
    html = [
        f'<p style="margin:0"><span style="color:{colour}"><b>{kind}:</b></span> <b>{escape(e.name)}</b></p>',
        f'<p style="margin:2px 0 4px 0"><b>{number}.</b>{group}</p>',
        '<table cellspacing="0" cellpadding="1">',
    ]
    for label, value in rows:
        html.append(f'<tr><td valign="top"><b>{label}</b>&nbsp;</td><td>{value}</td></tr>')
    html.append("</table>")
    if e.note:
        html.append(f'<p style="margin:4px 0 0 0">{escape(e.note)}</p>')
    sources = fill(translate("ComparisonDetail", "Sources: %1"), " ".join(refs))
    html.append(f'<p style="margin:4px 0 0 0">{sources}</p>')

    return "\n".join(html)
