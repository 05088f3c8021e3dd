#!/usr/bin/env bash
# Registers the tslab TypeScript kernel with Jupyter for this checkout, without needing
# `jupyter kernelspec` (Debian ships it separately, in jupyter-client). Writes
# $JUPYTER_DATA_DIR (default ~/.local/share/jupyter)/kernels/tslab/kernel.json pointing at the
# tslab binary in this project's node_modules, so the kernel uses the project's tslab version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tslab="$root/node_modules/.bin/tslab"
if [ ! -x "$tslab" ]; then
  echo "install-jupyter-kernel: $tslab is missing; run npm ci first" >&2
  exit 1
fi
dir="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels/tslab"
mkdir -p "$dir"
cat > "$dir/kernel.json.tmp" <<JSON
{
  "argv": ["$tslab", "kernel", "--config-path", "{connection_file}"],
  "display_name": "TypeScript",
  "language": "typescript"
}
JSON
mv "$dir/kernel.json.tmp" "$dir/kernel.json"
echo "registered the tslab kernel in $dir"
