#!/usr/bin/env bash
# Benchmarks behind docs/performance.md. Needs: a built target/postwright.jar (./mvnw -B package), hyperfine,
# GNU time, and LibreOffice (soffice) for the side-by-side run. Usage: src/bench/run-benchmarks.sh [jmh|cli|all]
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
jar=target/postwright.jar
work=$(mktemp -d /tmp/postwright-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
pw() { java -Dpostwright.home="$work/home" -jar "$jar" "$@"; }

# Other processes share the machine: every section notes the load average, so a slow figure can be told apart.
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores, $(free -m | awk '/^Mem:/{print $2}') MB RAM," \
    "$(java -version 2>&1 | head -1)"

if [ "$what" = jmh ] || [ "$what" = all ]; then
    echo "## JMH: posting → HTML and warm PDF (reference template); $(load)"
    # The shaded jar holds every runtime dependency; JMH's own jars come from the local Maven repository (the
    # dependency plugin that could list them is not available offline).
    m2=${MAVEN_REPO:-$HOME/.m2/repository}
    jmh="$m2/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$m2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar"
    jmh="$jmh:$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
    java -cp "target/test-classes:$jar:$jmh" org.openjdk.jmh.Main RenderBenchmark \
        -rf text -rff "$work/jmh.txt" >/dev/null
    cat "$work/jmh.txt"
fi

if [ "$what" = cli ] || [ "$what" = all ]; then
    pw new --template backend-systems-developer -o "$work/seed.json"
    echo "## One cold 'export --format pdf' as a whole process (tuned hand-over on, then off); $(load)"
    hyperfine --style basic --warmup 1 --runs 10 --export-markdown "$work/cold.md" \
        -n "java -jar" "java -Dpostwright.home=$work/home -jar $jar export $work/seed.json --format pdf --out-dir $work/cold" \
        -n "java -jar, -Dpostwright.tuned=off" \
        "java -Dpostwright.tuned=off -Dpostwright.home=$work/home -jar $jar export $work/seed.json --format pdf --out-dir $work/cold" \
        >/dev/null
    cat "$work/cold.md"

    echo "## 50 drafts → 50 PDFs in one call, side by side with LibreOffice on the 50 HTML exports; $(load)"
    mkdir -p "$work/drafts" "$work/html"
    ids=$(pw templates | awk '{print $1}' | grep -v '^blank$')
    i=0
    while [ $i -lt 50 ]; do
        for id in $ids; do
            [ $i -lt 50 ] || break
            pw new --template "$id" -o "$work/drafts/posting-$(printf %02d $i).json" >/dev/null
            i=$((i + 1))
        done
    done
    pw export "$work"/drafts/*.json --format html --out-dir "$work/html"
    hyperfine --style basic --warmup 1 --runs 5 --export-markdown "$work/fifty.md" \
        -n postwright "java -Dpostwright.home=$work/home -jar $jar export $work/drafts/*.json --format pdf --out-dir $work/pdf" \
        -n libreoffice "soffice --headless --convert-to pdf --outdir $work/lo $work/html/*.html" >/dev/null
    cat "$work/fifty.md"

    echo "## Peak memory (maximum resident set size) and CPU time of the CLI: one PDF, then 50 PDFs; $(load)"
    measure() {
        /usr/bin/time -v java -Dpostwright.home="$work/home" -jar "$jar" export "$@" --format pdf \
            --out-dir "$work/pdf2" 2>&1 >/dev/null | grep -E "Maximum resident|User time|System time|Elapsed"
    }
    echo "one:"; measure "$work/seed.json"
    echo "fifty:"; measure "$work"/drafts/*.json
    echo "$(load)"
fi
