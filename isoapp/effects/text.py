"""Effects in words: the text equivalent of an icon array, and the printable table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from isoapp.effects.model import GROUP_TITLES, Effect, Frequency, How, _fmt_int
from isoapp.effects.queries import benefits, grouped, side_effects


def _figures(n: int, what: str) -> str:
    return f"{n} {what} figure" + ("" if n == 1 else "s")


def icon_text(freq: Frequency, denominator: int) -> str:
    """Text equivalent of an icon array, for screen readers and the caption."""
    den = _fmt_int(denominator)
    if not freq.known:
        return (f"How often this happens is not known, so no figure is coloured "
                f"(all {den} are grey).")
    sure, maybe = freq.icon_counts(denominator)
    words = freq.text()
    words = words[0].upper() + words[1:]
    if sure + maybe == 0:
        return f"{words}: fewer than 1 in {den}, so none of the {den} figures is coloured."
    if freq.how is How.ABOUT:
        return f"{words}: {_figures(sure, 'coloured')} out of {den}."
    if freq.how is How.AT_LEAST:
        return f"{words}: {_figures(sure, 'coloured')} (or more) out of {den}."
    if freq.how is How.UP_TO:
        return f"{words}: up to {_figures(maybe, 'striped')} out of {den}."
    parts = []
    if sure:
        parts.append(_figures(sure, "coloured"))
    if maybe:
        parts.append(("plus " if sure else "up to ") + _figures(maybe, "striped")
                     + " where studies differ")
    return f"{words}: {', '.join(parts)}, out of {den}."


def table_markdown(effects: Sequence[Effect], numbers: Mapping[str, int] | None = None) -> str:
    """Every item as Markdown tables (benefits, then side effects, by group): the printable,
    text-only version of the comparison. ``numbers`` maps source ids to their [n] numbers."""
    numbers = numbers or {}

    def cell(text: str) -> str:
        return " ".join(text.split()).replace("|", "\\|")

    def refs(e: Effect) -> str:
        return " ".join(f"\\[{numbers[s]}\\]" if s in numbers else f"\\[{s}\\]" for s in e.sources)

    out: list[str] = []
    for title, items, side in (("Benefits", benefits(effects), False),
                               ("Side effects", side_effects(effects), True)):
        out += [f"### {title}", ""]
        head = "| What | How many | When it starts |"
        rule = "|---|---|---|"
        if side:
            head += " Goes away after stopping? | How serious |"
            rule += "---|---|"
        out += [head + " What to do | Sources |", rule + "---|---|"]
        for key, group in grouped(items):
            for e in group:
                how_many = e.frequency.text()
                if e.frequency.known:
                    how_many += f" ({GROUP_TITLES[key].lower()})"
                row = f"| {cell(e.name)} | {cell(how_many)} | {cell(e.starts)} |"
                if side:
                    row += f" {cell(e.goes_away_text())} | {cell((e.serious or '').capitalize())} |"
                out.append(row + f" {cell(e.what_to_do)} | {refs(e)} |")
        out.append("")
    return "\n".join(out)
