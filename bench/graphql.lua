-- wrk script: POSTs the operations of a workload file in rotation and counts errors, including
-- GraphQL errors inside 200 responses. Usage: wrk ... -s bench/graphql.lua <url> -- <workload.tsv> [operation]
local threads = {}
local bodies = {}
local index = 0
errors = 0
responses = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file, only = args[1], args[2]
  for line in io.lines(file) do
    if line:sub(1, 1) ~= "#" and line:find("\t") then
      local name, body = line:match("^([^\t]+)\t(.+)$")
      if only == nil or only == name then
        table.insert(bodies, wrk.format("POST", "/graphql",
          { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body))
      end
    end
  end
  if #bodies == 0 then
    error("no operation " .. tostring(only) .. " in " .. file)
  end
end

function request()
  index = index % #bodies + 1
  return bodies[index]
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 200 or body:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local failed, seen = 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    seen = seen + thread:get("responses")
  end
  local transport = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d transport_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failed, transport))
end
