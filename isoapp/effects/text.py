"""Effects in words: the text equivalent of an icon array, and the printable table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from isoapp.effects.model import GROUP_TITLES, Effect, Frequency, How, _fmt_int, serious_text
from isoapp.effects.queries import benefits, grouped, side_effects
from isoapp.i18n import fill, translate


def _coloured(n: int) -> str:
    return translate("Effects", "%n coloured figure(s)", None, n).replace(str(n), _fmt_int(n), 1)


def _striped(n: int) -> str:
    return translate("Effects", "%n striped figure(s)", None, n).replace(str(n), _fmt_int(n), 1)


def icon_text(freq: Frequency, denominator: int) -> str:
    """Text equivalent of an icon array, for screen readers and the caption."""
    den = _fmt_int(denominator)
    if not freq.known:
        return fill(
            translate("Effects", "How often this happens is not known, so no figure is coloured (all %1 are grey)."),
            den,
        )
    sure, maybe = freq.icon_counts(denominator)
    words = freq.text()
    words = words[0].upper() + words[1:]
    if sure + maybe == 0:
        return fill(translate("Effects", "%1: fewer than 1 in %2, so none of the %2 figures is coloured."), words, den)
    if freq.how is How.ABOUT:
        return fill(translate("Effects", "%1: %2 out of %3."), words, _coloured(sure), den)
    if freq.how is How.AT_LEAST:
        return fill(translate("Effects", "%1: %2 (or more) out of %3."), words, _coloured(sure), den)
    if freq.how is How.UP_TO:
        return fill(translate("Effects", "%1: up to %2 out of %3."), words, _striped(maybe), den)
    if sure and maybe:
        template = translate("Effects", "%1: %2, plus %3 where studies differ, out of %4.")
        return fill(template, words, _coloured(sure), _striped(maybe), den)
    if sure:
        return fill(translate("Effects", "%1: %2, out of %3."), words, _coloured(sure), den)
    return fill(translate("Effects", "%1: up to %2 where studies differ, out of %3."), words, _striped(maybe), den)


def table_markdown(effects: Sequence[Effect], numbers: Mapping[str, int] | None = None) -> str:
    """Every item as Markdown tables (benefits, then side effects, by group): the printable,
    text-only version of the comparison. ``numbers`` maps source ids to their [n] numbers."""
    numbers = numbers or {}

    def cell(text: str) -> str:
        return " ".join(text.split()).replace("|", "\\|")

    def refs(e: Effect) -> str:
        return " ".join(f"\\[{numbers[s]}\\]" if s in numbers else f"\\[{s}\\]" for s in e.sources)

    columns = [translate("Effects", "What"), translate("Effects", "How many"), translate("Effects", "When it starts")]
    side_columns = [translate("Effects", "Goes away after stopping?"), translate("Effects", "How serious")]
    last_columns = [translate("Effects", "What to do"), translate("Effects", "Sources")]
    out: list[str] = []
    for title, items, side in (
        (translate("Effects", "Benefits"), benefits(effects), False),
        (translate("Effects", "Side effects"), side_effects(effects), True),
    ):
        out += [f"### {title}", ""]
        names = columns + (side_columns if side else []) + last_columns
        out += ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
        for key, group in grouped(items):
            for e in group:
                how_many = e.frequency.text()
                if e.frequency.known:
                    how_many += f" ({GROUP_TITLES[key].lower()})"
                row = f"| {cell(e.name)} | {cell(how_many)} | {cell(e.starts)} |"
                if side:
                    row += f" {cell(e.goes_away_text())} | {cell(serious_text(e.serious))} |"
                out.append(row + f" {cell(e.what_to_do)} | {refs(e)} |")
        out.append("")
    return "\n".join(out)
