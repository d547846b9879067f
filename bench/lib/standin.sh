# The ceiling app's third job: the stand-in Meta Cloud API of the send and campaign steps
# (POST /{version}/{phone_number_id}/messages, GET /meta/count, POST /meta/count/reset). Sourced by bench/run.

STANDIN_JSON=

standin_reset() {
  curl -sf --max-time 10 -X POST "http://127.0.0.1:$CEILING_PORT/meta/count/reset" >/dev/null
}

# standin_read: takes a snapshot of the stand-in's counters into STANDIN_JSON.
standin_read() {
  STANDIN_JSON=$(curl -sf --max-time 10 "http://127.0.0.1:$CEILING_PORT/meta/count") || STANDIN_JSON='{}'
}

# standin_field NAME: a number from the last snapshot (received, distinct, first_ms, last_ms).
standin_field() {
  grep -o "\"$1\":[0-9]*" <<<"$STANDIN_JSON" | head -1 | cut -d: -f2 || echo 0
}

# standin_wait_for EXPECTED SECONDS: until the stand-in has received EXPECTED distinct recipients and then nothing
# more for 2 s (wrk does not count the answers still in flight when it stops, up to one per connection: those
# messages were accepted all the same and must not spill into the next step), or time runs out, or nothing arrived
# for 30 s; sets STANDIN_WAITED (seconds) and leaves the last snapshot in STANDIN_JSON.
# (Not meant for a command substitution: the snapshot must reach the caller.)
standin_wait_for() {
  local expected=$1 deadline=$((SECONDS + $2)) start=$SECONDS distinct last=-1 still_since=$SECONDS
  while ((SECONDS < deadline)); do
    standin_read
    distinct=$(standin_field distinct)
    ((distinct >= expected && distinct == last && SECONDS - still_since >= 2)) && break
    if ((distinct != last)); then
      last=$distinct still_since=$SECONDS
    elif ((SECONDS - still_since >= 30)); then
      log_info "  nothing reached the stand-in for 30 s: giving up the wait"
      break
    fi
    sleep 1
  done
  STANDIN_WAITED=$((SECONDS - start))
}
