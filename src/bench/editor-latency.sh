#!/usr/bin/env bash
# Editor benchmark behind docs/performance.md ("Editor (issue 3)"): keystroke -> preview p50/p95 for the seed
# template and a 1,000-bullet posting, resident memory after a scripted editing session (EditorBenchmark, driven
# through real glass under Xvfb, not Monocle), and process start -> first window shown and -> preview shown over
# several launches of `java -jar target/postwright.jar seed.json`. The benchmark JVMs get the options that start
# gets (app.postwright.TunedJvm); TUNED=off runs them with the JVM's defaults instead.
# Needs xvfb-run. Usage: src/bench/editor-latency.sh [session-seconds (300)] [launches (5)]
set -euo pipefail
cd "$(dirname "$0")/../.."
session=${1:-300}
launches=${2:-5}
work=$(mktemp -d /tmp/postwright-editor-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
xvfb() { xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }

${MVN:-./mvnw} -q -B -o package -DskipTests dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
# The jar first: the class-data-sharing archive that TunedJvm passes is only valid for a class path that starts
# with it, and with it the benchmark JVM loads classes as `java -jar target/postwright.jar` does.
cp="$PWD/target/postwright.jar:target/test-classes:$(cat "$work/cp.txt")"
jfx=(-Djavafx.cachedir="$work/jfx" -Dpostwright.home="$work/home")
tuned=()
if [ "${TUNED:-on}" != off ]; then
    read -r -a tuned <<<"$(java -cp target/postwright.jar app.postwright.TunedJvm editor)"
    # ... and its environment (GDK_GL=disable, unless set already)
    while IFS='=' read -r name value; do
        [ -n "${!name:-}" ] || export "$name=$value"
    done < <(java -cp target/postwright.jar app.postwright.TunedJvm editor environment)
fi

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(java -version 2>&1 | head -1)"

echo "## Keystroke -> preview"
xvfb java "${tuned[@]}" "${jfx[@]}" -cp "$cp" app.postwright.ui.EditorBenchmark 2>"$work/bench.log" \
    | grep --line-buffered -E '^keystroke' || { cat "$work/bench.log" >&2; exit 1; }

echo "## Resident memory after a ${session} s editing session (fresh process, JVM options: ${tuned[*]:-defaults})"
xvfb java "${tuned[@]}" "${jfx[@]}" -cp "$cp" app.postwright.ui.EditorBenchmark session "$session" 2>"$work/bench.log" \
    | grep --line-buffered -E '^editing' || { cat "$work/bench.log" >&2; exit 1; }

echo "## Process start -> first window shown, and -> preview of the opened draft shown (-Dpostwright.timing=true)," \
    "${launches} launches of \`java -jar target/postwright.jar seed.json\`"
java -Dpostwright.home="$work/home" -jar target/postwright.jar new --template backend-systems-developer \
    -o "$work/seed.json" >/dev/null
for _ in $(seq "$launches"); do
    out="$work/launch.txt"
    : >"$out"
    # A session of its own, so that Xvfb and the JVM can be stopped together once the lines are out.
    tuning=()
    [ "${TUNED:-on}" != off ] || tuning=(-Dpostwright.tuned=off)
    setsid xvfb-run -a -s "-screen 0 1600x1000x24" java "${tuning[@]}" "${jfx[@]}" -Dpostwright.timing=true \
        -jar target/postwright.jar "$work/seed.json" >"$out" 2>/dev/null &
    launcher=$!
    for _ in $(seq 600); do
        grep -q 'preview shown' "$out" && break
        sleep 0.1
    done
    grep -o -E '(first window|preview) shown.*' "$out" | paste -s -d ';' || echo "no preview within 60 s"
    kill -- -"$launcher"
    wait "$launcher" 2>/dev/null || true
    sleep 1 # the stopped Xvfb and JVM finish exiting before the next launch is timed
done
