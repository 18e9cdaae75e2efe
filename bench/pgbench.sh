#!/usr/bin/env bash
# The database's own ceiling on this machine, for context next to our figures (BENCHMARKS.md): pgbench's built-in
# simple-update script against the PostgreSQL at 127.0.0.1:5432, three runs of 30 s. Writes target/bench/pgbench.md.
set -euo pipefail
cd "$(dirname "$0")/.."
db=measure_tracker_pgbench
psql -h 127.0.0.1 -U postgres -d test -qc "drop database if exists $db" -c "create database $db"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q "$db" 2>/dev/null
mkdir -p target/bench
{
  echo "| run | clients | TPS (simple-update, excluding connections) | latency average ms |"
  echo "|---:|---:|---:|---:|"
  for run in 1 2 3; do
    out=$(pgbench -h 127.0.0.1 -U postgres -b simple-update -c 4 -j 2 -T 30 "$db" 2>/dev/null)
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | tail -1)
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
    echo "| $run | 4 | $tps | $lat |"
  done
} | tee target/bench/pgbench.md
psql -h 127.0.0.1 -U postgres -d test -qc "drop database $db"
