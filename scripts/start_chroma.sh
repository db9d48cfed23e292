#!/usr/bin/env bash
# Start a chroma server for development or tests.
#
#   scripts/start_chroma.sh [PATH] [PORT]    serve PATH (default: a new temp dir) on 127.0.0.1:PORT (default: free);
#                                            prints the URL for COACH_CHROMA_URL and the server's PID
#   scripts/start_chroma.sh stop PID         stop it
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
chroma=${CHROMA_BIN:-$here/.venv/bin/chroma}
[[ -x "$chroma" ]] || chroma=$(command -v chroma || true)
[[ -n "$chroma" ]] || { echo "The chroma CLI was not found; run 'make install' (it comes with chromadb)." >&2; exit 1; }

if [[ "${1:-}" == "stop" ]]; then
    kill "$2" 2>/dev/null || true
    exit 0
fi
path=${1:-$(mktemp -d /tmp/coach-chroma-XXXXXX)}
port=${2:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$path"
nohup "$chroma" run --path "$path" --host 127.0.0.1 --port "$port" >"$path/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    if python3 -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$port/api/v2/heartbeat', timeout=1)" 2>/dev/null; then
        echo "COACH_CHROMA_URL=http://127.0.0.1:$port"
        echo "PID=$pid"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$path/server.log" >&2; exit 1; }
    sleep 0.5
done
echo "chroma did not answer on port $port within 60 s; log: $path/server.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
