#!/bin/sh
# Adds Hailuo Desktop to your applications menu, for you only (~/.local/share), starting the
# program in this folder. Run it again after moving the folder; `--remove` takes it away.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/hailuo-desktop.desktop
icons=$data/icons/hicolor

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for icon in "$icons"/*/apps/hailuo-desktop.png "$icons"/scalable/apps/hailuo-desktop.svg; do
    rm -f "$icon"
  done
  echo "Removed Hailuo Desktop from the applications menu."
  exit 0
fi

# The folder goes into the entry's Exec line: keep out what would need escaping there.
case $here in
  *[\"\`\$\\\|\&]*)
    echo "Move this folder to a path without \" \` \$ \\ | & in it, then run this again." >&2
    exit 1 ;;
esac

mkdir -p "$data/applications" "$icons"
sed "s|^Exec=.*|Exec=\"$here/hailuo-desktop\"|" "$here/share/applications/hailuo-desktop.desktop" \
  > "$entry"
cp -R "$here/share/icons/hicolor/." "$icons/"
# Menus notice new entries by themselves; these refresh caches where the tools exist.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$icons" || true  # a stale cache would hide the new icon
fi
echo "Added Hailuo Desktop to the applications menu ($entry)."
