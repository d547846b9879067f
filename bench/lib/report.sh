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
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), shared with other builds (load average $LOAD_AT_START at the start, $LOAD_AT_END at the end). JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), JVM options \`$JVM_OPTS\` for gateway and ceiling alike; gateway data under \`$DATA_ON\`; store: $( [[ $STORE == postgres ]] && echo "PostgreSQL on 127.0.0.1 (a database per mode; the database server's CPU is not in the gateway's figures)" || echo "the embedded H2 file"). Gateway \`$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)\` ($(basename "$GATEWAY_JAR")). Load: \`wrk -t$WRK_THREADS --timeout 10s\` with \`bench/wrk/webhooks.lua\` (45 % Datagen delivery reports, 45 % AiSensy status updates, 10 % Datagen user-initiated messages, unique ids, ~0.8–1 KB bodies); ${DURATION} per step. Each server was first warmed up until it stopped getting faster (at least ${WARMUP_MIN} s, at most ${WARMUP_MAX} s, in ${WARMUP_STEP} s runs): $(warmups)."
  echo
  for row in "${SKIPPED[@]}"; do
    echo "**Not measured — ${row}.**"
    echo
  done

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
  write_targets
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

# one machine-readable line per measured mode; the last line is the last mode
print_machine_lines() {
  local mode
  for mode in "${MEASURED_MODES[@]}"; do
    primary_figures "$mode"
    echo "ceiling_rps=$(calc "${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}") ingest_rps=$(calc "$P_RPS") ingest_p99_ms=$P_P99 ratio=$(ratio "$P_RPS" "${CEILING_RPS[$PRIMARY_CONNECTIONS]:-0}") e2e_eps=$(calc "$P_EPS") mode=$mode"
  done
}
