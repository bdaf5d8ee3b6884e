#!/usr/bin/env bash
# Runs the platform's real `dx` client (dx-toolkit, run from source) against
# `npm run api` and checks each org command's exit code and output.
#
# usage: scripts/dx-check.sh [-v]
#   -v   also print an excerpt of what each dx command printed
#
# environment:
#   DXTK_DIR    where dx-toolkit was prepared by setup.sh   (default /tmp/dxtk)
#   DX_SH       the dx wrapper       (default ../shared/tools/dx-client/dx.sh beside the repo)
#   DX_TIMEOUT  seconds before one dx call is killed        (default 60)
#
# Without dx-toolkit (CI) it prints SKIP and exits 0. See docs/dx-check.md.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/api-server.sh
. "$ROOT/scripts/api-server.sh"
DXTK_DIR=${DXTK_DIR:-/tmp/dxtk}
DX_SH=${DX_SH:-$(cd "$ROOT/.." && pwd)/shared/tools/dx-client/dx.sh}
export DX_TIMEOUT=${DX_TIMEOUT:-60}
VERBOSE=0
[ "${1:-}" = "-v" ] && VERBOSE=1

if [ ! -f "$DXTK_DIR/src/python/dxpy/scripts/dx.py" ]; then
  echo "SKIP: no dx-toolkit in $DXTK_DIR (set DXTK_DIR, or prepare it with setup.sh; see docs/dx-check.md)"
  exit 0
fi
if [ ! -x "$DX_SH" ]; then
  echo "SKIP: no dx wrapper at $DX_SH (set DX_SH; see docs/dx-check.md)"
  exit 0
fi

ALICE=demo-token-alice
BOB=demo-token-bob
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dx-check.XXXXXX")
DATA=$WORK/state.sqlite
trap 'stop_server; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the server
cd "$ROOT" || exit 1
start_api_server "$WORK" --data "$DATA"
DX_VERSION=$(sed -n "s/^version = '\(.*\)'/\1/p" "$DXTK_DIR/src/python/dxpy/toolkit_version.py" 2>/dev/null)
echo "API server: $URL (data in $DATA)"
echo "dx: ${DX_VERSION:-unknown version}, commit $(cat "$DXTK_DIR/COMMIT" 2>/dev/null || echo unknown) from $DXTK_DIR"
echo

# ---------------------------------------------------------------- helpers
PASSED=0
FAILED=0
OUT=$WORK/out
ERR=$WORK/err
RC=0
CMD=""

# dx TOKEN ARGS...: runs dx, leaving stdout in $OUT, stderr in $ERR, the exit code in $RC.
dx() {
  local token=$1
  shift
  CMD="dx $*"
  API_URL=$URL DX_TOKEN=$token DXTK_DIR=$DXTK_DIR "$DX_SH" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}

# api TOKEN ROUTE BODY: a direct API call (curl), the answer in $OUT.
api() {
  curl -sS -X POST "$URL$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" >"$OUT" 2>"$ERR"
}

# json FILE EXPR: true when the file is JSON and the JS expression (over `d`) is truthy.
json() {
  node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    process.exit(new Function("d", "return (" + process.argv[2] + ");")(d) ? 0 : 1);
  ' "$1" "$2" 2>/dev/null
}

# expect NAME RC [out:REGEX | err:REGEX | !out:REGEX | json:EXPR]...
# Checks the last dx call: exit code, no traceback, and each pattern (grep -E).
expect() {
  local name=$1 want=$2 why=""
  shift 2
  [ "$RC" = "$want" ] || why="exit $RC, expected $want"
  if [ -z "$why" ] && grep -q 'Traceback' "$ERR"; then why="traceback on stderr"; fi
  local check
  for check in "$@"; do
    [ -n "$why" ] && break
    case "$check" in
      out:*) grep -Eq -- "${check#out:}" "$OUT" || why="stdout lacks /${check#out:}/" ;;
      err:*) grep -Eq -- "${check#err:}" "$ERR" || why="stderr lacks /${check#err:}/" ;;
      '!out:'*) grep -Eq -- "${check#!out:}" "$OUT" && why="stdout has /${check#!out:}/" ;;
      json:*) json "$OUT" "${check#json:}" || why="JSON check failed: ${check#json:}" ;;
      *) why="bad check $check" ;;
    esac
  done
  report "$name" "$why"
}

# report NAME WHY: PASS when WHY is empty.
report() {
  if [ -z "$2" ]; then
    PASSED=$((PASSED + 1))
    echo "PASS  $1"
    # Excerpts for dx commands only (the indented follow-up checks say what they verified).
    if [ "$VERBOSE" = 1 ] && [ "${1:0:1}" != " " ]; then
      awk 'NR <= 6 { print "      | " substr($0, 1, 150) }' "$OUT"
      awk 'NR <= 3 { print "      ! " substr($0, 1, 150) }' "$ERR"
    fi
  else
    FAILED=$((FAILED + 1))
    echo "FAIL  $1: $2"
    echo "      command: $CMD (exit $RC)"
    awk 'NR <= 10 { print "      stdout| " substr($0, 1, 200) }' "$OUT"
    awk 'NR <= 10 { print "      stderr| " substr($0, 1, 200) }' "$ERR"
  fi
}

