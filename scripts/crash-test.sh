#!/usr/bin/env bash
# Stops the packaged server once (SIGTERM), then kills it with SIGKILL (kill -9) at random moments while clients
# write, restarts it on the same H2 file each time and checks that every acknowledged create is still there: the
# CrashRecoveryIT integration test, longer.
#
#   scripts/crash-test.sh [cycles]      kills, default 20 (the test in ./mvnw verify runs 2)
#
# Environment: CRASH_SEED to replay a run (every run logs its seed), CRASH_H2_SETTINGS to try other H2 URL settings
# (default: those of application.yaml, DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0). The servers' logs are left in
# target/crash-recovery-logs/.
set -euo pipefail

cycles="${1:-${CRASH_CYCLES:-20}}"
if ! [[ "$cycles" =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: $0 [cycles]   (a positive number, default 20)" >&2
	exit 2
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."

args=(-B verify
	-Dit.test=CrashRecoveryIT
	-Dhsct.postgres.skip=true
	-Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
	-Dcrash.cycles="$cycles")
if [[ -n "${CRASH_SEED:-}" ]]; then
	args+=(-Dcrash.seed="$CRASH_SEED")
fi
if [[ -n "${CRASH_H2_SETTINGS:-}" ]]; then
	args+=(-Dcrash.h2.settings="$CRASH_H2_SETTINGS")
fi

# Each cycle logs one "CrashRecoveryIT: cycle N: ..." line (acknowledged writes, restart time, lost writes).
exec ./mvnw "${args[@]}"
