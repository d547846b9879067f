# The send and campaign steps (issues 18 and 20): messages through the gateway's send API, and a campaign's list,
# to the ceiling app playing Meta's Cloud API. Sourced by bench/run.
#
# Each figure is taken until the stand-in has what the gateway accepted (bounded), with both processes' CPU over
# the same span: the gateway's per message beside the stand-in's (a bare Dropwizard app) per request.

SEND_PROJECT=bench-send
SEND_BUSINESS=+919800077701     # the sender's number; no other step maps it
SEND_PHONE_NUMBER_ID=100000000000001
SEND_KEY=
declare -A SEND_WARMUP_LOG=()

# prepare_sending: the project's sender on Meta with base_url at the stand-in and the highest rate_per_second the
# gateway takes (10,000/s: pacing must not be what is measured), and a project key with the send and read scopes and
# a limit far above the load (the admin key's is 50 requests/s, which would be the measured rate). Sets SEND_KEY.
prepare_sending() {
  api POST "/api/v1/projects/$SEND_PROJECT/senders" \
    "{\"business_number\":\"$SEND_BUSINESS\",\"bsp\":\"meta\",\"credentials\":{\"access_token\":\"EAAGbenchstandin\",\"phone_number_id\":\"$SEND_PHONE_NUMBER_ID\"},\"base_url\":\"http://127.0.0.1:$CEILING_PORT\",\"rate_per_second\":10000,\"default\":true}"
  api POST /api/v1/keys \
    "{\"project_owner_id\":\"$SEND_PROJECT\",\"name\":\"bench\",\"scopes\":[\"send\",\"read\"],\"rate_limit\":{\"per_second\":1000000,\"burst\":1000000}}"
  SEND_KEY=$(grep -o '"key":"[^"]*' <<<"$API_BODY" | cut -d'"' -f4)
  [[ -n $SEND_KEY ]] || { log_error "no key in the answer: $API_BODY"; return 1; }
}

# two_cpus: "GATEWAY_CPU CEILING_CPU" now, in seconds
two_cpus() {
  echo "$(cpu_seconds "$GATEWAY_PID") $(cpu_seconds "$CEILING_PID")"
}

# run_send_wrk CONNECTIONS DURATION BATCH NONCE [BASE_URL PATH]: one wrk run with bench/wrk/send.lua (at the gateway's
# send API unless told otherwise); prints its WRK_RESULT line.
run_send_wrk() {
  local out
  out=$(BENCH_KEY="$SEND_KEY" BENCH_PROJECT="$SEND_PROJECT" BENCH_BATCH="$3" BENCH_NONCE="$4" BENCH_PATH="${6:-}" \
    wrk -t"$WRK_THREADS" -c"$1" -d"$2" --timeout 10s -s "$BENCH_DIR/wrk/send.lua" "${5:-http://127.0.0.1:$GATEWAY_PORT}" 2>&1) || {
    log_error "wrk failed: $out"
    return 1
  }
  grep -m1 '^WRK_RESULT ' <<<"$out" || { log_error "wrk printed no result: $out"; return 1; }
}

# standin_wrk BASE_URL CONNECTIONS DURATION ...: one wrk run of single sends straight at the ceiling's stand-in Meta
# route (run_wrk's arguments, the rest ignored), for warm_up.
standin_wrk() {
  run_send_wrk "$2" "$3" 0 0 "$1" "/v23.0/$SEND_PHONE_NUMBER_ID/messages"
}

# warm_standin: the ceiling's stand-in Meta route warmed up as every server is (warm_up: until it stops getting
# faster), once per run. Why: the stand-in's CPU per request is what the gateway's is compared with, and a cold JVM's
# (compiling its hot paths) is several times its warm one's: with 10 s of warm-up the first mode's stand-in took 2.2 ms
# a request and the second's, warmed by the first, 0.6, which made the ratios 3.4 and 24.
warm_standin() {
  WARMUP_WRK=standin_wrk warm_up stand-in "http://127.0.0.1:$CEILING_PORT" - -
  standin_reset
}

