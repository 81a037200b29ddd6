-- wrk script of the benchmark (bench/run.sh): every contender gets the same PUT, read from the
-- files the runner derives from the contract (BENCH_REQUEST_DIR: method, path, headers, body).
local dir = os.getenv("BENCH_REQUEST_DIR")
assert(dir, "BENCH_REQUEST_DIR is not set: run bench/run.sh")

local function slurp(name)
  local file = assert(io.open(dir .. "/" .. name, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

wrk.method = slurp("method"):gsub("%s+$", "")
wrk.path = slurp("path"):gsub("%s+$", "")
wrk.body = slurp("body")
for line in slurp("headers"):gmatch("[^\n]+") do
  local name, value = line:match("^([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end

-- One machine-readable line for the report. errors_status counts answers other than 2xx/3xx,
-- so that a contender that answered errors is not reported as fast.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      .. "errors_status=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
