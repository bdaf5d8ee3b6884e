# Sourced by the dx scripts: starts `npm run api` on a free loopback port and stops it.
#
#   start_api_server WORKDIR [npm run api options...]   sets URL and SERVER_PID, or exits 1
#   stop_server                                         stops it (safe to call twice)
#
# setsid: the server gets its own process group (npm -> sh -> tsx -> node), stopped as a
# whole. --port 0 picks a free port; the URL is read from what the server prints.

SERVER_PID=""
URL=""

start_api_server() {
  local work=$1
  shift
  setsid npm run --silent api -- --port 0 --host 127.0.0.1 "$@" >"$work/server.out" 2>"$work/server.err" </dev/null &
  SERVER_PID=$!
  for _ in $(seq 300); do
    URL=$(grep -o 'listening on http://[^ ]*' "$work/server.out" 2>/dev/null | head -n 1 | sed 's/^listening on //')
    [ -n "$URL" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "FAIL: the API server did not start" >&2
  cat "$work/server.out" "$work/server.err" >&2
  exit 1
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill -TERM -- "-$SERVER_PID" 2>/dev/null
    for _ in $(seq 50); do kill -0 -- "-$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null
    SERVER_PID=""
  fi
}