# run_send MODE: single sends with wrk for DURATION, then SEND_BATCH_MESSAGES in batches of 1,000; each until the
# stand-in has them all (bounded), after a short unmeasured warm-up of the send path.
run_send() {
  local mode=$1
  prepare_sending
  log_info "$mode send: warming the send path up (${SEND_WARMUP}s of single sends, unmeasured)"
  local line
  standin_reset
  line=$(run_send_wrk "$SEND_CONNECTIONS" "${SEND_WARMUP}s" 0 1)
  standin_wait_for "$(field "$line" accepted)" "$BACKLOG_TIMEOUT"
  SEND_WARMUP_LOG[$mode]="$(field "$line" accepted) accepted, $(standin_field distinct) at the stand-in $STANDIN_WAITED s later"
  drain_gateway "$BACKLOG_TIMEOUT"

  log_info "$mode send: single sends, $SEND_CONNECTIONS connections for $DURATION"
  standin_reset
  local cpus_before start_ms load_end_ms accepted at_load_end
  cpus_before=$(two_cpus)
  start_ms=$(date +%s%3N)
  line=$(run_send_wrk "$SEND_CONNECTIONS" "$DURATION" 0 2)
  load_end_ms=$(date +%s%3N)
  accepted=$(field "$line" accepted)
  standin_read
  at_load_end=$(standin_field distinct)
  log_info "  $accepted accepted ($(field "$line" rps) req/s), $at_load_end at the stand-in; waiting for the rest (at most ${BACKLOG_TIMEOUT}s)"
  standin_wait_for "$accepted" "$BACKLOG_TIMEOUT"
  record_send "$mode" "single, $SEND_CONNECTIONS conns" "$(field "$line" requests)" "$(errors_of "$line")" "$accepted" \
    "$(field "$line" p50_ms) / $(field "$line" p99_ms)" "$at_load_end" "$start_ms" "$load_end_ms" "$cpus_before"

  drain_gateway "$BACKLOG_TIMEOUT"
  run_send_batches "$mode"
}

