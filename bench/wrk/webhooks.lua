-- wrk script: realistic BSP webhooks with unique ids, and a machine-readable summary.
--
-- Every request is one of three payloads, in a fixed rotation of 20 (so every thread sends the same mix):
--   9 x Datagen delivery report       POST /webhook/datagen   (karix-datagen.md 6a; unique events.mid)
--   9 x AiSensy message.status.updated POST /webhook/aisensy  (aisensy.md 8a; unique id, data.message.id, messageId)
--   2 x Datagen user-initiated message POST /webhook/datagen   (karix-datagen.md 6c; unique events.mid)
-- Every event time in a payload is the wall clock (ms) when the request is built, so the delivery sink can tell
-- the end-to-end latency from the forwarded event's timestamp.
--
-- Environment: BENCH_NONCE (digits, unique per wrk invocation: ids never repeat across steps),
-- BENCH_RATE (requests/s for the whole run, 0 = as fast as possible), BENCH_CONNECTIONS (for the pacing),
-- BENCH_BUSINESS (the Datagen business number, 12 digits) and BENCH_AISENSY_PROJECT (AiSensy project_id,
-- 24 hex digits): each step maps its own to its own project, so events of one step never reach another's sink.

local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock_id, bench_timespec *tp);
]]
local clock = ffi.new("bench_timespec")

local function now_ms()
  ffi.C.clock_gettime(0, clock) -- CLOCK_REALTIME: the sink compares with its own wall clock
  return tonumber(clock.tv_sec) * 1000 + math.floor(tonumber(clock.tv_nsec) / 1000000)
end

local function iso(ms)
  return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(ms / 1000)) .. string.format(".%03dZ", ms % 1000)
end

local nonce = tonumber(os.getenv("BENCH_NONCE") or "1")
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
local business = os.getenv("BENCH_BUSINESS") or "919800099999"
local aisensy_project = os.getenv("BENCH_AISENSY_PROJECT") or "65f0c0ffee0000000000b002"

local DATAGEN_DLR = '{"channel":"WABA","appDetails":{"type":"LIVE","id":""},'
  .. '"recipient":{"to":"91980%07d","recipient_type":"individual",'
  .. '"reference":{"cust_ref":"gw-%s","messageTag1":"order-%d","conversationId":"conv-%d"}},'
  .. '"batchId":"","campaignId":"bench-campaign","templateId":"order_shipped_v2","templateCategory":"UTILITY",'
  .. '"sender":{"from":"%s"},'
  .. '"events":{"eventType":"DELIVERY EVENTS","timestamp":"%d","date":"2026-January-01","mid":"%s"},'
  .. '"notificationAttributes":{"status":"%s","reason":"%s","code":"%s"},'
  .. '"convDetails":{"conversationType":"utility","isBillable":"true","waConvId":"0123456789abcdef0123456789abcdef",'
  .. '"kxBillable":"N","uim":"","bim":""}}'

local AISENSY_STATUS = '{"id":"%s","created_at":"%s","topic":"message.status.updated",'
  .. '"project_id":"%s","delivery_attempt":"1",'
  .. '"data":{"message":{"type":"message","id":"%s","messageId":"wamid.%s",'
  .. '"project_id":"%s","phone_number":"91980%07d","countryCode":"91",'
  .. '"contact_id":"65f0c0ffee0000000000d004","userName":"Bench User","message_type":"TEXT",'
  .. '"message_content":{"text":"Your order %d has shipped. Track it with the link in your account."},'
  .. '"status":"%s","is_HSM":true,"sent_at":%d,"delivered_at":%s,"read_at":%s,"failed_at":null,'
  .. '"failureResponse":{},"context":null,"campaign":null}}}'

local DATAGEN_INBOUND = '{"channel":"WABA","events":{"eventType":"User initiated","timestamp":"%d","mid":"%s"},'
  .. '"eventContent":{"message":{"from":"91980%07d","to":"%s","contentType":"button",'
  .. '"profileName":"Bench User","button":{"text":"Track order","payload":"TRACK_%d"}}}}'

local DLR_STATUSES = {
  { "sent", "Sent to User", "100" }, { "delivered", "Delivered to User", "101" }, { "read", "Read by User", "102" } }
local AISENSY_STATUSES = { "SENT", "DELIVERED", "READ" }

local headers = { ["Content-Type"] = "application/json", ["User-Agent"] = "zen-bench" }

-- per-thread state (each wrk thread runs its own copy of this script)
local thread_id = 0
local sequence = 0
local all_threads = {}

function setup(thread)
  thread:set("thread_id", #all_threads + 1)
  table.insert(all_threads, thread)
end

function init(args)
  thread_id = wrk.thread:get("thread_id") or 0
end

-- pacing: each connection waits connections/rate seconds between requests (wrk's delay hook, in ms)
if rate > 0 then
  local pause_ms = math.max(1, math.floor(connections * 1000 / rate))
  function delay()
    return pause_ms
  end
end

local function unique_digits()
  -- 24 digits like a Karix mid: nonce (10) + thread (2) + sequence (12)
  return string.format("%010d%02d%012d", nonce % 10000000000, thread_id % 100, sequence)
end

local function unique_hex()
  -- 24 hex digits like an AiSensy object id
  return string.format("%010x%02x%012x", nonce % 1099511627776, thread_id % 256, sequence)
end

function request()
  sequence = sequence + 1
  local slot = sequence % 20
  local ms = now_ms()
  local customer = sequence % 10000000
  if slot < 9 then
    local s = DLR_STATUSES[sequence % 3 + 1]
    return wrk.format("POST", "/webhook/datagen", headers,
      string.format(DATAGEN_DLR, customer, unique_digits(), sequence, sequence, business, ms, unique_digits(),
        s[1], s[2], s[3]))
  elseif slot < 18 then
    local status = AISENSY_STATUSES[sequence % 3 + 1]
    local delivered = (status ~= "SENT") and tostring(ms) or "null"
    local read = (status == "READ") and tostring(ms) or "null"
    return wrk.format("POST", "/webhook/aisensy", headers,
      string.format(AISENSY_STATUS, unique_hex(), iso(ms), aisensy_project, "c" .. unique_hex(), unique_hex(),
        aisensy_project, customer, sequence, status, ms, delivered, read))
  else
    return wrk.format("POST", "/webhook/datagen", headers,
      string.format(DATAGEN_INBOUND, ms, unique_digits(), customer, business, sequence))
  end
end

-- One line bench/run parses: counts, rate, and ack latency percentiles in ms.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f "
      .. "mean_ms=%.2f non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
