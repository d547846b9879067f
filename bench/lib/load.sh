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
