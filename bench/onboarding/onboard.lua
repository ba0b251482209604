-- wrk script: POST each prepared onboarding request exactly once to /api/onboarding/devices.
-- Requests (JSON, one per line: a device's name, MAC, address, MUD URL and a PSA token over its own fresh nonce) come
-- from the file named by $BODIES; thread i of $THREADS sends lines i, i+THREADS, ... A response counts only when its
-- status is 200 and its body says "decision":"ADMITTED" (the expected decision for every prepared device). When a
-- thread has sent all its requests its idle connections ask GET /health every second (not counted) until the last
-- answers arrive, then the thread stops. The rate is the counted decisions over the time from the first request sent
-- to the last answer received (any thread), read from the monotonic clock; wrk itself idles until its -d ends.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(os.getenv("THREADS"))
  bodies = {}
  local i = 0
  for line in io.lines(os.getenv("BODIES")) do
    if i % nthreads == id then
      bodies[#bodies + 1] = line
    end
    i = i + 1
  end
  nexti = 1
  sent = 0
  answered = 0
  admitted = 0
  other = 0
  first_us = 0
  last_us = 0
  filler = wrk.format("GET", "/health")
  wrk.headers["Content-Type"] = "application/json"
end

function delay()
  if nexti > #bodies then return 1000 end
  return 0
end

function request()
  if nexti > #bodies then
    return filler
  end
  local b = bodies[nexti]
  nexti = nexti + 1
  sent = sent + 1
  if first_us == 0 then first_us = now_us() end
  return wrk.format("POST", "/api/onboarding/devices", nil, b)
end

function response(status, headers, body)
  if status == 200 and body:find('"status":"up"', 1, true) then
    if answered >= #bodies then wrk.thread:stop() end
    return
  end
  answered = answered + 1
  last_us = now_us()
  if status == 200 and body:find('"decision":"ADMITTED"', 1, true) then
    admitted = admitted + 1
  else
    other = other + 1
    if other <= 3 then io.write("unexpected answer: ", status, " ", body:sub(1, 400), "\n") end
  end
  if answered >= #bodies then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local a, o, first, last = 0, 0, nil, 0
  for i, t in ipairs(threads) do
    if t:get("answered") < t:get("sent") then
      io.write(string.format("thread %d: %d requests sent, %d answered\n", i, t:get("sent"), t:get("answered")))
    end
    a = a + t:get("admitted")
    o = o + t:get("other")
    local f = t:get("first_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if t:get("last_us") > last then last = t:get("last_us") end
  end
  local secs = (last - (first or last)) / 1e6
  if secs <= 0 then secs = summary.duration / 1e6 end
  io.write(string.format("onboarding decisions: %d admitted, %d other, in %.2f s: %.0f admitted devices/s\n",
    a, o, secs, a / secs))
end