# run_send_batches MODE: SEND_BATCH_MESSAGES messages, 1,000 per POST /api/v1/messages/send/batch, SEND_BATCH_PARALLEL
# at a time (curl): a fixed number rather than a duration, because the API accepts batches far faster than they are
# sent, and a timed load would leave a backlog of minutes to wait for.
run_send_batches() {
  local mode=$1 dir=$WORK_DIR/batches batches=$(((SEND_BATCH_MESSAGES + 999) / 1000)) i
  rm -rf "$dir" && mkdir -p "$dir"
  for ((i = 1; i <= batches; i++)); do
    awk -v project="$SEND_PROJECT" -v batch="$i" 'BEGIN {
      printf "{\"project_owner_id\":\"%s\",\"messages\":[", project
      for (n = 1; n <= 1000; n++)
        printf "%s{\"to\":\"+93%04d%06d\",\"type\":\"template\",\"template\":{\"name\":\"order_shipped\",\"language\":\"en\",\"parameters\":[\"Bench User\",\"%d\"]},\"reference\":\"bench-%d-%d\"}", (n > 1 ? "," : ""), batch, n, n, batch, n
      printf "]}"
    }' >"$dir/$i.json"
  done
  log_info "$mode send: $((batches * 1000)) messages in batches of 1,000, $SEND_BATCH_PARALLEL at a time"
  standin_reset
  local cpus_before start_ms load_end_ms accepted requests failed latencies
  cpus_before=$(two_cpus)
  start_ms=$(date +%s%3N)
  # each batch's answer goes to N.out, its HTTP status and time to N.status
  seq 1 "$batches" | xargs -P "$SEND_BATCH_PARALLEL" -I{} sh -c \
    'curl -sS --max-time 120 -o "$1/$2.out" -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $3" \
       -H "Content-Type: application/json" --data-binary @"$1/$2.json" "$4" >"$1/$2.status" 2>&1 || true' \
    _ "$dir" {} "$SEND_KEY" "http://127.0.0.1:$GATEWAY_PORT/api/v1/messages/send/batch"
  load_end_ms=$(date +%s%3N)
  accepted=$(cat "$dir"/*.out 2>/dev/null | grep -o '"status_code":202' | wc -l)
  requests=$batches
  failed=$(cat "$dir"/*.status | grep -cv '^202 ' || true)
  latencies=$(cat "$dir"/*.status | awk '$1 == 202 { print $2 * 1000 }' | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR) printf "%.0f / %.0f", v[int((NR + 1) / 2)], v[NR]; else printf "–" }')
  standin_read
  local at_load_end
  at_load_end=$(standin_field distinct)
  log_info "  $accepted accepted in $(calc "($load_end_ms - $start_ms) / 1000" %.1f)s, $at_load_end at the stand-in; waiting for the rest (at most ${BACKLOG_TIMEOUT}s)"
  standin_wait_for "$accepted" "$BACKLOG_TIMEOUT"
  record_send "$mode" "batches of 1,000, $SEND_BATCH_PARALLEL at a time" "$requests" "$failed" "$accepted" \
    "$latencies (median / max)" "$at_load_end" "$start_ms" "$load_end_ms" "$cpus_before"
  rm -rf "$dir"
}

# campaign_count JSON NAME: a number of a campaign's "counts"
campaign_count() {
  grep -o '"counts":{[^}]*}' <<<"$1" | grep -o "\"$2\":[0-9]*" | head -1 | cut -d: -f2 || echo 0
}

# run_campaign MODE: a campaign of CAMPAIGN_RECIPIENTS unique numbers uploaded as one text/csv body (rows/s, the
# heap after), then started and followed until completed (bounded by CAMPAIGN_TIMEOUT), the sender's rate limit
# lifted (10,000/s, prepare_sending).
run_campaign() {
  local mode=$1 csv=$WORK_DIR/recipients.csv
  [[ -n $SEND_KEY ]] || prepare_sending
  awk -v n="$CAMPAIGN_RECIPIENTS" 'BEGIN { print "phone,name,code"; for (i = 1; i <= n; i++) printf "+81%011d,Bench User %d,C%d\n", i, i, i }' >"$csv"
  api_as "$SEND_KEY" POST /api/v1/campaigns \
    "{\"project_owner_id\":\"$SEND_PROJECT\",\"name\":\"bench $mode\",\"template\":{\"name\":\"bench_offer\",\"language\":\"en\"}}"
  local id
  id=$(grep -o '"id":"[^"]*' <<<"$API_BODY" | head -1 | cut -d'"' -f4)
  [[ -n $id ]] || { log_error "no campaign id in the answer: $API_BODY"; return 1; }
  drain_gateway "$BACKLOG_TIMEOUT"

  log_info "$mode campaign: uploading $CAMPAIGN_RECIPIENTS recipients as text/csv ($(du -k "$csv" | cut -f1) KB)"
  local cpu_before upload_start upload_end answer code
  cpu_before=$(cpu_seconds "$GATEWAY_PID")
  upload_start=$(date +%s%3N)
  answer=$(curl -sS --max-time 900 -w '\n%{http_code}' -H "Authorization: Bearer $SEND_KEY" -H 'Content-Type: text/csv' \
    --data-binary @"$csv" "http://127.0.0.1:$GATEWAY_PORT/api/v1/campaigns/$id/recipients") || true
  upload_end=$(date +%s%3N)
  code=${answer##*$'\n'} answer=${answer%$'\n'*}
  local upload_cpu heap_after heap_live
  upload_cpu=$(calc "$(cpu_seconds "$GATEWAY_PID") - $cpu_before" %.2f)
  heap_after=$(heap_used_mb "$GATEWAY_PID")
  "$JAVA_HOME/bin/jcmd" "$GATEWAY_PID" GC.run >/dev/null 2>&1 || true
  heap_live=$(heap_used_mb "$GATEWAY_PID")
  ((heap_after > ${HEAP_PEAK[$mode]:-0})) && HEAP_PEAK[$mode]=$heap_after
  local added duplicates invalid
  added=$(grep -o '"added":[0-9]*' <<<"$answer" | cut -d: -f2)
  duplicates=$(grep -o '"duplicates":[0-9]*' <<<"$answer" | cut -d: -f2)
  invalid=$(grep -o '"invalid_count":[0-9]*' <<<"$answer" | cut -d: -f2)
  log_info "  HTTP $code in $(calc "($upload_end - $upload_start) / 1000" %.1f)s: added ${added:-?}, duplicates ${duplicates:-?}, invalid ${invalid:-?}; heap ${heap_after} MB after, ${heap_live} MB live"
  if [[ $code != 2* ]]; then
    STEP_NOTES+=("$mode campaign: the upload of $CAMPAIGN_RECIPIENTS recipients answered HTTP $code after $(calc "($upload_end - $upload_start) / 1000" %.1f) s (${answer:0:200}); not started")
    return 0
  fi

  drain_gateway 60
  log_info "$mode campaign: started, followed until completed (at most ${CAMPAIGN_TIMEOUT}s)"
  standin_reset
  local cpus_before start_ms deadline=$((SECONDS + CAMPAIGN_TIMEOUT)) status=running json last=-1 still_since=$SECONDS distinct
  cpus_before=$(two_cpus)
  start_ms=$(date +%s%3N)
  api_as "$SEND_KEY" POST "/api/v1/campaigns/$id/start"
  while ((SECONDS < deadline)); do
    sleep 2
    api_as "$SEND_KEY" GET "/api/v1/campaigns/$id" || continue
    json=$API_BODY
    status=$(grep -o '"status":"[a-z_]*"' <<<"$json" | head -1 | cut -d'"' -f4)
    [[ $status == completed || $status == cancelled ]] && break
    standin_read
    distinct=$(standin_field distinct)
    if ((distinct != last)); then
      last=$distinct still_since=$SECONDS
    elif ((SECONDS - still_since >= 60)); then
      log_info "  nothing reached the stand-in for 60 s: giving up"
      break
    fi
  done
  local end_ms cpus_after
  end_ms=$(date +%s%3N)
  cpus_after=$(two_cpus)
  standin_read
  if [[ $status != completed ]]; then
    log_info "  not completed ($status) after $(((end_ms - start_ms) / 1000)) s: cancelling what is left"
    api_as "$SEND_KEY" POST "/api/v1/campaigns/$id/cancel" || true
  fi
  record_campaign "$mode" "$CAMPAIGN_RECIPIENTS" "$added|$duplicates|$invalid" "$((upload_end - upload_start))" "$upload_cpu" \
    "$heap_after" "$heap_live" "$status" "$json" "$start_ms" "$end_ms" "$cpus_before" "$cpus_after"
  rm -f "$csv"
}
