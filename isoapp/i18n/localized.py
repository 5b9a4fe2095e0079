"""Written content in the app's language, with English as the fallback (no Qt).

A translation of ``resources/<folder>/<name>`` lives in ``resources/<folder>/<lang>/<name>``:

- Markdown: the whole file, translated (same headings, citations, numbers and links: see
  :mod:`isoapp.i18n.content_check`). A section with no translated file shows the English one.
- TOML: an *overlay* with the text fields only, keyed by each record's id, e.g. in
  ``resources/data/es/effects.toml``::

      [item.clear-skin]
      name = "Piel limpia después de unos 4 meses"

  Numbers, sources, links and ids are never copied: they come from the English file, so a fixed
  figure is fixed in every language. A record or field the overlay leaves out stays English.

For ``es_MX`` the app looks in ``es_MX/``, then ``es/``, then the English file.
"""

from __future__ import annotations

import fnmatch
import functools
from collections.abc import Mapping
from pathlib import Path

from isoapp.i18n import languages
from isoapp.resources import read_toml, resource_path

# Which fields of which TOML files a translation may replace: {file: {array: (key field, text fields)}};
# the "" array holds top-level text fields; ``*`` in a field stands for one name of a nested table
# (``cells.*.text``). A file not listed here is not translated.
TEXT_FIELDS: dict[tuple[str, str], dict[str, tuple[str, tuple[str, ...]]]] = {
    ("content", "sections.toml"): {"section": ("id", ("title",))},
    ("content", "glossary.toml"): {"term": ("term", ("term", "aliases", "definition"))},
    ("data", "effects.toml"): {
        "item": ("id", ("name", "starts", "lasts", "what_to_do", "note", "who", "label_word")),
    },
    ("data", "sources.toml"): {"": ("", ("update_policy",)), "source": ("id", ("short",))},
    ("data", "options.toml"): {"aspect": ("id", ("label",)), "option": ("id", ("name", "cells.*.text"))},
    ("data", "sure.toml"): {"": ("", ("decision",)), "item": ("letter", ("name", "question", "help"))},
    ("data", "knowledge_check.toml"): {"question": ("id", ("text", "choices", "explanation"))},
    **{
        ("data", f"monitoring-{region}.toml"): {
            "": ("", ("name", "rules", "pregnancy_rules")),
            "item": ("id", ("title",)),
        }
        for region in ("us", "uk-eu", "other")
    },
}


# Test hook: extra folders searched before the shipped resources (a test translation fixture).
extra_roots: list[Path] = []


def language_chain(lang: str | None = None) -> tuple[str, ...]:
    """The translation folders to try, most specific first (English, the base files, not included)."""
    lang = languages.content_language() if lang is None else lang
    if lang in (languages.ENGLISH, languages.PSEUDO):
        return ()
    base = lang.split("_", 1)[0]
    return (lang,) if base in (lang, languages.ENGLISH) else (lang, base)


def translated_path(folder: str, name: str, lang: str) -> Path | None:
    """The translation of ``folder/name`` in exactly ``lang``, if there is one."""
    for root in [*extra_roots, resource_path()]:
        candidate = Path(root) / folder / lang / name
        if candidate.is_file():
            return candidate
    return None


def localized_text(folder: str, name: str, lang: str | None = None) -> str:
    """``folder/name`` in the first language of the chain that has it, else the English file."""
    for code in language_chain(lang):
        path = translated_path(folder, name, code)
        if path is not None:
            return path.read_text(encoding="utf-8")
    return resource_path(folder, name).read_text(encoding="utf-8")


def localized_toml(folder: str, name: str, lang: str | None = None) -> dict:
    """``folder/name`` (TOML) with the text fields of its translation overlays applied."""
    chain = language_chain(lang)
    if not chain:
        return read_toml(folder, name)
    import copy  # only with a translation (the English start does not need it)

    return copy.deepcopy(_localized_toml(folder, name, chain))


@functools.cache
def _localized_toml(folder: str, name: str, chain: tuple[str, ...]) -> dict:
    import copy

    data = copy.deepcopy(read_toml(folder, name))
    spec = TEXT_FIELDS.get((folder, name))
    if spec is None:
        return data
    for code in reversed(chain):  # the most specific language applied last
        path = translated_path(folder, name, code)
        if path is not None:
            import tomllib  # only with a translation overlay: keeps tomllib off the path to the first paint

            with path.open("rb") as fh:
                apply_overlay(data, tomllib.load(fh), spec)
    return data


def apply_overlay(data: dict, overlay: Mapping, spec: Mapping[str, tuple[str, tuple[str, ...]]]) -> list[str]:
    """Replace ``data``'s text fields in place from ``overlay``; return what was not applied (plain
    sentences: unknown records, fields that are not text fields, values that are not text)."""
    problems: list[str] = []
    for array, table in overlay.items():
        if array not in spec:
            if "" in spec and array in spec[""][1]:
                problems += _set_text(data, array, table, f"{array}")
            else:
                problems.append(f"{array!r} is not a translatable part of this file")
            continue
        key_field, fields = spec[array]
        if not isinstance(table, Mapping):
            problems.append(f"{array!r} must be a table of records keyed by {key_field}")
            continue
        records = {str(rec.get(key_field)): rec for rec in data.get(array, []) if isinstance(rec, dict)}
        for key, values in table.items():
            record = records.get(str(key))
            if record is None or not isinstance(values, Mapping):
                problems.append(f"{array}.{key}: no such record in the English file")
                continue
            for path, value in leaves(values):
                where = f"{array}.{key}.{path}"
                if not is_text_field(path, fields):
                    problems.append(f"{where}: not a text field (numbers and links are shared)")
                else:
                    problems += _set_text(record, path, value, where)
    return problems


def leaves(values: Mapping, prefix: str = "") -> list[tuple[str, object]]:
    """(dotted path, value) for every value of a record, nested tables flattened (``cells.what.text``)."""
    out: list[tuple[str, object]] = []
    for name, value in values.items():
        path = f"{prefix}{name}"
        out += leaves(value, path + ".") if isinstance(value, Mapping) else [(path, value)]
    return out


def is_text_field(path: str, fields: tuple[str, ...]) -> bool:
    """``path`` matches one of ``fields`` (``*`` stands for one name: ``cells.*.text``)."""
    return any(fnmatch.fnmatchcase(path, field) and path.count(".") == field.count(".") for field in fields)


def _set_text(record: dict, path: str, value: object, where: str) -> list[str]:
    is_list = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not (isinstance(value, str) and value.strip()) and not is_list:
        return [f"{where}: must be text"]
    *parents, field = path.split(".")
    for name in parents:
        record = record.get(name)
        if not isinstance(record, dict):
            return [f"{where}: no such place in the English file"]
    if parents and field not in record:
        return [f"{where}: no such place in the English file"]
    record[field] = value
    return []
