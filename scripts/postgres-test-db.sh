#!/usr/bin/env bash
# A throwaway PostgreSQL server for the integration tests, on loopback only. Maven runs it around the integration
# tests (pom.xml: pre-integration-test / post-integration-test); it can be run by hand the same way.
#
#   scripts/postgres-test-db.sh start <state dir>   install PostgreSQL from Debian's packages if it is missing, create
#                                                   a new cluster, start it on a free port, create database hsct_test,
#                                                   and write <state dir>/failsafe.properties (the JDBC URL and user)
#   scripts/postgres-test-db.sh stop <state dir>    stop that server and delete its cluster
#
# The cluster lives under /tmp (named after the state dir), not under target/: when this runs as root, PostgreSQL
# runs as the system user "postgres", which may not be allowed into the project's folder. Durability settings are
# off (fsync, full-page writes, synchronous commit): the data is thrown away after the run.
# Environment: HSCT_PG_PORT forces the port (default: the first free one from a pseudo-random start).
set -euo pipefail

command=${1:?usage: $0 start|stop <state dir>}
state_dir=${2:?usage: $0 start|stop <state dir>}
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)
cluster_dir="${TMPDIR:-/tmp}/hsct-test-pg-$(printf '%s' "$state_dir" | md5sum | cut -c1-10)"
data_dir="$cluster_dir/data"
database=hsct_test
db_user=hsct

log() { echo "[postgres-test-db] $*"; }

bin_dir() {
	local dir
	dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
	if [[ -n "$dir" && -x "$dir/postgres" && -x "$dir/initdb" ]]; then
		echo "$dir"
	fi
}

install_postgres() {
	if [[ $(id -u) -ne 0 ]]; then
		log "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin, and only root can install them."
		log "Install them (sudo apt-get install postgresql), or skip the PostgreSQL run: -Dhsct.postgres.skip=true"
		exit 1
	fi
	log "installing PostgreSQL from Debian's packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq postgresql >/dev/null
}

# Runs a command as the user PostgreSQL runs as: it refuses to run as root.
as_pg_user() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
	local bin=$1
	if [[ -f "$data_dir/postmaster.pid" ]]; then
		as_pg_user "$bin/pg_ctl" -D "$data_dir" -m fast -w -t 60 stop >/dev/null 2>&1 \
			|| as_pg_user "$bin/pg_ctl" -D "$data_dir" -m immediate -w -t 30 stop >/dev/null 2>&1 \
			|| true
	fi
	rm -rf "$cluster_dir"
}

start() {
	local bin
	bin=$(bin_dir)
	if [[ -z "$bin" ]]; then
		install_postgres
		bin=$(bin_dir)
		[[ -n "$bin" ]] || { log "PostgreSQL was installed but no server binaries were found"; exit 1; }
	fi
	# a cluster left by an interrupted run
	stop_cluster "$bin"
	rm -f "$state_dir/failsafe.properties"

	mkdir -p "$cluster_dir"
	if [[ $(id -u) -eq 0 ]]; then
		chown postgres: "$cluster_dir"
	fi
	as_pg_user "$bin/initdb" -D "$data_dir" -U "$db_user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
		--no-sync --no-instructions >"$cluster_dir/initdb.log" 2>&1 \
		|| { cat "$cluster_dir/initdb.log"; exit 1; }

	local port=${HSCT_PG_PORT:-$((20000 + RANDOM % 20000))} attempt
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if port_in_use "$port"; then
			port=$((port + 1))
			continue
		fi
		# unix socket in the cluster's folder; TCP on loopback only; sized for several test servers at once
		if as_pg_user "$bin/pg_ctl" -D "$data_dir" -l "$cluster_dir/postgres.log" -w -t 60 -o "-p $port \
				-k $cluster_dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=128MB \
				-c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
			"$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$db_user" -d postgres -v ON_ERROR_STOP=1 \
				-c "CREATE DATABASE $database"
			printf '%s\n' \
				"spring.datasource.url=jdbc:postgresql://127.0.0.1:$port/$database" \
				"spring.datasource.username=$db_user" \
				"spring.datasource.password=" >"$state_dir/failsafe.properties"
			log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database $database" \
				"(cluster $data_dir)"
			return 0
		fi
		log "could not start on port $port (attempt $attempt):"
		tail -n 5 "$cluster_dir/postgres.log" || true
		port=$((port + 1))
	done
	exit 1
}

case "$command" in
start) start ;;
stop)
	bin=$(bin_dir)
	if [[ -n "$bin" ]]; then
		stop_cluster "$bin"
	fi
	rm -f "$state_dir/failsafe.properties"
	log "stopped"
	;;
*)
	echo "usage: $0 start|stop <state dir>" >&2
	exit 2
	;;
esac
