#!/usr/bin/env bash
# Build the one-folder app bundle with PyInstaller: dist/isoapp/isoapp (Linux; see packaging/README.md for
# Windows and macOS).
#
#   bash packaging/build.sh [DIST_DIR [WORK_DIR]]
#
# DIST_DIR (default: <repo>/dist, or env ISOAPP_DIST_DIR) receives isoapp/; WORK_DIR (default: <repo>/build,
# or env ISOAPP_WORK_DIR) holds PyInstaller's intermediate files and is emptied first. Relative folders are
# taken from the current folder. Uses the Python in $PYTHON, else python3 (or python) on PATH, and installs
# PyInstaller into it if missing. Runs from the repo root whatever the current folder is. Exits non-zero if
# anything fails, including the bundle's own --version check.
set -euo pipefail

caller="$PWD"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# Folders given by the caller are relative to where they called from; the defaults to the repo root.
from_caller() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s' "$caller/$1" ;; esac; }
if [[ -n "${1:-${ISOAPP_DIST_DIR:-}}" ]]; then dist="$(from_caller "${1:-$ISOAPP_DIST_DIR}")"; else dist="$repo/dist"; fi
if [[ -n "${2:-${ISOAPP_WORK_DIR:-}}" ]]; then work="$(from_caller "${2:-$ISOAPP_WORK_DIR}")"; else work="$repo/build"; fi

if [[ -n "${PYTHON:-}" ]]; then
    py="$PYTHON"
    [[ "$py" == */* ]] && py="$(from_caller "$py")"
elif command -v python3 >/dev/null 2>&1; then
    py=python3
else
    py=python
fi

if ! "$py" -c "import isoapp, PySide6, pyqtgraph, platformdirs" 2>/dev/null; then
    echo "build.sh: $py cannot import the app and its dependencies; install it first: $py -m pip install ." >&2
    exit 1
fi
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: installing PyInstaller into $("$py" -c 'import sys; print(sys.prefix)')"
    "$py" -m pip install --quiet "pyinstaller>=6.10"
fi

case "$work" in
    "" | "/" | "$repo" | "$repo/" | "$HOME" | "$caller") echo "build.sh: refusing to empty work dir '$work'" >&2; exit 1 ;;
esac
rm -rf -- "$work" "$dist/isoapp"
mkdir -p -- "$dist"

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/isoapp.spec
end=$(date +%s)

exe="$dist/isoapp/isoapp"
[[ -x "$exe" ]] || exe="$dist/isoapp/isoapp.exe"
if [[ ! -e "$exe" ]]; then
    echo "build.sh: the build finished but $dist/isoapp/isoapp is missing" >&2
    exit 1
fi
version="$("$exe" --version)"
echo "build.sh: built $exe ($version) in $((end - start)) s; size $(du -sh "$dist/isoapp" | cut -f1)"
