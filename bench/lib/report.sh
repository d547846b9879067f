# What the steps measured, and the report made of it. Sourced by bench/run.
# Every figure is kept as it was measured; ratios are computed only when the report is written.

LOAD_ROWS=()      # mode|server|connections|rps|p50|p99|p999|max|errors|cpu_s|requests|accepted|quarantined|processed|backlog_before
PROCESS_ROWS=()   # mode|server|rss_mb|hwm_mb|cpu_s|heap_used_mb|heap_committed_mb|heap_peak_mb|oom
E2E_ROWS=()       # mode|endpoints|wrk_rps|accepted|expected|in_window|distinct|received|unsigned|untimed|load_s|span_s|drain_s|p50|p99|p999|max|cpu_s
SKIPPED=()
PROFILE_HEADER=
PROFILE_TEXT=
declare -A CEILING_RPS=() CEILING_CPU_PER_K=() HEAP_PEAK=()

# calc EXPRESSION: awk arithmetic, printed with the given format (default %.0f).
calc() {
  awk "BEGIN { printf \"${2:-%.0f}\", $1 }"
}

# ratio A B: A/B with two decimals, or n/a.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'
}

note_heap() {
  local mode=$1 pid=$2 used
  used=$(heap_used_mb "$pid")
  ((used > ${HEAP_PEAK[$mode]:-0})) && HEAP_PEAK[$mode]=$used
  return 0
}

# record_load MODE SERVER CONNECTIONS WRK_LINE CPU_S [ACCEPTED QUARANTINED PROCESSED BACKLOG_BEFORE]
record_load() {
  local mode=$1 server=$2 c=$3 line=$4 cpu=$5 requests
  requests=$(field "$line" requests)
  LOAD_ROWS+=("$mode|$server|$c|$(field "$line" rps)|$(field "$line" p50_ms)|$(field "$line" p99_ms)|$(field "$line" p999_ms)|$(field "$line" max_ms)|$(errors_of "$line")|$cpu|$requests|${6:-}|${7:-}|${8:-}|${9:-}")
  if [[ $server == ceiling ]]; then
    CEILING_RPS[$c]=$(field "$line" rps)
    CEILING_CPU_PER_K[$c]=$(calc "$cpu * 1000 / ($requests > 0 ? $requests : 1)" %.3f)
  else
    note_heap "$mode" "$GATEWAY_PID"
  fi
}

# record_process MODE SERVER PID: memory and CPU of a process at the end of its steps.
record_process() {
  local mode=$1 server=$2 pid=$3 oom=no log
  note_heap "$mode" "$pid"
  if [[ $server == ceiling ]]; then log=$WORK_DIR/ceiling.log; else log=$GATEWAY_LOG; fi
  grep -q OutOfMemoryError "$log" 2>/dev/null && oom=yes
  PROCESS_ROWS+=("$mode|$server|$(rss_mb "$pid" VmRSS)|$(rss_mb "$pid" VmHWM)|$(cpu_seconds "$pid")|$(heap_used_mb "$pid")|$(heap_committed_mb "$pid")|${HEAP_PEAK[$mode]:-0}|$oom")
}

# record_e2e MODE ENDPOINTS WRK_LINE ACCEPTED EXPECTED IN_WINDOW START_MS LOAD_END_MS DRAIN_S CPU_S BACKLOG_BEFORE
record_e2e() {
  local mode=$1 endpoints=$2 line=$3 accepted=$4 expected=$5 in_window=$6 start_ms=$7 load_end_ms=$8 drain=$9 cpu=${10} behind=${11:-}
  local last_ms span load_s
  last_ms=$(sink_field last_ms)
  load_s=$(calc "($load_end_ms - $start_ms) / 1000" %.1f)
  span=$(calc "(($last_ms > 0 ? $last_ms : $load_end_ms) - $start_ms) / 1000" %.1f)
  E2E_ROWS+=("$mode|$endpoints|$(field "$line" rps)|$accepted|$expected|$in_window|$(sink_field distinct)|$(sink_field received)|$(sink_field unsigned)|$(sink_field untimed)|$load_s|$span|$drain|$(sink_field p50)|$(sink_field p99)|$(sink_field p999)|$(sink_field max)|$cpu|$behind")
  note_heap "$mode" "$GATEWAY_PID"
  log_info "  e2e: $(sink_field distinct)/$expected delivered, last one $(calc "$span - $load_s" %.1f)s after the load ended, latency p99 $(sink_field p99) ms"
}

