#!/usr/bin/env bash
# Installs what is missing, builds, and opens SessionDesk on the bundled sample web.config; with no saved
# connection profile the app also starts a local sessionstated and connects its Monitor tab to it.
# Extra arguments go to sessiondesk (e.g. ./run.sh /path/to/web.config).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
sd_setup
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--sample)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running SessionDesk inside a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/sessiondesk "${args[@]}"
fi
exec ./build/app/sessiondesk "${args[@]}"
