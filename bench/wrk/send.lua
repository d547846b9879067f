-- wrk script: template sends through the gateway's send API, every one to a number of its own, and a
-- machine-readable summary that counts the messages the gateway accepted (202 per message).
--
-- Environment: BENCH_KEY (an API key with the send scope), BENCH_PROJECT (its project_owner_id), BENCH_BATCH
-- (0: one message per POST /api/v1/messages/send; N: N messages per POST /api/v1/messages/send/batch),
-- BENCH_NONCE (0-99, different per wrk run: the numbers of one run never repeat those of the run before),
-- BENCH_PATH (single sends to this path instead: the bench warms the stand-in Meta API up with it).
-- Numbers are +9, the nonce (2 digits), the thread (1) and a sequence (9): 13 digits, valid E.164, unique per run,
-- so the stand-in Meta API can tell a message submitted twice from two messages.

local key = os.getenv("BENCH_KEY") or ""
local project = os.getenv("BENCH_PROJECT") or "bench-send"
local batch = tonumber(os.getenv("BENCH_BATCH") or "0")
local nonce = tonumber(os.getenv("BENCH_NONCE") or "0") % 100
local path = os.getenv("BENCH_PATH") or ""
if path == "" then path = "/api/v1/messages/send" end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key,
  ["User-Agent"] = "zen-bench" }

local MESSAGE = '{"to":"+9%02d%d%09d","type":"template","template":{"name":"order_shipped","language":"en",'
  .. '"parameters":["Bench User","%d"]},"reference":"bench-%d"}'

local thread_id = 0
local sequence = 0
accepted = 0
local all_threads = {}

function setup(thread)
  thread:set("thread_id", #all_threads + 1)
  table.insert(all_threads, thread)
end

function init(args)
  thread_id = wrk.thread:get("thread_id") or 0
end

local function message()
  sequence = sequence + 1
  return string.format(MESSAGE, nonce, thread_id % 10, sequence, sequence, sequence)
end

function request()
  if batch <= 0 then
    local body = message()
    return wrk.format("POST", path, headers,
      '{"project_owner_id":"' .. project .. '",' .. body:sub(2))
  end
  local items = {}
  for i = 1, batch do
    items[i] = message()
  end
  return wrk.format("POST", "/api/v1/messages/send/batch", headers,
    '{"project_owner_id":"' .. project .. '","messages":[' .. table.concat(items, ",") .. ']}')
end

-- a single send is accepted by its 202 (the stand-in's 200 is not counted); a batch answers 202 with one result per item, "status_code":202 if queued
function response(status, headers, body)
  if batch <= 0 then
    if status == 202 then accepted = accepted + 1 end
  elseif status == 202 then
    local _, n = string.gsub(body, '"status_code":202', "")
    accepted = accepted + n
  end
end

-- One line bench/run parses: requests, messages accepted, rate, latency percentiles in ms.
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(all_threads) do
    total = total + (thread:get("accepted") or 0)
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d accepted=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f "
      .. "max_ms=%.2f mean_ms=%.2f non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, total, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