skip_mode() {
  SKIPPED+=("$1: $2")
  log_error "$1 mode NOT measured: $2"
}

# e2e_rate EVENTS_DELIVERED ENDPOINTS SECONDS: events per second (each event counted once, whatever its fan-out).
e2e_rate() {
  calc "$1 / $2 / ($3 > 0 ? $3 : 1)"
}

# warmups: how long each server was warmed up, and its rate in each warm-up run.
warmups() {
  local name out=()
  for name in "${!WARMUP_LOG[@]}"; do out+=("$name ${WARMUP_LOG[$name]}"); done
  (IFS=';'; echo "${out[*]}" | sed 's/;/; /g')
}

write_report() {
  local row
  echo
  echo "## $RUN_STARTED: \`$COMMAND_LINE\`"
  echo
  local load_text=
  if has_step ingest || has_step e2e; then
    load_text=" Load: \`wrk -t$WRK_THREADS --timeout 10s\` with \`bench/wrk/webhooks.lua\` (45 % Datagen delivery reports, 45 % AiSensy status updates, 10 % Datagen user-initiated messages, unique ids, ~0.8–1 KB bodies); ${DURATION} per step. Each server was first warmed up until it stopped getting faster (at least ${WARMUP_MIN} s, at most ${WARMUP_MAX} s, in ${WARMUP_STEP} s runs): $(warmups)."
  fi
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), shared with other builds (load average $LOAD_AT_START at the start, $LOAD_AT_END at the end). JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), JVM options \`$JVM_OPTS\` for gateway and ceiling alike; gateway data under \`$DATA_ON\`; store: $( [[ $STORE == postgres ]] && echo "PostgreSQL on 127.0.0.1 (a database per mode; the database server's CPU is not in the gateway's figures)" || echo "the embedded H2 file"). Gateway \`$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)\` ($(basename "$GATEWAY_JAR")). Steps: ${STEPS}.$load_text"
  echo
  for row in "${SKIPPED[@]}"; do
    echo "**Not measured — ${row}.**"
    echo
  done

  if ((${#LOAD_ROWS[@]})); then
  echo "### Ingest: webhooks acknowledged (ratio = gateway / ceiling at the same connections)"
  echo
  echo "| mode | server | conns | req/s | × ceiling | p50 ms | p99 ms | p99.9 ms | max ms | failed | accepted / quarantined | processed/s during the step | acknowledged, not yet processed, at its end | CPU s | CPU ms per 1k req | × ceiling |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"
  local mode server c rps p50 p99 p999 max errors cpu requests accepted quarantined processed backlog_before per_k kept_up behind_at_end
  for row in "${LOAD_ROWS[@]}"; do
    IFS='|' read -r mode server c rps p50 p99 p999 max errors cpu requests accepted quarantined processed backlog_before <<<"$row"
    per_k=$(calc "$cpu * 1000 / ($requests > 0 ? $requests : 1)" %.3f)
    kept_up=–
    behind_at_end=–
    if [[ -n $processed ]]; then
      kept_up=$(calc "$processed / ${DURATION%s}")
      behind_at_end=$((accepted > processed ? accepted - processed : 0))
    fi
    [[ -n $backlog_before && $backlog_before != "0 0" ]] && kept_up="$kept_up (started behind: $backlog_before)"
    echo "| $mode | $server | $c | $(calc "$rps") | $(ratio "$rps" "${CEILING_RPS[$c]:-0}") | $p50 | $p99 | $p999 | $max | $errors | ${accepted:-–}${quarantined:+ / $quarantined} | $kept_up | $behind_at_end | $cpu | $(calc "$per_k * 1000" %.1f) | $(ratio "$per_k" "${CEILING_CPU_PER_K[$c]:-0}") |"
  done
  echo
  echo "Acknowledged is not yet processed. \"Processed/s\" is the gateway's \`zen.processing.envelopes\` meter over the step (envelopes tracked); the next column is what was acknowledged during the step and not yet processed when it ended. Each step starts once the gateway has worked off what came before (its \`zen.queue.inbound.backlog\` and \`zen.forwarding.unfinished\` gauges at 0; waited for up to ${BACKLOG_TIMEOUT} s, and \"started behind\" gives what was left, envelopes and deliveries, when that was not enough). Where processing falls behind the acknowledgements, the rate the gateway can sustain is the processed one."
  echo
  fi

  if ((${#E2E_ROWS[@]})); then
    echo "### End to end: webhook in → signed POST received by the sink ($PRIMARY_CONNECTIONS connections, ${E2E_DURATION} of load, rate ${E2E_RATE}/s where 0 = unpaced)"
    echo
    echo "| mode | endpoints | ingest req/s | events accepted | deliveries expected | delivered during load | events/s delivered during load | all delivered | missing | duplicates | unsigned | events/s to last delivery (× ceiling) | drain s | latency p50 / p99 / p99.9 / max ms | gateway CPU s | backlog at the start |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"
    local endpoints wrk_rps expected in_window distinct received unsigned untimed load_s span drain lp50 lp99 lp999 lmax behind
    for row in "${E2E_ROWS[@]}"; do
      IFS='|' read -r mode endpoints wrk_rps accepted expected in_window distinct received unsigned untimed load_s span drain lp50 lp99 lp999 lmax cpu behind <<<"$row"
      local eps
      eps=$(e2e_rate "$distinct" "$endpoints" "$span")
      echo "| $mode | $endpoints | $(calc "$wrk_rps") | $accepted | $expected | $in_window | $(e2e_rate "$in_window" "$endpoints" "$load_s") | $distinct | $((expected > distinct ? expected - distinct : 0)) | $((received - distinct)) | $unsigned | $eps ($(ratio "$eps" "${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}")) | $drain | $lp50 / $lp99 / $lp999 / $lmax | $cpu | $( [[ ${behind:-0 0} == "0 0" ]] && echo none || echo "$behind (envelopes, deliveries)") |"
    done
    echo
    echo "Latency is the sink's clock at arrival minus the forwarded event's \`timestamp\`, which the load generator set to its clock when it built the webhook; a backlog built during the load shows in it. \"Missing\" counts deliveries not received ${DRAIN_TIMEOUT} s after the load ended (loss, or a backlog not drained in time)."
    echo
  fi

  write_send_report

  echo "### Processes (at the end of their steps)"
  echo
  echo "| mode | process | RSS MB | peak RSS (VmHWM) MB | × ceiling | CPU s in total | heap used MB now / peak seen / committed | OutOfMemoryError |"
  echo "|---|---|---:|---:|---:|---:|---|---|"
  local rss hwm heap_used heap_committed heap_peak oom ceiling_hwm=0
  for row in "${PROCESS_ROWS[@]}"; do
    IFS='|' read -r mode server rss hwm cpu heap_used heap_committed heap_peak oom <<<"$row"
    [[ $server == ceiling ]] && ceiling_hwm=$hwm
    echo "| $mode | $server | $rss | $hwm | $(ratio "$hwm" "$ceiling_hwm") | $cpu | $heap_used / $heap_peak / $heap_committed | $oom |"
  done
  echo
  if has_step ingest; then
    write_targets
  fi
  if [[ -n $PROFILE_TEXT ]]; then
    echo "### Where the time goes (embedded ingest, JFR)"
    echo
    echo "$PROFILE_HEADER"
    echo
    echo "$PROFILE_TEXT"
    echo
  fi
  echo "Machine-readable:"
  echo
  echo '```'
  print_machine_lines
  echo '```'
}

