#!/usr/bin/env bash
# SensorThings figures of the built distribution on this machine (docs/benchmarks.md):
# HTTP create rate (1, 4, 8 clients), MQTT ingest rate, publish-to-queryable latency, and read
# latencies with 1 million Observations in one Datastream (loaded with POST /CreateObservations).
# Usage: benchmarks/sensorthings.sh [mqttCount] [latencyRate] [observations]
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
echo "cold start          $(start_and_wait) s"
java -cp "$CP" org.stadtkern.benchmarks.SensorThingsBenchmark "${1:-100000}" "${2:-1000}"

java -cp "$CP" org.stadtkern.benchmarks.LatestBenchmark "${3:-1000000}" 2000
echo "RSS after load      $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
