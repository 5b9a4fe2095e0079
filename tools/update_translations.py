"""Regenerate the translation files after interface strings changed (run from the repository root):

    python tools/update_translations.py          # update resources/i18n/*.ts and build every .qm
    python tools/update_translations.py --check  # change nothing; exit 1 if anything is out of date
    python tools/update_translations.py --add es # start the catalogue of a new language, then update

1. ``pyside6-lupdate`` extracts every ``tr()`` / ``translate()`` string under isoapp/ into the catalogue
   ``resources/i18n/isoapp_en.ts`` and merges new strings into every translation ``isoapp_<lang>.ts``.
2. Every ``%n`` message becomes a plural message (lupdate only sees ``self.tr(text, None, n)``), keeping
   the plural forms already written; English ones (``%n notes`` → "1 note" / "2 notes") are filled in
   where they can be worked out, the rest are listed, to write by hand in isoapp_en.ts.
3. The pseudo-locale is generated from the catalogue (isoapp_pseudo.qm; its .ts is not kept).
4. ``pyside6-lrelease`` builds a .qm next to every .ts. The .qm files are committed, so an install from
   source, a wheel and the frozen build need no Qt tools.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from isoapp.i18n import catalogue, pseudo  # noqa: E402
from isoapp.i18n.languages import CATALOGUE_PREFIX, ENGLISH, PSEUDO, normalize  # noqa: E402

I18N = REPO / "resources" / "i18n"


def tool(name: str) -> str:
    for folder in (Path(sys.executable).parent, None):
        found = shutil.which(name, path=str(folder) if folder else None)
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")


def run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts: Path, language: str, keep_obsolete: bool) -> None:
    args = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-target-language", language]
    if not keep_obsolete:
        args.append("-no-obsolete")
    run(*args, str(REPO / "isoapp"), "-ts", str(ts))


def lrelease(ts: Path, qm: Path) -> None:
    run(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))


def update(folder: Path) -> list[str]:
    """Update every catalogue in ``folder`` and build the .qm files; return plural forms still missing."""
    english = folder / f"{CATALOGUE_PREFIX}{ENGLISH}.ts"
    saved = catalogue.plural_forms(english)
    lupdate(english, "en", keep_obsolete=False)
    missing = catalogue.fix_plurals(english, saved, english=True)
    for ts in sorted(folder.glob(f"{CATALOGUE_PREFIX}*.ts")):
        lang = ts.stem.removeprefix(CATALOGUE_PREFIX)
        if lang not in (ENGLISH, PSEUDO):
            saved = catalogue.plural_forms(ts)
            lupdate(ts, lang, keep_obsolete=True)
            catalogue.fix_plurals(ts, saved, english=False)
        lrelease(ts, ts.with_suffix(".qm"))
    with tempfile.TemporaryDirectory() as tmp:
        fake = Path(tmp) / f"{CATALOGUE_PREFIX}{PSEUDO}.ts"
        catalogue.write_ts(fake, pseudo.pseudo_messages(catalogue.read_ts(english)), "en")
        lrelease(fake, folder / f"{CATALOGUE_PREFIX}{PSEUDO}.qm")
    return missing


def out_of_date(folder: Path) -> list[str]:
    """The files ``update`` would change (it runs on a copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "i18n"
        shutil.copytree(folder, copy)
        update(copy)
        names = sorted({p.name for p in copy.iterdir()} | {p.name for p in folder.iterdir()})
        return [
            n
            for n in names
            if not (folder / n).is_file()
            or not (copy / n).is_file()
            or not filecmp.cmp(folder / n, copy / n, shallow=False)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    parser.add_argument("--add", metavar="LANG", help="start the catalogue for a new language (e.g. es, pt_BR)")
    args = parser.parse_args(argv)
    if args.add:
        code = normalize(args.add)
        new = I18N / f"{CATALOGUE_PREFIX}{code}.ts"
        if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code) or code in (ENGLISH, PSEUDO):
            parser.error(f"not a language code for a new translation: {args.add!r}")
        if not new.exists():
            new.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{code}">\n</TS>\n'
            )
    if args.check:
        stale = out_of_date(I18N)
        for name in stale:
            print(f"out of date: resources/i18n/{name} (run: python tools/update_translations.py)")
        return 1 if stale else 0
    I18N.mkdir(parents=True, exist_ok=True)
    missing = update(I18N)
    count = len(catalogue.read_ts(I18N / f"{CATALOGUE_PREFIX}{ENGLISH}.ts"))
    print(f"catalogue: {count} messages in resources/i18n/{CATALOGUE_PREFIX}{ENGLISH}.ts")
    for source in missing:
        print(f"write the English plural forms by hand in isoapp_en.ts: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
