# The load generator: wrk with bench/wrk/webhooks.lua. Sourced by bench/run.

# run_wrk BASE_URL CONNECTIONS DURATION RATE BUSINESS AISENSY_PROJECT: one wrk run; prints its WRK_RESULT line.
# Each run gets a fresh nonce (the clock in ms, 10 digits), so ids never repeat within a gateway's dedup window.
run_wrk() {
  local url=$1 connections=$2 duration=$3 rate=$4 business=$5 aisensy_project=$6 out
  out=$(BENCH_NONCE=$(($(date +%s%3N) % 10000000000)) BENCH_RATE="$rate" BENCH_CONNECTIONS="$connections" \
    BENCH_BUSINESS="$business" BENCH_AISENSY_PROJECT="$aisensy_project" \
    wrk -t"$WRK_THREADS" -c"$connections" -d"$duration" --timeout 10s -s "$BENCH_DIR/wrk/webhooks.lua" "$url" 2>&1) || {
    log_error "wrk failed: $out"
    return 1
  }
  grep -m1 '^WRK_RESULT ' <<<"$out" || { log_error "wrk printed no result: $out"; return 1; }
}

# warm_up NAME BASE_URL BUSINESS AISENSY_PROJECT: loads a fresh server in WARMUP_STEP-second runs at the
# primary connection count for at least WARMUP_MIN seconds, then until it stops getting faster (four runs in a
# row without a new best by more than 3 %), for at most WARMUP_MAX seconds; records the runs in WARMUP_LOG[NAME].
# WARMUP_WRK names another load function with run_wrk's arguments (the stand-in Meta API's, bench/lib/send.sh).
# Why so long: on 2 cores saturated by 64 busy request threads, the JIT's compiler threads get a sliver of CPU,
# and a fresh Dropwizard JVM needs 60-90 s of full load to reach its speed (the ceiling went 1,800 -> 17,000
# req/s over 90 s, with a plateau on the way that a stop-when-flat rule alone took for the end). Measured cold,
# both servers ran at a fraction of their speed and the ratio meant little.
declare -A WARMUP_LOG=()
warm_up() {
  local name=$1 url=$2 business=$3 aisensy_project=$4 started=$SECONDS best=0 stale=0 rps runs=()
  log_info "$name: warming up (${WARMUP_STEP}s runs, at least ${WARMUP_MIN}s, then until no longer faster, at most ${WARMUP_MAX}s)"
  while ((SECONDS - started < WARMUP_MAX && (SECONDS - started < WARMUP_MIN || stale < 4))); do
    rps=$(field "$(${WARMUP_WRK:-run_wrk} "$url" "$PRIMARY_CONNECTIONS" "${WARMUP_STEP}s" 0 "$business" "$aisensy_project")" rps)
    runs+=("$(calc "$rps")")
    if awk -v r="$rps" -v b="$best" 'BEGIN { exit !(r > b * 1.03) }'; then
      best=$rps stale=0
    else
      stale=$((stale + 1))
    fi
  done
  WARMUP_LOG[$name]="$((SECONDS - started)) s ($(IFS=' '; echo "${runs[*]}") req/s)"
  log_info "$name: warmed up in ${WARMUP_LOG[$name]}"
}

# field LINE NAME: the value of NAME=value in a "k=v k=v" line.
field() {
  tr ' ' '\n' <<<"$1" | awk -F= -v name="$2" '$1 == name { print $2; exit }'
}

# errors_of LINE: every failed request wrk saw (non-2xx answers, socket errors, timeouts).
errors_of() {
  local line=$1
  echo $(( $(field "$line" non2xx) + $(field "$line" connect_errors) + $(field "$line" read_errors) \
    + $(field "$line" write_errors) + $(field "$line" timeouts) ))
}

# ensure_wrk: installs Debian's wrk when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null && return 0
  log_info "wrk missing: apt-get install -y wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  command -v wrk >/dev/null || { log_error "could not install wrk"; return 1; }
}
