#!/bin/bash
# Run here, from the repository root, before the GPU machine's one call (see README.md beside
# this file): builds the headless runner and gathers what that machine needs and lacks into two
# ignored folders that the call carries: .gpu-carry/ (the runner, gpu.js, the webgpu package's
# Linux binary; about 25 MB) and .gl/ (Debian's Vulkan and GL loaders).
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run build:cli
rm -rf .gpu-carry
mkdir -p .gpu-carry/dist/cli .gpu-carry/assets .gpu-carry/node_modules/webgpu/dist
cp dist/cli/spikeboard.mjs .gpu-carry/dist/cli/
cp -r assets/examples .gpu-carry/assets/
for package in gpu.js acorn gpu-mock.js; do cp -r "node_modules/$package" .gpu-carry/node_modules/; done
cp node_modules/webgpu/package.json node_modules/webgpu/index.js .gpu-carry/node_modules/webgpu/
cp node_modules/webgpu/dist/linux-x64.dawn.node .gpu-carry/node_modules/webgpu/dist/
mkdir -p .gl /tmp/amd64/partial
apt=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64)
apt-get "${apt[@]}" update -qq
(cd .gl && apt-get "${apt[@]}" download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
du -sh .gpu-carry .gl
