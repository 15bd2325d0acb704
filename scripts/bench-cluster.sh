#!/usr/bin/env bash
# Barcelona replicates per second on 1 and on 3 silo processes (scripts/cluster.sh), each against the embedded
# silo measured in the same run. Usage: scripts/bench-cluster.sh [replicates, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
replicates=${1:-200}
export SOCSIM_CLUSTER_DIR=${SOCSIM_CLUSTER_DIR:-.cluster-bench} SOCSIM_REDIS_PORT=${SOCSIM_REDIS_PORT:-6391}
dotnet build -c Release -nologo tests/Soc.Simulation.Benchmarks >/dev/null
first=1
for silos in 1 3; do
  export SOCSIM_CLUSTER_ID=bench$silos
  [ $first = 1 ] || export SOCSIM_NO_BUILD=1
  first=0
  scripts/cluster.sh start $silos >/dev/null
  trap 'scripts/cluster.sh stop >/dev/null' EXIT
  echo "== $silos silo process(es)"
  dotnet run --no-build -c Release --project tests/Soc.Simulation.Benchmarks -- cluster "redis://127.0.0.1:$SOCSIM_REDIS_PORT?cluster=$SOCSIM_CLUSTER_ID&service=$SOCSIM_CLUSTER_ID" "$replicates"
  scripts/cluster.sh stop >/dev/null
  trap - EXIT
done
