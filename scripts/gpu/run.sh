#!/bin/bash
# Runs on the GPU machine (the device tool's `run`, carrying .gpu-carry and .gl; see README.md):
# unpacks the Vulkan and GL loaders, then `spikeboard bench --gpu`. Its output lands in
# $OUT/gpu-bench.txt. Never run it on a development machine: it unpacks packages into /.
set -uo pipefail
for deb in .gl/*.deb; do dpkg -x "$deb" /; done
ldconfig
if [ -f /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ]; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
{
  date -u
  node --version
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
  node .gpu-carry/dist/cli/spikeboard.mjs bench --gpu
  echo "exit code $?"
} 2>&1 | tee "${OUT:-/tmp}/gpu-bench.txt"
