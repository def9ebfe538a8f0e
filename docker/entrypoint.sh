#!/bin/sh
# Selects the process of the single platform image.
set -eu
case "${1:-api}" in
  api) exec node apps/api/dist/main.js ;;
  benchmark) exec node apps/benchmark/dist/main.js ;;
  worker) exec node apps/worker/dist/main.js ;;
  migrate) node apps/cli/dist/main.js db:migrate && exec node apps/cli/dist/main.js db:seed ;;
  *) echo "usage: vt api|benchmark|worker|migrate" >&2; exit 64 ;;
esac
