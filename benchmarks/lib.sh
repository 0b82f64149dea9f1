# Shared by run.sh and durability.sh: unpack the built distribution and drive it.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
DIST="$(ls "$ROOT"/karaf-assembly/target/karaf-assembly-*.tar.gz 2>/dev/null | head -1)"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/stadtkern-bench.XXXXXX)}"
[ -n "$DIST" ] || { echo "build first: ./mvnw -B install -DskipTests" >&2; exit 1; }
[ -f "$HERE/target/classpath.txt" ] || { echo "build first: ./mvnw -B install -DskipTests" >&2; exit 1; }
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"

unpack() {
    # a runtime left from an earlier run would answer instead of the one under test
    for port in 1883 8181 8101; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "port $port is in use: stop the other runtime first" >&2
            exit 1
        fi
    done
    tar -xzf "$DIST" -C "$WORK"
    KARAF="$(ls -d "$WORK"/*/ | head -1)"
    # the distribution ships no passwords: the benchmark's users, given before the first start as an
    # operator may (hashed by the realm when it starts); the demo then leaves sensor and display alone
    printf 'bench = bench,_g_:admingroup\nsensor = sensor,mqtt-writer\ndisplay = display,mqtt-reader\n' \
        >> "$KARAF/etc/users.properties"
}

karaf_pid() {
    pgrep -f "karaf.base=${KARAF%/}" | head -1
}

# seconds from now until /health is 200 with platform and demo up
start_and_wait() {
    local started=$(date +%s.%N)
    "$KARAF/bin/start" >/dev/null
    until curl -sf http://localhost:8181/health 2>/dev/null | grep -q '"demo":{"status":"UP"'; do
        sleep 0.1
        if [ "$(echo "$(date +%s.%N) - $started > 120" | bc)" = 1 ]; then echo "not ready after 120 s" >&2; exit 1; fi
    done
    echo "$(date +%s.%N) - $started" | bc
}

stop_karaf() {
    # nothing unpacked yet (a port was in use): the runtime there is somebody else's
    [ -n "${KARAF:-}" ] || return 0
    "$KARAF/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do [ -z "$(karaf_pid)" ] && return; sleep 0.2; done
    kill -9 "$(karaf_pid)" 2>/dev/null || true
}
