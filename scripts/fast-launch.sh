#!/usr/bin/env bash
# A faster launch of the packaged server: the jar is extracted (Spring Boot's "tools" jar mode) and one training run
# records the classes the server loads into an archive that later launches map instead of loading them again.
#   - JDK 17 to 23: an application class-data archive (AppCDS, -XX:ArchiveClassesAtExit / -XX:SharedArchiveFile);
#   - JDK 24 and later: an AOT cache (JEP 483/514, -XX:AOTCacheOutput / -XX:AOTCache), which also keeps the classes
#     linked and their profiles.
# The training run starts the server on a scratch H2 database, waits for /fhir/metadata, stores the example case,
# stops it with SIGTERM (the archive is written at exit) and prints the command that uses the archive. The archive
# belongs to that JDK and that jar: make it again after either changes (the JVM ignores a stale one, with a warning).
#
#   scripts/fast-launch.sh                      # with the java on PATH (or $JAVA_HOME)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/fast-launch.sh
set -euo pipefail
cd "$(dirname "$0")/.."

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/ball-hsct-fhir-server-*.jar 2>/dev/null | grep -v -- '-original' | head -1 || true)
if [[ -z "$jar" ]]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/ball-hsct-fhir-server-*.jar | grep -v -- '-original' | head -1)
fi
# the recommended JVM options: one source, the pom's hsct.jvm-options
read -r -a options <<<"$(sed -n 's:.*<hsct.jvm-options>\(.*\)</hsct.jvm-options>.*:\1:p' pom.xml)"

out=target/fast-launch
rm -rf "$out"
mkdir -p "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
app="$out/app/$(basename "$jar")"

if "$java" -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
	archive="$out/server.aot"
	record=(-XX:AOTCacheOutput="$archive")
	use=(-XX:AOTCache="$archive")
else
	# a static archive from the list of classes the training run loaded, without its lambda proxies: OpenJDK 17.0.15
	# crashes archiving them (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), in a dynamic
	# archive (-XX:ArchiveClassesAtExit) as in a static one
	archive="$out/server.jsa"
	record=(-XX:DumpLoadedClassList="$out/classes.lst")
	use=(-XX:SharedArchiveFile="$archive")
fi

port=${FAST_LAUNCH_PORT:-18181}
base="http://127.0.0.1:$port/fhir"
echo "training run on $base ($("$java" -version 2>&1 | head -1))"
"$java" "${options[@]}" "${record[@]}" -jar "$app" --server.address=127.0.0.1 --server.port="$port" \
	--spring.datasource.url="jdbc:h2:file:$PWD/$out/training/h2" >"$out/training.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
	if curl -sf -o /dev/null "$base/metadata"; then break; fi
	if ! kill -0 "$server" 2>/dev/null; then
		echo "the training run stopped: see $out/training.log" >&2
		exit 1
	fi
	sleep 1
done
curl -sf -o /dev/null -H 'Content-Type: application/fhir+json' \
	--data @examples/ball-hsct-transaction-bundle.json "$base"
kill -TERM "$server"
wait "$server" || true
trap - EXIT
rm -rf "$out/training"
if [[ "$archive" == *.jsa ]]; then
	grep -v '^@lambda-proxy' "$out/classes.lst" >"$out/classes-without-lambdas.lst"
	"$java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$out/classes-without-lambdas.lst" -XX:SharedArchiveFile="$archive" \
		-jar "$app" >"$out/dump.log" 2>&1 || true
fi
if [[ ! -s "$archive" ]]; then
	echo "no archive was written: see $out/training.log" >&2
	exit 1
fi
echo "archive: $archive ($(du -h "$archive" | cut -f1)); launch with:"
echo "  $java ${options[*]} ${use[*]} -jar $app"
