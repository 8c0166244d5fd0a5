#!/usr/bin/env bash
# CI check: no function in non-test code (core/, widgets/, app/) is longer than 80 lines unless the line
# just above it (or above its doc comment) says why, in a comment starting "// Long function:".
# Uses universal-ctags for function extents. Prints "LINES FILE:LINE NAME" for each offender.
# Usage: scripts/check-function-length.sh [--list]   (--list prints every function over 80 lines and exits 0)
set -euo pipefail
cd "$(dirname "$0")/.."
limit=80
rows=$(ctags -R --languages=C++ --kinds-C++=f --fields=+ne -x --_xformat='%{line} %{end} %F %{scope} %N' core widgets app 2>/dev/null |
    awk -v min="$limit" '$2 != "" && $2 - $1 + 1 > min { s=$4; if (s=="-") s=""; else s=s"::"; printf "%d %s %s %s%s\n", $2-$1+1, $3, $1, s, $5 }' | sort -rn)
if [ "${1:-}" = "--list" ]; then
    echo "$rows" | awk 'NF { printf "%5d %s:%s %s\n", $1, $2, $3, $4 }'
    exit 0
fi
status=0
while read -r len file line name; do
    [ -n "${len:-}" ] || continue
    # Accept a "// Long function:" comment within the 12 lines above the definition.
    start=$(( line > 12 ? line - 12 : 1 ))
    if sed -n "${start},$((line - 1))p" "$file" | grep -q '// Long function:'; then
        continue
    fi
    echo "check-function-length: $len lines: $file:$line $name"
    status=1
done <<< "$rows"
[ $status -eq 0 ] && echo "check-function-length: ok (limit $limit lines)"
exit $status
