#!/usr/bin/env bash
# Hin & Weg: door events per second through validation, storage, load bookkeeping and publication,
# on the built distribution with the GTFS sample feed (../shared/data). Usage: benchmarks/hinweg.sh [events]
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
echo "cold start          $(start_and_wait) s"
java -cp "$CP" org.stadtkern.benchmarks.HinwegBenchmark "$ROOT/../shared/data/gtfs-sample-feed-1.zip" "${1:-50000}"
echo "RSS after load      $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
