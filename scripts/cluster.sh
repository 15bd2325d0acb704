#!/usr/bin/env bash
# A local Orleans cluster on loopback: Redis (membership and experiment storage) and N standalone silos.
#
#   scripts/cluster.sh start [N]      build the silo, start Redis if none answers, start N silos (default 3)
#   scripts/cluster.sh run [args…]    socsim run on the cluster: the Barcelona baseline unless args say otherwise
#   scripts/cluster.sh status         which silos are running
#   scripts/cluster.sh stop           SIGTERM every silo (they leave the cluster cleanly), then stop our Redis
#
# Settings (environment):
#   SOCSIM_CLUSTER_REDIS   host:port of a Redis (or Garnet) that is already running: the silos use it, and the
#                          script neither starts nor stops a Redis (no redis-server needed on this machine)
#   SOCSIM_REDIS_PORT      otherwise, the loopback port of the script's own redis-server (6390); one that already
#                          answers there is used as it is and left running
#   SOCSIM_CLUSTER_ID      cluster and service id (socsim)
#   SOCSIM_SILO_PORT, SOCSIM_GATEWAY_PORT   ports of the first silo (11111, 30000); the next ones count up
#   SOCSIM_CLUSTER_DIR     pids and logs (.cluster); a relative dir is taken from the repository root, as every
#                          path the script is given, and an absolute one as it is
#   SOCSIM_CONFIGURATION   Release; SOCSIM_NO_BUILD=1 to use what is already built
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${SOCSIM_CLUSTER_REDIS:-}" ]; then
  [[ "$SOCSIM_CLUSTER_REDIS" =~ ^[^:/]+:[0-9]+$ ]] || { echo "cluster.sh: SOCSIM_CLUSTER_REDIS: expected host:port, got '$SOCSIM_CLUSTER_REDIS'" >&2; exit 2; }
  redis_host=${SOCSIM_CLUSTER_REDIS%:*} redis_port=${SOCSIM_CLUSTER_REDIS##*:}
else
  redis_host=127.0.0.1 redis_port=${SOCSIM_REDIS_PORT:-6390}
fi
redis=$redis_host:$redis_port
cluster_id=${SOCSIM_CLUSTER_ID:-socsim}
silo_port=${SOCSIM_SILO_PORT:-11111}
gateway_port=${SOCSIM_GATEWAY_PORT:-30000}
dir=${SOCSIM_CLUSTER_DIR:-.cluster}
dir=$(realpath -m -- "$dir")
configuration=${SOCSIM_CONFIGURATION:-Release}
silo_dll=silo/Soc.Simulation.Silo/bin/$configuration/net10.0/Soc.Simulation.Silo.dll
cluster="redis://$redis?cluster=$cluster_id&service=$cluster_id"

die() { echo "cluster.sh: $*" >&2; exit 2; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# PING in Redis' protocol over bash's /dev/tcp: no redis-cli needed.
redis_answers() {
  (exec 3<>"/dev/tcp/$redis_host/$redis_port" && printf '*1\r\n$4\r\nPING\r\n' >&3 && IFS= read -r -t 2 reply <&3 && [[ "$reply" = +PONG* ]]) 2>/dev/null
}

build() {
  [ "${SOCSIM_NO_BUILD:-}" = 1 ] && return
  echo "building the silo and the client ($configuration)…"
  for project in silo/Soc.Simulation.Silo client/Soc.Simulation.Client; do
    dotnet build -c "$configuration" -nologo "$project" >"$dir/build.log" 2>&1 || { cat "$dir/build.log" >&2; die "building $project failed; the log is above"; }
  done
}

start_redis() {
  if [ -n "${SOCSIM_CLUSTER_REDIS:-}" ]; then
    redis_answers || die "SOCSIM_CLUSTER_REDIS: no Redis answers on $redis"
    echo "redis: using $redis (SOCSIM_CLUSTER_REDIS)"
    return
  fi
  if redis_answers; then
    echo "redis: using the one already answering on $redis"
    return
  fi
  command -v redis-server >/dev/null ||
    die "redis-server is not installed: apt-get install redis-server, or name a running Redis with SOCSIM_CLUSTER_REDIS=host:port"
  # Loopback only, nothing written to disk: a local cluster for trying things, not a deployment.
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  for _ in $(seq 50); do redis_answers && break; sleep 0.1; done
  redis_answers || die "redis-server did not answer on $redis; see $dir/redis.log"
  touch "$dir/redis.ours"
  echo "redis: started on $redis"
}

start() {
  local count=${1:-3}
  [[ "$count" =~ ^[1-9][0-9]?$ ]] || die "start: expected a number of silos from 1 to 99, got '$count'"
  mkdir -p "$dir"
  for pid in "$dir"/silo-*.pid; do alive "$pid" && die "a cluster is already running here ($pid); scripts/cluster.sh stop first"; done
  build
  [ -f "$silo_dll" ] || die "$silo_dll is missing: build it (unset SOCSIM_NO_BUILD)"
  start_redis
  for i in $(seq 0 $((count - 1))); do
    local log="$dir/silo-$i.log"
    nohup dotnet "$silo_dll" --clustering redis --storage redis --redis "$redis" \
      --silo-port $((silo_port + i)) --gateway-port $((gateway_port + i)) \
      --cluster-id "$cluster_id" --service-id "$cluster_id" >"$log" 2>&1 &
    echo $! >"$dir/silo-$i.pid"
  done
  for i in $(seq 0 $((count - 1))); do
    for _ in $(seq 600); do
      grep -q "Silo started" "$dir/silo-$i.log" && break
      alive "$dir/silo-$i.pid" || { cat "$dir/silo-$i.log" >&2; die "silo $i exited; its log is above"; }
      sleep 0.1
    done
    grep -q "Silo started" "$dir/silo-$i.log" || die "silo $i did not start within a minute; see $dir/silo-$i.log"
    echo "silo $i: started, pid $(cat "$dir/silo-$i.pid"), silo port $((silo_port + i)), gateway $((gateway_port + i))"
  done
  echo "cluster: socsim … --cluster \"$cluster\""
}

run() {
  [ $# -eq 0 ] && set -- scenarios/barcelona-2023.json --replicates 100 --seed 1 --out out/cluster
  dotnet run --no-build -c "$configuration" --project client/Soc.Simulation.Client -- run "$@" --cluster "$cluster"
}

status() {
  local any=0
  for pid in "$dir"/silo-*.pid; do
    [ -f "$pid" ] || continue
    any=1
    if alive "$pid"; then echo "$(basename "$pid" .pid): running, pid $(cat "$pid")"; else echo "$(basename "$pid" .pid): not running"; fi
  done
  [ $any = 1 ] || echo "no silos started from $dir"
  if redis_answers; then echo "redis: answering on $redis"; else echo "redis: not answering on $redis"; fi
}

stop() {
  local pids=()
  for pid in "$dir"/silo-*.pid; do
    [ -f "$pid" ] || continue
    alive "$pid" && { kill -TERM "$(cat "$pid")"; pids+=("$pid"); }
  done
  # A clean stop hands the grains over and leaves the membership; allow it the host's 30 s, then insist.
  for pid in "${pids[@]}"; do
    for _ in $(seq 350); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then kill -KILL "$(cat "$pid")"; echo "$(basename "$pid" .pid): did not stop within 35 s, killed"
    else echo "$(basename "$pid" .pid): stopped"; fi
  done
  rm -f "$dir"/silo-*.pid
  if [ -f "$dir/redis.ours" ]; then
    redis-cli -h "$redis_host" -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
    rm -f "$dir/redis.ours"
    echo "redis: stopped"
  fi
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  start) start "$@" ;;
  run) run "$@" ;;
  status) status ;;
  stop) stop ;;
  *) die "usage: scripts/cluster.sh start [N] | run [socsim run arguments…] | status | stop" ;;
esac
