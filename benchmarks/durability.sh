#!/usr/bin/env bash
# kill -9 of the runtime while a gateway publishes at QoS 1; after a restart every message the
# broker acknowledged must be stored. Exit code 1 if any is lost. (docs/operations.md, Durability)
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
start_and_wait >/dev/null
PREFIX="durability.$(date +%s)."
ACKED="$WORK/acknowledged"
java -cp "$CP" org.stadtkern.benchmarks.DurabilityCheck publish "$PREFIX" "$ACKED" &
PUBLISHER=$!
sleep "${1:-3}"
echo "kill -9 of the runtime after ${1:-3} s of publishing"
kill -9 "$(karaf_pid)"
wait "$PUBLISHER" || true
start_and_wait >/dev/null
java -cp "$CP" org.stadtkern.benchmarks.DurabilityCheck verify "$PREFIX" "$ACKED"
