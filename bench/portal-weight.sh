#!/usr/bin/env bash
# Figures: the weight of the public portal's main pages (bench/PortalWeight.java, docs/adr/0047-accessible-public-pages.md)
# — per page the HTML's bytes and the total with its CSS, JS, images and fonts, as the server sends them without and
# with gzip accepted, in Chinese and in English. Against a running application when given its URL; otherwise on the
# demo application started here twice on a fresh embedded database, with server.compression off and then on (the
# configured default), so that the two are compared. Prints figures; changes nothing outside a temporary directory.
# Usage: bench/portal-weight.sh [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/.."

weigh() {
  java bench/PortalWeight.java "$1" zh-CN
  java bench/PortalWeight.java "$1" en
}

if [ $# -gt 0 ]; then
  weigh "$1"
  exit 0
fi

PORT=${PORT:-18083}
. bench/lib.sh
build

for compression in false true; do
  rm -rf "$DATA/postgres"
  start_app "$DATA/postgres" "$DATA/app.log" --server.compression.enabled=$compression
  echo "=== server.compression.enabled=$compression"
  weigh "http://localhost:$PORT"
  kill $APP; wait $APP 2>/dev/null || true
done
