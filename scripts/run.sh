#!/usr/bin/env bash
# THE product command (README): builds the extension (the Rust core to
# wasm), starts the MobilNet demo site on 127.0.0.1 and opens Chromium with
# NotMine installed on it. With a display the window stays open; without one
# it runs headless, writes a screenshot of the warning and prints its path.
#
#   bash scripts/run.sh [--port N] [--headless] [--keep]
#   (--keep: headless, the demo site stays up after the screenshot)
set -euo pipefail
LOG_TAG=run
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

bash scripts/setup.sh --browsers
bash scripts/build-wasm.sh
exec node scripts/demo.mjs "$@"
