#!/usr/bin/env bash
# Builds the deployable function app: host.json at the root, one folder per function with its function.json,
# and the handler (self-contained for linux-x64 by default) beside them, as host.json's
# customHandler.description.defaultExecutablePath expects. Zips it for `az functionapp deployment source
# config-zip` / Flex Consumption's one-deploy.
#
#   functions/publish.sh [--framework-dependent] [--configuration Release] [--no-build] [--no-zip] [OUT]
#
# OUT defaults to out/functionapp; the zip is OUT.zip. --framework-dependent and --no-build make a quick layout
# from an existing build for tests; a deployment uses the defaults.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/out/functionapp"
configuration=Release
self_contained=true
build=true
zip=true
while [ $# -gt 0 ]; do
  case "$1" in
    --framework-dependent) self_contained=false ;;
    --configuration) configuration="$2"; shift ;;
    --no-build) build=false ;;
    --no-zip) zip=false ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) out="$1" ;;
  esac
  shift
done

rm -rf "$out"
mkdir -p "$out"
args=(publish "$root/functions/Kenbaarheid.Functions/Kenbaarheid.Functions.csproj" -c "$configuration" -o "$out" --nologo)
if [ "$self_contained" = true ]; then
  # The Functions host on Linux runs the handler as a plain executable: bring the runtime along.
  args+=(-r linux-x64 --self-contained true)
fi
if [ "$build" = false ]; then
  args+=(--no-build)
fi
dotnet "${args[@]}"

cp "$root/host.json" "$out/host.json"
for function_json in "$root"/functions/*/function.json; do
  name="$(basename "$(dirname "$function_json")")"
  mkdir -p "$out/$name"
  cp "$function_json" "$out/$name/function.json"
done
# Development settings never ship; app settings come from the platform.
rm -f "$out/appsettings.Development.json" "$out/local.settings.json"

if [ "$zip" = true ]; then
  rm -f "$out.zip"
  # The executable bit must survive: the host starts the handler directly.
  (cd "$out" && zip -qr -X "$out.zip" .)
  echo "$out.zip"
else
  echo "$out"
fi
