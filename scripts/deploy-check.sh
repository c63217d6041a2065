#!/usr/bin/env bash
# The production set-up of deploy/, tested on loopback: a throwaway PostgreSQL with the demo data,
# two app instances (`npm start`, one NEXTAUTH_SECRET, TRUSTED_PROXY_HOPS=1) and nginx with
# deploy/nginx.conf in front. Each check prints one line; the first failure stops the run.
# Run by .ci/run after `npm test`, reusing the production build the browser tests made
# (.next/BUILD_ID; built here when there is none). Everything started is stopped on exit.
#   DEPLOY_CHECK_PORT=3410 (nginx; the instances take the next two)  DEPLOY_CHECK_PG_PORT=55450
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=stack.sh
source scripts/stack.sh
export NEXT_TELEMETRY_DISABLED=1

proxy_port=${DEPLOY_CHECK_PORT:-3410}
a_port=$((proxy_port + 1))
b_port=$((proxy_port + 2))
origin="http://127.0.0.1:$proxy_port"
A="http://127.0.0.1:$a_port"
B="http://127.0.0.1:$b_port"
lesson_slug=internet-i-bezpieczenstwo/oszustwa-sms-8080
lesson=/lekcje/$lesson_slug/3
learner=halina.kaminska # the demo learner who has not started any lesson
pin=246810

dir=$(mktemp -d /tmp/klub-deploy-check.XXXXXX)
trap 'stack_down "$dir"; rm -rf "$dir"' EXIT
# A command that fails outside the checks (curl cannot connect, a script stops) names itself.
trap 'echo "FAIL  line $LINENO: $BASH_COMMAND" >&2' ERR
started=$SECONDS

ok() { printf 'ok    %s\n' "$*"; }
fail() {
  printf 'FAIL  %s\n' "$*" >&2
  exit 1
}

