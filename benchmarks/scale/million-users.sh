#!/usr/bin/env bash
# The server on PostgreSQL with 1,000,000 users in one tenant: p50/p99 of Entra's matching query
# GET /Users?filter=userName eq "..." for random existing users (sequential requests through HTTP), and p50 of PATCH
# member adds to groups of 100, 10,000 and 100,000 members. Users and members are seeded directly in SQL, in the
# EF Core schema the server's migration created (same columns, normalised user_name_key, JSON document without meta).
# Uses its own database (scim_scale), never the tests' database. Not part of CI. Run as root (PostgreSQL setup).
#   SCIM_USERS (1000000)   LATENCY_REQUESTS (2000)   ADD_REQUESTS (200)   PORT (5082)
#   REUSE_SEED (0)   1: keep scim_scale when it already holds SCIM_USERS seeded users (skips the drop and the seeding;
#                    earlier runs' PATCH member adds stay in the groups, which does not change what is measured)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCALE="$ROOT/benchmarks/scale"
USERS="${SCIM_USERS:-1000000}"
LATENCY_REQUESTS="${LATENCY_REQUESTS:-2000}"
ADD_REQUESTS="${ADD_REQUESTS:-200}"
PORT="${PORT:-5082}"
ACCOUNT=bench
TOKEN="bench-token-0123456789abcdef"
BASE="http://127.0.0.1:$PORT"
URL="$BASE/accounts/$ACCOUNT/scim/v2"
DATABASE=scim_scale
WORK="$(mktemp -d /tmp/scim-million.XXXXXX)"
export PGPASSWORD=scim
PSQL=(psql -h 127.0.0.1 -U scim -v ON_ERROR_STOP=1 -q)

bash "$ROOT/tests/postgres/start-postgres.sh"
seeded_users() {
  "${PSQL[@]}" -d "$DATABASE" -tAc "SELECT count(*) FROM scim_users WHERE tenant = '$ACCOUNT' AND id LIKE 'u-%'" 2>/dev/null || echo 0
}
REUSE=0
if [ "${REUSE_SEED:-0}" = 1 ] && [ "$(seeded_users)" = "$USERS" ]; then
  REUSE=1
  echo "== reusing the $USERS users already seeded in $DATABASE"
else
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DATABASE" -c "CREATE DATABASE $DATABASE OWNER scim"
fi

. "$SCALE/scale-server.sh"
start_scale_server postgres "Host=127.0.0.1;Username=scim;Password=scim;Database=$DATABASE" "$ACCOUNT" "$TOKEN"

if [ "$REUSE" = 0 ]; then
echo "== seeding $USERS users and groups of 100, 10000, 100000 members in SQL"
SECONDS=0
"${PSQL[@]}" -d "$DATABASE" <<SQL
SET synchronous_commit = off;
INSERT INTO scim_users (tenant, id, external_id, display_name, display_name_key, created, last_modified, version, document, user_name, user_name_key, active)
SELECT '$ACCOUNT', 'u-' || p, 'ext-' || p, 'User ' || p, 'user ' || p, now(), now(), 1,
       '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"externalId":"ext-' || p || '","userName":"user' || p
         || '@example.com","displayName":"User ' || p || '","active":true,"emails":[{"type":"work","value":"user' || p
         || '@example.com","primary":true}],"id":"u-' || p || '"}',
       'user' || p || '@example.com', 'user' || p || '@example.com', true
FROM (SELECT lpad(n::text, 7, '0') AS p FROM generate_series(1, $USERS) AS n) AS s;
INSERT INTO scim_user_emails (tenant, user_id, position, value_key, type_key, display_key, is_primary)
SELECT tenant, id, 0, user_name_key, 'work', NULL, true FROM scim_users WHERE tenant = '$ACCOUNT' AND id LIKE 'u-%';
INSERT INTO scim_groups (tenant, id, external_id, display_name, display_name_key, created, last_modified, version, document)
SELECT '$ACCOUNT', 'g-' || size, NULL, 'Group ' || size, 'group ' || size, now(), now(), 1,
       '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Group ' || size || '","id":"g-' || size || '"}'
FROM (VALUES (100), (10000), (100000)) AS g(size);
INSERT INTO scim_group_members (tenant, group_id, member_id, type, display)
SELECT '$ACCOUNT', 'g-' || size, 'u-' || lpad(n::text, 7, '0'), 'User', NULL
FROM (VALUES (100), (10000), (100000)) AS g(size), LATERAL generate_series(1, size) AS n;
ANALYZE;
SQL
echo "seeded in ${SECONDS} s"
fi
echo "rows: $("${PSQL[@]}" -d "$DATABASE" -tAc "SELECT (SELECT count(*) FROM scim_users) || ' users, ' || (SELECT count(*) FROM scim_group_members) || ' members'")"

# The seeded rows read back through the server as the API would have written them.
curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/Users/u-0000042" | grep -q '"userName":"user0000042@example.com"'
curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/Users?filter=userName+eq+%22USER0000042%40example.com%22" | grep -q '"totalResults":1'

echo "== GET by filter, random existing users"
dotnet run --no-build -c Release "$SCALE/ScaleTool.cs" -- latency "$URL" "$TOKEN" "$LATENCY_REQUESTS" "$USERS" 7
echo "== PATCH member add"
for size in 100 10000 100000; do
  dotnet run --no-build -c Release "$SCALE/ScaleTool.cs" -- member-add "$URL" "$TOKEN" "g-$size" "$ADD_REQUESTS"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
