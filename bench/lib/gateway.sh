# The gateway under test: start it in a mode, prove the mode is real, map numbers, subscribe endpoints, read
# its ingest counters. Sourced by bench/run.

# The admin key this run gives the gateway (ZEN_ADMIN_TOKEN) and its API calls carry.
BENCH_ADMIN_KEY=${BENCH_ADMIN_KEY:-zen_bench_$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}

# start_gateway MODE DATA_DIR: the gateway jar on GATEWAY_PORT/GATEWAY_ADMIN_PORT; sets GATEWAY_PID.
start_gateway() {
  local mode=$1 data=$2 envs=()
  envs=(ZEN_DATA_DIR="$data" SERVER_PORT="$GATEWAY_PORT" ADMIN_PORT="$GATEWAY_ADMIN_PORT"
    ZEN_FORWARDING_ALLOWED_NETWORKS=127.0.0.0/8 ZEN_ADMIN_TOKEN="$BENCH_ADMIN_KEY"
    ZEN_WEBHOOKS_ALLOW_UNVERIFIED=datagen,aisensy)  # the bench posts unsigned webhooks; refused by default
  [[ $mode == rabbitmq ]] && envs+=(RABBITMQ_URL="$RABBITMQ_URL")
  [[ -n ${GATEWAY_DATABASE_URL:-} ]] && envs+=(DATABASE_URL="$GATEWAY_DATABASE_URL")
  GATEWAY_LOG=$WORK_DIR/gateway-$mode.log
  start_java "gateway ($mode)" "$GATEWAY_LOG" "${envs[@]}" -- -jar "$GATEWAY_JAR" server
  GATEWAY_PID=$LAST_PID
  wait_http "http://127.0.0.1:$GATEWAY_PORT/health" 120 "$GATEWAY_PID"
}

# use_bench_vhost: sets RABBITMQ_URL to a vhost of this run's own, so that its queues start empty and whatever a step leaves
# queued (a backlog not drained in time) goes with the vhost instead of feeding the next run's gateway. Made with
# rabbitmqctl when it can be; otherwise the default vhost, said in the log.
use_bench_vhost() {
  local vhost=zen-bench-$$
  if command -v rabbitmqctl >/dev/null && rabbitmqctl -q add_vhost "$vhost" >/dev/null 2>&1 \
    && rabbitmqctl -q set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null 2>&1; then
    BENCH_VHOST=$vhost
    log_info "rabbitmq: vhost $vhost of this run's own (deleted at the end)"
    RABBITMQ_URL=amqp://guest:guest@$RABBITMQ_HOST:$RABBITMQ_PORT/$vhost
  else
    log_info "rabbitmq: no rabbitmqctl to make a vhost of this run's own: using the default vhost, whose queues may hold what earlier runs left"
    RABBITMQ_URL=amqp://guest:guest@$RABBITMQ_HOST:$RABBITMQ_PORT/
  fi
}

# drop_bench_vhost: deletes the run's vhost, with whatever is still queued in it.
drop_bench_vhost() {
  [[ -n ${BENCH_VHOST:-} ]] || return 0
  rabbitmqctl -q delete_vhost "$BENCH_VHOST" >/dev/null 2>&1 || log_error "could not delete the vhost $BENCH_VHOST"
  BENCH_VHOST=
}

