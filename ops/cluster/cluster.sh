#!/usr/bin/env bash
# Two application nodes (the production jar, prod profile) behind HAProxy on one PostgreSQL, on one machine.
# See ops/cluster/README.md.
#
#   ops/cluster/cluster.sh start              PostgreSQL (unless SPRING_DATASOURCE_URL is set), node1, node2, HAProxy
#   ops/cluster/cluster.sh status             what HAProxy sees (state, current sessions per node)
#   ops/cluster/cluster.sh drain node1        no new users for node1; its users finish
#   ops/cluster/cluster.sh stop-node node1    drain, wait until node1 is idle, maintenance, SIGTERM (graceful shutdown)
#   ops/cluster/cluster.sh start-node node1   start node1 again and put it back in service once it is ready
#   ops/cluster/cluster.sh rolling-restart    stop-node + start-node for node1, then for node2: no request is lost
#   ops/cluster/cluster.sh stop               everything this script started
#
# Settings (environment): GF_JAR (default: the production jar in target/, built by ./mvnw -Pproduction package),
# GF_RUN_DIR (pids, logs, socket; default /tmp/gemeenschapsfonds-cluster), GF_HTTP_PORT 8116, GF_NODE1_PORT 8117,
# GF_NODE2_PORT 8118, GF_STATS_PORT 8119, GF_PG_PORT 5440; SPRING_DATASOURCE_URL/USERNAME/PASSWORD for a PostgreSQL of
# your own (otherwise Debian's PostgreSQL binaries start one in GF_RUN_DIR/pgdata); MAIL_HOST/MAIL_PORT (default
# localhost:1025, a mail catcher); APP_ADMIN_EMAIL/APP_ADMIN_PASSWORD for the first administrator; GF_COOKIE_SECURE
# (false: plain http://localhost; true behind TLS).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN_DIR="${GF_RUN_DIR:-/tmp/gemeenschapsfonds-cluster}"
HTTP_PORT="${GF_HTTP_PORT:-8116}"
NODE1_PORT="${GF_NODE1_PORT:-8117}"
NODE2_PORT="${GF_NODE2_PORT:-8118}"
STATS_PORT="${GF_STATS_PORT:-8119}"
PG_PORT="${GF_PG_PORT:-5440}"
SOCKET="$RUN_DIR/haproxy.sock"
mkdir -p "$RUN_DIR"

say() { echo "== $*"; }

jar() {
    if [ -n "${GF_JAR:-}" ]; then echo "$GF_JAR"; return; fi
    local found
    found=$(ls "$ROOT"/target/gemeenschapsfonds-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true)
    [ -n "$found" ] || { echo "No jar: build it with ./mvnw -Pproduction -DskipTests package, or set GF_JAR" >&2; exit 1; }
    echo "$found"
}

java_bin() {
    if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# One command on HAProxy's runtime API (python3 speaks the Unix socket; socat would do as well).
haproxy_cmd() {
    python3 - "$SOCKET" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
s.sendall((sys.argv[2] + "\n").encode())
out = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    out += chunk
sys.stdout.write(out.decode())
PY
}

# "<status> <current sessions>" of a node as HAProxy sees it
node_state() {
    haproxy_cmd "show stat" | awk -F, -v n="$1" '$1 == "app" && $2 == n { print $18, $5 }'
}

wait_state() { # node wanted-status seconds
    local i
    for i in $(seq 1 $(( $3 * 5 ))); do
        [ "$(node_state "$1" | cut -d' ' -f1)" = "$2" ] && return 0
        sleep 0.2
    done
    echo "HAProxy shows $1 as '$(node_state "$1")', not $2" >&2
    return 1
}

port_of() { case "$1" in node1) echo "$NODE1_PORT";; node2) echo "$NODE2_PORT";; *) echo "unknown node $1" >&2; exit 2;; esac; }

database_url() {
    echo "${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/gemeenschapsfonds}"
}

start_postgres() {
    if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then say "PostgreSQL: $SPRING_DATASOURCE_URL (yours)"; return; fi
    local bin
    bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
    [ -x "$bin/pg_ctl" ] || { echo "No PostgreSQL binaries: apt-get install postgresql, set PG_BIN, or set SPRING_DATASOURCE_URL" >&2; exit 1; }
    local as=()
    if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); chown postgres "$RUN_DIR"; fi
    if [ ! -d "$RUN_DIR/pgdata" ]; then
        say "initdb $RUN_DIR/pgdata"
        "${as[@]}" "$bin/initdb" -D "$RUN_DIR/pgdata" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    say "PostgreSQL on port $PG_PORT"
    "${as[@]}" "$bin/pg_ctl" -D "$RUN_DIR/pgdata" -l "$RUN_DIR/postgres.log" -w \
        -o "-p $PG_PORT -k $RUN_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname = 'gemeenschapsfonds'" | grep -q 1 \
        || "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres gemeenschapsfonds
}

