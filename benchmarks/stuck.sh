#!/usr/bin/env bash
# A stuck subscriber: a display subscribes to v1.1/# with a persistent session and goes offline while
# a gateway publishes; prints the broker's paging folder and what waits for the display, and the RSS.
# Usage: benchmarks/stuck.sh [messages=100000] [subscriber.backlog]   (docs/benchmarks.md)
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
if [ -n "${2:-}" ]; then
    sed -i "s/^subscriber.backlog = .*/subscriber.backlog = $2/" "$KARAF/etc/org.stadtkern.broker.cfg"
fi
echo "subscriber backlog  $(grep '^subscriber.backlog' "$KARAF/etc/org.stadtkern.broker.cfg" | cut -d= -f2)"
echo "cold start          $(start_and_wait) s"
until [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' -u bench:bench http://localhost:8181/sta/v1.1/Things)" = 200 ]; do
    sleep 0.2
done
java -cp "$CP" org.stadtkern.benchmarks.StuckSubscriberCheck "${1:-100000}" "${KARAF%/}/data"
echo "RSS after           $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
