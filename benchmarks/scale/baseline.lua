-- wrk script: the same-bytes baseline, with the same Authorization header (ignored by the endpoint).
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("SCIM_TOKEN") or "") }

request = function()
  return wrk.format("GET", "/bench/baseline", headers)
end