# A dx error must be an API error (exit 3) naming its type, never a traceback (exit 1).
expect_error() {
  local name=$1 type=$2
  shift 2
  expect "$name" 3 "err:$type" "$@"
}

# dave_is EXPR: dave's findMembers result (through `dx find org members --json`) matches.
dave_is() {
  dx "$ALICE" find org members org-acme --json
  expect "  $1" 0 "json:Array.isArray(d) && d.some((m) => m.id === 'user-dave' && ($2))"
}

# ---------------------------------------------------------------- whoami, describe
dx "$ALICE" whoami
expect "dx whoami" 0 'out:^alice$'
dx "$ALICE" whoami --id
expect "dx whoami --id" 0 'out:^user-alice$'

dx "$ALICE" describe org-acme
expect "dx describe org-acme" 0 'out:^Result 1:' 'out:^class +"org"$' 'out:^name +"Acme Genomics"$'
dx "$ALICE" describe org-acme --json
expect "dx describe org-acme --json" 0 'out:"class": "org"' "json:d.id === 'org-acme' && d.class === 'org'"

# ---------------------------------------------------------------- find
dx "$ALICE" find orgs --level ADMIN
expect "dx find orgs --level ADMIN" 0 'out:^org-acme : Acme Genomics$' 'out:^org-helix : '
dx "$ALICE" find orgs --level ADMIN --json
expect "dx find orgs --level ADMIN --json" 0 \
  "json:d.some((o) => o.id === 'org-acme' && o.describe.name === 'Acme Genomics') && d.every((o) => o.describe.level === 'ADMIN')"

dx "$ALICE" find org members org-acme
expect "dx find org members org-acme" 0 'out:^user-alice : Alice Liddell  \(ADMIN\)$' 'out:^user-bob : .*  \(MEMBER\)$'
dx "$ALICE" find org members org-acme --level ADMIN
expect "dx find org members org-acme --level ADMIN" 0 'out:^user-alice : Alice Liddell  \(ADMIN\)$' '!out:\(MEMBER\)'
dx "$ALICE" find org members org-acme --json
expect "dx find org members org-acme --json" 0 \
  "json:d.some((m) => m.id === 'user-alice' && m.level === 'ADMIN' && m.describe.first === 'Alice') && d.some((m) => m.id === 'user-bob')"
dx "$ALICE" find org members org-acme --brief
expect "dx find org members org-acme --brief" 0 'out:^user-alice$' '!out:[^a-z0-9_.-]'

dx "$ALICE" find org projects org-acme
expect "dx find org projects org-acme" 0 'out:^project-[0-9A-Za-z]{24} : .+ \((NONE|VIEW|UPLOAD|CONTRIBUTE|ADMINISTER)\)$'
ALL_PROJECTS=$(wc -l <"$OUT")
dx "$ALICE" find org projects org-acme --name '*'
expect "dx find org projects org-acme --name '*'" 0 'out:^project-[0-9A-Za-z]{24} : '
[ "$(wc -l <"$OUT")" = "$ALL_PROJECTS" ] || report "  --name '*' lists all $ALL_PROJECTS projects" "got $(wc -l <"$OUT")"
dx "$ALICE" find org projects org-acme --json
expect "dx find org projects org-acme --json" 0 \
  "json:d.length === $ALL_PROJECTS && d.every((p) => /^project-[0-9A-Za-z]{24}$/.test(p.id) && p.level && p.describe.billTo === 'org-acme')"

dx "$ALICE" find org apps org-acme
expect "dx find org apps org-acme" 0 'out:^  .+ \([a-z0-9_.-]+\), v[0-9]'
dx "$ALICE" find org apps org-acme --verbose
expect "dx find org apps org-acme --verbose" 0 'out:^  app-[a-z0-9_.-]+ .+, v[0-9.]+ \((published|unpublished)\)$'

# Before the policy change below: bob (a MEMBER) may not list the members.
dx "$BOB" find org members org-acme
expect_error "dx find org members org-acme (as bob) -> PermissionDenied" PermissionDenied

# ---------------------------------------------------------------- members
dx "$ALICE" add member org-acme user-dave --level MEMBER --allow-billable-activities
expect "dx add member org-acme user-dave --level MEMBER --allow-billable-activities" 0 'out:^Invited user-dave to org-acme$'
dave_is "dave is a MEMBER with billing" "m.level === 'MEMBER' && m.allowBillableActivities === true"
dx "$ALICE" add member org-acme user-dave --level MEMBER --allow-billable-activities
expect "dx add member (again) -> already a member" 3 'err:already a member'

