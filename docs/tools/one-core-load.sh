#!/usr/bin/env bash
# Issue 20 items 4 and 5 in one run (docs/performance.md, "One-core load and sign-in, the script"):
#   4. reviewers over the Vaadin protocol (Gatling) against the production jar pinned to core 0
#      (taskset -c 0, -XX:ActiveProcessorCount=1), PostgreSQL and Gatling on core 1; levels 50/100/200/300
#      with sign-in spread over the ramp, then work; p50/p95/p99/errors per level, the knee (first level
#      whose p95 passes 200 ms), each core's busy share, and a JFR recording of the jar per level with its
#      top frames (hot methods, and the first application frame of each sample);
#   5. SignInTiming in Chromium against the same jar: once during one load level, once quiet after the load.
# All figures go to one file: $OUT/results.md (default target/one-core-load/results.md).
#
# Run from the repository root on a quiet two-core machine:
#   docs/tools/one-core-load.sh                         # 100,000 applications, ~22-25 min with the build
#   APPS=2000 LEVELS="20" HOLDS="30" RAMP=20 docs/tools/one-core-load.sh    # the small proof, ~6 min built
# Settings (environment):
#   APPS=100000            applications generated            LEVELS="50 100 200 300"   concurrent users per level
#   HOLDS="90 90 90 180"   seconds of work per level (one value for all, or one per level; the issue asks 180)
#   RAMP=60                seconds over which the users of a level sign in
#   SIGNINS=5              measured sign-ins per SignInTiming run (after one warm-up)
#   SIGNIN_LOAD_LEVEL=     the level during whose hold SignInTiming also runs (default: the second level, or the only one)
#   JAR_PORT=8430 PG_PORT=5460 SMTP_PORT=3115 (nothing needs to listen on SMTP_PORT)
#   SIGN_IN_REVIEWERS=62   extra reviewers per authority (5 authorities: 5 + 5*62 = 315 accounts; 300 for Gatling,
#                          the last 2*(SIGNINS+1) for SignInTiming: a code counts once per account and 30 s)
#   BUILD=1                0 reuses the production jar in target/ (the simulation is compiled every run)
#   JAR_LAYOUT=nested      how the jar runs: "nested" (java -jar of the fat jar, its libraries nested jars, as until
#                          2026-12-06: Vaadin's static-file lookups then search the nested jars, NestedJarFile.hasEntry,
#                          2-6 % of the jar's CPU), or "extracted" as the Docker image runs it (java -Djarmode=tools
#                          extract, then java -jar of the extracted jar: its libraries plain jars in lib/)
#   OUT=target/one-core-load
set -euo pipefail
cd "$(dirname "$0")/../.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
export MAVEN_ARGS=${MAVEN_ARGS:--B -ntp -o}
APPS=${APPS:-100000}
LEVELS=${LEVELS:-50 100 200 300}
HOLDS=${HOLDS:-90 90 90 180}
RAMP=${RAMP:-60}
SIGNINS=${SIGNINS:-5}
JAR_PORT=${JAR_PORT:-8430}
PG_PORT=${PG_PORT:-5460}
SMTP_PORT=${SMTP_PORT:-3115}
SIGN_IN_REVIEWERS=${SIGN_IN_REVIEWERS:-62}
BUILD=${BUILD:-1}
JAR_LAYOUT=${JAR_LAYOUT:-nested}
OUT=${OUT:-target/one-core-load}
read -r -a levels <<<"$LEVELS"
read -r -a holds <<<"$HOLDS"
SIGNIN_LOAD_LEVEL=${SIGNIN_LOAD_LEVEL:-${levels[1]:-${levels[0]}}}
BASE=http://localhost:$JAR_PORT
RESULTS=$OUT/results.md
SIM=nl.gemeenschapsfonds.gatling.ReviewerSimulation

