# The ceiling app's second job: the delivery sink (POST /sink/{endpoint}, GET /count, POST /count/reset).
# Sourced by bench/run.

SINK_JSON=

sink_reset() {
  curl -sf --max-time 10 -X POST "http://127.0.0.1:$CEILING_PORT/count/reset" >/dev/null
}

# sink_read: takes a snapshot of the sink's counters into SINK_JSON.
sink_read() {
  SINK_JSON=$(curl -sf --max-time 10 "http://127.0.0.1:$CEILING_PORT/count") || SINK_JSON='{}'
}

# sink_field NAME: a number from the last snapshot (received, distinct, unsigned, untimed, first_ms, last_ms,
# p50, p99, p999, max).
sink_field() {
  grep -o "\"$1\":[0-9.]*" <<<"$SINK_JSON" | head -1 | cut -d: -f2 || echo 0
}

# sink_wait_for EXPECTED SECONDS: until the sink holds EXPECTED distinct deliveries, or time runs out, or
# nothing arrived for 30 s; sets DRAIN_WAITED (seconds) and leaves the last snapshot in SINK_JSON.
# (Not meant for a command substitution: the snapshot must reach the caller.)
sink_wait_for() {
  local expected=$1 deadline=$((SECONDS + $2)) start=$SECONDS distinct last=-1 still_since=$SECONDS
  while ((SECONDS < deadline)); do
    sink_read
    distinct=$(sink_field distinct)
    ((distinct >= expected)) && break
    if ((distinct != last)); then
      last=$distinct still_since=$SECONDS
    elif ((SECONDS - still_since >= 30)); then
      log_info "  nothing arrived at the sink for 30 s: giving up the drain"
      break
    fi
    sleep 1
  done
  DRAIN_WAITED=$((SECONDS - start))
}
