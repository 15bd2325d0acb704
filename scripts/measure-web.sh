#!/usr/bin/env bash
# Measures the web app (README "Web app"): the time a 40-replicate Barcelona run takes through the API from POST to the
# first progress, the first partial results (partial.json) and results.json, and 20 clients posting runs at once (all
# must end "done" and equal the command line's results.json). The run is posted once serve has warmed up.
# Usage: [FIRST_ONLY=1] scripts/measure-web.sh [port]   (FIRST_ONLY: the 40-replicate run alone)
#   (builds nothing: run `dotnet build client/Soc.Simulation.Client` first)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5197}
socsim=client/Soc.Simulation.Client/bin/Debug/net10.0/linux-x64/socsim.dll
tmp=$(mktemp -d)
dotnet "$socsim" serve --urls "http://127.0.0.1:$port" --data "$tmp/data" > "$tmp/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
now() { date +%s.%N; }
t0=$(now)
until curl -sf "http://127.0.0.1:$port/api/scenarios" > /dev/null; do sleep 0.05; done
echo "serve answering after $(echo "$(now) - $t0" | bc) s"
until grep -q "warmed up" "$tmp/serve.log"; do sleep 0.05; done
echo "serve warm after $(echo "$(now) - $t0" | bc) s ($(grep -o 'warmed up in [0-9.]* s' "$tmp/serve.log"))"
api="http://127.0.0.1:$port/api"
wait_done() { while :; do s=$(curl -s "$api/runs/$1"); case "$s" in *'"state":"done"'*) return 0;; *'"state":"failed"'*|*'"state":"cancelled"'*) echo "$s"; return 1;; esac; sleep 0.1; done; }

start=$(now)
id=$(curl -s -X POST "$api/runs" -H 'Content-Type: application/json' -d '{"scenario":"barcelona-2023","replicates":40,"seed":1}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
first=""; partial=""; n=""
while :; do
  s=$(curl -s "$api/runs/$id")
  if [ -z "$first" ] && [[ "$s" =~ \"done\":([1-9][0-9]*) ]]; then first=$(now); fi
  if [ -z "$partial" ] && curl -sf "$api/runs/$id/partial.json" -o "$tmp/partial.json"; then
    partial=$(now); n=$(grep -o '"replicates": [0-9]*' "$tmp/partial.json" | head -1 | grep -o '[0-9]*$')
  fi
  case "$s" in *'"state":"done"'*) break;; esac
  sleep 0.05
done
end=$(now)
curl -s "$api/runs/$id/results.json" -o "$tmp/web40.json"
echo "40-replicate Barcelona run: first replicate done after $(echo "$first - $start" | bc) s, first partial results (over $n replicates) after $(echo "$partial - $start" | bc) s, results.json after $(echo "$end - $start" | bc) s"
dotnet "$socsim" run scenarios/barcelona-2023.json --replicates 40 --seed 1 --out "$tmp/cli40" --quiet > /dev/null
cmp -s "$tmp/web40.json" "$tmp/cli40/results.json" && echo "results.json equal to socsim run's" || echo "results.json DIFFERS from socsim run's"
[ -n "${FIRST_ONLY:-}" ] && exit 0

start=$(now)
for seed in $(seq 101 120); do
  curl -s -X POST "$api/runs" -H 'Content-Type: application/json' \
    -d "{\"scenario\":\"barcelona-2023\",\"replicates\":4,\"seed\":$seed,\"set\":{\"population.monthlyArrivals\":1000}}" > "$tmp/post-$seed.json" &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
failed=0
for seed in $(seq 101 120); do
  id=$(sed -E 's/.*"id":"([^"]+)".*/\1/' "$tmp/post-$seed.json")
  wait_done "$id" || failed=$((failed + 1))
  curl -s "$api/runs/$id/results.json" -o "$tmp/web-$seed.json"
done
end=$(now)
echo "20 clients at once (4 replicates each, 1,000 arrivals a month): all ended after $(echo "$end - $start" | bc) s, $failed failed"
same=0
for seed in 101 110 120; do
  dotnet "$socsim" run scenarios/barcelona-2023.json --replicates 4 --seed $seed --set population.monthlyArrivals=1000 --out "$tmp/cli-$seed" --quiet > /dev/null
  cmp -s "$tmp/web-$seed.json" "$tmp/cli-$seed/results.json" && same=$((same + 1))
done
echo "results.json equal to socsim run's for $same of 3 seeds checked (101, 110, 120)"
