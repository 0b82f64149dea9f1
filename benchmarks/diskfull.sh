#!/usr/bin/env bash
# The data disk fills while a gateway publishes at QoS 1, then space returns: every message the
# broker acknowledged must be stored, without a restart and after one. The runtime's data folder
# (H2, broker journal, logs) is put on a file system of its own (tmpfs, so root is needed). Exit
# code 1 if any acknowledged message is lost. Usage: benchmarks/diskfull.sh [MB=512] [full seconds=30]
# (docs/benchmarks.md, Disk full)
source "$(dirname "$0")/lib.sh"
SIZE_MB="${1:-512}"
FULL_SECONDS="${2:-30}"
[ "$(id -u)" = 0 ] || { echo "diskfull.sh mounts a small file system: run it as root" >&2; exit 2; }

unpack
DATA="${KARAF%/}/data"
cleanup() {
    # KEEP=1 leaves the runtime running on its small file system, to look at it
    [ -n "${KEEP:-}" ] && return
    stop_karaf
    # what the runtime logged on the small file system, kept beside it
    mkdir -p "$WORK/evidence"
    cp -a "$DATA/log" "$DATA"/stadtkern/*.trace.db* "$WORK/evidence/" 2>/dev/null || true
    umount "$DATA" 2>/dev/null || true
}
trap cleanup EXIT
mv "$DATA" "$DATA.shipped"
mkdir "$DATA"
mount -t tmpfs -o "size=${SIZE_MB}m" stadtkern-data "$DATA"
cp -a "$DATA.shipped/." "$DATA/"

health() {
    curl -s -m 10 -o /dev/null -w '%{http_code}' http://localhost:8181/health -u bench:bench
}
live() {
    curl -s -m 10 -o /dev/null -w '%{http_code}' http://localhost:8181/health/live
}
health_why() {
    curl -s -m 10 http://localhost:8181/health -u bench:bench | tr -d '\n' | cut -c1-400
}

echo "data folder         $SIZE_MB MB tmpfs"
echo "cold start          $(start_and_wait) s"
# /health can be 200 a moment before the SensorThings API answers (issue: ready means ready)
until [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' -u bench:bench http://localhost:8181/sta/v1.1/Things)" = 200 ]; do
    sleep 0.2
done
PREFIX="diskfull.$(date +%s)."
ACKED="$WORK/acknowledged"
PUBLISH_SECONDS=$((20 + FULL_SECONDS + 40))
java -cp "$CP" org.stadtkern.benchmarks.DiskFullCheck publish "$PREFIX" "$ACKED" "$PUBLISH_SECONDS" 300 &
PUBLISHER=$!
sleep 20
dd if=/dev/zero of="$DATA/filler" bs=1M 2>/dev/null || true
echo "disk full           $(df -m --output=avail "$DATA" | tail -1 | tr -d ' ') MB left; publishing goes on"
for _ in $(seq 1 $((FULL_SECONDS / 5))); do
    sleep 5
    echo "  /health           $(health) $(health_why)"
done
rm -f "$DATA/filler"
echo "space returned      $(df -m --output=avail "$DATA" | tail -1 | tr -d ' ') MB free"
for _ in $(seq 1 6); do
    sleep 5
    # /health/live 503: the runtime cannot recover without a restart (H2 holds its own file locked)
    echo "  /health           $(health)  /health/live $(live)"
done
echo "  database          $(curl -s -m 10 -u bench:bench http://localhost:8181/health | grep -o '"database":{[^}]*}')"
wait "$PUBLISHER" || true
echo "-- without a restart"
[ -n "${KEEP:-}" ] && exit 0
java -cp "$CP" org.stadtkern.benchmarks.DiskFullCheck verify "$PREFIX" "$ACKED" 60 || LOST=1
DEAD=$(curl -s -u bench:bench 'http://localhost:8181/api/dead-letters?limit=1000' | grep -o '"id"' | wc -l || true)
echo "dead letters        $DEAD"
echo "-- after a restart"
stop_karaf
start_and_wait >/dev/null
java -cp "$CP" org.stadtkern.benchmarks.DiskFullCheck verify "$PREFIX" "$ACKED" 30 || LOST=1
echo "H2 trace files      $(find "$DATA" -name '*.trace.db' -printf '%s bytes ' 2>/dev/null)"
echo "RSS                 $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
exit "${LOST:-0}"
