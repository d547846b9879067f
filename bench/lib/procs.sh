# Processes the benchmark starts, and what /proc says about them. Sourced by bench/run.
# Every process started here is remembered and killed by cleanup (bench/run traps EXIT), by its own pid.

STARTED_PIDS=()
CLK_TCK=$(getconf CLK_TCK)

# start_java NAME LOGFILE [ENV=VALUE...] -- JAVA_ARGS... : starts a JVM in the background; sets LAST_PID.
start_java() {
  local name=$1 log=$2; shift 2
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  env "${envs[@]}" "$JAVA_HOME/bin/java" $JVM_OPTS "$@" >"$log" 2>&1 &
  LAST_PID=$!
  STARTED_PIDS+=("$LAST_PID")
  log_info "started $name (pid $LAST_PID, log $log)"
}

# wait_http URL SECONDS PID: until URL answers 2xx; fails if the process died or time ran out.
wait_http() {
  local url=$1 seconds=$2 pid=$3 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log_error "process $pid died while starting; see its log"
      return 1
    fi
    if curl -sf -o /dev/null --max-time 2 "$url"; then
      # the answer must come from our process, not from someone else's server on the same port
      sleep 1
      kill -0 "$pid" 2>/dev/null && return 0
      log_error "process $pid died although $url answered: is the port taken?"
      return 1
    fi
    sleep 0.5
  done
  log_error "$url did not answer within ${seconds}s"
  return 1
}

# stop_pid PID: SIGTERM, then SIGKILL after 20 s (the gateway drains its queue on shutdown, bounded).
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  log_info "pid $pid still alive 20 s after SIGTERM: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    stop_pid "$pid"
  done
  STARTED_PIDS=()
}

# cpu_seconds PID: user + system CPU time so far, in seconds (fields 14 and 15 of /proc/PID/stat, after the
# command name, which may contain spaces, hence the cut at the last ')').
cpu_seconds() {
  local stat rest
  stat=$(<"/proc/$1/stat") || { echo 0; return; }
  rest=${stat##*) }
  awk -v tck="$CLK_TCK" '{ printf "%.2f", ($12 + $13) / tck }' <<<"$rest"
}

# rss_mb PID FIELD: VmRSS (resident now) or VmHWM (peak resident) in MB.
rss_mb() {
  awk -v field="$2:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# heap_used_mb PID: Java heap in use now (jcmd GC.heap_info, first heap line, "used NNNK").
heap_used_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info 2>/dev/null \
    | grep -m1 -o 'used [0-9]*K' | awk '{ sub("K", "", $2); printf "%.0f", $2 / 1024 }' || echo 0
}

# heap_committed_mb PID: Java heap committed now.
heap_committed_mb() {
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info 2>/dev/null \
    | grep -m1 -o 'committed [0-9]*K' | awk '{ sub("K", "", $2); printf "%.0f", $2 / 1024 }' || echo 0
}

# settle PID MAX_SECONDS: waits until the process uses under 15 % of a core over a second (its consumer has
# worked off what the previous step queued), at most MAX_SECONDS; prints how long it waited.
settle() {
  local pid=$1 max=$2 waited=0 before after
  while ((waited < max)); do
    before=$(cpu_seconds "$pid"); sleep 1; after=$(cpu_seconds "$pid")
    waited=$((waited + 1))
    awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b < 0.15) }' && break
  done
  echo "$waited"
}

# load_average: the 1-minute load average, to record how busy the shared machine was.
load_average() {
  cut -d' ' -f1 /proc/loadavg
}
