#!/usr/bin/env bash
# Build the one-folder app bundle with PyInstaller: dist/isoapp/isoapp (Linux; see packaging/README.md for
# Windows and macOS).
#
#   bash packaging/build.sh [DIST_DIR [WORK_DIR]]
#
# DIST_DIR (default: dist, or env ISOAPP_DIST_DIR) receives isoapp/; WORK_DIR (default: build, or env
# ISOAPP_WORK_DIR) holds PyInstaller's intermediate files and is emptied first. Uses the Python in $PYTHON,
# else the active one (python3, python); installs PyInstaller into it if missing. Runs from the repo root
# whatever the current folder is. Exits non-zero if anything fails, including the bundle's --version check.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

dist="${1:-${ISOAPP_DIST_DIR:-dist}}"
work="${2:-${ISOAPP_WORK_DIR:-build}}"

if [[ -n "${PYTHON:-}" ]]; then
    py="$PYTHON"
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
    "" | "/" | "$repo") echo "build.sh: refusing to empty work dir '$work'" >&2; exit 1 ;;
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
