#!/usr/bin/env bash
# CI check of the library rules in docs/architecture.md that the compiler does not catch by itself:
#  1. nothing in core/ includes a Qt Widgets or Qt Charts header, or anything from widgets/ or app/;
#  2. core/stateproto includes no Qt header at all;
#  3. Linux-only headers (epoll, eventfd, signalfd, prctl) appear only in core/server, app/sessionstated and
#     core/loadgen, or behind an #ifdef __linux__ guard elsewhere.
# Exit status 0 when all hold, 1 with the offending lines otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
fail() { echo "check-layout: $1"; shift; printf '  %s\n' "$@"; status=1; }

qtinc=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
widget_headers=$( (ls "$qtinc/QtWidgets" "$qtinc/QtCharts" 2>/dev/null || true) | grep -E '^Q[A-Za-z]+$' | sort -u | paste -sd'|')
[ -n "$widget_headers" ] || widget_headers='QWidget|QDialog|QMainWindow|QApplication|QChart|QChartView'
mapfile -t hits < <(grep -rnE "#include <(Qt(Widgets|Charts)/)?($widget_headers)>|#include <Qt(Widgets|Charts)>|#include \"(widgets|app)/" core --include='*.h' --include='*.cpp' || true)
[ ${#hits[@]} -eq 0 ] || fail "core/ includes widget or app headers:" "${hits[@]}"

mapfile -t hits < <(grep -rnE '#include <Q|#include <qt' core/stateproto || true)
[ ${#hits[@]} -eq 0 ] || fail "core/stateproto must not use Qt:" "${hits[@]}"

mapfile -t hits < <(grep -rnlE '#include <sys/(epoll|eventfd|signalfd|prctl)\.h>' core widgets app |
    grep -vE '^(core/server|core/loadgen|app/sessionstated)/' |
    while read -r f; do grep -q '__linux__' "$f" || echo "$f"; done)
[ ${#hits[@]} -eq 0 ] || fail "Linux-only headers outside core/server, core/loadgen, app/sessionstated without a guard:" "${hits[@]}"

[ $status -eq 0 ] && echo "check-layout: ok"
exit $status
