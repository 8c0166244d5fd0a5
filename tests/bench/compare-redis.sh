#!/usr/bin/env bash
# sessionstated against Redis (as RedisSessionStateProvider 5.x drives it), on this machine, in one run.
#   tests/bench/compare-redis.sh            full run (about 6 minutes)
#   SESSIONS=20000 DURATION=5 SCALE=0 tests/bench/compare-redis.sh    a quick one
# Installs what is missing (redis-server, the build), starts both servers on 127.0.0.1 with comparable
# settings, runs the same `sessionctl load` workload against each and prints one table. The last line is
#   ratio throughput=X p99=Y memory=Z       (sessionstated / Redis, no-persistence run)
# Then a scale run (SCALE=1): 1M sessions of 1 KB with a 1-minute timeout: memory per session, the time
# to expire them all, and protocol p99 during the mass expiry and while a client pages the admin API.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../scripts/setup.sh
source "$root/scripts/setup.sh"
SD_PACKAGES+=(redis-server redis-tools)
sd_install_packages
sd_build >/dev/null

SESSIONS=${SESSIONS:-100000}
CONCURRENCY=${CONCURRENCY:-64}
ITEM=${ITEM:-2048}
DURATION=${DURATION:-20}
SCALE=${SCALE:-1}
SCALE_SESSIONS=${SCALE_SESSIONS:-1000000}
RATE=${RATE:-20000} # pages/s for the same-offered-load rows (below both servers' maximum here)
STATED_THREADS=${STATED_THREADS:-1}
ctl="$root/build/app/sessionctl"
stated="$root/build/app/sessionstated"
redis="$(command -v redis-server || echo /usr/bin/redis-server)"
work="$(mktemp -d)"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
free_port() { # a loopback port nobody listens on
    local p
    while :; do
        p=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

start_stated() { # extra args...; sets SPID SPORT APORT
    "$stated" --port 0 --admin-port 0 --admin-token-file "$work/token" --threads "$STATED_THREADS" "$@" \
        >"$work/stated.out" 2>"$work/stated.err" &
    SPID=$!
    pids+=("$SPID")
    for _ in $(seq 100); do grep -q "admin API" "$work/stated.out" 2>/dev/null && break; sleep 0.05; done
    SPORT=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/stated.out")
    APORT=$(sed -n 's|.*admin API on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/stated.out")
}
start_redis() { # extra args...; sets RPID RPORT
    RPORT=$(free_port)
    "$redis" --port "$RPORT" --bind 127.0.0.1 --save '' --dir "$work" --daemonize no --logfile "$work/redis.log" "$@" &
    RPID=$!
    pids+=("$RPID")
    for _ in $(seq 100); do redis-cli -p "$RPORT" ping >/dev/null 2>&1 && break; sleep 0.05; done
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
stated_active() { "$ctl" stats --server "http://127.0.0.1:$APORT" --token-file "$work/token" --json | awk -F': ' '/"active"/ {gsub(/[ ,]/, "", $2); print $2; exit}'; }
redis_sessions() { echo $(( $(redis-cli -p "$RPORT" dbsize) / 2 )); } # data + timeout key per session

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$2" | tail -1; }

# run NAME TARGET PID SESSIONCOUNT_FN [extra load args] -> row in $work/rows
run() {
    local name=$1 target=$2 pid=$3 count_fn=$4 rss0 rss1 n
    shift 4
    rss0=$(rss_kb "$pid")
    "$ctl" load "$target" --sessions "$SESSIONS" --concurrency "$CONCURRENCY" --item-bytes "$ITEM" \
        --duration "$DURATION" "$@" >"$work/$name.txt" 2>"$work/$name.progress" || true
    rss1=$(rss_kb "$pid")
    n=$($count_fn)
    printf '%s %s %s %s %s %s\n' "$name" "$(field rps "$work/$name.txt")" "$(field p50_us "$work/$name.txt")" \
        "$(field p99_us "$work/$name.txt")" "$(( (rss1 - rss0) * 1024 / (n > 0 ? n : 1) ))" "$(field errors "$work/$name.txt")" >>"$work/rows"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r), $(date -u +%Y-%m-%d)"
echo "redis: $("$redis" --version | awk '{print $3}')   sessionstated: $("$stated" --version | awk '{print $2}') --threads $STATED_THREADS"
echo "workload: $CONCURRENCY connections, $ITEM B items, $SESSIONS sessions prefilled, ${DURATION}s mixed pages (sessionctl load defaults)"
: >"$work/rows"

start_redis --appendonly no
run redis-memory "redis://127.0.0.1:$RPORT" "$RPID" redis_sessions
stop "$RPID"
start_stated
run stated-memory "tcpip=127.0.0.1:$SPORT" "$SPID" stated_active
stop "$SPID"
# The same workload at the same offered load, so that p99 compares service, not saturation queueing.
start_redis --appendonly no
run redis-at-rate "redis://127.0.0.1:$RPORT" "$RPID" redis_sessions --rate "$RATE"
stop "$RPID"
start_stated
run stated-at-rate "tcpip=127.0.0.1:$SPORT" "$SPID" stated_active --rate "$RATE"
stop "$SPID"

start_redis --appendonly yes --appendfsync everysec
run redis-aof "redis://127.0.0.1:$RPORT" "$RPID" redis_sessions
stop "$RPID"
rm -f "$work/sessions.db"*
start_stated --persist "$work/sessions.db"
run stated-persist "tcpip=127.0.0.1:$SPORT" "$SPID" stated_active
stop "$SPID"

printf '\n%-16s %12s %10s %10s %14s %8s\n' "server" "requests/s" "p50 us" "p99 us" "bytes/session" "errors"
while read -r name rps p50 p99 mem errs; do
    printf '%-16s %12s %10s %10s %14s %8s\n' "$name" "$rps" "$p50" "$p99" "$mem" "$errs"
done <"$work/rows"
ratios() { # stated-row redis-row
    awk -v a="$1" -v b="$2" '$1 == a {r1 = $2; l1 = $4; m1 = $5} $1 == b {r2 = $2; l2 = $4; m2 = $5}
        END {printf "throughput=%.2f p99=%.2f memory=%.2f\n", r1 / r2, l1 / l2, m1 / m2}' "$work/rows"
}
echo
echo "at $RATE pages/s for both: $(ratios stated-at-rate redis-at-rate)"
echo "with persistence (stated --persist batched vs redis appendfsync everysec): $(ratios stated-persist redis-aof)"

if [ "$SCALE" = 1 ]; then
    echo
    echo "scale run: $SCALE_SESSIONS sessions of 1 KB, timeout 1 minute"
    for server in stated redis; do
        if [ $server = stated ]; then
            STATED_THREADS_SAVED=$STATED_THREADS; STATED_THREADS=0; start_stated; STATED_THREADS=$STATED_THREADS_SAVED
            pid=$SPID; target="tcpip=127.0.0.1:$SPORT"; count_fn=stated_active
        else
            start_redis --appendonly no; pid=$RPID; target="redis://127.0.0.1:$RPORT"; count_fn=redis_sessions
        fi
        rss0=$(rss_kb "$pid")
        "$ctl" load "$target" --sessions "$SCALE_SESSIONS" --item-bytes 1024 --timeout 1 --duration 0.2 --mix read=1 \
            >"$work/scale-$server.txt" 2>/dev/null || true
        filled=$(date +%s.%N)
        n=$($count_fn); rss1=$(rss_kb "$pid")
        echo "  $server: $n sessions, $(( (rss1 - rss0) * 1024 / (n > 0 ? n : 1) )) bytes RSS per session," \
             "prefill $(sed -n 's/^prefill .* in \([0-9.]*\) s/\1/p' "$work/scale-$server.txt") s"
        # Probe load at a fixed rate (other sessions, 20-minute timeout) while the million expires.
        "$ctl" load "$target" --sessions 2000 --concurrency 8 --rate 2000 --duration 100 --mix return=80,read=20 \
            >"$work/probe-$server.txt" 2>/dev/null &
        probe=$!
        if [ $server = stated ]; then
            # Page the admin API (100 pages of 1,000 from the million) while the probe runs.
            sleep 2
            prss0=$(rss_kb "$pid")
            t0=$(date +%s.%N)
            "$ctl" sessions list --all --limit 1000 --json --server "http://127.0.0.1:$APORT" --token-file "$work/token" \
                >"$work/pages.json" 2>/dev/null || true
            t1=$(date +%s.%N)
            echo "  stated: paged $(grep -c '"id"' "$work/pages.json") rows in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s;" \
                 "server RSS $((prss0 / 1024)) -> $(( $(rss_kb "$pid") / 1024 )) MiB during paging"
        fi
        while [ "$($count_fn)" -gt 2000 ] && [ "$(awk -v a="$filled" -v b="$(date +%s.%N)" 'BEGIN {print int(b - a)}')" -lt 300 ]; do sleep 0.5; done
        done_at=$(date +%s.%N)
        wait "$probe" || true
        echo "  $server: all expired $(awk -v a="$filled" -v b="$done_at" 'BEGIN {printf "%.1f", b - a}') s after the prefill" \
             "(timeout 60 s); probe at 2000 pages/s: $(sed -n 's/^result //p' "$work/probe-$server.txt")"
        stop "$pid"
    done
fi

echo
echo "ratio $(ratios stated-memory redis-memory)"
