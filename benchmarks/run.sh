#!/usr/bin/env bash
# Prints cold start time to "all features ready", idle RSS, and the MQTT-to-H2 rate of the built
# distribution on this machine. Usage: benchmarks/run.sh [messages]   (docs/benchmarks.md)
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
echo "distribution        $(basename "$DIST")"
echo "cold start          $(start_and_wait) s to all features ready (/health UP with every measure)"
sleep 20
echo "idle RSS            $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB (after 20 s idle, demo running)"
java -cp "$CP" org.stadtkern.benchmarks.IngestBenchmark "${1:-200000}"
echo "RSS after load      $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
