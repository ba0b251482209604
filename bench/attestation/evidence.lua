-- wrk script: POST each pre-signed PSA token exactly once to /api/attestation/evidence.
-- Tokens (hex, one per line, each over its own fresh nonce) come from the file named by $TOKENS; thread i of $THREADS
-- takes lines i, i+THREADS, ... among lines FIRST..LAST (0-based, $FIRST/$LAST; the warm-up run uses other lines than
-- the measured run, so no token is sent twice). A response counts as admitted only when its body says "verdict":"ADMITTED";
-- a thread that runs out of tokens starts again from its first one, and those replays are counted as not admitted.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(os.getenv("THREADS"))
  local first = tonumber(os.getenv("FIRST") or "0")
  local last = tonumber(os.getenv("LAST") or "1000000000")
  tokens = {}
  local i = 0
  for line in io.lines(os.getenv("TOKENS")) do
    if i >= first and i <= last and i % nthreads == id then
      tokens[#tokens + 1] = (line:gsub("..", function(cc) return string.char(tonumber(cc, 16)) end))
    end
    i = i + 1
  end
  nexti = 1
  admitted = 0
  other = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/psa-attestation-token"
end

function request()
  local t = tokens[nexti]
  nexti = nexti + 1
  if nexti > #tokens then nexti = 1 end
  return wrk.format(nil, nil, nil, t)
end

function response(status, headers, body)
  if status == 200 and body:find('"verdict":"ADMITTED"', 1, true) then
    admitted = admitted + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("admitted")
    o = o + t:get("other")
  end
  io.write(string.format("admitted: %d, not admitted: %d\n", a, o))
end