[ "$(nproc)" -ge 2 ] || { echo "needs two cores (nproc: $(nproc))"; exit 1; }
command -v taskset >/dev/null || { echo "needs taskset (util-linux)"; exit 1; }
mkdir -p "$OUT"
rm -rf "$OUT"/gatling "$OUT"/*.jfr "$OUT"/stats-*.tsv "$OUT"/signin.txt
started=$(date +%s)
say() { echo "[$(date -u +%H:%M:%S)] $*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# busy jiffies and all jiffies of one cpu, from /proc/stat
cpu_ticks() { awk -v c="cpu$1" '$1 == c { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }
busy_share() { # before after -> percent
    read -r b0 t0 <<<"$1"; read -r b1 t1 <<<"$2"
    awk -v b="$((b1 - b0))" -v t="$((t1 - t0))" 'BEGIN { printf "%.0f %%", t ? 100 * b / t : 0 }'
}

if [ "$BUILD" = 1 ]; then
    say "building the production jar"
    ./mvnw -Pproduction -DskipTests package >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
fi
# every run (also BUILD=0): the simulation is removed from target/test-classes at the end, because the normal test run
# (OneSpringContextTest reads every test class) has no Gatling on its class path
say "compiling the simulation and writing its class path"
./mvnw -Pgatling test-compile dependency:build-classpath -Dmdep.outputFile=target/gatling-cp.txt \
    -Dmdep.includeScope=test >>"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
CP=target/test-classes:target/classes:$(cat target/gatling-cp.txt)
built=$(date +%s)

say "generating $APPS applications and starting the jar on core 0 (log: $OUT/server.log)"
java -Dbenchmark.applications="$APPS" -Dbenchmark.port="$JAR_PORT" -Dbenchmark.pgPort="$PG_PORT" \
    -Dbenchmark.smtpPort="$SMTP_PORT" -Dbenchmark.signInReviewers="$SIGN_IN_REVIEWERS" \
    -Dbenchmark.jarCpus=0 -Dbenchmark.pgCpus=1 -Dbenchmark.startMinutes=10 -Dbenchmark.jarLayout="$JAR_LAYOUT" \
    -Dbenchmark.jarOptions="-XX:ActiveProcessorCount=1 -XX:FlightRecorderOptions=stackdepth=256" \
    -cp "$CP" nl.gemeenschapsfonds.benchmark.BenchmarkServer >"$OUT/server.log" 2>&1 &
SERVER=$!
POSTMASTER=
stop() {
    say "stopping BenchmarkServer ($SERVER)"
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    if [ -n "$POSTMASTER" ] && kill -0 "$POSTMASTER" 2>/dev/null; then kill -INT "$POSTMASTER" || true; fi
    rm -rf target/test-classes/nl/gemeenschapsfonds/gatling
}
trap stop EXIT
until grep -q 'is up at' "$OUT/server.log"; do
    kill -0 "$SERVER" 2>/dev/null || { tail -40 "$OUT/server.log"; echo "BenchmarkServer stopped"; exit 1; }
    sleep 2
done
JAR=$(sed -n 's/^Jar pid: //p' "$OUT/server.log")
POSTMASTER=$(sed -n 's/^Postmaster pid: //p' "$OUT/server.log")
up=$(date +%s)
say "jar $JAR up: $(grep -o 'after [0-9.]* s' "$OUT/server.log"); affinity: $(taskset -p "$JAR" | sed 's/.*: //'), postmaster $(taskset -p "$POSTMASTER" | sed 's/.*: //')"

# accounts: Gatling takes them from the start; SignInTiming the last ones (never used by Gatling)
reviewers=$OUT/reviewers.txt
cp target/benchmark-reviewers.txt "$reviewers"
keep=$((SIGNINS + 1))
head -n "-$((2 * keep))" "$reviewers" >"$OUT/gatling-reviewers.txt"
tail -n "$((2 * keep))" "$reviewers" | head -n "$keep" >"$OUT/signin-load.txt"
tail -n "$keep" "$reviewers" >"$OUT/signin-quiet.txt"
accounts=$(wc -l <"$OUT/gatling-reviewers.txt")

# Gatling 3.15 writes no stats.json: its report's table, one line per request (the first: all requests), tab-separated:
# name, count, errors, requests/s, p50, p95, p99, max (ms)
gatling_stats() {
    awk '/ellipsed-name">/ { s = $0; sub(/.*ellipsed-name">/, "", s); sub(/<\/span>.*/, "", s); name = s }
        /<td class="value [a-z]+ col-[0-9]+">/ {
            s = $0; match(s, /col-[0-9]+/); c = substr(s, RSTART + 4, RLENGTH - 4)
            v = s; sub(/^.*col-[0-9]+">/, "", v); sub(/<\/td>.*/, "", v); val[c] = v
            if (c == 14) print name "\t" val[2] "\t" val[4] "\t" val[6] "\t" val[8] "\t" val[10] "\t" val[11] "\t" val[12] }' "$1"
}

