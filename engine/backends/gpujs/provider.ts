/**
 * The four gpu.js backends as registry providers. Probing loads gpu.js, checks the platform
 * (WebAssembly, a WebGL2 context, a WebGPU adapter — in Node through the `webgpu` package) and
 * runs the self-test; only a mode that passes it is offered.
 */
import type { BackendEnv } from '../registry';
import type { Provider } from '../providers';
import type { BackendInfo, Tolerance } from '../types';
import {
  ensureNodeWebgpu,
  isSoftwareRenderer,
  loadGpuJs,
  webgl2Renderer,
  webgpuDevice,
  type GpuMode,
} from './loader';
import { createGpuJsRunner } from './runner';
import { selfTest, selfTestPlan } from './selfTest';

const LABELS: Record<GpuMode, string> = {
  webasm: 'WebAssembly (gpu.js)',
  cpu: 'JavaScript (gpu.js cpu)',
  webgl2: 'WebGL2 (gpu.js)',
  webgpu: 'WebGPU (gpu.js)',
};

/**
 * Stated tolerances, held by the conformance suite (see README.md): webasm computes every
 * operation in float32 in the reference's order, and the cpu mode's kernels round every
 * operation with Math.fround, so both are exact; a GPU may fuse a multiply and an add (one
 * rounding instead of two) and flush subnormals to zero.
 */
export const GPUJS_TOLERANCE: Record<GpuMode, Tolerance> = {
  webasm: { maxAbs: 0, maxRel: 0, spikeSteps: 'identical' },
  cpu: { maxAbs: 0, maxRel: 0, spikeSteps: 'identical' },
  webgl2: { maxAbs: 1e-5, maxRel: 1e-6, spikeSteps: 'identical' },
  webgpu: { maxAbs: 1e-5, maxRel: 1e-6, spikeSteps: 'identical' },
};

export function gpuJsProvider(mode: GpuMode): Provider {
  const describe = (): BackendInfo => ({
    name: mode,
    label: LABELS[mode],
    available: false,
    reason: null,
    device: mode === 'webasm' || mode === 'cpu' ? 'cpu' : 'gpu',
    exact: GPUJS_TOLERANCE[mode].maxAbs === 0 && GPUJS_TOLERANCE[mode].maxRel === 0,
    tolerance: GPUJS_TOLERANCE[mode],
  });
  const unavailable = (reason: string): BackendInfo => ({ ...describe(), reason });

  const probe = async (env: BackendEnv): Promise<BackendInfo> => {
    const gpujs = await loadGpuJs();
    let device = describe().device;
    let note: string | null = null;
    if (mode === 'webasm' && !gpujs.GPU.isWebAssemblySupported) {
      return unavailable('WebAssembly is not available here');
    }
    if (mode === 'webgl2') {
      const renderer = webgl2Renderer();
      if (renderer === null) return unavailable('no WebGL2 context here (Node has none)');
      if (isSoftwareRenderer(renderer)) device = 'emulated-gpu';
      note = `renderer: ${renderer}`;
    }
    if (mode === 'webgpu') {
      if (env.nodeWebgpu !== false) {
        const problem = await ensureNodeWebgpu();
        if (problem) return unavailable(problem);
      }
      const found = await webgpuDevice();
      if (found === null) return unavailable('no WebGPU adapter here');
      device = found;
      if (found === 'emulated-gpu') note = 'a software WebGPU adapter (CPU emulation)';
    }
    const runner = await createGpuJsRunner(selfTestPlan(), mode);
    try {
      const problem = await selfTest(runner, GPUJS_TOLERANCE[mode]);
      if (problem) return unavailable(`gpu.js ${mode} fails the self-test: ${problem}`);
    } finally {
      runner.dispose();
    }
    return { ...describe(), available: true, device, reason: note };
  };

  return { describe, probe, create: (plan) => createGpuJsRunner(plan, mode) };
}
