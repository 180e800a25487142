-- wrk script: Entra's matching query for a random existing user, user0000001@example.com .. userNNNNNNN@example.com.
-- Environment: SCIM_USERS (how many were seeded), SCIM_ACCOUNT, SCIM_TOKEN.
local users = tonumber(os.getenv("SCIM_USERS") or "10000")
local account = os.getenv("SCIM_ACCOUNT") or "bench"
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("SCIM_TOKEN") or "") }

request = function()
  local path = string.format("/accounts/%s/scim/v2/Users?filter=userName+eq+%%22user%07d%%40example.com%%22", account, math.random(1, users))
  return wrk.format("GET", path, headers)
end

-- Any answer other than 200 counts as an error in the summary (wrk reports non-2xx responses).