signin() { # label accounts-file
    taskset -c 1 java -Dbenchmark.base="$BASE" -Dbenchmark.signInAccounts="$2" -Dbenchmark.signIns="$SIGNINS" \
        -Dbenchmark.signInLabel="$1" -Dbenchmark.out="$OUT/signin.txt" -Dbenchmark.signInRequests=true -cp "$CP" \
        nl.gemeenschapsfonds.benchmark.SignInTiming
}

rows=()
knee=
i=0
for users in "${levels[@]}"; do
    hold=${holds[$i]:-${holds[-1]}}
    i=$((i + 1))
    if [ "$users" -gt "$accounts" ]; then
        say "skipping $users users: only $accounts accounts (raise SIGN_IN_REVIEWERS)"
        continue
    fi
    say "level $users users: ramp ${RAMP}s, hold ${hold}s"
    before_load=$(load); c0=$(cpu_ticks 0); c1=$(cpu_ticks 1)
    taskset -c 1 jcmd "$JAR" JFR.start name="level$users" settings=profile filename="$PWD/$OUT/level-$users.jfr" >/dev/null
    during=
    if [ "$users" = "$SIGNIN_LOAD_LEVEL" ]; then
        (sleep $((RAMP + 5)); signin "under $users users, during the hold" "$OUT/signin-load.txt" >"$OUT/signin-load.log" 2>&1) &
        during=$!
    fi
    taskset -c 1 java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
        --sun-misc-unsafe-memory-access=allow -Dgatling.baseUrl="$BASE" -Dgatling.users="$users" -Dgatling.ramp="$RAMP" \
        -Dgatling.hold="$hold" -Dgatling.reviewers="$OUT/gatling-reviewers.txt" -cp "$CP" \
        io.gatling.app.Gatling --simulation "$SIM" --results-folder "$OUT/gatling" --run-description "$users users" >"$OUT/gatling-$users.log" 2>&1 \
        || say "Gatling ended with an error at $users users (see $OUT/gatling-$users.log)"
    [ -z "$during" ] || wait "$during" || say "SignInTiming under load failed (see $OUT/signin-load.log)"
    taskset -c 1 jcmd "$JAR" JFR.stop name="level$users" >/dev/null
    after_load=$(load); c0b=$(cpu_ticks 0); c1b=$(cpu_ticks 1)
    report=$(ls -td "$OUT"/gatling/*/ 2>/dev/null | head -1)index.html
    if [ -f "$report" ]; then
        gatling_stats "$report" >"$OUT/stats-$users.tsv"
        row=$(head -1 "$OUT/stats-$users.tsv")
    else
        row="All	-	-	-	-	-	-	-"
    fi
    IFS=$'\t' read -r _ total ko rps p50 p95 p99 max <<<"$row"
    rows+=("| $users | ${hold} s | $total | $ko | $p50 ms | $p95 ms | $p99 ms | $max ms | $rps | $(busy_share "$c0" "$c0b") | $(busy_share "$c1" "$c1b") | $before_load → $after_load |")
    if [ -z "$knee" ] && [ "$p95" != "-" ] && [ "$p95" -gt 200 ]; then knee=$users; fi
    say "level $users: $total requests, $ko errors, p95 $p95 ms"
done

say "SignInTiming, quiet after the load"
signin "quiet, after the load" "$OUT/signin-quiet.txt" >"$OUT/signin-quiet.log" 2>&1 || say "SignInTiming quiet failed (see $OUT/signin-quiet.log)"

{
    echo "# One-core load and sign-in ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD))"
    echo
    echo "$APPS applications; the production jar ($(sed -n 's/^Jar layout: //p' "$OUT/server.log")) on core 0 (taskset -c 0, -XX:ActiveProcessorCount=1, -Xmx1g), PostgreSQL,"
    echo "Gatling and Chromium on core 1; ramp ${RAMP} s (users sign in spread over it, with the second factor), then work"
    echo "(scroll, filter, scroll, clear; 2-5 s think time). $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')."
    echo "Build $((built - started)) s, data and jar start $((up - built)) s ($(grep -o 'after [0-9.]* s' "$OUT/server.log" | head -1) for the jar), whole run $(( $(date +%s) - started )) s."
    echo
    echo "| users | hold | requests | errors | p50 | p95 | p99 | max | req/s | core 0 busy (jar) | core 1 busy (db, Gatling) | load before → after |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    if [ -n "$knee" ]; then echo "Knee (first level whose p95 passes 200 ms): **$knee users**."; else echo "Knee: none of these levels passed a p95 of 200 ms."; fi
    echo
    echo "## Sign-in to the first view in Chromium (SignInTiming)"
    echo
    if [ -f "$OUT/signin.txt" ]; then sed 's/^/- /' "$OUT/signin.txt" | grep -v '^- $'; else echo "not measured (see $OUT/signin-*.log)"; fi
    for users in "${levels[@]}"; do
        [ -f "$OUT/stats-$users.tsv" ] || continue
        echo
        echo "## Per request, $users users"
        echo
        echo "| request | count | errors | p50 | p95 | p99 | max |"
        echo "|---|---|---|---|---|---|---|"
        tail -n +2 "$OUT/stats-$users.tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s ms | %s ms | %s ms | %s ms |\n", $1, $2, $3, $5, $6, $7, $8 }'
    done
    for users in "${levels[@]}"; do
        jfr_file=$OUT/level-$users.jfr
        [ -f "$jfr_file" ] || continue
        echo
        echo "## JFR, $users users: hot methods (top frames of the execution samples)"
        echo
        echo '```'
        # "|| true": head stops reading after 32 lines, jfr then ends on SIGPIPE (141), which pipefail and set -e took
        # for a failure of the whole run (2026-12-06: the results stopped after the 100-user level)
        jfr view --width 160 hot-methods "$jfr_file" | head -32 || true
        echo '```'
        echo
        echo "First application frame (nl.gemeenschapsfonds) of each execution sample, top 15 (samples, share of all samples):"
        echo
        echo '```'
        jfr print --events jdk.ExecutionSample --stack-depth 96 "$jfr_file" | awk '
            /^jdk.ExecutionSample/ { if (inside && !found) none++; inside = 1; found = 0; samples++; next }
            inside && !found && /nl\.gemeenschapsfonds\./ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); count[$0]++; found = 1 }
            END { if (inside && !found) none++
                  for (f in count) printf "%7d  %5.1f %%  %s\n", count[f], 100 * count[f] / samples, f
                  printf "%7d  %5.1f %%  (no application frame: framework, server, GC threads)\n", none, 100 * none / samples }' \
            | sort -rn | head -16 || true
        echo '```'
    done
} >"$RESULTS"
say "figures in $RESULTS"
cat "$RESULTS"
