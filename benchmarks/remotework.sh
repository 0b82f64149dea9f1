#!/usr/bin/env bash
# Remote work sites: booking requests per second and their latency with clients competing for 40 desks,
# then reads of the sites with live occupancy and of a day's availability, on the built distribution.
# Usage: benchmarks/remotework.sh [bookings] [clients]
source "$(dirname "$0")/lib.sh"
trap stop_karaf EXIT
unpack
echo "cold start          $(start_and_wait) s"
java -cp "$CP" org.stadtkern.benchmarks.RemoteworkBenchmark "${1:-4000}" "${2:-8}"
echo "RSS after load      $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )) MB"