# the primary figures of a mode: ingest at the first connection count, end to end with the first endpoint count
primary_figures() {
  local mode=$1 row m server c rps p50 p99 rest
  P_RPS=0 P_P99=0 P_EPS=0 P_LOSS=0 P_SUSTAINED=0
  for row in "${LOAD_ROWS[@]}"; do
    IFS='|' read -r m server c rps p50 p99 rest <<<"$row"
    if [[ $m == "$mode" && $c == "$PRIMARY_CONNECTIONS" ]]; then
      P_RPS=$rps P_P99=$p99
    fi
  done
  for row in "${E2E_ROWS[@]}"; do
    local endpoints wrk_rps accepted expected in_window distinct received unsigned untimed load_s span drain
    IFS='|' read -r m endpoints wrk_rps accepted expected in_window distinct received unsigned untimed load_s span drain rest <<<"$row"
    if [[ $m == "$mode" && $endpoints == "${ENDPOINT_LIST[0]}" ]]; then
      P_EPS=$(e2e_rate "$distinct" "$endpoints" "$span")
      P_SUSTAINED=$(e2e_rate "$in_window" "$endpoints" "$load_s")
      P_LOSS=$((expected > distinct ? expected - distinct : 0))
    fi
  done
}

verdict() {
  if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi
}

