#!/usr/bin/env bash
# SensorThings figures of the built distribution on this machine (docs/benchmarks.md):
# HTTP create rate (1, 4, 8 clients), MQTT ingest rate, publish-to-queryable latency, and read
# latencies with 1 million Observations in one Datastream.
# Usage: benchmarks/sensorthings.sh [mqttCount] [latencyRate] [observations]
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
echo "cold start          $(start_and_wait) s"
java -cp "$CP" org.stadtkern.benchmarks.SensorThingsBenchmark "${1:-100000}" "${2:-1000}"

ROWS="${3:-1000000}"
ID=$(curl -s -XPOST http://localhost:8181/sta/v1.1/Things -H 'Content-Type: application/json' -d '{"name": "bench-1m",
  "description": "d", "Locations": [{"name": "l", "description": "d", "encodingType": "application/geo+json",
  "location": {"type": "Point", "coordinates": [6.85, 51.47]}}], "Datastreams": [{"name": "bench-1m",
  "description": "d", "observationType": "OM_Measurement", "unitOfMeasurement": {"symbol": "1"},
  "Sensor": {"name": "s", "description": "d", "encodingType": "text/html", "metadata": "m"},
  "ObservedProperty": {"name": "p", "definition": "http://example.org/p", "description": "d"}}]}' \
  | sed -E 's/.*"@iot.id":([0-9]+).*/\1/')
DS=$(curl -s "http://localhost:8181/sta/v1.1/Things($ID)/Datastreams" | sed -E 's/.*"@iot.id":([0-9]+).*/\1/')
awk -v n="$ROWS" 'BEGIN { print "phenomenonTime,result"; for (i = 0; i < n; i++)
  printf "%s,%d\n", strftime("%Y-%m-%dT%H:%M:%SZ", 1700000000 + i * 10, 1), i % 1000 }' > "$WORK/observations.csv"
started=$(date +%s.%N)
"$KARAF/bin/client" -u karaf -p karaf "sta:import --datastream $DS $WORK/observations.csv" | tr '\r' '\n' | tail -1
echo "bulk import          $ROWS rows in $(echo "$(date +%s.%N) - $started" | bc) s (sta:import, incl. client start)"
java -cp "$CP" org.stadtkern.benchmarks.LatestBenchmark "$DS" 2000
echo "RSS after load      $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