# get NAME URL [curl options…]: saves $dir/NAME.headers and $dir/NAME.body, prints the status.
get() {
  local name=$1 url=$2
  shift 2
  curl -sS --max-time 20 -o "$dir/$name.body" -D "$dir/$name.headers" -w '%{http_code}' "$@" "$url"
}
# header NAME Field: the field's value in the saved answer ("" when absent).
header() { { grep -i "^$2:" "$dir/$1.headers" || true; } | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//'; }
has_header() { grep -qi "^$2:" "$dir/$1.headers"; }
# steps_shown NAME: "Teraz: krok 4 z 7" (where she goes on) from the lesson's entry on a saved /moje-postepy, or "not started".
steps_shown() {
  local entry
  entry=$(sed 's/<!-- -->//g' "$dir/$1.body" | grep -o "data-lesson-slug=\"$lesson_slug\".*" | sed 's|</li>.*||' || true)
  [ -n "$entry" ] || { echo "missing"; return; }
  grep -o 'Teraz: krok [0-9]* z [0-9]*' <<<"$entry" || echo "not started"
}

echo "== Throwaway PostgreSQL, the demo data"
database_url=$(stack_pg_start "$dir" "${DEPLOY_CHECK_PG_PORT:-55450}")
DATABASE_URL=$database_url npm run -s db:seed >"$dir/seed.log" 2>&1 || { cat "$dir/seed.log" >&2; fail "migrate + seed on PostgreSQL"; }
ok "PostgreSQL migrated and seeded ($database_url)"

if [ ! -f .next/BUILD_ID ]; then
  echo "== No production build (.next/BUILD_ID): next build"
  npx next build >"$dir/build.log" 2>&1 || { tail -n 40 "$dir/build.log" >&2; fail "next build"; }
fi

echo "== Two app instances on ports $a_port and $b_port, nginx on $proxy_port"
export DATABASE_URL=$database_url NEXTAUTH_URL=$origin TRUSTED_PROXY_HOPS=1
NEXTAUTH_SECRET=$(head -c 32 /dev/urandom | base64)
export NEXTAUTH_SECRET
# A whole club room signs in from one address: the per-address limit is raised as such a club
# would, so the check below sees the per-account limit, which must hold across instances.
export SIGN_IN_IP_LIMIT=1000
stack_app_start "$dir" "$a_port"
stack_app_start "$dir" "$b_port"
stack_app_wait "$dir" "$a_port"
stack_app_wait "$dir" "$b_port"
stack_nginx_start "$dir" "$proxy_port" "127.0.0.1:$a_port" "127.0.0.1:$b_port"
ok "both instances and nginx up ($((SECONDS - started)) s since the start)"

for instance in "$A" "$B"; do
  status=$(get health "$instance/api/health")
  [ "$status" = 200 ] && grep -q '"kind":"postgres","ok":true' "$dir/health.body" ||
    fail "GET $instance/api/health answered $status: $(cat "$dir/health.body")"
  ok "GET $instance/api/health: 200, PostgreSQL answers"
done

first=$(get page1 "$origin$lesson" -H 'Accept-Encoding: gzip')
second=$(get page2 "$origin$lesson" -H 'Accept-Encoding: gzip')
[ "$first" = 200 ] && [ "$second" = 200 ] || fail "GET $lesson through nginx answered $first, then $second"
cache_control=$(header page2 Cache-Control)
if [ "$(header page2 X-Cache-Status)" != HIT ]; then
  fail "$lesson through nginx: X-Cache-Status $(header page1 X-Cache-Status), then $(header page2 X-Cache-Status) (wanted HIT); the app sent Cache-Control: $cache_control$(has_header page2 Set-Cookie && echo " and a Set-Cookie") — a public page must answer Cache-Control: public, s-maxage=… without Set-Cookie (issue 17, item 1)"
fi
! has_header page1 Set-Cookie && ! has_header page2 Set-Cookie || fail "$lesson through nginx sets a cookie"
ok "$lesson through nginx: X-Cache-Status $(header page1 X-Cache-Status), then HIT; no Set-Cookie; Cache-Control: $cache_control"

asset=$(curl -sS --compressed "$A$lesson" | grep -o '/_next/static/[^"]*\.js' | head -n 1)
[ -n "$asset" ] || fail "no /_next/static script on $lesson"
get asset1 "$origin$asset" >/dev/null
status=$(get asset2 "$origin$asset")
[ "$status" = 200 ] && [ "$(header asset2 X-Cache-Status)" = HIT ] && [[ "$(header asset2 Cache-Control)" == *immutable* ]] ||
  fail "$asset through nginx: $status, X-Cache-Status $(header asset2 X-Cache-Status), Cache-Control $(header asset2 Cache-Control)"
ok "$asset through nginx: HIT, Cache-Control: $(header asset2 Cache-Control)"

# Sign in on instance A (next-auth credentials: the CSRF token and its cookie, then the form post).
jar="$dir/learner.cookies"
csrf_token=$(curl -sS -c "$jar" "$A/api/auth/csrf" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
[ -n "$csrf_token" ] || fail "GET $A/api/auth/csrf gave no token"
status=$(get signin "$A/api/auth/callback/learner" -b "$jar" -c "$jar" \
  --data-urlencode "csrfToken=$csrf_token" --data-urlencode "username=$learner" --data-urlencode "pin=$pin" \
  --data-urlencode "callbackUrl=$origin/moje-postepy")
grep -q 'next-auth\.session-token' "$jar" && [ "$status" = 302 ] && [[ "$(header signin Location)" != *error=* ]] ||
  fail "sign-in of $learner on instance A: $status → $(header signin Location)"
ok "$learner signed in on instance A: 302 → $(header signin Location)"

get bypass "$origin$lesson" -b "$jar" >/dev/null
[ "$(header bypass X-Cache-Status)" = BYPASS ] || fail "$lesson with a session cookie through nginx: X-Cache-Status $(header bypass X-Cache-Status), wanted BYPASS"
get mine "$origin/moje-postepy" -b "$jar" >/dev/null
[[ "$(header mine Cache-Control)" == *private* ]] && [ "$(header mine X-Cache-Status)" = BYPASS ] ||
  fail "/moje-postepy through nginx: X-Cache-Status $(header mine X-Cache-Status), Cache-Control $(header mine Cache-Control)"
get home1 "$origin/" >/dev/null
get home2 "$origin/" >/dev/null
get device "$origin/" -H "Cookie: kc-komputer-klubu=1" >/dev/null
[ "$(header home2 X-Cache-Status)" = HIT ] && [ "$(header device X-Cache-Status)" = BYPASS ] ||
  fail "/ through nginx: a guest's second request $(header home2 X-Cache-Status) (wanted HIT), a club computer's $(header device X-Cache-Status) (wanted BYPASS)"
ok "with the session cookie nginx bypasses its cache (BYPASS); /moje-postepy: Cache-Control: $(header mine Cache-Control); / is cached for guests, not for a club computer"

# A step recorded on A, shown by B: both read and write the same database, and B accepts A's session.
get before "$B/moje-postepy" -b "$jar" >/dev/null
before=$(steps_shown before)
[ "$before" = "not started" ] || fail "/moje-postepy on B before the step: $lesson_slug shows \"$before\", wanted not started"
step_id=$(curl -sS --compressed "$A$lesson" | sed -n 's|.*action="/api/postep/krok"||p' | grep -o 'name="krok" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
[ -n "$step_id" ] || fail "no „Dalej” form (POST /api/postep/krok) on $lesson"
status=$(get step "$A/api/postep/krok" -b "$jar" -H "Origin: $A" --data-urlencode "lekcja=$lesson_slug" --data-urlencode "krok=$step_id")
[ "$status" = 303 ] && [[ "$(header step Location)" == */${lesson_slug}/4 ]] ||
  fail "POST $A/api/postep/krok (step $step_id): $status → $(header step Location)"
get after "$B/moje-postepy" -b "$jar" >/dev/null
after=$(steps_shown after)
[[ "$after" =~ ^Teraz:\ krok\ 4\ z\ [0-9]+$ ]] || fail "/moje-postepy on B after the step on A: $lesson_slug shows \"$after\""
ok "step \"$step_id\" posted on instance A (303 → $(header step Location)); /moje-postepy on instance B shows \"$after\""

# Wrong PINs for another learner, alternating between the instances: the 11th attempt is refused
# with the lock message whichever instance receives it (the count lives in the database).
jar2="$dir/guesser.cookies"
csrf_token=$(curl -sS -c "$jar2" "$B/api/auth/csrf" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
for attempt in $(seq 1 11); do
  instance=$([ $((attempt % 2)) = 1 ] && echo "$A" || echo "$B")
  get guess "$instance/api/auth/callback/learner" -b "$jar2" --data-urlencode "csrfToken=$csrf_token" \
    --data-urlencode "username=stanislaw.wojcik" --data-urlencode "pin=000000" --data-urlencode "callbackUrl=$origin/" >/dev/null
  location=$(header guess Location)
  if [ "$attempt" -le 10 ]; then
    [[ "$location" == *error=CredentialsSignin* ]] || fail "wrong PIN $attempt of 10 on $instance: → $location (wanted error=CredentialsSignin)"
  else
    [[ "$location" == *error=zablokowane* ]] || fail "wrong PIN 11 on $instance after 10 alternating between A and B: → $location (wanted the lock)"
  fi
done
get locked "$location" -L >/dev/null
grep -q 'Było za dużo nieudanych prób' "$dir/locked.body" || fail "$location does not show the lock message"
ok "10 wrong PINs alternating A/B, then the 11th on A: „Było za dużo nieudanych prób…” (the limit counts across instances)"

stack_app_stop "$dir" "$a_port"
for attempt in 1 2 3 4; do
  status=$(get down "$origin/api/health")
  [ "$status" = 200 ] || fail "instance A stopped: GET /api/health through nginx, attempt $attempt, answered $status"
  status=$(get down "$origin/logowanie")
  [ "$status" = 200 ] || fail "instance A stopped: GET /logowanie (not cached) through nginx, attempt $attempt, answered $status"
done
status=$(get down "$origin/moje-postepy" -b "$jar")
[ "$status" = 200 ] && [ "$(steps_shown down)" = "$after" ] || fail "instance A stopped: /moje-postepy through nginx: $status, $(steps_shown down)"
status=$(get down "$origin$lesson")
[ "$status" = 200 ] || fail "instance A stopped: $lesson through nginx answered $status"
ok "instance A stopped: /api/health, /logowanie, /moje-postepy and $lesson still answer 200 through nginx"

echo "deploy-check passed in $((SECONDS - started)) s"