# use_bench_database MODE: sets GATEWAY_DATABASE_URL to a fresh PostgreSQL database for MODE (each mode starts
# empty, as the embedded store does), made with psql; dropped by drop_bench_databases.
BENCH_DATABASES=()
use_bench_database() {
  local name=zen_bench_$$_$1 base=${POSTGRES_ADMIN_URL%/*}
  command -v psql >/dev/null || { log_error "no psql to make the database"; return 1; }
  psql -q "$POSTGRES_ADMIN_URL" -c "CREATE DATABASE $name" >/dev/null || return 1
  BENCH_DATABASES+=("$name")
  GATEWAY_DATABASE_URL=$base/$name
  log_info "$1: store on PostgreSQL, database $name of this run's own (dropped at the end)"
}

drop_bench_databases() {
  local name
  for name in "${BENCH_DATABASES[@]}"; do
    psql -q "$POSTGRES_ADMIN_URL" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 \
      || log_error "could not drop the database $name"
  done
  BENCH_DATABASES=()
}

# broker_reachable: something listens on the RabbitMQ port.
broker_reachable() {
  (exec 3<>"/dev/tcp/$RABBITMQ_HOST/$RABBITMQ_PORT") 2>/dev/null
}

# gateway_uses_broker PID: the process holds an established connection to the broker (the only proof that
# RABBITMQ_URL was taken, whatever the gateway logs). Waits a few seconds for lazy connections.
gateway_uses_broker() {
  local pid=$1 i
  for ((i = 0; i < 10; i++)); do
    ss -tnpH state established "( dport = :$RABBITMQ_PORT )" 2>/dev/null | grep -q "pid=$pid," && return 0
    sleep 1
  done
  return 1
}

# api METHOD PATH [JSON]: one call to the gateway's API with the run's admin key; fails on a non-2xx answer. A 429
# (the key's limit, 50 calls/s) is tried again after a second, as a well-behaved client does. The answer's body is
# left in API_BODY (not printed: stdout is the report).
api() {
  api_as "$BENCH_ADMIN_KEY" "$@"
}

# api_as KEY METHOD PATH [JSON]: the same with another key (a project key of the send steps).
api_as() {
  local key=$1 method=$2 path=$3 body=${4:-}
  local args=(-sS --max-time 10 -X "$method" -w '\n%{http_code}' -H "Authorization: Bearer $key"
    "http://127.0.0.1:$GATEWAY_PORT$path")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' -d "$body")
  local out code try
  for ((try = 0; try < 10; try++)); do
    out=$(curl "${args[@]}") || { log_error "$method $path failed"; return 1; }
    code=${out##*$'\n'}
    [[ $code == 429 ]] || break
    sleep 1
  done
  API_BODY=${out%$'\n'*}
  if [[ $code != 2* ]]; then
    log_error "$method $path answered $code: $API_BODY"
    return 1
  fi
}

# map_project PROJECT BUSINESS AISENSY_PROJECT: both BSPs' identities of the sender belong to PROJECT.
map_project() {
  api PUT "/api/v1/projects/$1/numbers/$2"
  api PUT "/api/v1/projects/$1/numbers/$3"
}

# subscribe PROJECT URL: an endpoint of PROJECT receiving every topic.
subscribe() {
  api POST /api/v1/webhooks/configure \
    "{\"project_owner_id\":\"$1\",\"webhook_url\":\"$2\",\"topics\":[\"*\"]}"
}

# ingest_counter NAME: a zen.ingest.* meter's count from the admin port's metrics (accepted, quarantined, ...).
ingest_counter() {
  meter_count "zen.ingest.$1"
}

# meter_count NAME: a meter's count from the admin port's metrics; 0 when it cannot be read.
meter_count() {
  curl -sf --max-time 10 "http://127.0.0.1:$GATEWAY_ADMIN_PORT/metrics" \
    | grep -o "\"$1\":{\"count\":[0-9]*" | grep -o '[0-9]*$' || echo 0
}

# backlog: what the gateway says still waits, "ENVELOPES DELIVERIES": the gauges zen.queue.inbound.backlog
# (envelopes, or on RabbitMQ the broker messages packing them) and zen.forwarding.unfinished (deliveries pending
# or retrying); -1 for one it could not read. The gauges are cached for a second.
backlog() {
  local json
  json=$(curl -sf --max-time 10 "http://127.0.0.1:$GATEWAY_ADMIN_PORT/metrics") || { echo "-1 -1"; return; }
  echo "$(gauge_of "$json" zen.queue.inbound.backlog) $(gauge_of "$json" zen.forwarding.unfinished)"
}

gauge_of() {
  grep -o "\"$2\":{\"value\":-\{0,1\}[0-9]*" <<<"$1" | grep -o -- '-\{0,1\}[0-9]*$' || echo -1
}

# drain_gateway MAX_SECONDS: waits until the gateway has processed every envelope and finished every delivery
# (both gauges at 0), at most MAX_SECONDS, then until its CPU is idle (settle). Why: a step that starts behind
# the backlog of the one before measures the backlog, not itself; the CPU alone could not tell (on a slow store
# the consumer waits on the database, using little CPU, with a backlog still queued). Sets DRAINED_IN (seconds)
# and DRAIN_LEFT (the backlog when it gave up, "0 0" when drained).
drain_gateway() {
  local max=$1 start=$SECONDS left
  while :; do
    left=$(backlog)
    [[ $left == "0 0" ]] && break
    ((SECONDS - start >= max)) && break
    sleep 1
  done
  settle "$GATEWAY_PID" 30 >/dev/null
  DRAINED_IN=$((SECONDS - start)) DRAIN_LEFT=$left
  if [[ $left == "0 0" ]]; then
    log_info "  drained in ${DRAINED_IN}s"
  else
    log_info "  NOT drained after ${DRAINED_IN}s: backlog $left (envelopes, deliveries) still queued"
  fi
}
