-- wrk script for bench/search-load.sh: rotates through truth-labelled queries (one query string a line),
-- sends the demo sign-in cookie when given, and prints p50/p95/p99 and requests/s as one parsable line.
-- usage: wrk ... -s search-wrk.lua <url> -- <queries.txt> <path> [cookie]
local queries = {}
local path = "/"
local next_query = 1

function init(args)
  for line in io.lines(args[1]) do
    queries[#queries + 1] = line
  end
  path = args[2]
  if args[3] and #args[3] > 0 then
    wrk.headers["Cookie"] = args[3]
  end
  -- Each thread starts at a different place in the list, so connections do not ask the same thing at once.
  next_query = math.random(#queries)
end

function request()
  next_query = next_query % #queries + 1
  return wrk.format("GET", path .. queries[next_query])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