write_targets() {
  local mode ceiling=${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}
  echo "### Against the targets of issue 4"
  echo
  echo "| mode | target | measured | verdict |"
  echo "|---|---|---|---|"
  for mode in "${MEASURED_MODES[@]}"; do
    primary_figures "$mode"
    echo "| $mode | ≥ 10,000 webhooks/s at $PRIMARY_CONNECTIONS connections | $(calc "$P_RPS")/s | $(verdict "$P_RPS >= 10000") |"
    echo "| $mode | p99 ack ≤ 25 ms | $P_P99 ms | $(verdict "$P_P99 <= 25") |"
    echo "| $mode | ≥ 40 % of the ceiling ($(calc "$ceiling")/s) | $(calc "100 * $P_RPS / ($ceiling > 0 ? $ceiling : 1)") % | $(verdict "$P_RPS >= 0.4 * $ceiling") |"
    echo "| $mode | end to end ≥ 3,000 events/s sustained ${E2E_DURATION} (target: 60 s), no loss (${ENDPOINT_LIST[0]} endpoint) | $(calc "$P_SUSTAINED") events/s during the load, $(calc "$P_EPS") to the last delivery, $P_LOSS missing | $(verdict "$P_SUSTAINED >= 3000 && $P_LOSS == 0") |"
    echo "| $mode | heap ≤ 512 MB | peak seen ${HEAP_PEAK[$mode]:-0} MB under \`$JVM_OPTS\` | $(verdict "${HEAP_PEAK[$mode]:-0} <= 512") |"
  done
  echo
}

# machine-readable lines per measured mode: the ingest line (ingest or e2e steps), then the send line (send or
# campaign steps); the last line is the last mode's
print_machine_lines() {
  local mode
  for mode in "${MEASURED_MODES[@]}"; do
    if has_step ingest || has_step e2e; then
      primary_figures "$mode"
      echo "ceiling_rps=$(calc "${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}") ingest_rps=$(calc "$P_RPS") ingest_p99_ms=$P_P99 ratio=$(ratio "$P_RPS" "${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}") e2e_eps=$(calc "$P_EPS") mode=$mode"
    fi
    if has_step send || has_step campaign; then
      send_figures "$mode"
      echo "send_accepted_ps=$S_SINGLE send_submitted_ps=$S_SINGLE_SUB batch_accepted_ps=$S_BATCH batch_submitted_ps=$S_BATCH_SUB send_cpu_ratio=$S_RATIO campaign_rows_ps=$C_ROWS campaign_sends_ps=$C_SENDS campaign_cpu_ratio=$C_RATIO mode=$mode"
    fi
  done
}

