#!/bin/sh
# The right-click flow through Chromium's real context menu, headful under Xvfb with xdotool.
# Run by the e2e suite when xvfb-run is installed (test/e2e/selection-native.test.ts), or by hand.
set -eu
cd "$(dirname "$0")/.."
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "native-menu: $tool is not installed (apt-get install -y xvfb xdotool)"; exit 2; }
done
exec xvfb-run -a -s "-screen 0 1280x1024x24" npx tsx scripts/native-menu.ts
