#!/usr/bin/env bash
# Install the built bundle (dist/isoapp) for one person or system-wide, with its menu entry and icons.
#
#   bash packaging/linux/install.sh [--prefix DIR] [--dist DIR] [--uninstall]
#
# --prefix defaults to ~/.local (no root needed); use /usr/local for everyone (as root).
# Puts the bundle in PREFIX/lib/isoapp, a link PREFIX/bin/isoapp, the desktop entry, the AppStream
# metainfo and the icons (hicolor PNG sizes + scalable SVG) under PREFIX/share. Your notes are never
# touched, also not by --uninstall.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
app_id="io.github.isoapp.IsotretinoinGuide"
prefix="$HOME/.local"
dist="$repo/dist"
uninstall=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --dist) dist="$2"; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        *) echo "install.sh: unknown option $1 (use --prefix DIR, --dist DIR, --uninstall)" >&2; exit 2 ;;
    esac
done
share="$prefix/share"
sizes=(16 32 48 64 128 256 512)

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
    fi
}

if [[ $uninstall == 1 ]]; then
    rm -rf -- "$prefix/lib/isoapp"
    rm -f -- "$prefix/bin/isoapp" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in "${sizes[@]}"; do rm -f -- "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    refresh_caches
    echo "Removed Isotretinoin Guide from $prefix (your notes were not touched)."
    exit 0
fi

if [[ ! -x "$dist/isoapp/isoapp" ]]; then
    echo "install.sh: no bundle at $dist/isoapp; build it first: bash packaging/build.sh" >&2
    exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
rm -rf -- "$prefix/lib/isoapp"
cp -a "$dist/isoapp" "$prefix/lib/isoapp"
ln -sfn "$prefix/lib/isoapp/isoapp" "$prefix/bin/isoapp"

# Exec=isoapp works when PREFIX/bin is on PATH; otherwise name the launcher by its full path.
exec_line="Exec=isoapp"
if [[ ":$PATH:" != *":$prefix/bin:"* ]]; then
    exec_line="Exec=$prefix/bin/isoapp"
fi
sed "s|^Exec=.*|$exec_line|" "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
cp "$repo/resources/icons/isoapp.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in "${sizes[@]}"; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$repo/resources/icons/isoapp-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

refresh_caches
echo "Installed Isotretinoin Guide $("$prefix/bin/isoapp" --version | cut -d' ' -f2) in $prefix."
echo "Find it in your applications menu, or run: $prefix/bin/isoapp"
