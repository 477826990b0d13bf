#!/bin/sh
# Install Paraat for the current user only: no root, no system folders.
#
#   ./install.sh              copy this folder to ~/.local/lib/paraat, add the start-menu
#                             entry, the icons and ~/.local/bin/paraat
#   ./install.sh --uninstall  remove all of that again (your data stays where it is)
#
# PARAAT_PREFIX changes ~/.local; XDG_DATA_HOME is honoured for the menu entry and icons.
set -eu

app_id=nl.paraat.Paraat
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PARAAT_PREFIX:-$HOME/.local}
data_home=${XDG_DATA_HOME:-$prefix/share}
target=$prefix/lib/paraat
bin=$prefix/bin

remove() {
  rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
  for icon in "$data_home"/icons/hicolor/*/apps/"$app_id".png \
              "$data_home"/icons/hicolor/*/apps/"$app_id".svg; do
    rm -f "$icon"
  done
  if [ -L "$bin/paraat" ]; then rm -f "$bin/paraat"; fi
  if [ -x "$target/paraat" ] && [ "$target" != "$here" ]; then rm -rf "$target"; fi
}

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "Paraat is verwijderd. Je gegevens staan nog in ${XDG_DATA_HOME:-$HOME/.local/share}/Paraat."
  echo "Paraat has been removed. Your data is still in ${XDG_DATA_HOME:-$HOME/.local/share}/Paraat."
  exit 0
fi
if [ ! -x "$here/paraat" ]; then
  echo "install.sh: no paraat program beside this script" >&2
  exit 1
fi

remove
mkdir -p "$prefix/lib" "$bin" "$data_home/applications" "$data_home/metainfo"
if [ "$target" != "$here" ]; then
  cp -R "$here" "$target"
  rm -f "$target/install.sh"
fi
ln -sf "$target/paraat" "$bin/paraat"
# The menu entry starts the program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=paraat|Exec=\"$target/paraat\"|" "$here/share/applications/$app_id.desktop" \
  > "$data_home/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$data_home/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$data_home/icons/$icon"
done
refresh
echo "Paraat staat in het menu (Kantoor). Starten kan ook met: $bin/paraat"
echo "Paraat is in the menu (Office). You can also start it with: $bin/paraat"