start_node() { # node
    local name="$1" port
    port=$(port_of "$name")
    say "starting $name on port $port (log $RUN_DIR/$name.log)"
    SPRING_PROFILES_ACTIVE=prod \
    SPRING_DATASOURCE_URL="$(database_url)" \
    SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-postgres}" \
    SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}" \
    APP_BASE_URL="${APP_BASE_URL:-http://localhost:$HTTP_PORT}" \
    MAIL_HOST="${MAIL_HOST:-localhost}" MAIL_PORT="${MAIL_PORT:-1025}" \
    PORT="$port" \
    SERVER_SERVLET_SESSION_COOKIE_SECURE="${GF_COOKIE_SECURE:-false}" \
        nohup "$(java_bin)" ${GF_JAVA_OPTS:--Xmx512m} -jar "$(jar)" >>"$RUN_DIR/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
    local i
    for i in $(seq 1 240); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then
            say "$name ready"; return 0
        fi
        kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null || { echo "$name stopped; see $RUN_DIR/$name.log" >&2; exit 1; }
        sleep 1
    done
    echo "$name not ready after 4 minutes; see $RUN_DIR/$name.log" >&2
    exit 1
}

start_haproxy() {
    say "HAProxy on port $HTTP_PORT (statistics: http://localhost:$STATS_PORT/stats)"
    GF_HTTP_BIND="127.0.0.1:$HTTP_PORT" GF_NODE1="127.0.0.1:$NODE1_PORT" GF_NODE2="127.0.0.1:$NODE2_PORT" \
    GF_STATS_BIND="127.0.0.1:$STATS_PORT" GF_ADMIN_SOCKET="$SOCKET" \
        haproxy -D -p "$RUN_DIR/haproxy.pid" -f "$HERE/haproxy.cfg"
    wait_state node1 UP 30 && wait_state node2 UP 30
}

stop_node() { # node: drain, idle for 2 s, maintenance, SIGTERM, wait
    local name="$1" quiet=0 i
    say "draining $name"
    haproxy_cmd "set server app/$name state drain" >/dev/null
    for i in $(seq 1 600); do
        if [ "$(node_state "$name" | cut -d' ' -f2)" = 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
        [ $quiet -ge 20 ] && break
        sleep 0.1
    done
    haproxy_cmd "set server app/$name state maint" >/dev/null
    local pid
    pid=$(cat "$RUN_DIR/$name.pid")
    say "stopping $name (pid $pid, graceful shutdown)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo "$name did not stop within 60 s" >&2; exit 1; }
    rm -f "$RUN_DIR/$name.pid"
}

back_in_service() { # node
    haproxy_cmd "set server app/$1 state ready" >/dev/null
    wait_state "$1" UP 30
    say "$1 back in service"
}

case "${1:-}" in
    start)
        start_postgres
        start_node node1
        start_node node2
        start_haproxy
        say "up: http://localhost:$HTTP_PORT"
        ;;
    status)
        haproxy_cmd "show stat" | awk -F, '$1 == "app" && $2 ~ /^node/ { printf "%s %s, %s request(s) in progress, %s in total\n", $2, $18, $5, $8 }'
        ;;
    drain)
        haproxy_cmd "set server app/${2:?node1 or node2} state drain"
        ;;
    stop-node)
        stop_node "${2:?node1 or node2}"
        ;;
    start-node)
        start_node "${2:?node1 or node2}"
        back_in_service "$2"
        ;;
    rolling-restart)
        for node in node1 node2; do
            stop_node "$node"
            start_node "$node"
            back_in_service "$node"
        done
        ;;
    stop)
        [ -f "$RUN_DIR/haproxy.pid" ] && { kill "$(cat "$RUN_DIR/haproxy.pid")" 2>/dev/null || true; rm -f "$RUN_DIR/haproxy.pid"; }
        for node in node1 node2; do
            [ -f "$RUN_DIR/$node.pid" ] && { kill -TERM "$(cat "$RUN_DIR/$node.pid")" 2>/dev/null || true; rm -f "$RUN_DIR/$node.pid"; }
        done
        if [ -z "${SPRING_DATASOURCE_URL:-}" ] && [ -d "$RUN_DIR/pgdata" ]; then
            bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
            as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
            "${as[@]}" "$bin/pg_ctl" -D "$RUN_DIR/pgdata" -m fast stop >/dev/null 2>&1 || true
        fi
        say "stopped"
        ;;
    *)
        sed -n '2,16p' "$0"
        exit 2
        ;;
esac
