-- wrk script of the benchmark's invalid and mixed loads (bench/run.sh): the valid request
-- (BENCH_REQUEST_DIR) and a request that breaks the contract (BENCH_INVALID_DIR), the invalid one
-- every BENCH_INVALID_EVERY-th request (1: all invalid; 4: one in four). Both are derived from
-- the contract by the runner; see put.lua for the files.
local valid_dir = os.getenv("BENCH_REQUEST_DIR")
local invalid_dir = os.getenv("BENCH_INVALID_DIR")
local every = tonumber(os.getenv("BENCH_INVALID_EVERY") or "1")
assert(valid_dir and invalid_dir, "BENCH_REQUEST_DIR and BENCH_INVALID_DIR must be set: run bench/run.sh")

local function slurp(dir, name)
  local file = assert(io.open(dir .. "/" .. name, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

local function formatted(dir)
  local headers = {}
  for line in slurp(dir, "headers"):gmatch("[^\n]+") do
    local name, value = line:match("^([^:]+):%s*(.-)%s*$")
    if name then headers[name] = value end
  end
  return wrk.format(slurp(dir, "method"):gsub("%s+$", ""), slurp(dir, "path"):gsub("%s+$", ""),
    headers, slurp(dir, "body"))
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  valid_request = formatted(valid_dir)
  invalid_request = formatted(invalid_dir)
  sent = 0
  refused = 0
  server_errors = 0
end

function request()
  sent = sent + 1
  if sent % every == 0 then
    return invalid_request
  end
  return valid_request
end

-- Answers are counted: 4xx (the refusals the load asks for) and 5xx (errors, never expected).
function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local total_refused, total_server_errors = 0, 0
  for _, thread in ipairs(threads) do
    total_refused = total_refused + thread:get("refused")
    total_server_errors = total_server_errors + thread:get("server_errors")
  end
  -- errors_status here counts only 5xx: the 4xx answers are the expected refusals.
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      .. "errors_status=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d refused=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    total_server_errors, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    total_refused))
end
