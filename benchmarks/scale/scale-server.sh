# Sourced by the scale scripts: builds ScaleTool and starts the real server on it, waiting for /health.
# Needs SCALE (this folder), WORK (a scratch folder) and BASE (the server URL) set by the caller.
# usage: start_scale_server STORE CONNECTION_STRING ACCOUNT TOKEN
start_scale_server() {
  echo "== machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet build "$SCALE/ScaleTool.cs" -c Release -v q -nologo >/dev/null
  (cd "$WORK" && Scim__Store="$1" ConnectionStrings__Scim="$2" Scim__Bootstrap__Account="$3" Scim__Bootstrap__Token="$4" \
    exec dotnet run --no-build -c Release "$SCALE/ScaleTool.cs" -- serve --urls "$BASE" >"$WORK/server.log" 2>&1) &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 120); do
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    curl -fsS "$BASE/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "$BASE/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }
  cd "$WORK"
}
