#!/usr/bin/env bash
# Coverage-guided fuzzing of one Scim harness with SharpFuzz + AFL++ for a bounded time.
#
#   tests/fuzz/run-fuzz.sh TARGET SECONDS        TARGET: filter | path | patch | resource
#
# Builds tests/Scim.Fuzz in Release into tests/fuzz/.work/bin, instruments the Scim.* assemblies there with SharpFuzz
# (FUZZ_SKIP_BUILD=1 reuses an earlier instrumented build), runs afl-fuzz on tests/fuzz/corpus/TARGET for SECONDS, prints executions and crashes from
# fuzzer_stats, and exits 1 if any input crashed (copied to tests/fuzz/crashes/TARGET/). Installs afl++ (apt, when
# root) and the SharpFuzz.CommandLine tool (into .work/tools) when they are missing. Safe in a root container: no
# core_pattern or CPU governor changes are needed.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 {filter|path|patch|resource} SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
case "$target" in filter|path|patch|resource) ;; *) echo "unknown target '$target'" >&2; exit 2 ;; esac
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "SECONDS must be a positive integer" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
work="$here/.work"
tools="$work/tools"
bin="$work/bin"
findings="$work/$target/findings"
corpus="$here/corpus/$target"
sharpfuzz_version=2.3.0
mkdir -p "$work"

case "$target" in filter|path) dict="$here/dict/filter.dict" ;; *) dict="$here/dict/json.dict" ;; esac

# --- tools ---------------------------------------------------------------------------------------------------------
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing afl++ with apt-get" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  else
    echo "afl-fuzz not found: install AFL++ (Debian: apt-get install afl++)" >&2
    exit 2
  fi
fi
if [[ ! -x "$tools/sharpfuzz" ]]; then
  echo "installing SharpFuzz.CommandLine $sharpfuzz_version into $tools" >&2
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version "$sharpfuzz_version" >/dev/null
fi

# --- build and instrument ------------------------------------------------------------------------------------------
# A separate output folder: instrumentation rewrites the assemblies in place, and normal builds must stay untouched.
if [[ "${FUZZ_SKIP_BUILD:-0}" != 1 || ! -x "$bin/Scim.Fuzz" ]]; then
  rm -rf "$bin"
  dotnet publish "$repo/tests/Scim.Fuzz/Scim.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 2; }
  for assembly in "$bin"/Scim.*.dll; do
    [[ "$(basename "$assembly")" == "Scim.Fuzz.dll" ]] && continue
    "$tools/sharpfuzz" "$assembly" >/dev/null
  done
fi

# --- fuzz ----------------------------------------------------------------------------------------------------------
rm -rf "$findings"
mkdir -p "$findings"
export AFL_SKIP_BIN_CHECK=1                      # the apphost is not instrumented; SharpFuzz talks to AFL itself
export AFL_SKIP_CPUFREQ=1                        # no governor access in containers
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1   # core_pattern pipes to a handler in containers; do not change it
export AFL_NO_UI=1
export AFL_NO_AFFINITY=1                         # shared machine: do not pin or fail when no core is free
export AFL_AUTORESUME=1
export AFL_FAST_CAL=1
export AFL_FORKSRV_INIT_TMOUT=60000              # the .NET runtime needs seconds to start the fork server
export AFL_SHUFFLE_QUEUE=0
export DOTNET_TieredPGO=0                        # steadier per-input timing
set +e
timeout --kill-after=30 $((seconds + 180)) \
  afl-fuzz -i "$corpus" -o "$findings" -t 10000 -m none -V "$seconds" -x "$dict" -- "$bin/Scim.Fuzz" "$target" \
  >"$work/$target.afl.log" 2>&1
afl_status=$?
set -e

stats="$findings/default/fuzzer_stats"
if [[ ! -f "$stats" ]]; then
  echo "afl-fuzz did not start (exit $afl_status); last lines of $work/$target.afl.log:" >&2
  tail -n 30 "$work/$target.afl.log" >&2
  exit 2
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
execs=$(stat execs_done)
crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
echo "fuzz $target: ${seconds}s, execs_done=$execs, execs_per_sec=$(stat execs_per_sec), corpus_count=$(stat corpus_count), bitmap_cvg=$(stat bitmap_cvg), crashes=$crashes, hangs=$hangs"

copy_findings() { # kind destination
  local source="$findings/default/$1" destination=$2 file
  mkdir -p "$destination"
  for file in "$source"/id:*; do
    [[ -f "$file" ]] || continue
    cp "$file" "$destination/$1-$(sha1sum "$file" | cut -c1-16)"
  done
}
if [[ "${hangs:-0}" -gt 0 ]]; then
  copy_findings hangs "$here/hangs/$target"
  echo "fuzz $target: $hangs input(s) exceeded the 10 s timeout; copied to tests/fuzz/hangs/$target/ (a slow shared machine can cause these; replay them)" >&2
fi
if [[ "${crashes:-0}" -gt 0 ]]; then
  copy_findings crashes "$here/crashes/$target"
  echo "fuzz $target: $crashes crashing input(s) copied to tests/fuzz/crashes/$target/; replay:" >&2
  dotnet "$bin/Scim.Fuzz.dll" "$target" "$here/crashes/$target" >&2 || true
  exit 1
fi
