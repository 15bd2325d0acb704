#!/usr/bin/env bash
# How long 3 silos on loopback (scripts/cluster.sh, with the silo's shipped settings) take to declare one dead: SIGKILL
# to silo 1, then the time until its row in Redis' membership table says Dead (Orleans' SiloStatus.Dead is 6).
# LOAD=1 runs an experiment on the cluster meanwhile. Other silo settings come as usual, from the environment:
#   scripts/measure-detection.sh                                          # the shipped ProbeTimeout, 3 s
#   SILO__MEMBERSHIP__PROBETIMEOUT=00:00:05 scripts/measure-detection.sh  # Orleans' default
# Needs redis-server and redis-cli; SOCSIM_CONFIGURATION and SOCSIM_NO_BUILD as for cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SOCSIM_CLUSTER_DIR=$(mktemp -d)
export SOCSIM_CLUSTER_DIR SOCSIM_REDIS_PORT=${SOCSIM_REDIS_PORT:-6392} SOCSIM_SILO_PORT=${SOCSIM_SILO_PORT:-11131} \
  SOCSIM_GATEWAY_PORT=${SOCSIM_GATEWAY_PORT:-30031} SOCSIM_CLUSTER_ID=detect
configuration=${SOCSIM_CONFIGURATION:-Release}
load=
trap '[ -z "$load" ] || kill "$load" 2>/dev/null; scripts/cluster.sh stop >/dev/null' EXIT
scripts/cluster.sh start 3 >/dev/null
if [ "${LOAD:-}" = 1 ]; then
  dotnet "client/Soc.Simulation.Client/bin/$configuration/net10.0/linux-x64/socsim.dll" run scenarios/barcelona-2023.json \
    --replicates 400 --out "$SOCSIM_CLUSTER_DIR/out" --quiet --cluster "redis://127.0.0.1:$SOCSIM_REDIS_PORT?cluster=detect&service=detect" >/dev/null 2>&1 &
  load=$!
  sleep 8
fi
start=$(date +%s%N)
kill -KILL "$(cat "$SOCSIM_CLUSTER_DIR/silo-1.pid")"
until redis-cli -p "$SOCSIM_REDIS_PORT" HGETALL detect/members/detect | grep "127.0.0.1:$((SOCSIM_SILO_PORT + 1))@" | grep -q '"Status":6'; do
  sleep 0.1
done
awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "kill -9 -> declared dead: %.1f s\n", ns / 1e9 }'
