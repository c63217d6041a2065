#!/usr/bin/env bash
# The production set-up on loopback, for scripts/deploy-check.sh and the benchmarks
# (scripts/stack.mts calls this file): a throwaway PostgreSQL, app instances (`npm start`, as in
# deploy/) and nginx with deploy/nginx.conf in front. Everything lives in one directory, so
# `down DIR` stops whatever was started there.
#   stack.sh pg-start DIR PORT          → prints the postgresql:// URL
#   stack.sh app-start DIR PORT [ARG…]  `npm start [-- ARG…]` in the background, with this environment
#   stack.sh app-wait DIR PORT          until GET /api/health answers 200 (fails with the log's tail)
#   stack.sh app-stop DIR PORT
#   stack.sh nginx-start DIR PORT APP_1 APP_2   deploy/nginx.conf listening on 127.0.0.1:PORT
#   stack.sh nginx-stop DIR
#   stack.sh down DIR                   everything above that is still running
# nginx options (environment): STACK_NGINX_WORKERS (1), STACK_NGINX_ACCESS_LOG (1; 0 for benchmarks),
# STACK_STATIC_PORT and STACK_STATIC_ROOT (a second server that serves ROOT as plain files, gzip_static).
# Sourced (deploy-check.sh), the same commands are functions: stack_pg_start, stack_app_start, …
set -euo pipefail
STACK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

stack_pg_start() {
  local dir=$1 port=$2
  # PostgreSQL runs as the postgres user when we are root: it must be able to reach its directory.
  [ "$(id -u)" = 0 ] && chmod 711 "$dir"
  bash "$STACK_ROOT/scripts/postgres-cluster.sh" start "$dir/pg" "$port"
}

stack_app_start() {
  local dir=$1 port=$2
  shift 2
  local args=()
  [ $# -gt 0 ] && args=(-- "$@")
  # Its own session (process group), so stopping it stops npm, tsx and the server together.
  # Loopback only, as deploy/klub-cyfrowy@.service runs it beside nginx.
  (cd "$STACK_ROOT" && PORT=$port HOST=127.0.0.1 exec setsid npm start "${args[@]}" >"$dir/app-$port.log" 2>&1 </dev/null) &
  echo $! >"$dir/app-$port.pid"
}

stack_alive() { [ -f "$1" ] && kill -0 -- "-$(cat "$1")" 2>/dev/null; }

stack_app_wait() {
  local dir=$1 port=$2 tries=0
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/api/health" 2>/dev/null; do
    if ! stack_alive "$dir/app-$port.pid" || [ $((tries += 1)) -gt 480 ]; then
      echo "the app on port $port did not start; the end of its log:" >&2
      tail -n 25 "$dir/app-$port.log" >&2
      return 1
    fi
    sleep 0.25
  done
}

stack_app_stop() {
  local dir=$1 port=$2 pidfile="$1/app-$2.pid" tries=0
  stack_alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  local group
  group=$(cat "$pidfile")
  kill -TERM -- "-$group" 2>/dev/null || true
  while kill -0 -- "-$group" 2>/dev/null; do
    if [ $((tries += 1)) -gt 100 ]; then kill -KILL -- "-$group" 2>/dev/null || true; break; fi
    sleep 0.1
  done
  rm -f "$pidfile"
}

stack_nginx_start() {
  local dir=$1 port=$2 app1=$3 app2=$4 n="$1/nginx"
  local nginx
  nginx=$(command -v nginx || echo /usr/sbin/nginx) # /usr/sbin is not on every user's PATH
  [ -x "$nginx" ] || { echo "nginx is not installed (Debian: apt-get install nginx)" >&2; return 1; }
  command -v envsubst >/dev/null || { echo "envsubst is not installed (Debian: apt-get install gettext-base)" >&2; return 1; }
  mkdir -p "$n/cache" "$n/tmp"
  # Exactly as the README tells an operator to render it: only our placeholders are replaced.
  KC_LISTEN="127.0.0.1:$port" KC_SERVER_NAME="127.0.0.1 localhost" KC_APP_1=$app1 KC_APP_2=$app2 KC_CACHE_DIR="$n/cache" \
    envsubst '${KC_LISTEN} ${KC_SERVER_NAME} ${KC_APP_1} ${KC_APP_2} ${KC_CACHE_DIR}' \
    <"$STACK_ROOT/deploy/nginx.conf" >"$n/klub-cyfrowy.conf"
  local types="include /etc/nginx/mime.types;"
  [ -f /etc/nginx/mime.types ] || types="types { text/html html; text/css css; application/javascript js; }"
  local static=""
  if [ -n "${STACK_STATIC_PORT:-}" ]; then
    static="server { listen 127.0.0.1:$STACK_STATIC_PORT; root ${STACK_STATIC_ROOT:?}; gzip_static on; }"
  fi
  # The main file an operator's distribution provides, cut down to a throwaway directory. As root
  # the workers would become "nobody", who cannot enter it: they stay root (loopback only).
  cat >"$n/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo "user root;" || true)
worker_processes ${STACK_NGINX_WORKERS:-1};
pid $n/nginx.pid;
error_log $n/error.log warn;
events { worker_connections 4096; }
http {
  $types
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  $([ "${STACK_NGINX_ACCESS_LOG:-1}" = 1 ] && echo "log_format kc '\$remote_addr \"\$request\" \$status \$upstream_cache_status \$upstream_addr \$request_time';" || true)
  access_log $([ "${STACK_NGINX_ACCESS_LOG:-1}" = 1 ] && echo "$n/access.log kc" || echo off);
  client_body_temp_path $n/tmp/body;
  proxy_temp_path $n/tmp/proxy;
  fastcgi_temp_path $n/tmp/fastcgi;
  uwsgi_temp_path $n/tmp/uwsgi;
  scgi_temp_path $n/tmp/scgi;
  include $n/klub-cyfrowy.conf;
  $static
}
EOF
  "$nginx" -p "$n" -c "$n/nginx.conf" -q
}

stack_nginx_stop() {
  local n="$1/nginx" tries=0
  [ -f "$n/nginx.pid" ] || return 0
  local pid
  pid=$(cat "$n/nginx.pid")
  kill -TERM "$pid" 2>/dev/null || true # fast shutdown: the master stops its workers
  while kill -0 "$pid" 2>/dev/null; do
    if [ $((tries += 1)) -gt 50 ]; then pkill -KILL -P "$pid" || true; kill -KILL "$pid" 2>/dev/null || true; break; fi
    sleep 0.1
  done
  rm -f "$n/nginx.pid"
}

stack_down() {
  local dir=$1 pidfile port
  [ -d "$dir" ] || return 0
  stack_nginx_stop "$dir"
  for pidfile in "$dir"/app-*.pid; do
    [ -e "$pidfile" ] || continue
    port=${pidfile##*/app-}
    stack_app_stop "$dir" "${port%.pid}"
  done
  [ -d "$dir/pg" ] && bash "$STACK_ROOT/scripts/postgres-cluster.sh" stop "$dir/pg"
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  command=${1:?usage: stack.sh pg-start|app-start|app-wait|app-stop|nginx-start|nginx-stop|down DIR …}
  shift
  case "$command" in
    pg-start | app-start | app-wait | app-stop | nginx-start | nginx-stop | down) "stack_${command//-/_}" "$@" ;;
    *) echo "unknown command: $command" >&2; exit 2 ;;
  esac
fi
