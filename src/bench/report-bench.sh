#!/usr/bin/env bash
# Render benchmark of the PDF reports (issue 6): warm render time and pages per second of an AUDIT report of
# 200 questions and an ORGANIZATION register of 2,000 engagements, against a bare PDFBox program writing the
# same text without layout (the floor). Targets: AUDIT under 300 ms, ORGANIZATION under 3 s, at most 3 times
# the floor. Wall time suffers on a shared machine, so the CPU time of the rendering thread is printed too.
#
#   src/bench/report-bench.sh [iterations]      (default 15; MAVEN_ARGS=-o for an offline build)
#
# First the toolkit alone on its sample documents (LayoutBench), then the report layouts (ReportBench).
set -euo pipefail
cd "$(dirname "$0")/../.."

ITERATIONS="${1:-15}"
mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx1g}"

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), $(java -version 2>&1 | head -n 1)"
echo "== toolkit on its sample documents (eu.nis2registry.report.pdf.LayoutBench)"
java $JAVA_OPTS -cp "$CP" eu.nis2registry.report.pdf.LayoutBench "$ITERATIONS"
echo "== report layouts (eu.nis2registry.report.service.ReportBench)"
java $JAVA_OPTS -cp "$CP" eu.nis2registry.report.service.ReportBench "$ITERATIONS"
