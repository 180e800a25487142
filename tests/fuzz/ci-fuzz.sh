#!/usr/bin/env bash
# Short bounded fuzzing pass for CI: each target in turn (one afl-fuzz at a time), FUZZ_SECONDS each (default 45).
# Exits non-zero if any target found a crash or could not run; every target still runs so the log shows all of them.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seconds=${FUZZ_SECONDS:-45}
status=0
skip_build=0
for target in filter path patch resource; do
  # Build and instrument once; the same instrumented assemblies serve every target.
  FUZZ_SKIP_BUILD=$skip_build "$here/run-fuzz.sh" "$target" "$seconds" || status=1
  skip_build=1
done
exit $status