# --- the send and campaign steps ---------------------------------------------------------------------------

SEND_ROWS=()      # mode|load|requests|failed|accepted|latency|at_load_end|load_s|distinct|received|span_s|waited|gateway_cpu|ceiling_cpu
CAMPAIGN_ROWS=()  # mode|rows|added|duplicates|invalid|upload_s|upload_cpu|heap_after|heap_live|status|accepted|failed|unknown|left|distinct|received|span_s|gateway_cpu|ceiling_cpu
STEP_NOTES=()

# cpu_deltas BEFORE AFTER: "GATEWAY CEILING" CPU seconds between two two_cpus readings
cpu_deltas() {
  awk -v b="$1" -v a="$2" 'BEGIN { split(b, x, " "); split(a, y, " "); printf "%.2f %.2f", y[1] - x[1], y[2] - x[2] }'
}

# record_send MODE LOAD REQUESTS FAILED ACCEPTED LATENCY AT_LOAD_END START_MS LOAD_END_MS CPUS_BEFORE: one send step,
# read when the stand-in had everything (or the wait gave up): STANDIN_JSON and STANDIN_WAITED are its end.
record_send() {
  local mode=$1 load=$2 requests=$3 failed=$4 accepted=$5 latency=$6 at_load_end=$7 start_ms=$8 load_end_ms=$9 before=${10}
  local gateway_cpu ceiling_cpu last_ms
  read -r gateway_cpu ceiling_cpu <<<"$(cpu_deltas "$before" "$(two_cpus)")"
  last_ms=$(standin_field last_ms)
  ((last_ms > 0)) || last_ms=$load_end_ms
  SEND_ROWS+=("$mode|$load|$requests|$failed|$accepted|$latency|$at_load_end|$(calc "($load_end_ms - $start_ms) / 1000" %.1f)|$(standin_field distinct)|$(standin_field received)|$(calc "($last_ms - $start_ms) / 1000" %.1f)|$STANDIN_WAITED|$gateway_cpu|$ceiling_cpu")
  note_heap "$mode" "$GATEWAY_PID"
  log_info "  send: $(standin_field distinct)/$accepted at the stand-in, the last $(calc "($last_ms - $load_end_ms) / 1000" %.1f)s after the load; gateway CPU ${gateway_cpu}s, stand-in ${ceiling_cpu}s"
}

# record_campaign MODE ROWS "ADDED|DUPLICATES|INVALID" UPLOAD_MS UPLOAD_CPU HEAP_AFTER HEAP_LIVE STATUS JSON START_MS END_MS
#   CPUS_BEFORE CPUS_AFTER
record_campaign() {
  local mode=$1 rows=$2 upload=$3 upload_ms=$4 upload_cpu=$5 heap_after=$6 heap_live=$7 status=$8 json=$9
  local start_ms=${10} end_ms=${11} before=${12} after=${13} gateway_cpu ceiling_cpu last_ms left
  read -r gateway_cpu ceiling_cpu <<<"$(cpu_deltas "$before" "$after")"
  last_ms=$(standin_field last_ms)
  ((last_ms > 0)) || last_ms=$end_ms
  left=$(($(campaign_count "$json" pending) + $(campaign_count "$json" queued)))
  CAMPAIGN_ROWS+=("$mode|$rows|$upload|$(calc "$upload_ms / 1000" %.1f)|$upload_cpu|$heap_after|$heap_live|$status|$(campaign_count "$json" accepted)|$(campaign_count "$json" failed)|$(campaign_count "$json" unknown)|$left|$(standin_field distinct)|$(standin_field received)|$(calc "($last_ms - $start_ms) / 1000" %.1f)|$gateway_cpu|$ceiling_cpu")
  note_heap "$mode" "$GATEWAY_PID"
  log_info "  campaign $status: $(standin_field distinct) recipients at the stand-in in $(calc "($last_ms - $start_ms) / 1000" %.1f)s; gateway CPU ${gateway_cpu}s, stand-in ${ceiling_cpu}s"
}

