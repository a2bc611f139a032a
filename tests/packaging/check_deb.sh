#!/usr/bin/env bash
# Builds the .deb, unpacks it into a temporary root, validates the desktop files in it and
# runs the unpacked binary. Usage: check_deb.sh BUILD_DIR
set -euo pipefail
build=${1:?build folder}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
(cd "$build" && cpack -G DEB -B "$root/out" >"$root/cpack.log" 2>&1) || { cat "$root/cpack.log"; exit 1; }
deb=$(ls "$root"/out/*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
echo "depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || { echo "shared-library dependencies were not computed"; exit 1; }
dpkg-deb -x "$deb" "$root/tree"
for path in usr/bin/loopcraft usr/share/applications/io.github.loopcraft.Loopcraft.desktop \
            usr/share/metainfo/io.github.loopcraft.Loopcraft.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.loopcraft.Loopcraft.svg; do
  [[ -e "$root/tree/$path" ]] || { echo "missing from the package: /$path"; exit 1; }
done
desktop-file-validate "$root/tree/usr/share/applications/io.github.loopcraft.Loopcraft.desktop"
appstreamcli validate --no-net --pedantic "$root/tree/usr/share/metainfo/io.github.loopcraft.Loopcraft.metainfo.xml"
version=$(QT_QPA_PLATFORM=offscreen "$root/tree/usr/bin/loopcraft" --version)
echo "unpacked binary: $version"
[[ $version == *"Loopcraft"* ]]