dx "$ALICE" update member org-acme user-dave --level ADMIN
expect "dx update member org-acme user-dave --level ADMIN" 0 'out:^Updated membership of user-dave in org-acme$'
dave_is "dave is an ADMIN" "m.level === 'ADMIN'"
dx "$ALICE" update member org-acme user-dave --level MEMBER
expect "dx update member org-acme user-dave --level MEMBER (demotion)" 0 'out:^Updated membership of user-dave in org-acme$'
dave_is "demoted: CONTRIBUTE, no billing" "m.level === 'MEMBER' && m.projectAccess === 'CONTRIBUTE' && m.allowBillableActivities === false"
dx "$ALICE" update member org-acme user-dave --project-access VIEW
expect "dx update member org-acme user-dave --project-access VIEW" 0 'out:^Updated membership of user-dave in org-acme$'
dave_is "dave has VIEW" "m.level === 'MEMBER' && m.projectAccess === 'VIEW'"
dx "$ALICE" update member org-acme user-dave --level ADMIN --project-access VIEW
expect_error "dx update member org-acme user-dave --level ADMIN --project-access VIEW -> InvalidInput" InvalidInput
dave_is "nothing changed" "m.level === 'MEMBER' && m.projectAccess === 'VIEW'"

dx "$ALICE" remove member org-acme user-dave -y
expect "dx remove member org-acme user-dave -y" 0 'out:^Removed user-dave from org-acme$' \
  'out:^Removed user-dave from the following projects:$' 'out:^Removed user-dave from the following apps:$'
dx "$ALICE" find org members org-acme --brief
expect "  dave is gone" 0 'out:^user-alice$' '!out:^user-dave$'

# ---------------------------------------------------------------- orgs
dx "$ALICE" update org org-acme --member-list-visibility MEMBER --project-transfer-ability ADMIN
expect "dx update org org-acme --member-list-visibility MEMBER --project-transfer-ability ADMIN" 0 'out:^Updated org-acme$'
dx "$ALICE" describe org-acme --json
expect "  policies changed" 0 "json:d.policies.memberListVisibility === 'MEMBER' && d.policies.restrictProjectTransfer === 'ADMIN'"
dx "$BOB" find org members org-acme --brief
expect "  bob may now list the members" 0 'out:^user-bob$'

FORWARDING='{"url":"https://splunk.example/services/collector","token":"t0k3n"}'
SIGNATURE=$(printf '%s' t0k3n | sha256sum | cut -d' ' -f1)
dx "$ALICE" update org org-helix --job-logs-forwarding-json "$FORWARDING"
expect "dx update org org-helix --job-logs-forwarding-json {url, token}" 0 'out:^Updated org-helix$'
dx "$ALICE" describe org-helix --json
expect "dx describe org-helix --json: jobLogsForwarding has tokenSignature, not the token" 0 \
  "json:d.jobLogsForwarding.url === 'https://splunk.example/services/collector' && d.jobLogsForwarding.tokenSignature === '$SIGNATURE' && !('token' in d.jobLogsForwarding)" \
  '!out:t0k3n'
grep -q t0k3n "$DATA" && report "  the token is not in the data file" "found in $DATA"

dx "$ALICE" new org "Check Org" --handle check_org_1
expect 'dx new org "Check Org" --handle check_org_1' 0 'out:^Created new org called "Check Org" \(org-check_org_1\)$'
dx "$ALICE" new org "Check Org" --handle check_org_1
expect_error 'dx new org (same handle again) -> InvalidInput taken' InvalidInput 'err:taken'

# ---------------------------------------------------------------- invite to a project
# A project billed to org-acme (alice is its ADMIN) that alice is not in (level NONE).
api "$ALICE" /org-acme/findProjects '{}'
PROJECT=$(node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const p = d.results.find((r) => r.level === "NONE"); if (p) console.log(p.id);' "$OUT" 2>/dev/null)
if [ -z "$PROJECT" ]; then
  CMD="curl /org-acme/findProjects"
  RC=0
  report "dx invite user-alice <project> ADMINISTER" "no project with level NONE in org-acme"
else
  dx "$ALICE" invite user-alice "$PROJECT" ADMINISTER
  expect "dx invite user-alice $PROJECT ADMINISTER" 0 "out:^Invited user-alice to $PROJECT \\(ACCEPTED\\)$"
  api "$ALICE" /org-acme/findProjects "{\"id\": [\"$PROJECT\"]}"
  CMD="curl /org-acme/findProjects {id: [$PROJECT]}"
  RC=0
  if json "$OUT" "d.results.length === 1 && d.results[0].level === 'ADMINISTER'"; then
    report "  findProjects shows ADMINISTER" ""
  else
    report "  findProjects shows ADMINISTER" "$(cat "$OUT")"
  fi
fi

# ---------------------------------------------------------------- errors
dx not-a-token whoami
expect_error "dx whoami (bad token) -> InvalidAuthentication" InvalidAuthentication

# ---------------------------------------------------------------- done
stop_server
echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