# per_k CPU_S COUNT: CPU milliseconds per item ("–" without items)
per_item_ms() {
  awk -v c="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.3f", c * 1000 / n; else printf "–" }'
}

write_send_report() {
  local row mode load requests failed accepted latency at_load_end load_s distinct received span waited gcpu ccpu g c
  if ((${#SEND_ROWS[@]})); then
    echo "### Send: messages through the send API to a stand-in Meta Cloud API"
    echo
    echo "Project \`$SEND_PROJECT\` with one Meta sender whose \`base_url\` is the ceiling app, which answers \`POST /{version}/{phone_number_id}/messages\` with Meta's success body and a wamid of its own; \`rate_per_second\` 10,000 (the highest the gateway takes), a project key with the \`send\` scope and a limit above the load. The ceiling's stand-in route was first warmed up with wrk at $PRIMARY_CONNECTIONS connections until it stopped getting faster (${WARMUP_LOG[stand-in]:-not warmed}). Template messages, every one to a number of its own. Single sends: \`wrk -t$WRK_THREADS\` with \`bench/wrk/send.lua\`, ${DURATION}, after ${SEND_WARMUP} s of unmeasured single sends ($(for m in "${!SEND_WARMUP_LOG[@]}"; do printf '%s: %s; ' "$m" "${SEND_WARMUP_LOG[$m]}"; done | sed 's/; $//')). Batches: ${SEND_BATCH_MESSAGES} messages, 1,000 per \`POST /api/v1/messages/send/batch\`, $SEND_BATCH_PARALLEL at a time (curl). Each step is followed until the stand-in has every accepted message (at most ${BACKLOG_TIMEOUT} s); both processes' CPU is taken over that whole span."
    echo
    echo "| mode | load | requests (failed) | messages accepted | accepted/s | API ms p50 / p99 | at the stand-in when the load ended | submitted/s, load start → last submission | not submitted | submitted twice | gateway CPU ms per message | stand-in CPU ms per request | × stand-in |"
    echo "|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    for row in "${SEND_ROWS[@]}"; do
      IFS='|' read -r mode load requests failed accepted latency at_load_end load_s distinct received span waited gcpu ccpu <<<"$row"
      g=$(per_item_ms "$gcpu" "$accepted") c=$(per_item_ms "$ccpu" "$received")
      echo "| $mode | $load | $requests ($failed) | $accepted | $(calc "$accepted / ($load_s > 0 ? $load_s : 1)") | $latency | $at_load_end | $(calc "$distinct / ($span > 0 ? $span : 1)") | $((accepted > distinct ? accepted - distinct : 0)) | $((received - distinct)) | $g | $c | $(ratio "$g" "$c") |"
    done
    echo
    echo "Accepted is the API's \`202\` per message (for a batch, each item's \`status_code\`); submitted is what reached the stand-in. \"Not submitted\" is what had not reached it when the wait ended. CPU per message is the gateway's user + system time from the load's start to the last submission over the messages accepted; the stand-in's is over the requests it received: the cost of a bare Dropwizard app reading a JSON request and answering one."
    echo
  fi
  if ((${#CAMPAIGN_ROWS[@]})); then
    echo "### Campaign: a list uploaded as CSV, then sent to the stand-in"
    echo
    echo "One campaign of the same project (template \`bench_offer\`, two parameters), its list made by the bench (unique numbers), uploaded in one \`text/csv\` body with curl; then started and followed with \`GET /api/v1/campaigns/{id}\` every 2 s until \`completed\` (at most ${CAMPAIGN_TIMEOUT} s). The sender's limit is lifted (10,000/s); the campaign settings are the bundled ones (\`campaigns.batchSize\` 50 per pass, \`window\` 100, \`pollInterval\` 200ms). Heap: \`jcmd GC.heap_info\` right after the upload, then after \`jcmd GC.run\` (what is live)."
    echo
    echo "| mode | rows | added / duplicates / invalid | upload s | rows/s | gateway CPU ms per 1k rows | heap MB after the upload / live |"
    echo "|---|---:|---|---:|---:|---:|---|"
    local rows added duplicates invalid upload_s upload_cpu heap_after heap_live status c_accepted c_failed c_unknown left
    for row in "${CAMPAIGN_ROWS[@]}"; do
      IFS='|' read -r mode rows added duplicates invalid upload_s upload_cpu heap_after heap_live rest <<<"$row"
      echo "| $mode | $rows | $added / $duplicates / $invalid | $upload_s | $(calc "$rows / ($upload_s > 0 ? $upload_s : 1)") | $(calc "$upload_cpu * 1000000 / ($rows > 0 ? $rows : 1)" %.1f) | $heap_after / $heap_live |"
    done
    echo
    echo "| mode | status | accepted / failed / unknown / left | recipients at the stand-in | twice | sends/s, start → last send | gateway CPU ms per send | stand-in CPU ms per request | × stand-in |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
    for row in "${CAMPAIGN_ROWS[@]}"; do
      IFS='|' read -r mode rows added duplicates invalid upload_s upload_cpu heap_after heap_live status c_accepted c_failed c_unknown left distinct received span gcpu ccpu <<<"$row"
      g=$(per_item_ms "$gcpu" "$distinct") c=$(per_item_ms "$ccpu" "$received")
      echo "| $mode | $status | $c_accepted / $c_failed / $c_unknown / $left | $distinct | $((received - distinct)) | $(calc "$distinct / ($span > 0 ? $span : 1)") | $g | $c | $(ratio "$g" "$c") |"
    done
    echo
  fi
  for row in "${STEP_NOTES[@]}"; do
    echo "**${row}.**"
    echo
  done
}

# send_figures MODE: the send and campaign figures of a mode, for its machine-readable line
send_figures() {
  local mode=$1 row m load requests failed accepted latency at_load_end load_s distinct received span waited gcpu ccpu rest
  S_SINGLE=0 S_SINGLE_SUB=0 S_BATCH=0 S_BATCH_SUB=0 S_RATIO=n/a C_ROWS=0 C_SENDS=0 C_RATIO=n/a
  for row in "${SEND_ROWS[@]}"; do
    IFS='|' read -r m load requests failed accepted latency at_load_end load_s distinct received span waited gcpu ccpu <<<"$row"
    [[ $m == "$mode" ]] || continue
    if [[ $load == single* ]]; then
      S_SINGLE=$(calc "$accepted / ($load_s > 0 ? $load_s : 1)") S_SINGLE_SUB=$(calc "$distinct / ($span > 0 ? $span : 1)")
      S_RATIO=$(ratio "$(per_item_ms "$gcpu" "$accepted")" "$(per_item_ms "$ccpu" "$received")")
    else
      S_BATCH=$(calc "$accepted / ($load_s > 0 ? $load_s : 1)") S_BATCH_SUB=$(calc "$distinct / ($span > 0 ? $span : 1)")
    fi
  done
  local rows added duplicates invalid upload_s upload_cpu heap_after heap_live status c_accepted c_failed c_unknown left
  for row in "${CAMPAIGN_ROWS[@]}"; do
    IFS='|' read -r m rows added duplicates invalid upload_s upload_cpu heap_after heap_live status c_accepted c_failed c_unknown left distinct received span gcpu ccpu <<<"$row"
    [[ $m == "$mode" ]] || continue
    C_ROWS=$(calc "$rows / ($upload_s > 0 ? $upload_s : 1)") C_SENDS=$(calc "$distinct / ($span > 0 ? $span : 1)")
    C_RATIO=$(ratio "$(per_item_ms "$gcpu" "$distinct")" "$(per_item_ms "$ccpu" "$received")")
  done
}
